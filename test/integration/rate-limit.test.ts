/**
 * The rate-limit governor end to end: one REST client's concurrent callers share its budgets.
 * 200 orders at once against the local exchange with Binance's ORDERS limits (100 per window,
 * the window shortened from 10 s to 1 s) are paced with no -1015; three callers meeting a 429
 * from a strict server all pause, so none is banned.
 */
import { createHmac } from 'node:crypto';
import { firstValueFrom, lastValueFrom, merge, range, concatMap, toArray } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBookHttp } from '../../generated/operations/get-book';
import { getExchangeInfoHttp } from '../../generated/operations/get-exchange-info';
import { placeOcoOrderListHttp } from '../../generated/operations/place-oco-order-list';
import { placeOrderHttp } from '../../generated/operations/place-order';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { BinanceApiError } from '../../src/errors';
import { createHttpClient } from '../../src/rest/http-client';
import { retryRateLimited } from '../../src/rest/retry-rate-limited';

describe('200 orders at once on the local exchange', () => {
  let exchange: LocalExchange;
  beforeAll(async () => {
    exchange = await startLocalExchange({
      paused: true,
      symbols: ['BTCUSDT'],
      rateLimits: { ordersPer10s: 100, ordersPerDay: 200_000, ordersWindowSeconds: 1 },
    });
    exchange.deposit('USDT', '1000000');
  });
  afterAll(() => exchange.close());

  it('are paced under the ORDERS limit loaded from exchangeInfo: 0 -1015', async () => {
    const { apiKey, secret } = exchange.keys.hmac;
    const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('hex');
    const client = createHttpClient({ baseUrl: exchange.urls.rest, credentials: { apiKey, sign } });
    const info = await firstValueFrom(getExchangeInfoHttp({ symbol: 'BTCUSDT' }, client));
    expect(info.rateLimits).toContainEqual(
      expect.objectContaining({ rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 1 }),
    );
    client.governor.load(info.rateLimits);
    const best = (await firstValueFrom(getBookHttp({ symbol: 'BTCUSDT', limit: 1 }, client)))
      .bids[0]![0];
    const price = (Number(best) - 100).toFixed(2);

    const order = (i: number) =>
      placeOrderHttp(
        {
          symbol: 'BTCUSDT',
          side: 'BUY',
          type: 'LIMIT',
          timeInForce: 'GTC',
          quantity: '0.001',
          price,
          newClientOrderId: `paced-${i}`,
        },
        client,
      );
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        firstValueFrom(order(i)).then(
          (placed) => placed.status,
          (error: unknown) => error,
        ),
      ),
    );
    const rejected = outcomes.filter((o) => o instanceof BinanceApiError);
    expect(rejected.filter((e) => (e as BinanceApiError).binanceCode === -1015)).toEqual([]);
    expect(outcomes.filter((o) => o === 'NEW')).toHaveLength(200);
  }, 20_000);
});

describe('what the local exchange charges, as Binance since 2026-04-02', () => {
  it('a successful order costs 0 weight and 1 order; an OCO 2 orders', async () => {
    const exchange = await startLocalExchange({ paused: true, symbols: ['BTCUSDT'] });
    try {
      exchange.deposit('USDT', '100000');
      exchange.deposit('BTC', '1');
      const { apiKey, secret } = exchange.keys.hmac;
      const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('hex');
      const client = createHttpClient({
        baseUrl: exchange.urls.rest,
        credentials: { apiKey, sign },
      });
      const { bids, asks } = await firstValueFrom(
        getBookHttp({ symbol: 'BTCUSDT', limit: 1 }, client),
      );
      const [bid, ask] = [Number(bids[0]![0]), Number(asks[0]![0])];
      const used = async () => (await firstValueFrom(client.limits$))!;
      const before = (await used()).usedWeight['1m']!;
      const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC' } as const;
      await firstValueFrom(
        placeOrderHttp({ ...order, quantity: '0.001', price: (bid - 100).toFixed(2) }, client),
      );
      expect((await used()).usedWeight['1m']).toBe(before);
      // The 1d count: the 10s one may roll over between the two requests.
      expect((await used()).orderCount['1d']).toBe(1);
      await firstValueFrom(
        placeOcoOrderListHttp(
          {
            symbol: 'BTCUSDT',
            side: 'SELL',
            quantity: '0.001',
            aboveType: 'LIMIT_MAKER',
            abovePrice: (ask * 1.1).toFixed(2),
            belowType: 'STOP_LOSS',
            belowStopPrice: (bid * 0.9).toFixed(2),
          },
          client,
        ),
      );
      expect((await used()).orderCount['1d']).toBe(3);
      expect((await used()).usedWeight['1m']).toBe(before);
    } finally {
      await exchange.close();
    }
  });
});

describe('three concurrent callers meeting a 429', () => {
  it('all pause until Retry-After: every request succeeds in the end, none is banned', async () => {
    const server = strictServer({ limit: 10, windowMs: 1000 });
    // The governor believes Binance's 6000 per minute: the server's 10 per second surprise it.
    const client = createHttpClient({ baseUrl: 'http://strict.test', fetch: server.fetch });
    const caller = () =>
      range(0, 8).pipe(
        concatMap(() => getBookHttp({ symbol: 'BTCUSDT' }, client).pipe(retryRateLimited())),
        toArray(),
      );
    const results = await lastValueFrom(merge(caller(), caller(), caller()).pipe(toArray()));
    expect(results.flat()).toHaveLength(24);
    expect(server.counts.limited).toBeGreaterThan(0);
    expect(server.counts.banned).toBe(0);
    expect(server.counts.sentWhilePaused).toBe(0);
  }, 20_000);
});

/**
 * A server with Binance's documented rule, strictly: weight 1 per request, `limit` per fixed
 * window; over it, 429 with `Retry-After` (seconds to the window's end); any request sent after
 * a 429 was received and before its `Retry-After` ended is a failure to back off: 418.
 */
function strictServer({ limit, windowMs }: { limit: number; windowMs: number }) {
  const counts = { ok: 0, limited: 0, banned: 0, sentWhilePaused: 0 };
  let window = -1;
  let used = 0;
  let pausedUntil = 0;
  const book = { lastUpdateId: 1, bids: [], asks: [] };
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers });
  const fetch = (async () => {
    const sent = Date.now();
    if (sent < pausedUntil) {
      counts.sentWhilePaused++;
      counts.banned++;
      return answer(418, { code: -1003, msg: 'Way too much request weight used; IP banned.' });
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
    const now = Date.now();
    if (Math.floor(now / windowMs) !== window) {
      window = Math.floor(now / windowMs);
      used = 0;
    }
    used++;
    if (used > limit) {
      counts.limited++;
      const retryAfterMs = windowMs - (now % windowMs);
      // Binance sends whole seconds; received now, the pause lasts that long from now.
      const seconds = Math.ceil(retryAfterMs / 1000);
      pausedUntil = Math.max(pausedUntil, now + seconds * 1000);
      return answer(
        429,
        { code: -1003, msg: 'Too much request weight used.' },
        { 'Retry-After': String(seconds) },
      );
    }
    counts.ok++;
    return answer(200, book, { 'X-MBX-USED-WEIGHT-1S': String(used) });
  }) as typeof globalThis.fetch;
  return { fetch, counts };
}
