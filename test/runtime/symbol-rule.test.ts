/**
 * One rule for symbols on every surface: uppercase, as Binance lists them. A lowercase symbol is
 * refused before anything is sent, by streams and REST alike, with the same error and rule.
 */
import { firstValueFrom, NEVER } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { getBookOperation } from '../../generated/operations/get-book';
import { subscribeTicker } from '../../generated/channels/ticker';
import { InvalidParameterError } from '../../src/errors';
import { createHttpClient } from '../../src/rest/http-client';
import { prepareRequest } from '../../src/rest/prepare-request';

const RULE = 'does not match ^[A-Z0-9_.-]{1,20}$';

function refusal(run: () => unknown): InvalidParameterError {
  try {
    run();
  } catch (error) {
    return error as InvalidParameterError;
  }
  throw new Error('not refused');
}

describe('symbol rule', () => {
  it('streams refuse a lowercase symbol', () => {
    const error = refusal(() => subscribeTicker('btcusdt', NEVER));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toContain(`symbol: 'btcusdt' ${RULE}`);
  });

  it('REST refuses it with the same error and rule', async () => {
    const client = createHttpClient({ baseUrl: 'http://127.0.0.1:1', fetch: () => NEVER as never });
    const error = await firstValueFrom(
      prepareRequest(getBookOperation, { symbol: 'btcusdt' }, client),
    ).catch((e: unknown) => e as InvalidParameterError);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).message).toContain(`symbol: 'btcusdt' ${RULE}`);
  });

  it('both take the uppercase symbol', async () => {
    expect(() => subscribeTicker('BTCUSDT', NEVER)).not.toThrow();
    const client = createHttpClient({ baseUrl: 'http://127.0.0.1:1', fetch: () => NEVER as never });
    const request = await firstValueFrom(
      prepareRequest(getBookOperation, { symbol: 'BTCUSDT' }, client),
    );
    expect(request.url).toContain('symbol=BTCUSDT');
  });
});
