/**
 * One rule for symbols on every surface: uppercase, as Binance lists them, or non-ASCII letters
 * and digits (Unicode symbols since 2025-12). A lowercase symbol is refused before anything is
 * sent, by streams and REST alike, with the same error and rule; a Unicode symbol is taken and
 * signed as Binance's docs show (REST percent-encodes it, the WebSocket API signs it as it is).
 */
import { createHmac } from 'node:crypto';
import { firstValueFrom, NEVER } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { getBookOperation } from '../../generated/operations/get-book';
import { subscribeTicker } from '../../generated/channels/ticker';
import { InvalidParameterError } from '../../src/errors';
import { createHttpClient } from '../../src/rest/http-client';
import { prepareRequest } from '../../src/rest/prepare-request';
import { queryString, sortedPayload } from '../../src/signing/payload';

const RULE = 'does not match ^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$';
/** The example secret of Binance's signing docs (rest-api.md, web-socket-api.md). */
const DOCS_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const hmac = (payload: string) => createHmac('sha256', DOCS_SECRET).update(payload).digest('hex');

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

  it.each(['这是测试币456', '１２３４５６'])('both take the Unicode symbol %s', async (symbol) => {
    expect(() => subscribeTicker(symbol, NEVER)).not.toThrow();
    const client = createHttpClient({ baseUrl: 'http://127.0.0.1:1', fetch: () => NEVER as never });
    const request = await firstValueFrom(prepareRequest(getBookOperation, { symbol }, client));
    expect(request.url).toContain(`symbol=${encodeURIComponent(symbol)}`);
  });

  it.each(['BTC USDT', 'BTC\u0000', 'BTC\u3000', 'BTC\u200bUSDT', 'X'.repeat(21)])(
    'refuses %j (spaces, controls, invisible format characters, over 20)',
    (symbol) => {
      expect(refusal(() => subscribeTicker(symbol, NEVER))).toBeInstanceOf(InvalidParameterError);
    },
  );

  it("signs a Unicode symbol as Binance's REST docs do: percent-encoded UTF-8", () => {
    const payload = queryString({
      symbol: '１２３４５６',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: 1,
      price: 0.1,
      recvWindow: 5000,
      timestamp: 1499827319559,
    });
    expect(payload).toBe(
      'symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559',
    );
    expect(hmac(payload)).toBe('e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3');
  });

  it("signs it as Binance's WebSocket API docs do: sorted, the UTF-8 text as it is", () => {
    const payload = sortedPayload({
      symbol: '１２３４５６',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '1.00000000',
      price: '0.10000000',
      recvWindow: 5000,
      timestamp: 1645423376532,
      apiKey: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
    });
    expect(payload).toBe(
      'apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&price=0.10000000&quantity=1.00000000&recvWindow=5000&side=BUY&symbol=１２３４５６&timeInForce=GTC&timestamp=1645423376532&type=LIMIT',
    );
    expect(hmac(payload)).toBe('b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd');
  });
});
