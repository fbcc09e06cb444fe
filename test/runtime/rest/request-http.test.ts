import { createHmac } from 'node:crypto';
import { firstValueFrom, lastValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { getBookHttp } from '../../../generated/operations/get-book';
import { placeOrderHttp } from '../../../generated/operations/place-order';
import {
  BinanceApiError,
  HttpError,
  InvalidParameterError,
  IpBannedError,
  MissingCredentialsError,
  RateLimitedError,
  RequestTimeoutError,
} from '../../../src/errors';
import { createHttpClient, type HttpClientOptions } from '../../../src/rest/http-client';
import { testScheduler } from '../fixtures';
import { fakeFetch, json, type Reply } from './fake-fetch';

const SECRET = 'test-secret';
const hmac = (payload: string) => createHmac('sha256', SECRET).update(payload).digest('hex');

function client(replies: Reply[], options: HttpClientOptions = {}) {
  const fake = fakeFetch(...replies);
  return {
    ...fake,
    client: createHttpClient({ baseUrl: 'http://x.test', fetch: fake.fetch, ...options }),
  };
}

/** A scheduler whose clock stands still at `time` (its timers never fire unless flushed). */
function fixedClock(time: number) {
  const ts = testScheduler();
  return { now: () => time, schedule: ts.schedule.bind(ts) };
}

const book = { lastUpdateId: 1, bids: [['1.0', '2.0']], asks: [] };

describe('requestHttp (through a generated *Http function)', () => {
  it('sends a public GET with the parameters in the query string and emits the full body', async () => {
    const { client: c, calls } = client([json(200, book, { 'X-MBX-USED-WEIGHT-1M': '7' })]);
    const body = await firstValueFrom(getBookHttp({ symbol: 'BTCUSDT', limit: 5 }, c));
    expect(body).toEqual(book);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('http://x.test/api/v3/depth?symbol=BTCUSDT&limit=5');
    expect(calls[0]!.init.method).toBe('GET');
    expect((calls[0]!.init.headers as Record<string, string>)['X-MBX-APIKEY']).toBeUndefined();
    expect(await firstValueFrom(c.limits$)).toEqual({ usedWeight: { '1m': 7 }, orderCount: {} });
  });

  it('signs a TRADE request over the exact form body, with timestamp and recvWindow', async () => {
    const signed: string[] = [];
    const { client: c, calls } = client([json(200, { orderId: 1 })], {
      credentials: { apiKey: 'KEY', sign: (p) => (signed.push(p), hmac(p)) },
      recvWindow: 3000,
      scheduler: fixedClock(1_700_000_000_000),
    });
    await lastValueFrom(
      placeOrderHttp(
        {
          symbol: 'BTCUSDT',
          side: 'BUY',
          type: 'LIMIT',
          timeInForce: 'GTC',
          quantity: '0.001',
          price: 0.00000123,
        },
        c,
      ),
    );
    const { init, url } = calls[0]!;
    expect(url).toBe('http://x.test/api/v3/order');
    expect(init.method).toBe('POST');
    const expectedPayload =
      'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=0.00000123&recvWindow=3000&timestamp=1700000000000';
    expect(signed).toEqual([expectedPayload]);
    expect(init.body).toBe(`${expectedPayload}&signature=${hmac(expectedPayload)}`);
    expect(init.headers).toMatchObject({
      'X-MBX-APIKEY': 'KEY',
      'Content-Type': 'application/x-www-form-urlencoded',
    });
  });

  it('waits for an asynchronous signer', async () => {
    const { client: c, calls } = client([json(200, { orderId: 1 })], {
      credentials: { apiKey: 'KEY', sign: async (p) => hmac(p) },
    });
    await lastValueFrom(
      placeOrderHttp({ symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '1' }, c),
    );
    expect(String(calls[0]!.init.body)).toMatch(/&signature=[0-9a-f]{64}$/);
  });

  it('checks parameters before sending: a typed error names the parameter and the rule', async () => {
    const { client: c, calls } = client([]);
    const error = await firstValueFrom(getBookHttp({ symbol: 'btc usdt' }, c)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ target: 'getBook', parameter: 'symbol' });
    const missing = await firstValueFrom(getBookHttp({} as never, c)).catch((e: unknown) => e);
    expect(missing).toMatchObject({ parameter: 'symbol', rule: 'is required' });
    const range = await firstValueFrom(getBookHttp({ symbol: 'BTCUSDT', limit: 0 }, c)).catch(
      (e: unknown) => e,
    );
    expect(range).toMatchObject({ parameter: 'limit', rule: 'must be ≥ 1' });
    expect(calls).toHaveLength(0);
  });

  it('refuses a signed request without a signer, sending nothing', async () => {
    const { client: c, calls } = client([]);
    const error = await firstValueFrom(
      placeOrderHttp({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1' }, c),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingCredentialsError);
    expect(error).toMatchObject({ missing: 'apiKey', security: 'TRADE' });
    expect(calls).toHaveLength(0);
  });

  it.each([
    [
      json(400, { code: -1121, msg: 'Invalid symbol.' }),
      BinanceApiError,
      { binanceCode: -1121, status: 400 },
    ],
    [
      json(429, { code: -1003, msg: 'Too many requests.' }, { 'Retry-After': '7' }),
      RateLimitedError,
      { retryAfterMs: 7000 },
    ],
    [
      json(
        418,
        { code: -1003, msg: 'Way too many requests; IP banned.' },
        { 'Retry-After': '120' },
      ),
      IpBannedError,
      { retryAfterMs: 120_000 },
    ],
    [new Response('<html>bad gateway</html>', { status: 502 }), HttpError, { status: 502 }],
    [new Error('ECONNREFUSED'), HttpError, { status: 0, excerpt: 'ECONNREFUSED' }],
  ])('maps failures to typed errors (%#)', async (reply, type, fields) => {
    const { client: c } = client([reply]);
    const error = await firstValueFrom(getBookHttp({ symbol: 'BTCUSDT' }, c)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({
      ...fields,
      request: { operation: 'getBook', method: 'GET /api/v3/depth' },
    });
  });

  it('aborts the fetch when the subscriber unsubscribes', async () => {
    const { client: c, calls } = client(['hang']);
    const subscription = getBookHttp({ symbol: 'BTCUSDT' }, c).subscribe();
    await Promise.resolve();
    subscription.unsubscribe();
    expect(calls[0]!.init.signal!.aborted).toBe(true);
  });

  it('times out on the client scheduler and aborts the fetch; the timeout says the request was sent', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      const { client: c } = client(['hang'], { scheduler: ts, timeoutMs: 5000 });
      expectObservable(getBookHttp({ symbol: 'BTCUSDT' }, c)).toBe(
        '5000ms #',
        undefined,
        new RequestTimeoutError('GET /api/v3/depth', undefined, 5000, [], true),
      );
    });
  });
});
