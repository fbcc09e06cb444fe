/**
 * The governor's state: one ledger per rule, the queue of waiting requests, the pause after a
 * 429 and the ban after a 418. `pump` admits queued requests in arrival order as room appears and
 * schedules itself for the moment the next one fits; answers (settled grants) pump again.
 */
import type { SchedulerLike, Subscription } from 'rxjs';
import {
  BinanceApiError,
  InvalidParameterError,
  IpBannedError,
  MissingCredentialsError,
  RateLimitedError,
  RateLimitWaitError,
  type BinanceRxError,
  type RequestInfo,
} from '../errors';
import type { Logger } from '../logging/logger';
import type { UsedLimits } from '../rest/limits';
import { amountOf, type RateLimitCost, type RequestOutcome } from './cost';
import { UsageLedger, type LedgerEntry } from './ledger';
import type { RateLimitStatus } from './governor';
import { ruleKey, ruleOf, rulesOf, type RateLimitRule, type RateLimitType } from './rules';
import { guardedTimer } from '../supervisor/guard';

/** Pause after a 429 without `Retry-After` (Binance always sends one). */
export const FALLBACK_PAUSE_MS = 10_000;
/** Ban after a 418 without `Retry-After`: Binance's shortest ban. */
export const FALLBACK_BAN_MS = 120_000;
/** Binance's code for "too many new orders" (ORDERS limit): only order requests pause. */
const TOO_MANY_ORDERS = -1015;

/** An admitted request's hold on the ledgers. */
export interface Grant {
  /** The answer arrived (or never will); idempotent. */
  settle(outcome: RequestOutcome): void;
  /** The request ended with `error`: learn from a 429 / 418, then settle. */
  failed(error: unknown): void;
}

export interface Waiter {
  readonly cost: RateLimitCost;
  readonly request: RequestInfo;
  /** Set by the book: the latest time it may be admitted. */
  deadline: number;
  /** Sends the request; returns what to do when the caller unsubscribes. */
  admit(grant: Grant): () => void;
  fail(error: unknown): void;
}

interface Ban {
  readonly until: number;
  readonly binanceCode: number;
  readonly binanceMessage: string;
}

