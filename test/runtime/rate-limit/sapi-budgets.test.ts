/**
 * SAPI budgets of the rate-limit governor (spec/limits.yaml `sapiRateLimits`): each `/sapi/`
 * endpoint has its own budget by weight type (12 000 IP or 180 000 UID weight a minute), its own
 * 429 pause and its own `X-SAPI-USED-*` corrections; none touches the /api rules. Marble tests on
 * virtual time.
 */
import { mergeMap, timer } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { RateLimitedError, RateLimitWaitError, type RequestInfo } from '../../../src/errors';
import type { OperationDescriptor } from '../../../src/operations/descriptor';
import { costOf, type RateLimitCost } from '../../../src/rate-limit/cost';
import { createRateLimitGovernor } from '../../../src/rate-limit/governor';
import { SAPI_RATE_LIMIT_RULES } from '../../../src/rate-limit/rules';
import { readUsedLimits } from '../../../src/rest/limits';
import { getMarginAllOrdersOperation } from '../../../generated/operations/get-margin-all-orders';
import { marginBorrowRepayOperation } from '../../../generated/operations/margin-borrow-repay';
import { testScheduler } from '../fixtures';

const ALL_ORDERS = 'GET /sapi/v1/margin/allOrders';
const OPEN_ORDERS = 'GET /sapi/v1/margin/openOrders';
const BORROW = 'POST /sapi/v1/margin/borrow-repay';
const infoOf = (method: string): RequestInfo => ({ operation: method, method, params: {} });
const sapi = (
  endpoint: string,
  weight: number,
  weightType: 'IP' | 'UID' = 'IP',
): RateLimitCost => ({
  weight,
  orders: 0,
  sapi: { weightType, endpoint },
});
const MINUTE = 60_000;

describe('SAPI budgets', () => {
  it('are data: the spec rules, and each operation names its endpoint and weight type', () => {
    expect(SAPI_RATE_LIMIT_RULES.IP).toMatchObject({ interval: '1m', limit: 12_000 });
    expect(SAPI_RATE_LIMIT_RULES.UID).toMatchObject({ interval: '1m', limit: 180_000 });
    expect(
      costOf(getMarginAllOrdersOperation as unknown as OperationDescriptor<object, unknown>).sapi,
    ).toEqual({
      weightType: 'IP',
      endpoint: ALL_ORDERS,
    });
    expect(
      costOf(marginBorrowRepayOperation as unknown as OperationDescriptor<object, unknown>).sapi,
    ).toEqual({
      weightType: 'UID',
      endpoint: BORROW,
    });
  });

  it("an endpoint over its budget waits one minute after the answers; others don't wait", () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const g = createRateLimitGovernor({ scheduler: ts, maxWaitMs: 2 * MINUTE });
      const answer = cold('--a|');
      // 12 000 a minute: four of 3 000 fit, the fifth waits for the first answers' minute.
      for (let i = 0; i < 5; i++) {
        const expected = i < 4 ? '--a|' : `${MINUTE + 2}ms --a|`;
        expectObservable(g.run(sapi(ALL_ORDERS, 3000), infoOf(ALL_ORDERS), () => answer)).toBe(
          expected,
        );
      }
      const other = cold('-b|');
      expectObservable(g.run(sapi(OPEN_ORDERS, 3000), infoOf(OPEN_ORDERS), () => other)).toBe(
        '-b|',
      );
      expectSubscriptions(other.subscriptions).toBe('^-!');
      expectSubscriptions(answer.subscriptions).toBe([
        '^--!',
        '^--!',
        '^--!',
        '^--!',
        `${MINUTE + 2}ms ^--!`,
      ]);
    });
  });

  it('a UID endpoint has the account budget; /api weight is never spent', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, flush }) => {
      const g = createRateLimitGovernor({ scheduler: ts, maxWaitMs: 2 * MINUTE });
      for (let i = 0; i < 120; i++) {
        expectObservable(g.run(sapi(BORROW, 1500, 'UID'), infoOf(BORROW), () => cold('a|'))).toBe(
          'a|',
        );
      }
      expectObservable(g.run(sapi(BORROW, 1500, 'UID'), infoOf(BORROW), () => cold('a|'))).toBe(
        `${MINUTE}ms a|`,
      );
      flush();
      const status = g.status();
      expect(status.usage.every((u) => u.used === 0)).toBe(true);
      expect(status.sapi).toEqual([
        expect.objectContaining({
          endpoint: BORROW,
          weightType: 'UID',
          type: 'SAPI_UID_WEIGHT',
          limit: 180_000,
        }),
      ]);
    });
  });

  it('a 429 pauses that endpoint only, until Retry-After', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const g = createRateLimitGovernor({ scheduler: ts });
      const limited = new RateLimitedError(
        infoOf(ALL_ORDERS),
        -1003,
        'Too much request weight used.',
        500,
      );
      expectObservable(
        g.run(sapi(ALL_ORDERS, 1), infoOf(ALL_ORDERS), () => cold('-#', undefined, limited)),
      ).toBe('-#', undefined, limited);
      // Asked at 2: waits until 1 + 500.
      const later = timer(2, ts).pipe(
        mergeMap(() => g.run(sapi(ALL_ORDERS, 1), infoOf(ALL_ORDERS), () => cold('a|'))),
      );
      expectObservable(later).toBe('501ms a|');
      expectObservable(g.run(sapi(OPEN_ORDERS, 1), infoOf(OPEN_ORDERS), () => cold('-b|'))).toBe(
        '-b|',
      );
    });
  });

  it('the X-SAPI-USED header of an answer corrects its endpoint; waiting past maxWaitMs fails', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, flush }) => {
      const g = createRateLimitGovernor({ scheduler: ts, maxWaitMs: 1000 });
      expectObservable(g.run(sapi(ALL_ORDERS, 10), infoOf(ALL_ORDERS), () => cold('a|'))).toBe(
        'a|',
      );
      flush();
      const headers = new Headers({ 'X-SAPI-USED-IP-WEIGHT-1M': '11995' });
      const used = readUsedLimits(headers)!;
      expect(used.sapiUsedWeight).toEqual({ IP: 11_995 });
      g.observeUsedLimits(used, ALL_ORDERS);
      expect(g.status().sapi[0]).toMatchObject({ endpoint: ALL_ORDERS, used: 11_995 });
      const never = cold('a|');
      expectObservable(g.run(sapi(ALL_ORDERS, 10), infoOf(ALL_ORDERS), () => never)).toBe(
        '-#',
        undefined,
        expect.objectContaining({
          code: 'RATE_LIMIT_WAIT',
          message: expect.stringContaining('SAPI_IP_WEIGHT 12000/1m'),
        }) as unknown as RateLimitWaitError,
      );
    });
  });
});
