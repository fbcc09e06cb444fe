import { defer, of, throwError, type Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  BinanceApiError,
  IpBannedError,
  RateLimitedError,
  type RequestInfo,
} from '../../../src/errors';
import { retryRateLimited } from '../../../src/rest/retry-rate-limited';
import { testScheduler } from '../fixtures';

const info: RequestInfo = { operation: 'getBook', method: 'GET /api/v3/depth', params: {} };
const limited = (retryAfterMs?: number) =>
  new RateLimitedError(info, -1003, 'Too many requests.', retryAfterMs);

/** A source that fails with `errors` in turn, then emits 'ok'; counts subscriptions. */
function flaky(...errors: Error[]) {
  let subscriptions = 0;
  const source: Observable<string> = defer(() => {
    subscriptions += 1;
    const error = errors.shift();
    return error ? throwError(() => error) : of('ok');
  });
  return Object.assign(source, { subscriptions: () => subscriptions });
}

describe('retryRateLimited', () => {
  it('waits the announced Retry-After before each retry (virtual time)', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      const source = flaky(limited(3000), limited(500));
      expectObservable(source.pipe(retryRateLimited({ scheduler: ts }))).toBe('3500ms (a|)', {
        a: 'ok',
      });
    });
  });

  it('backs off from fallbackDelayMs, doubling, when no Retry-After was sent', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      const source = flaky(limited(), limited());
      expectObservable(source.pipe(retryRateLimited({ scheduler: ts, fallbackDelayMs: 100 }))).toBe(
        '300ms (a|)',
        { a: 'ok' },
      );
    });
  });

  it('gives up after maxRetries with the last RateLimitedError', () => {
    const ts = testScheduler();
    const last = limited(10);
    ts.run(({ expectObservable }) => {
      const source = flaky(limited(10), limited(10), last);
      expectObservable(source.pipe(retryRateLimited({ scheduler: ts, maxRetries: 2 }))).toBe(
        '20ms #',
        undefined,
        last,
      );
    });
  });

  it('never retries an IP ban or any other error', () => {
    const ts = testScheduler();
    for (const error of [
      new IpBannedError(info, -1003, 'banned', 60_000),
      new BinanceApiError(info, 400, -1121, 'Invalid symbol.'),
    ]) {
      const source = flaky(error);
      ts.run(({ expectObservable }) => {
        expectObservable(source.pipe(retryRateLimited({ scheduler: ts }))).toBe(
          '#',
          undefined,
          error,
        );
      });
      expect(source.subscriptions()).toBe(1);
    }
  });
});
