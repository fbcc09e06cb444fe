import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffConfig } from '../../src/connection/backoff';

const noJitter: BackoffConfig = {
  initialDelayMs: 1000,
  maxDelayMs: 30_000,
  multiplier: 2,
  jitter: 0,
  resetAfterMs: 30_000,
  maxAttempts: Number.POSITIVE_INFINITY,
};

describe('backoffDelay', () => {
  const table: { given: [number, BackoffConfig, number]; want: number }[] = [
    { given: [1, noJitter, 0.5], want: 1000 },
    { given: [2, noJitter, 0.5], want: 2000 },
    { given: [3, noJitter, 0.5], want: 4000 },
    { given: [5, noJitter, 0.5], want: 16_000 },
    { given: [6, noJitter, 0.5], want: 30_000 },
    { given: [50, noJitter, 0.5], want: 30_000 },
    { given: [0, noJitter, 0.5], want: 1000 },
    { given: [1, { ...noJitter, multiplier: 3 }, 0], want: 1000 },
    { given: [3, { ...noJitter, multiplier: 3 }, 0], want: 9000 },
    { given: [1, { ...noJitter, jitter: 0.2 }, 0], want: 1000 },
    { given: [1, { ...noJitter, jitter: 0.2 }, 0.5], want: 900 },
    { given: [1, { ...noJitter, jitter: 0.2 }, 0.999], want: 800 },
    { given: [6, { ...noJitter, jitter: 1 }, 0.5], want: 15_000 },
    { given: [2, { ...noJitter, jitter: 7 }, 0.25], want: 1500 },
    { given: [2, { ...noJitter, jitter: -1 }, 0.25], want: 2000 },
  ];
  it.each(table)('attempt $given.0 with random $given.2 -> $want ms', ({ given, want }) => {
    const [attempt, config, random] = given;
    expect(backoffDelay(attempt, config, () => random)).toBe(want);
  });

  it('defaults to 1 s doubling up to 30 s with 20% jitter, reset after 30 s, no attempt limit', () => {
    expect(DEFAULT_BACKOFF).toEqual({
      initialDelayMs: 1000,
      maxDelayMs: 30_000,
      multiplier: 2,
      jitter: 0.2,
      resetAfterMs: 30_000,
      maxAttempts: Number.POSITIVE_INFINITY,
    });
    expect(backoffDelay(3, undefined, () => 0)).toBe(4000);
    expect(backoffDelay(3, undefined, () => 0.5)).toBe(3600);
  });

  it('stays within [80%, 100%] of the capped delay for any randomness by default', () => {
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const base = Math.min(30_000, 1000 * 2 ** (attempt - 1));
      const delay = backoffDelay(attempt);
      expect(delay).toBeGreaterThanOrEqual(Math.round(base * 0.8));
      expect(delay).toBeLessThanOrEqual(base);
    }
  });
});
