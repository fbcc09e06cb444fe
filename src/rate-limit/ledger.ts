/**
 * What one rate-limit rule has used, as a sliding log: every admitted request adds an entry that
 * counts from the moment it is admitted until one interval after its answer arrived. Binance
 * counts in fixed windows on its own clock; a request counted here until `answer + interval`
 * was certainly counted by Binance no later than its answer, so it has left Binance's window by
 * then whatever the window's alignment, the clocks' offset or the network's latency.
 */
import type { RateLimitRule } from './rules';

/** One admitted request's share of a rule. */
export interface LedgerEntry {
  amount: number;
  /** When the entry stops counting; `Infinity` until the request's answer arrives. */
  releaseAt: number;
}

export class UsageLedger {
  /** Settled entries, in order of `releaseAt` (they are settled as time goes on). */
  private readonly settled: LedgerEntry[] = [];
  private head = 0;
  private settledTotal = 0;
  private readonly inFlight = new Set<LedgerEntry>();
  private inFlightTotal = 0;

  constructor(public rule: RateLimitRule) {}

  /** What counts now against the rule. */
  used(now: number): number {
    this.prune(now);
    return this.settledTotal + this.inFlightTotal;
  }

  /**
   * Ms until `amount` more fits: 0 now; `Infinity` when only answers still in flight can make
   * room. An amount over the limit fits once nothing else counts (Binance then decides).
   */
  waitFor(amount: number, now: number): number {
    if (amount === 0) return 0;
    const used = this.used(now);
    const room = Math.max(this.rule.limit - amount, 0);
    if (used <= room) return 0;
    let excess = used - room;
    for (let i = this.head; i < this.settled.length; i++) {
      const entry = this.settled[i]!;
      excess -= entry.amount;
      if (excess <= 0) return entry.releaseAt - now;
    }
    return Infinity;
  }

  /** Counts `amount` for a request about to be sent; settle it when its answer arrives. */
  add(amount: number): LedgerEntry {
    const entry: LedgerEntry = { amount, releaseAt: Infinity };
    this.inFlight.add(entry);
    this.inFlightTotal += amount;
    return entry;
  }

  /** The request's answer arrived: it counts `amount` (what Binance charged) for one interval. */
  settle(entry: LedgerEntry, amount: number, now: number): void {
    if (!this.inFlight.delete(entry)) return;
    this.inFlightTotal -= entry.amount;
    this.append({ amount, releaseAt: now + this.rule.intervalMs });
  }

  /**
   * Binance reported `count` used in its current window (a usage header, a WebSocket API
   * `rateLimits` entry). When that is more than counted here (other processes, other clients
   * on the IP or account), the difference counts for one interval from now.
   */
  correct(count: number, now: number): void {
    const missing = count - this.used(now);
    if (missing > 0) this.append({ amount: missing, releaseAt: now + this.rule.intervalMs });
  }

  private append(entry: LedgerEntry): void {
    if (entry.amount <= 0) return;
    // `now` only moves forward, so appending keeps the log sorted by `releaseAt`.
    this.settled.push(entry);
    this.settledTotal += entry.amount;
  }

  private prune(now: number): void {
    const log = this.settled;
    while (this.head < log.length && log[this.head]!.releaseAt <= now) {
      this.settledTotal -= log[this.head]!.amount;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > log.length) {
      log.splice(0, this.head);
      this.head = 0;
    }
  }
}
