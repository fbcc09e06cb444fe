/**
 * The generated *Http functions against the local exchange's REST API: public and signed calls,
 * responses checked against their schemas, Binance's errors as typed errors.
 */
import { createHmac } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBookHttp, validateGetBookResponse } from '../../generated/operations/get-book';
import {
  cancelOrderHttp,
  validateCancelOrderResponse,
} from '../../generated/operations/cancel-order';
import {
  getKlinesHttp,
  parseGetKlinesResponse,
  validateGetKlinesResponse,
} from '../../generated/operations/get-klines';
import { getOrderHttp, validateGetOrderResponse } from '../../generated/operations/get-order';
import { getServerTimeHttp } from '../../generated/operations/get-server-time';
import { pingHttp } from '../../generated/operations/ping';
import { placeOrderHttp, validatePlaceOrderResponse } from '../../generated/operations/place-order';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { BinanceApiError, RateLimitedError } from '../../src/errors';
import { createRateLimitGovernor } from '../../src/rate-limit/governor';
import { createHttpClient } from '../../src/rest/http-client';
import { syncServerTime } from '../../src/rest/sync-server-time';

let exchange: LocalExchange;
beforeAll(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: ['BTCUSDT'] });
});
afterAll(() => exchange.close());

const hmac = (secret: string) => (payload: string) =>
  createHmac('sha256', secret).update(payload).digest('hex');
const signed = () =>
  createHttpClient({
    baseUrl: exchange.urls.rest,
    credentials: { apiKey: exchange.keys.hmac.apiKey, sign: hmac(exchange.keys.hmac.secret) },
  });

describe('REST against the local exchange', () => {
  it('public endpoints answer bodies that match their schemas', async () => {
    const client = createHttpClient({ baseUrl: exchange.urls.rest });
    expect(await firstValueFrom(pingHttp({}, client))).toEqual({});
    const book = await firstValueFrom(getBookHttp({ symbol: 'BTCUSDT', limit: 5 }, client));
    expect(validateGetBookResponse(book)).toBe(true);
    expect(book.bids).toHaveLength(5);
    const { usedWeight } = (await firstValueFrom(client.limits$))!;
    expect(usedWeight['1m']).toBeGreaterThan(0);
    const { serverTime } = await firstValueFrom(getServerTimeHttp({}, client));
    expect(typeof serverTime).toBe('number');
  });

  it('getKlinesHttp answers bars that match the schema; a bad interval is a typed error before sending', async () => {
    const client = createHttpClient({ baseUrl: exchange.urls.rest });
    exchange.market.step(5);
    const bars = await firstValueFrom(
      getKlinesHttp({ symbol: 'BTCUSDT', interval: '1m', limit: 3 }, client),
    );
    expect(validateGetKlinesResponse(bars)).toBe(true);
    expect(bars.length).toBeGreaterThan(0);
    expect(parseGetKlinesResponse(bars, { decimal: Number })[0]!.open).toBeGreaterThan(0);
    const bad = await firstValueFrom(
      getKlinesHttp({ symbol: 'BTCUSDT', interval: '2m' as never }, client),
    ).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'INVALID_PARAMETER', parameter: 'interval' });
  });

  it('places, queries and cancels an order with an HMAC signer', async () => {
    const client = signed();
    const best = (await firstValueFrom(getBookHttp({ symbol: 'BTCUSDT', limit: 1 }, client)))
      .bids[0]![0];
    const price = (Number(best) - 100).toFixed(2);
    const placed = await firstValueFrom(
      placeOrderHttp(
        {
          symbol: 'BTCUSDT',
          side: 'BUY',
          type: 'LIMIT',
          timeInForce: 'GTC',
          quantity: '0.001',
          price,
          newOrderRespType: 'RESULT',
        },
        client,
      ),
    );
    expect(validatePlaceOrderResponse(placed)).toBe(true);
    expect(placed.status).toBe('NEW');
    const queried = await firstValueFrom(
      getOrderHttp({ symbol: 'BTCUSDT', orderId: placed.orderId }, client),
    );
    expect(validateGetOrderResponse(queried)).toBe(true);
    expect(queried).toMatchObject({
      status: 'NEW',
      price: `${price}000000`,
      origQty: '0.00100000',
    });
    const canceled = await firstValueFrom(
      cancelOrderHttp({ symbol: 'BTCUSDT', orderId: placed.orderId }, client),
    );
    expect(validateCancelOrderResponse(canceled)).toBe(true);
    expect('status' in canceled && canceled.status).toBe('CANCELED');
    const again = await firstValueFrom(
      cancelOrderHttp({ symbol: 'BTCUSDT', orderId: placed.orderId }, client),
    ).catch((e: unknown) => e);
    expect(again).toMatchObject({ binanceCode: -2011, status: 400 });
  });

  it('a wrong signature is -1022, an unknown symbol -1121, a stale timestamp -1021', async () => {
    const wrong = createHttpClient({
      baseUrl: exchange.urls.rest,
      credentials: { apiKey: exchange.keys.hmac.apiKey, sign: hmac('not-the-secret') },
    });
    const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' } as const;
    expect(
      await firstValueFrom(placeOrderHttp(order, wrong)).catch((e: unknown) => e),
    ).toMatchObject({ binanceCode: -1022 });
    const client = signed();
    const unknown = await firstValueFrom(getBookHttp({ symbol: 'NOPEUSDT' }, client)).catch(
      (e: unknown) => e,
    );
    expect(unknown).toBeInstanceOf(BinanceApiError);
    expect(unknown).toMatchObject({ binanceCode: -1121, binanceMessage: 'Invalid symbol.' });
    client.timeOffsetMs = -60_000;
    expect(
      await firstValueFrom(placeOrderHttp(order, client)).catch((e: unknown) => e),
    ).toMatchObject({ binanceCode: -1021 });
    // syncServerTime repairs the clock.
    await firstValueFrom(syncServerTime(client, { everyMs: 0 }));
    expect(Math.abs(client.timeOffsetMs)).toBeLessThan(1000);
    expect(await firstValueFrom(placeOrderHttp(order, client))).toMatchObject({ status: 'FILLED' });
  });

  it('weight exhaustion gives 429 with Retry-After; the governor then holds every request, so no 418', async () => {
    const small = await startLocalExchange({
      paused: true,
      symbols: ['BTCUSDT'],
      rateLimits: { requestWeightPerMinute: 10 },
    });
    try {
      // The governor believes Binance's 6000 per minute, so the exchange's 10 surprise it.
      const client = createHttpClient({
        baseUrl: small.urls.rest,
        governor: createRateLimitGovernor({ maxWaitMs: 0 }),
      });
      const book = () =>
        firstValueFrom(getBookHttp({ symbol: 'BTCUSDT' }, client)).catch((e: unknown) => e);
      await book();
      await book();
      const limited = await book();
      expect(limited).toBeInstanceOf(RateLimitedError);
      expect((limited as RateLimitedError).retryAfterMs).toBeGreaterThan(0);
      // Paused until Retry-After: refused unsent (maxWaitMs 0) instead of earning a ban.
      expect(await book()).toMatchObject({ code: 'RATE_LIMIT_WAIT', limit: '429 pause' });
      expect(client.governor.status().pausedUntil).toBeGreaterThan(Date.now());
      // Going on regardless (a raw request) is what gets an IP banned.
      const raw = await fetch(`${small.urls.rest}/api/v3/depth?symbol=BTCUSDT`);
      expect(raw.status).toBe(418);
    } finally {
      await small.close();
    }
  });
});
