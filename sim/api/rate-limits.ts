/**
 * Binance's rate limiters, shared by REST and the WebSocket API as on Binance: request weight
 * per IP per minute, order counts per account per 10 s and per day (Spot) or per minute (USDⓈ-M
 * futures, `USDM_RATE_LIMITS`: a limiter of its own). Over the weight limit a
 * client gets 429 with `Retry-After`; a client that goes on after a 429 is banned (418) for
 * `banMs`. Windows are fixed (aligned to the interval), as Binance's are. Tests may shorten the
 * weight and order windows (`weightWindowSeconds`, `ordersWindowSeconds`): the rules stay the
 * same and `exchangeInfo`, the headers and `rateLimits` report the shorter intervals.
 */

import { apiRateLimits as usdmApiRateLimits } from '../../generated/usdm/limits';

export interface RateLimitOptions {
  /** Request weight per IP per weight window (1 minute unless `weightWindowSeconds` says). */
  readonly requestWeightPerMinute: number;
  /** Orders per account per order window (10 s unless `ordersWindowSeconds` says). */
  readonly ordersPer10s: number;
  /** Orders per account per long order window (a day unless `longOrdersWindowSeconds` says). */
  readonly ordersPerDay: number;
  readonly banMs: number;
  /** Length of the weight window, s; default 60. */
  readonly weightWindowSeconds: number;
  /** Length of the short order window, s; default 10. */
  readonly ordersWindowSeconds: number;
  /** Length of the long order window, s; default 86 400 (a day; USDⓈ-M futures: 60). */
  readonly longOrdersWindowSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitOptions = {
  requestWeightPerMinute: 6000,
  ordersPer10s: 100,
  ordersPerDay: 200_000,
  banMs: 120_000,
  weightWindowSeconds: 60,
  ordersWindowSeconds: 10,
  longOrdersWindowSeconds: 86_400,
};

const SECONDS = { SECOND: 1, MINUTE: 60, DAY: 86_400 } as const;

/**
 * USDⓈ-M futures' limits, from spec/usdm/limits.yaml (2 400 weight per minute, 300 orders per
 * 10 s, 1 200 per minute), with the ban and the weight and short order windows of `spot` (a test
 * that shortens Spot's windows shortens these too).
 */
export function usdmRateLimits(spot: RateLimitOptions): RateLimitOptions {
  const limitOf = (type: string, seconds: number) =>
    usdmApiRateLimits.find(
      (l) => l.rateLimitType === type && l.intervalNum * SECONDS[l.interval] === seconds,
    )!.limit;
  return {
    ...spot,
    requestWeightPerMinute: limitOf('REQUEST_WEIGHT', 60),
    ordersPer10s: limitOf('ORDERS', 10),
    ordersPerDay: limitOf('ORDERS', 60),
    longOrdersWindowSeconds: 60,
  };
}

/** As the WebSocket API reports them and exchangeInfo lists them. */
export interface RateLimitCount {
  readonly rateLimitType: 'REQUEST_WEIGHT' | 'ORDERS' | 'RAW_REQUESTS';
  readonly interval: 'SECOND' | 'MINUTE' | 'DAY';
  readonly intervalNum: number;
  readonly limit: number;
  readonly count?: number;
}

/** `{interval, intervalNum}` of a window of `seconds`: whole days as DAY, minutes as MINUTE. */
const intervalOf = (seconds: number) =>
  seconds % 86_400 === 0
    ? ({ interval: 'DAY', intervalNum: seconds / 86_400 } as const)
    : seconds % 60 === 0
      ? ({ interval: 'MINUTE', intervalNum: seconds / 60 } as const)
      : ({ interval: 'SECOND', intervalNum: seconds } as const);

/** The header suffix of a limit, as Binance writes it: `1M`, `10S`, `1D`. */
export const headerSuffix = (limit: RateLimitCount): string =>
  `${limit.intervalNum}${limit.interval[0]}`;

class WindowCounter {
  private windowStart = 0;
  private value = 0;
  constructor(readonly lengthMs: number) {}

  count(now: number): number {
    this.roll(now);
    return this.value;
  }

  add(amount: number, now: number): number {
    this.roll(now);
    this.value += amount;
    return this.value;
  }

  /** Ms until the current window ends. */
  remaining(now: number): number {
    this.roll(now);
    return this.windowStart + this.lengthMs - now;
  }

  private roll(now: number): void {
    const start = now - (now % this.lengthMs);
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.value = 0;
    }
  }
}

/** The outcome of admitting one request. */
export type Admission =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly status: 429 | 418;
      readonly retryAfterMs: number;
      readonly msg: string;
    };

interface ClientState {
  readonly weight: WindowCounter;
  warned: boolean;
  bannedUntil: number;
}

export class RateLimits {
  private readonly clients = new Map<string, ClientState>();
  private readonly weightMs: number;
  private readonly ordersMs: number;
  private readonly longOrdersMs: number;
  private readonly accounts = new Map<string, { short: WindowCounter; long: WindowCounter }>();

