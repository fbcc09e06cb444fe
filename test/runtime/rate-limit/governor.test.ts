import { mergeMap, throwError, timer, type Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  InvalidParameterError,
  IpBannedError,
  RateLimitedError,
  RateLimitWaitError,
  type RequestInfo,
} from '../../../src/errors';
import type { RateLimitCost } from '../../../src/rate-limit/cost';
import { createRateLimitGovernor, type RateLimitGovernor } from '../../../src/rate-limit/governor';
import { testScheduler } from '../fixtures';

const info: RequestInfo = { operation: 'getBook', method: 'GET /api/v3/depth', params: {} };
const order: RequestInfo = { operation: 'placeOrder', method: 'POST /api/v3/order', params: {} };
const read: RateLimitCost = { weight: 1, orders: 0 };
const place: RateLimitCost = { weight: 1, weightOnSuccess: 0, orders: 1 };
const weightPerSecond = (limit: number) => ({
  rateLimitType: 'REQUEST_WEIGHT',
  interval: 'SECOND',
  intervalNum: 1,
  limit,
});
const ordersPerSecond = (limit: number) => ({
  rateLimitType: 'ORDERS',
  interval: 'SECOND',
  intervalNum: 1,
  limit,
});

type Ts = ReturnType<typeof testScheduler>;

function governor(ts: Ts, rateLimits: readonly object[], maxWaitMs?: number): RateLimitGovernor {
  return createRateLimitGovernor({
    scheduler: ts,
    rateLimits,
    ...(maxWaitMs !== undefined ? { maxWaitMs } : {}),
  });
}

