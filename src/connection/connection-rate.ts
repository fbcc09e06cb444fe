import type { SchedulerLike } from 'rxjs';

/** How many connection attempts a client may make per window (Binance: 300 per 5 minutes per IP). */
export interface ConnectionRateConfig {
  readonly maxAttempts: number;
  readonly windowMs: number;
}

/**
 * A sliding-window budget of connection attempts, shared by every socket of a connection (its
 * shards, their reconnects and rotations). `reserve()` books the earliest slot the window allows
 * and says how long to wait for it; the caller waits on the scheduler. Time is the scheduler's.
 */
export class ConnectionRateLimiter {
  /** Booked attempt times, ascending (bookings never go back in time). */
  private readonly booked: number[] = [];

  constructor(
    private readonly config: ConnectionRateConfig,
    private readonly scheduler: SchedulerLike,
  ) {}

  /** Books an attempt and returns the delay in ms until it may be made (0: now). */
  reserve(): number {
    const now = this.scheduler.now();
    const { maxAttempts, windowMs } = this.config;
    while (this.booked.length > 0 && (this.booked[0] as number) <= now - windowMs) {
      this.booked.shift();
    }
    const limiting = this.booked[this.booked.length - maxAttempts];
    const at = limiting === undefined ? now : Math.max(now, limiting + windowMs);
    this.booked.push(at);
    return at - now;
  }
}
