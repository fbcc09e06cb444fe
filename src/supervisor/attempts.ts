/**
 * The attempt count of one socket chain, with one meaning everywhere: every failed attempt (a
 * socket that closed, could not be created or was found dead) counts; the count goes back to 0
 * only after a socket stayed open `resetAfterMs`. Past `maxAttempts` failures in a row, give up.
 */
import type { SchedulerLike, Subscription } from 'rxjs';
import { backoffDelay, type BackoffConfig } from '../connection/backoff';

/** The next attempt and how long to wait for it. */
export interface NextAttempt {
  readonly attempt: number;
  readonly delayMs: number;
}

export class AttemptCounter {
  private count = 0;
  private healthy: Subscription | undefined;

  constructor(
    private readonly config: BackoffConfig | false,
    private readonly random: () => number,
    private readonly scheduler: SchedulerLike,
  ) {}

  /** Failed attempts in a row so far (0 for the first connection). */
  get attempt(): number {
    return this.count;
  }

  /** A socket opened: the count resets if it stays open `resetAfterMs`. */
  opened(): void {
    this.healthy?.unsubscribe();
    if (this.config === false) return;
    // Not through guardedTimer: a field assignment cannot throw, and there is nowhere to report.
    // eslint-disable-next-line no-restricted-syntax
    this.healthy = this.scheduler.schedule(() => (this.count = 0), this.config.resetAfterMs);
  }

  /** An attempt failed: the next one, or undefined to give up (`reconnect: false`, `maxAttempts`). */
  failed(): NextAttempt | undefined {
    this.healthy?.unsubscribe();
    if (this.config === false || this.count >= this.config.maxAttempts) return undefined;
    this.count += 1;
    return { attempt: this.count, delayMs: backoffDelay(this.count, this.config, this.random) };
  }

  /** Back to 0 at once (an attempt succeeded by other means than staying open). */
  reset(): void {
    this.healthy?.unsubscribe();
    this.count = 0;
  }

  dispose(): void {
    this.healthy?.unsubscribe();
  }
}