describe('rate-limit governor', () => {
  it('sends what fits at once and the rest one interval after the answers', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const g = governor(ts, [weightPerSecond(3)]);
      const answer = cold('--a|');
      for (let i = 0; i < 5; i++) {
        expectObservable(g.run(read, info, () => answer)).toBe(i < 3 ? '--a|' : '1002ms --a|');
      }
      expectSubscriptions(answer.subscriptions).toBe([
        '^--!',
        '^--!',
        '^--!',
        '1002ms ^--!',
        '1002ms ^--!',
      ]);
    });
  });

  it('a 429 pauses every caller until Retry-After, including those already queued', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const g = governor(ts, [weightPerSecond(100)]);
      const limited = new RateLimitedError(info, -1003, 'Too much request weight used.', 500);
      const fails = cold('--#', undefined, limited);
      const ok = cold('-a|');
      expectObservable(g.run(read, info, () => fails)).toBe('--#', undefined, limited);
      expectObservable(g.run(read, info, () => ok)).toBe('-a|');
      const later = cold('a|');
      for (const at of [2, 3, 400]) {
        expectObservable(deferAt(ts, at, () => g.run(read, info, () => later))).toBe('502ms a|');
      }
      expectSubscriptions(fails.subscriptions).toBe('^-!');
      expectSubscriptions(ok.subscriptions).toBe('^-!');
      expectSubscriptions(later.subscriptions).toBe(['502ms ^!', '502ms ^!', '502ms ^!']);
    });
  });

  it('-1015 pauses order requests only; reads go on', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const g = governor(ts, [weightPerSecond(100), ordersPerSecond(100)]);
      const tooMany = new RateLimitedError(order, -1015, 'Too many new orders.', 300);
      g.run(place, order, () => cold('-#', undefined, tooMany)).subscribe({ error: () => {} });
      expectObservable(deferAt(ts, 5, () => g.run(read, info, () => cold('a|')))).toBe('-----a|');
      expectObservable(deferAt(ts, 5, () => g.run(place, order, () => cold('a|')))).toBe(
        '301ms a|',
      );
    });
  });

  it('a 418 fails every caller, queued or new, until the ban ends; then sends again', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const g = governor(ts, [weightPerSecond(1)]);
      const banned = new IpBannedError(info, -1003, 'Way too much request weight used.', 120_000);
      g.run(read, info, () => cold('--#', undefined, banned)).subscribe({ error: () => {} });
      const queued = cold('a|');
      // Queued behind the weight limit at 0, failed when the 418 arrives at 2.
      expectObservable(g.run(read, info, () => queued)).toBe('--#', undefined, ipBanned());
      expectObservable(deferAt(ts, 10, () => g.run(read, info, () => queued))).toBe(
        '----------#',
        undefined,
        ipBanned(),
      );
      expectObservable(deferAt(ts, 120_002, () => g.run(read, info, () => queued))).toBe(
        '120002ms a|',
      );
      expectSubscriptions(queued.subscriptions).toBe('120002ms ^!');
    });
  });

  it('a request that would wait over maxWaitMs fails with RateLimitWaitError, unsent', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const daily = { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 1 };
      const g = governor(ts, [daily], 60_000);
      expectObservable(g.run(place, order, () => cold('a|'))).toBe('a|');
      const never = cold('a|');
      // Refused when the first order's answer shows the day is used up: at frame 0, not after 60 s.
      expectObservable(g.run(place, order, () => never)).toBe('#', undefined, waitError());
      expectSubscriptions(never.subscriptions).toBe([]);
    });
  });

  it('orders are paced under the ORDERS limit; a successful order costs no weight', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const g = governor(ts, [weightPerSecond(2), ordersPerSecond(2)]);
      for (let i = 0; i < 4; i++) {
        expectObservable(g.run(place, order, () => cold('a|'))).toBe(i < 2 ? 'a|' : '1000ms a|');
      }
      // Both orders succeeded: their weight was refunded; they still count as orders.
      ts.schedule(() => {
        const used = g.status().usage.map((u) => [u.type, u.used]);
        expect(used).toEqual([
          ['REQUEST_WEIGHT', 0],
          ['ORDERS', 2],
        ]);
      }, 500);
    });
  });

  it('usage headers and WebSocket API rateLimits correct the counts and limits', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const g = governor(ts, [weightPerSecond(10)]);
      g.observeUsedLimits({ usedWeight: { '1s': 10 }, orderCount: {} });
      expectObservable(g.run(read, info, () => cold('a|'))).toBe('1000ms a|');
      // At 1500 the WebSocket API reports a higher limit (20) and 19 used: one more fits.
      ts.schedule(() => g.observeRateLimits([{ ...weightPerSecond(20), count: 19 }]), 1500);
      expectObservable(deferAt(ts, 1501, () => g.run(read, info, () => cold('a|')))).toBe(
        '1501ms a|',
      );
      expectObservable(deferAt(ts, 1502, () => g.run(read, info, () => cold('a|')))).toBe(
        '2000ms a|', // when the read sent at 1000 stops counting
      );
    });
  });

  it('a caller that unsubscribes while queued sends nothing and frees its place', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const g = governor(ts, [weightPerSecond(1)]);
      expectObservable(g.run(read, info, () => cold('-a|'))).toBe('-a|');
      const dropped = cold('a|');
      expectObservable(
        g.run(read, info, () => dropped),
        '^--!',
      ).toBe('');
      expectSubscriptions(dropped.subscriptions).toBe([]);
      ts.schedule(() => expect(g.status().queued).toBe(0), 3);
    });
  });

  it('a request refused before sending (bad parameter) costs nothing', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const g = governor(ts, [weightPerSecond(1)]);
      const bad = new InvalidParameterError('getBook', 'limit', -1, 'must be >= 1');
      expectObservable(g.run(read, info, () => throwError(() => bad))).toBe('#', undefined, bad);
      expectObservable(g.run(read, info, () => cold('a|'))).toBe('a|');
    });
  });
});

/** Subscribes to `make()` at virtual time `at`. */
const deferAt = <T>(ts: Ts, at: number, make: () => Observable<T>): Observable<T> =>
  timer(at, ts).pipe(mergeMap(make));

const ipBanned = () =>
  expect.objectContaining({ code: 'IP_BANNED', binanceCode: -1003 }) as unknown as IpBannedError;
const waitError = () =>
  expect.objectContaining({ code: 'RATE_LIMIT_WAIT' }) as unknown as RateLimitWaitError;
