/**
 * One rate-limit governor per client (`rest-api.md`, "LIMITS"; `web-socket-api.md`, "Rate
 * limits"): every request of a REST client or WebSocket API session asks it first, and is sent
 * only when its weight, its orders and one raw request fit every rule (REQUEST_WEIGHT per IP,
 * ORDERS per account, RAW_REQUESTS per IP). Requests wait in arrival order (one waiting for an
 * order slot does not hold up requests that place no order). A 429 pauses every caller until
 * `Retry-After` (a -1015 "too many orders" pauses order requests only); a 418 fails every
 * request, queued or new, with `IpBannedError` until the ban ends. A request that would wait
 * longer than `maxWaitMs` fails with `RateLimitWaitError` and is not sent. Usage headers and
 * WebSocket API `rateLimits` correct the counts; `load` takes `exchangeInfo.rateLimits`. A SAPI
 * request (its cost names its endpoint and weight type) counts against its endpoint's own budget
 * instead (sapi-budgets.ts), never the /api rules. All timing runs on the scheduler.
 */
import { asyncScheduler, Observable, type SchedulerLike, type Subscription } from 'rxjs';
import { RequestBook, type Waiter } from './request-book';
import type { RateLimitCost } from './cost';
import type { UsedLimits } from '../rest/limits';
import { InvalidOptionError, type RequestInfo } from '../errors';
import type { Logger, LoggerOption } from '../logging/logger';
import { LogNamespace } from '../logging/namespaces';
import { resolveLogger } from '../logging/resolve-logger';
import { DEFAULT_RATE_LIMIT_RULES, type RateLimitRule } from './rules';
import { SapiBudgets, type SapiUsage } from './sapi-budgets';

export interface RateLimitGovernorOptions {
  /** Scheduler of every wait and pause; default `asyncScheduler`. */
  readonly scheduler?: SchedulerLike;
  /** Rules to start from, as `exchangeInfo.rateLimits` lists them; default spec/limits.yaml. */
  readonly rateLimits?: readonly unknown[];
  /** Longest a request may wait for room before failing with `RateLimitWaitError`; default 60 000. */
  readonly maxWaitMs?: number;
  /** Logger (or factory) for the `binance-rx:rate-limit` namespace; default silent. */
  readonly logger?: LoggerOption;
}

/** Usage of one rule, as the governor counts it. */
export interface RateLimitUsage extends RateLimitRule {
  readonly used: number;
}

export interface RateLimitStatus {
  readonly usage: readonly RateLimitUsage[];
  /** Every request waits until then (after a 429). */
  readonly pausedUntil?: number;
  /** Order requests wait until then (after a -1015). */
  readonly ordersPausedUntil?: number;
  /** Every request fails with `IpBannedError` until then (after a 418). */
  readonly bannedUntil?: number;
  /** Requests waiting for room. */
  readonly queued: number;
  /** The SAPI endpoints used so far, each with its own budget. */
  readonly sapi: readonly SapiUsage[];
}

export interface RateLimitGovernor {
  /**
   * Subscribes to `send()` once `cost` fits, counts the request until its answer plus one
   * interval, and learns from its 429 / 418. Unsubscribing while queued sends nothing.
   */
  run<T>(cost: RateLimitCost, request: RequestInfo, send: () => Observable<T>): Observable<T>;
  /** Replaces the rules with `exchangeInfo.rateLimits` (malformed entries ignored). */
  load(rateLimits: readonly unknown[]): void;
  /**
   * Corrects counts from a REST response's `X-MBX-USED-WEIGHT-*` / `X-MBX-ORDER-COUNT-*`, and
   * (with the `endpoint` it answered, `GET /sapi/v1/…`) `X-SAPI-USED-<IP|UID>-WEIGHT-1M`.
   */
  observeUsedLimits(used: UsedLimits, endpoint?: string): void;
  /** Corrects counts and limits from a WebSocket API response's `rateLimits`. */
  observeRateLimits(rateLimits: readonly unknown[]): void;
  /** What is used, paused and queued now. */
  status(): RateLimitStatus;
}

/** Default of `maxWaitMs`. */
export const DEFAULT_MAX_RATE_LIMIT_WAIT_MS = 60_000;

/** Creates a governor; pass it as `governor` to share it between clients on one IP / account. */
export function createRateLimitGovernor(options: RateLimitGovernorOptions = {}): RateLimitGovernor {
  const scheduler = options.scheduler ?? asyncScheduler;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_RATE_LIMIT_WAIT_MS;
  if (!(maxWaitMs >= 0)) {
    throw new InvalidOptionError('createRateLimitGovernor', 'maxWaitMs', 'must be a number >= 0');
  }
  const logger: Logger = resolveLogger(options.logger, LogNamespace.rateLimit);
  const book = new RequestBook(scheduler, maxWaitMs, logger, DEFAULT_RATE_LIMIT_RULES);
  const sapi = new SapiBudgets(scheduler, maxWaitMs, logger);
  if (options.rateLimits !== undefined) book.load(options.rateLimits);
  return {
    run: (cost, request, send) =>
      governed(
        cost.sapi === undefined ? book : sapi.book(cost.sapi.weightType, cost.sapi.endpoint),
        cost,
        request,
        send,
      ),
    load: (rateLimits) => book.load(rateLimits),
    observeUsedLimits: (used, endpoint) => {
      book.observeUsedLimits(used);
      if (endpoint !== undefined && used.sapiUsedWeight !== undefined) {
        sapi.observe(endpoint, used.sapiUsedWeight);
      }
    },
    observeRateLimits: (rateLimits) => book.observeRateLimits(rateLimits),
    status: () => ({ ...book.status(), sapi: sapi.status() }),
  };
}

function governed<T>(
  book: RequestBook,
  cost: RateLimitCost,
  request: RequestInfo,
  send: () => Observable<T>,
): Observable<T> {
  return new Observable<T>((subscriber) => {
    let inner: Subscription | undefined;
    const waiter: Waiter = {
      cost,
      request,
      deadline: 0,
      fail: (error) => subscriber.error(error),
      admit: (grant) => {
        inner = send().subscribe({
          next: (value) => {
            grant.settle('success');
            subscriber.next(value);
          },
          error: (error: unknown) => {
            grant.failed(error);
            subscriber.error(error);
          },
          complete: () => {
            grant.settle('unknown');
            subscriber.complete();
          },
        });
        return () => {
          inner?.unsubscribe();
          grant.settle('unknown');
        };
      },
    };
    return book.enqueue(waiter);
  });
}
