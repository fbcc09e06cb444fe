import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT_RULES, ruleOf, rulesOf } from '../../../src/rate-limit/rules';

describe('rate-limit rules', () => {
  it('start from spec/limits.yaml: Binance documented limits', () => {
    expect(DEFAULT_RATE_LIMIT_RULES).toEqual([
      { type: 'REQUEST_WEIGHT', interval: '1m', intervalMs: 60_000, limit: 6000 },
      { type: 'ORDERS', interval: '10s', intervalMs: 10_000, limit: 100 },
      { type: 'ORDERS', interval: '1d', intervalMs: 86_400_000, limit: 200_000 },
      { type: 'RAW_REQUESTS', interval: '5m', intervalMs: 300_000, limit: 300_000 },
    ]);
  });

  it.each([
    [{ rateLimitType: 'ORDERS', interval: 'HOUR', intervalNum: 2, limit: 5 }, '2h'],
    [{ rateLimitType: 'REQUEST_WEIGHT', interval: 'SECOND', intervalNum: 10, limit: 1 }, '10s'],
  ])('reads %j with the header key %s', (entry, interval) => {
    expect(ruleOf(entry)).toMatchObject({ interval, limit: entry.limit });
  });

  it.each([
    null,
    'ORDERS',
    [],
    { rateLimitType: 'CONNECTIONS', interval: 'MINUTE', intervalNum: 1, limit: 5 },
    { rateLimitType: 'ORDERS', interval: 'WEEK', intervalNum: 1, limit: 5 },
    { rateLimitType: 'ORDERS', interval: 'MINUTE', intervalNum: 0, limit: 5 },
    { rateLimitType: 'ORDERS', interval: 'MINUTE', intervalNum: 1, limit: -5 },
    { rateLimitType: 'ORDERS', interval: 'MINUTE', intervalNum: 1, limit: 1.5 },
    { rateLimitType: 'ORDERS', interval: 'MINUTE', intervalNum: 1, limit: '5' },
    { rateLimitType: 'constructor', interval: 'MINUTE', intervalNum: 1, limit: 5 },
    { rateLimitType: 'ORDERS', interval: 'constructor', intervalNum: 1, limit: 5 },
    { rateLimitType: 'ORDERS', interval: '__proto__', intervalNum: 1, limit: 5 },
  ])('ignores what a frame or exchangeInfo could carry that is not a rule: %j', (entry) => {
    expect(ruleOf(entry)).toBeUndefined();
    expect(rulesOf([entry])).toEqual([]);
  });
});
