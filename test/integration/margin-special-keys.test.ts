/**
 * Margin special keys (low-latency trading, `/sapi/v1/margin/apiKey`, `api-key-list`,
 * `apiKey/ip`) with the generated *Http functions against the local exchange: a special key is
 * made, signs margin orders on its owner's margin account, answers for itself, lists under its
 * owner, changes its IP list, and stops working once deleted.
 */
import { createHmac } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMarginSpecialKeyHttp,
  validateCreateMarginSpecialKeyResponse,
} from '../../generated/operations/create-margin-special-key';
import { deleteMarginSpecialKeyHttp } from '../../generated/operations/delete-margin-special-key';
import { editMarginSpecialKeyIpHttp } from '../../generated/operations/edit-margin-special-key-ip';
import { getBookHttp } from '../../generated/operations/get-book';
import { getMarginOpenOrdersHttp } from '../../generated/operations/get-margin-open-orders';
import {
  getMarginSpecialKeyHttp,
  validateGetMarginSpecialKeyResponse,
} from '../../generated/operations/get-margin-special-key';
import { getMarginSpecialKeyListHttp } from '../../generated/operations/get-margin-special-key-list';
import { placeMarginOrderHttp } from '../../generated/operations/place-margin-order';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { BinanceApiError } from '../../src/errors';
import { createHttpClient, type HttpClient } from '../../src/rest/http-client';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let owner: HttpClient;
let low = '';

const hmacClient = (apiKey: string, secret: string) =>
  createHttpClient({
    baseUrl: exchange.urls.rest,
    credentials: { apiKey, sign: (p) => createHmac('sha256', secret).update(p).digest('hex') },
  });
const codeOf = (e: unknown) => (e instanceof BinanceApiError ? e.binanceCode : e);

beforeAll(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol] });
  exchange.market.step(20);
  owner = hmacClient(exchange.keys.hmac.apiKey, exchange.keys.hmac.secret);
  const book = await firstValueFrom(getBookHttp({ symbol, limit: 1 }, owner));
  low = (Number(book.bids[0]![0]) * 0.8).toFixed(2);
});
afterAll(() => exchange.close());

describe('margin special keys on the local exchange', () => {
  it('makes a key that trades on its owner’s margin account, answers for itself, and is deleted', async () => {
    const created = await firstValueFrom(
      createMarginSpecialKeyHttp({ apiName: 'fast', ip: '10.0.0.1' }, owner),
    );
    expect(validateCreateMarginSpecialKeyResponse(created)).toBe(true);
    expect(created.type).toBe('HMAC_SHA256');
    const special = hmacClient(created.apiKey, created.secretKey!);

    await firstValueFrom(
      placeMarginOrderHttp(
        {
          symbol,
          side: 'BUY',
          type: 'LIMIT',
          timeInForce: 'GTC',
          quantity: '0.001',
          price: low,
          newClientOrderId: 'by-special-key',
        },
        special,
      ),
    );
    const open = await firstValueFrom(getMarginOpenOrdersHttp({ symbol }, owner));
    expect(open.map((o) => o.clientOrderId)).toEqual(['by-special-key']);

    const itself = await firstValueFrom(getMarginSpecialKeyHttp({}, special));
    expect(validateGetMarginSpecialKeyResponse(itself)).toBe(true);
    expect(itself).toMatchObject({ apiName: 'fast', apiKey: created.apiKey, ip: '10.0.0.1' });
    expect(
      await firstValueFrom(editMarginSpecialKeyIpHttp({ ip: '10.0.0.2,10.0.0.3' }, special)),
    ).toEqual({});
    expect((await firstValueFrom(getMarginSpecialKeyHttp({}, special))).ip).toBe(
      '10.0.0.2,10.0.0.3',
    );

    // Listed under its owner, for its scope only (cross margin here, not an isolated pair).
    const listed = await firstValueFrom(getMarginSpecialKeyListHttp({}, owner));
    expect(listed.map((k) => k.apiKey)).toEqual([created.apiKey]);
    expect(await firstValueFrom(getMarginSpecialKeyListHttp({ symbol }, owner))).toEqual([]);
    // The owner's ordinary key is not a special key.
    const notSpecial = await firstValueFrom(getMarginSpecialKeyHttp({}, owner)).catch(
      (e: unknown) => e,
    );
    expect(codeOf(notSpecial)).toBe(-2015);

    expect(await firstValueFrom(deleteMarginSpecialKeyHttp({}, special))).toEqual({});
    const gone = await firstValueFrom(getMarginOpenOrdersHttp({ symbol }, special)).catch(
      (e: unknown) => e,
    );
    expect(codeOf(gone)).toBe(-2015);
    expect(await firstValueFrom(getMarginSpecialKeyListHttp({}, owner))).toEqual([]);
  });

  it('deletes every key of a name in one scope, and refuses what it does not simulate', async () => {
    for (const n of [1, 2]) {
      await firstValueFrom(createMarginSpecialKeyHttp({ apiName: 'iso', symbol }, owner));
      expect((await firstValueFrom(getMarginSpecialKeyListHttp({ symbol }, owner))).length).toBe(n);
    }
    await firstValueFrom(deleteMarginSpecialKeyHttp({ apiName: 'iso', symbol }, owner));
    expect(await firstValueFrom(getMarginSpecialKeyListHttp({ symbol }, owner))).toEqual([]);
    const none = await firstValueFrom(
      deleteMarginSpecialKeyHttp({ apiName: 'iso', symbol }, owner),
    ).catch((e: unknown) => e);
    expect(codeOf(none)).toBe(-1130);
    const rsa = await firstValueFrom(
      createMarginSpecialKeyHttp({ apiName: 'rsa', publicKey: 'MIIB…' }, owner),
    ).catch((e: unknown) => e);
    expect((rsa as BinanceApiError).binanceMessage).toContain('not simulated');
  });
});