export class RequestBook {
  private ledgers = new Map<string, UsageLedger>();
  private readonly queue: Waiter[] = [];
  private pausedUntil = -Infinity;
  private ordersPausedUntil = -Infinity;
  private ban: Ban | undefined;
  private wake: Subscription | undefined;
  private wakeAt = Infinity;
  private pumping = false;
  private pumpAgain = false;

  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly maxWaitMs: number,
    private readonly logger: Logger,
    rules: readonly RateLimitRule[],
  ) {
    this.setRules(rules);
  }

  /** Queues `waiter`; returns its teardown (leave the queue, or end the admitted request). */
  enqueue(waiter: Waiter): () => void {
    waiter.deadline = this.scheduler.now() + this.maxWaitMs;
    let release: (() => void) | undefined;
    const admit = waiter.admit.bind(waiter);
    waiter.admit = (grant) => (release = admit(grant));
    this.queue.push(waiter);
    this.pump();
    return () => {
      const index = this.queue.indexOf(waiter);
      if (index >= 0) {
        this.queue.splice(index, 1);
        this.pump();
      }
      release?.();
    };
  }

  load(rateLimits: readonly unknown[]): void {
    const rules = rulesOf(rateLimits);
    if (rules.length === 0) return;
    this.setRules(rules);
    this.pump();
  }

  observeUsedLimits(used: UsedLimits): void {
    const correct = (type: RateLimitType, counts: Readonly<Record<string, number>>) => {
      for (const [interval, count] of Object.entries(counts)) this.correct(type, interval, count);
    };
    correct('REQUEST_WEIGHT', used.usedWeight);
    correct('ORDERS', used.orderCount);
  }

  /** Binance reported `count` used of the rule of `type` and `interval` (`1m`), if there is one. */
  correct(type: RateLimitType, interval: string, count: number): void {
    this.ledgers.get(ruleKey(type, interval))?.correct(count, this.scheduler.now());
  }

  observeRateLimits(rateLimits: readonly unknown[]): void {
    const now = this.scheduler.now();
    for (const entry of rateLimits) {
      const rule = ruleOf(entry);
      if (rule === undefined) continue;
      const ledger = this.ledger(rule);
      const count = (entry as { count?: unknown }).count;
      if (typeof count === 'number' && Number.isFinite(count)) ledger.correct(count, now);
    }
    this.pump();
  }

  status(): Omit<RateLimitStatus, 'sapi'> {
    const now = this.scheduler.now();
    const usage = [...this.ledgers.values()].map((l) => ({ ...l.rule, used: l.used(now) }));
    return {
      usage,
      ...(this.pausedUntil > now ? { pausedUntil: this.pausedUntil } : {}),
      ...(this.ordersPausedUntil > now ? { ordersPausedUntil: this.ordersPausedUntil } : {}),
      ...(this.ban !== undefined && this.ban.until > now ? { bannedUntil: this.ban.until } : {}),
      queued: this.queue.length,
    };
  }

  /** Admits what fits now, fails what cannot wait, and schedules the next look. */
  private pump(): void {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        this.pumpOnce();
      } while (this.pumpAgain);
    } finally {
      this.pumping = false;
    }
  }

  private pumpOnce(): void {
    const now = this.scheduler.now();
    const held = new Set<UsageLedger>();
    let ordersHeld = false;
    let next = Infinity;
    for (const waiter of [...this.queue]) {
      const banned = this.bannedError(waiter, now);
      if (banned !== undefined) {
        this.drop(waiter, banned);
        continue;
      }
      // A wait of `Infinity` (room only once answers arrive) ends the request at its deadline.
      const wait = this.waitOf(waiter, now);
      const behind =
        this.ledgersOf(waiter).some((l) => held.has(l)) || (ordersHeld && waiter.cost.orders > 0);
      if (wait.ms === 0 && !behind) {
        this.admit(waiter);
      } else if (
        now >= waiter.deadline ||
        (Number.isFinite(wait.ms) && now + wait.ms > waiter.deadline)
      ) {
        const limit = wait.ms === 0 ? 'the queue' : wait.limit;
        this.drop(waiter, new RateLimitWaitError(waiter.request, limit, wait.ms, this.maxWaitMs));
      } else {
        for (const ledger of wait.on) held.add(ledger);
        ordersHeld ||= waiter.cost.orders > 0 && wait.ms > 0;
        next = Math.min(next, waiter.deadline, wait.ms > 0 ? now + wait.ms : Infinity);
      }
    }
    this.scheduleWake(next, now);
  }

  /** How long `waiter` must wait for room, for what, and on which ledgers; 0 when it fits. */
  private waitOf(waiter: Waiter, now: number): { ms: number; limit: string; on: UsageLedger[] } {
    let ms = Math.max(0, this.pausedUntil - now);
    let limit = '429 pause';
    if (waiter.cost.orders > 0 && this.ordersPausedUntil - now > ms) {
      ms = this.ordersPausedUntil - now;
      limit = '-1015 pause';
    }
    const on: UsageLedger[] = [];
    for (const ledger of this.ledgersOf(waiter)) {
      const wait = ledger.waitFor(amountOf(waiter.cost, ledger.rule.type), now);
      if (wait > 0) on.push(ledger);
      if (wait > ms) {
        ms = wait;
        limit = `${ledger.rule.type} ${ledger.rule.limit}/${ledger.rule.interval}`;
      }
    }
    return { ms, limit, on };
  }

  /** The ledgers `waiter` counts against. */
  private ledgersOf(waiter: Waiter): UsageLedger[] {
    return [...this.ledgers.values()].filter((l) => amountOf(waiter.cost, l.rule.type) > 0);
  }

  private admit(waiter: Waiter): void {
    this.remove(waiter);
    const held: [UsageLedger, LedgerEntry][] = this.ledgersOf(waiter).map((ledger) => [
      ledger,
      ledger.add(amountOf(waiter.cost, ledger.rule.type)),
    ]);
    let settled = false;
    const settle = (outcome: RequestOutcome) => {
      if (settled) return;
      settled = true;
      const at = this.scheduler.now();
      for (const [ledger, entry] of held) {
        ledger.settle(entry, amountOf(waiter.cost, ledger.rule.type, outcome), at);
      }
      this.pump();
    };
    waiter.admit({
      settle,
      failed: (error) => {
        this.learn(error);
        settle(outcomeOf(error));
      },
    });
  }

  /** A 429 pauses (every request, or order requests for -1015); a 418 bans. */
  private learn(error: unknown): void {
    const now = this.scheduler.now();
    if (error instanceof RateLimitedError) {
      const until = now + (error.retryAfterMs ?? FALLBACK_PAUSE_MS);
      const orders = error.binanceCode === TOO_MANY_ORDERS;
      if (orders) this.ordersPausedUntil = Math.max(this.ordersPausedUntil, until);
      else this.pausedUntil = Math.max(this.pausedUntil, until);
      this.logger.warn(`429: ${orders ? 'order requests' : 'every request'} paused`, {
        until,
        binanceCode: error.binanceCode,
        operation: error.request.operation,
      });
    } else if (error instanceof IpBannedError) {
      const until = now + (error.retryAfterMs ?? FALLBACK_BAN_MS);
      if (this.ban === undefined || until > this.ban.until) {
        this.ban = { until, binanceCode: error.binanceCode, binanceMessage: error.binanceMessage };
      }
      this.logger.error('418: IP banned; every request fails until the ban ends', { until });
    }
  }

  private bannedError(waiter: Waiter, now: number): IpBannedError | undefined {
    const ban = this.ban;
    if (ban === undefined || ban.until <= now) return undefined;
    const message = `${ban.binanceMessage} (not sent: the IP is banned for ${ban.until - now} ms more)`;
    return new IpBannedError(waiter.request, ban.binanceCode, message, ban.until - now);
  }

  private drop(waiter: Waiter, error: Error): void {
    this.remove(waiter);
    // Failed before the log line: a logger that throws cannot leave the request waiting.
    waiter.fail(error);
    this.logger.warn(error.message, { operation: waiter.request.operation });
  }

  /** The wake-up threw: no next one is scheduled, so every queued request fails with `error`. */
  private readonly broke = (error: BinanceRxError): void => {
    for (const waiter of this.queue.splice(0)) waiter.fail(error);
  };

  private remove(waiter: Waiter): void {
    const index = this.queue.indexOf(waiter);
    if (index >= 0) this.queue.splice(index, 1);
  }

  private scheduleWake(at: number, now: number): void {
    if (at === Infinity || (this.wake !== undefined && this.wakeAt <= at)) return;
    this.wake?.unsubscribe();
    this.wakeAt = at;
    this.wake = guardedTimer(
      this.scheduler,
      'rate-limit wake-up',
      this.broke,
      () => {
        this.wake = undefined;
        this.wakeAt = Infinity;
        this.pump();
      },
      at - now,
    );
  }

  private setRules(rules: readonly RateLimitRule[]): void {
    const next = new Map<string, UsageLedger>();
    for (const rule of rules) {
      const key = ruleKey(rule.type, rule.interval);
      const ledger = this.ledgers.get(key) ?? new UsageLedger(rule);
      ledger.rule = rule;
      next.set(key, ledger);
    }
    this.ledgers = next;
  }

  /** The ledger of `rule`, created when a WebSocket API answer names a rule not known yet. */
  private ledger(rule: RateLimitRule): UsageLedger {
    const key = ruleKey(rule.type, rule.interval);
    let ledger = this.ledgers.get(key);
    if (ledger === undefined) {
      ledger = new UsageLedger(rule);
      this.ledgers.set(key, ledger);
    }
    ledger.rule = rule;
    return ledger;
  }
}

/** How a request that errored ended, for what it is charged. */
function outcomeOf(error: unknown): RequestOutcome {
  if (error instanceof InvalidParameterError || error instanceof MissingCredentialsError) {
    return 'notSent';
  }
  return error instanceof BinanceApiError ? 'rejected' : 'unknown';
}
