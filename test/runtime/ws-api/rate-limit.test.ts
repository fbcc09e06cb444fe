/**
 * The WebSocket API session's requests go through its rate-limit governor: `rateLimits` in the
 * answers correct it, a 429 holds every later request until `retryAfter`, and a governor shared
 * with a REST client is one budget for both.
 */
import { describe, expect, it } from 'vitest';
import { getServerTimeFactory } from '../../../generated/operations/get-server-time';
import { placeOrderHttp, placeOrderFactory } from '../../../generated/operations/place-order';
import { RateLimitedError } from '../../../src/errors';
import { createRateLimitGovernor } from '../../../src/rate-limit/governor';
import { createHttpClient } from '../../../src/rest/http-client';
import { harness } from './harness';

const weight = (limit: number, count: number) => ({
  rateLimitType: 'REQUEST_WEIGHT',
  interval: 'SECOND',
  intervalNum: 1,
  limit,
  count,
});

describe('wsApiSession and the rate-limit governor', () => {
  it('rateLimits in an answer set the limit and the count: the next request waits for room', () => {
    const h = harness();
    h.session.connect();
    h.server().open();
    getServerTimeFactory(h.session)({}).subscribe();
    h.reply('time', { serverTime: 1 }, h.server(), { rateLimits: [weight(2, 2)] });
    expect(h.session.governor.status().usage).toContainEqual(
      expect.objectContaining({ type: 'REQUEST_WEIGHT', interval: '1s', limit: 2, used: 2 }),
    );
    getServerTimeFactory(h.session)({}).subscribe();
    expect(h.sent()).toHaveLength(1);
    h.advance(1000);
    expect(h.sent()).toHaveLength(2);
  });

  it('a 429 holds every later request until retryAfter', () => {
    const h = harness();
    h.session.connect();
    h.server().open();
    const errors: unknown[] = [];
    getServerTimeFactory(h.session)({}).subscribe({ error: (e: unknown) => errors.push(e) });
    h.fail('time', 429, -1003, 'Too many requests.', { serverTime: 0, retryAfter: 3000 });
    expect(errors[0]).toBeInstanceOf(RateLimitedError);
    getServerTimeFactory(h.session)({}).subscribe();
    getServerTimeFactory(h.session)({}).subscribe();
    h.advance(2999);
    expect(h.sent()).toHaveLength(1);
    h.advance(1);
    expect(h.sent()).toHaveLength(3);
  });

  it('one governor shared with a REST client is one ORDERS budget for both', () => {
    const governor = createRateLimitGovernor({
      rateLimits: [{ rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 1 }],
    });
    const credentials = { apiKey: 'key', sign: () => 'signature' };
    const hanging = () => new Promise<Response>(() => {});
    const client = createHttpClient({
      baseUrl: 'http://x.test',
      credentials,
      governor,
      fetch: hanging,
    });
    const h = harness({ governor, credentials });
    expect(client.governor).toBe(governor);
    expect(h.session.governor).toBe(governor);
    h.session.connect();
    h.server().open();
    const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1' } as const;
    // The REST order is in flight: it holds the only ORDERS slot.
    placeOrderHttp(order, client).subscribe({ error: () => {} });
    placeOrderFactory(h.session)(order).subscribe({ error: () => {} });
    expect(h.sent().map((r) => r.method)).toEqual([]);
    expect(governor.status().queued).toBe(1);
  });
});
