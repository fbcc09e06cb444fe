/**
 * Binance's rate limiters, shared by REST and the WebSocket API as on Binance: request weight
 * per IP per minute, order counts per account per 10 s and per day. Over the weight limit a
 * client gets 429 with `Retry-After`; a client that goes on after a 429 is banned (418) for
 * `banMs`. Windows are fixed (aligned to the interval), as Binance's are.
 */

export interface RateLimitOptions {
  readonly requestWeightPerMinute: number;
  readonly ordersPer10s: number;
  readonly ordersPerDay: number;
  readonly banMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitOptions = {
  requestWeightPerMinute: 6000,
  ordersPer10s: 100,
  ordersPerDay: 200_000,
  banMs: 120_000,
};

/** As the WebSocket API reports them and exchangeInfo lists them. */
export interface RateLimitCount {
  readonly rateLimitType: 'REQUEST_WEIGHT' | 'ORDERS' | 'RAW_REQUESTS';
  readonly interval: 'SECOND' | 'MINUTE' | 'DAY';
  readonly intervalNum: number;
  readonly limit: number;
  readonly count?: number;
}

const MINUTE = 60_000;
const TEN_SECONDS = 10_000;
const DAY = 86_400_000;

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
  private readonly accounts = new Map<string, { tenSeconds: WindowCounter; day: WindowCounter }>();

  constructor(readonly options: RateLimitOptions = DEFAULT_RATE_LIMITS) {}

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
        msg: `Too much request weight used; current limit is ${limit} request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.`,
      };
    }
    state.warned = false;
    state.weight.add(weight, now);
    return { ok: true };
  }

  usedWeight(client: string, now: number): number {
    return this.client(client).weight.count(now);
  }

  /** Counts one order for `accountId`; false (and nothing counted) when a limit is reached. */
  addOrder(accountId: string, now: number): boolean {
    const counters = this.orderCounters(accountId);
    if (
      counters.tenSeconds.count(now) >= this.options.ordersPer10s ||
      counters.day.count(now) >= this.options.ordersPerDay
    ) {
      return false;
    }
    counters.tenSeconds.add(1, now);
    counters.day.add(1, now);
    return true;
  }

  orderCounts(accountId: string, now: number): { tenSeconds: number; day: number } {
    const counters = this.orderCounters(accountId);
    return { tenSeconds: counters.tenSeconds.count(now), day: counters.day.count(now) };
  }

  /** The limits as exchangeInfo lists them (no counts). */
  definitions(): RateLimitCount[] {
    const o = this.options;
    return [
      {
        rateLimitType: 'REQUEST_WEIGHT',
        interval: 'MINUTE',
        intervalNum: 1,
        limit: o.requestWeightPerMinute,
      },
      { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: o.ordersPer10s },
      { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: o.ordersPerDay },
    ];
  }

  /** The WebSocket API's `rateLimits`: weight always, order counts when `accountId` is given. */
  report(client: string, accountId: string | undefined, now: number): RateLimitCount[] {
    const [weight, tenSeconds, day] = this.definitions();
    const out: RateLimitCount[] = [];
    if (accountId !== undefined) {
      const counts = this.orderCounts(accountId, now);
      out.push({ ...tenSeconds!, count: counts.tenSeconds }, { ...day!, count: counts.day });
    }
    out.push({ ...weight!, count: this.usedWeight(client, now) });
    return out;
  }

  private client(client: string): ClientState {
    let state = this.clients.get(client);
    if (state === undefined) {
      state = { weight: new WindowCounter(MINUTE), warned: false, bannedUntil: 0 };
      this.clients.set(client, state);
    }
    return state;
  }

  private orderCounters(accountId: string) {
    let counters = this.accounts.get(accountId);
    if (counters === undefined) {
      counters = { tenSeconds: new WindowCounter(TEN_SECONDS), day: new WindowCounter(DAY) };
      this.accounts.set(accountId, counters);
    }
    return counters;
  }
}
