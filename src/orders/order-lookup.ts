/**
 * Looks an order up with order.status: at once when asked (`now()`), or after the first delay
 * (`later()`), then again with backoff, on the caller's scheduler, for as long as the order needs
 * it — while it is owed an answer (after a reconnect: one answer settles it) or while the caller
 * says to keep looking (its outcome is unknown: every answer is read, and -2013 "does not exist"
 * settles nothing, the order may not have reached the book yet; or no report about it can
 * arrive any more). One lookup at a time; a 429 answer's `retryAfterMs` is waited out before the
 * next; `stop()` ends it all.
 */
import type { Observable, SchedulerLike, Subscription } from 'rxjs';
import { InvalidParameterError, RateLimitedError, type BinanceRxError } from '../errors';
import { guardedTimer } from '../supervisor/guard';

/** How the order factory looks an order up while its outcome is unknown. */
export interface ReconcileOptions {
  /** Delay before the second lookup, ms; the first goes at once. Default 250. */
  readonly initialDelayMs?: number;
  /** Cap on the delay between two lookups, ms. Default 5000. */
  readonly maxDelayMs?: number;
  /** Factor applied to the delay after each lookup. Default 2. */
  readonly multiplier?: number;
  /**
   * How long an order may stay `unknown`, ms, before its Observable errors with
   * `OrderOutcomeUnknownError`. Default 60000.
   */
  readonly deadlineMs?: number;
}

export const DEFAULT_RECONCILE: Required<ReconcileOptions> = {
  initialDelayMs: 250,
  maxDelayMs: 5_000,
  multiplier: 2,
  deadlineMs: 60_000,
};

/**
 * The options with defaults filled in; a value that is not a positive finite number (a
 * `multiplier` below 1, a `maxDelayMs` below `initialDelayMs`) is an `InvalidParameterError`.
 */
export function resolveReconcile(options: ReconcileOptions = {}): Required<ReconcileOptions> {
  const resolved = { ...DEFAULT_RECONCILE, ...options };
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new InvalidParameterError(
        'orderFactory',
        `reconcile.${name}`,
        value,
        'must be a positive finite number',
      );
    }
  }
  if (resolved.multiplier < 1) {
    throw new InvalidParameterError(
      'orderFactory',
      'reconcile.multiplier',
      resolved.multiplier,
      'must be at least 1',
    );
  }
  if (resolved.maxDelayMs < resolved.initialDelayMs) {
    throw new InvalidParameterError(
      'orderFactory',
      'reconcile.maxDelayMs',
      resolved.maxDelayMs,
      `must be at least initialDelayMs (${resolved.initialDelayMs})`,
    );
  }
  return resolved;
}

/** Delay before lookup `attempt` + 1 (attempt 1: `initialDelayMs`), capped. */
export const lookupDelay = (attempt: number, options: Required<ReconcileOptions>): number =>
  Math.min(options.maxDelayMs, options.initialDelayMs * options.multiplier ** (attempt - 1));

export interface OrderLookupDeps {
  /** Sends one order.status request. */
  readonly ask: () => Observable<unknown>;
  readonly scheduler: SchedulerLike;
  readonly options: Required<ReconcileOptions>;
  /** True while lookups go on whatever they answer (the outcome is unknown, no reports arrive). */
  readonly keepLooking: () => boolean;
  readonly answered: (status: unknown) => void;
  readonly failed: (error: unknown) => void;
  /** Where an exception in the timer of the next lookup goes. */
  readonly report: (error: BinanceRxError) => void;
}

export class OrderLookup {
  private inFlight: Subscription | undefined;
  private timer: Subscription | undefined;
  private attempt = 0;
  private owed = false;
  private stopped = false;
  /** The least delay before the next lookup (a 429's Retry-After). */
  private notBeforeMs = 0;

  constructor(private readonly deps: OrderLookupDeps) {}

  /** Looks the order up now (unless a lookup is on its way); again later while needed. */
  now(): void {
    if (this.stopped) return;
    this.owed = true;
    this.timer?.unsubscribe();
    this.timer = undefined;
    if (this.inFlight === undefined) this.send();
  }

  /** Starts looking the order up, the first lookup after `initialDelayMs`, unless it already is. */
  later(): void {
    if (this.stopped || this.inFlight !== undefined || this.timer !== undefined) return;
    this.again();
  }

  stop(): void {
    this.stopped = true;
    this.inFlight?.unsubscribe();
    this.timer?.unsubscribe();
  }

  private send(): void {
    let settled = false;
    const settle = () => {
      settled = true;
      this.inFlight = undefined;
      this.again();
    };
    const subscription = this.deps.ask().subscribe({
      next: (status) => {
        this.owed = false;
        this.deps.answered(status);
      },
      error: (error: unknown) => {
        if (error instanceof RateLimitedError) this.notBeforeMs = error.retryAfterMs ?? 0;
        if (!this.stopped) this.deps.failed(error);
        settle();
      },
      complete: settle,
    });
    if (!settled) this.inFlight = subscription;
  }

  private again(): void {
    if (this.stopped) return;
    if (!this.owed && !this.deps.keepLooking()) {
      this.attempt = 0;
      return;
    }
    this.attempt += 1;
    const delayMs = Math.max(lookupDelay(this.attempt, this.deps.options), this.notBeforeMs);
    this.notBeforeMs = 0;
    this.timer = guardedTimer(
      this.deps.scheduler,
      'order lookup',
      this.deps.report,
      () => {
        this.timer = undefined;
        this.send();
      },
      delayMs,
    );
  }
}