  constructor(readonly options: RateLimitOptions = DEFAULT_RATE_LIMITS) {
    this.weightMs = options.weightWindowSeconds * 1000;
    this.ordersMs = options.ordersWindowSeconds * 1000;
    this.longOrdersMs = options.longOrdersWindowSeconds * 1000;
  }

  /** Counts `weight` for `client` (an IP) and says whether the request may go on. */
  admit(client: string, weight: number, now: number): Admission {
    const state = this.client(client);
    if (state.bannedUntil > now) {
      return {
        ok: false,
        status: 418,
        retryAfterMs: state.bannedUntil - now,
        msg: `Way too much request weight used; IP banned until ${state.bannedUntil}. Please use WebSocket Streams for live updates to avoid bans.`,
      };
    }
    const limit = this.options.requestWeightPerMinute;
    if (state.weight.count(now) + weight > limit) {
      if (state.warned) {
        state.bannedUntil = now + this.options.banMs;
        state.warned = false;
        return this.admit(client, weight, now);
      }
      state.warned = true;
      return {
        ok: false,
        status: 429,
        retryAfterMs: state.weight.remaining(now),
        msg: `Too much request weight used; current limit is ${limit} request weight per ${this.perText(this.definitions()[0]!)}. Please use WebSocket Streams for live updates to avoid polling the API.`,
      };
    }
    state.warned = false;
    state.weight.add(weight, now);
    return { ok: true };
  }

  usedWeight(client: string, now: number): number {
    return this.client(client).weight.count(now);
  }

  /** Counts `orders` for `accountId`; false (and nothing counted) when a limit would be passed. */
  addOrder(accountId: string, now: number, orders = 1): boolean {
    if (this.orderRefusal(accountId, now, orders) !== undefined) return false;
    const counters = this.orderCounters(accountId);
    counters.short.add(orders, now);
    counters.long.add(orders, now);
    return true;
  }

  /** Gives back the weight of a request that turned out free (a successful order, since 2026-04-02). */
  refund(client: string, weight: number, now: number): void {
    this.client(client).weight.add(-weight, now);
  }

  /** Orders counted in the short (10 s) and the long (a day, or a minute) window. */
  orderCounts(accountId: string, now: number): { short: number; long: number } {
    const counters = this.orderCounters(accountId);
    return { short: counters.short.count(now), long: counters.long.count(now) };
  }

  /** The limits as exchangeInfo lists them (no counts): weight, short and long order windows. */
  definitions(): RateLimitCount[] {
    const o = this.options;
    return [
      {
        rateLimitType: 'REQUEST_WEIGHT',
        ...intervalOf(o.weightWindowSeconds),
        limit: o.requestWeightPerMinute,
      },
      { rateLimitType: 'ORDERS', ...intervalOf(o.ordersWindowSeconds), limit: o.ordersPer10s },
      { rateLimitType: 'ORDERS', ...intervalOf(o.longOrdersWindowSeconds), limit: o.ordersPerDay },
    ];
  }

  /**
   * Why `accountId` may not place an order now (-1015): Binance's message and the ms until the
   * full window ends; undefined when it may.
   */
  orderRefusal(
    accountId: string,
    now: number,
    orders = 1,
  ): { msg: string; retryAfterMs: number } | undefined {
    const counts = this.orderCounts(accountId, now);
    const [, short, long] = this.definitions();
    const full =
      counts.short + orders > short!.limit
        ? short!
        : counts.long + orders > long!.limit
          ? long!
          : undefined;
    if (full === undefined) return undefined;
    const windowMs = full === short ? this.ordersMs : this.longOrdersMs;
    return {
      msg: `Too many new orders; current limit is ${full.limit} orders per ${this.perText(full)}.`,
      retryAfterMs: windowMs - (now % windowMs),
    };
  }

  private perText(limit: RateLimitCount): string {
    return `${limit.intervalNum} ${limit.interval}`;
  }

  /** The WebSocket API's `rateLimits`: weight always, order counts when `accountId` is given. */
  report(client: string, accountId: string | undefined, now: number): RateLimitCount[] {
    const [weight, short, long] = this.definitions();
    const out: RateLimitCount[] = [];
    if (accountId !== undefined) {
      const counts = this.orderCounts(accountId, now);
      out.push({ ...short!, count: counts.short }, { ...long!, count: counts.long });
    }
    out.push({ ...weight!, count: this.usedWeight(client, now) });
    return out;
  }

  private client(client: string): ClientState {
    let state = this.clients.get(client);
    if (state === undefined) {
      state = { weight: new WindowCounter(this.weightMs), warned: false, bannedUntil: 0 };
      this.clients.set(client, state);
    }
    return state;
  }

  private orderCounters(accountId: string) {
    let counters = this.accounts.get(accountId);
    if (counters === undefined) {
      counters = {
        short: new WindowCounter(this.ordersMs),
        long: new WindowCounter(this.longOrdersMs),
      };
      this.accounts.set(accountId, counters);
    }
    return counters;
  }
}
