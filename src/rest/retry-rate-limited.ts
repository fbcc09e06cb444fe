/**
 * Retries a request that got 429, after the delay Binance announced in `Retry-After` (or a
 * backoff when it sent none). An IP ban (418) and every other error pass through untouched.
 *
 * It works on top of the client's rate-limit governor: the governor has already paused every
 * other caller of the client until `Retry-After`, and the retry waits for the governor again, so
 * callers retrying together cannot earn a ban. Without it a 429 simply errors the request.
 */
import {
  asyncScheduler,
  retry,
  throwError,
  timer,
  type MonoTypeOperatorFunction,
  type SchedulerLike,
} from 'rxjs';
import { RateLimitedError } from '../errors';

export interface RetryRateLimitedOptions {
  /** Retries before giving up with the last `RateLimitedError`; default 3. */
  readonly maxRetries?: number;
  /** Delay when the answer had no `Retry-After`, doubled per retry; default 1000 ms. */
  readonly fallbackDelayMs?: number;
  /** Default `asyncScheduler`; a `TestScheduler` makes the wait virtual. */
  readonly scheduler?: SchedulerLike;
}

export function retryRateLimited<T>(
  options: RetryRateLimitedOptions = {},
): MonoTypeOperatorFunction<T> {
  const { maxRetries = 3, fallbackDelayMs = 1000, scheduler = asyncScheduler } = options;
  return retry({
    count: maxRetries,
    delay: (error: unknown, attempt) =>
      error instanceof RateLimitedError
        ? timer(error.retryAfterMs ?? fallbackDelayMs * 2 ** (attempt - 1), scheduler)
        : throwError(() => error),
  });
}
