import type { SchedulerLike, Subscription } from 'rxjs';

/** How the outbox sends and where it gets work. */
export interface OutboxConfig {
  readonly scheduler: SchedulerLike;
  /** Minimum time between two messages, in ms. */
  readonly spacingMs: number;
  /** Writes one serialised message to the socket. */
  readonly transmit: (text: string) => void;
  /** The next generated message (a SUBSCRIBE / UNSUBSCRIBE batch), if any. */
  readonly pull: () => object | undefined;
  /** Whether `pull` may have something. */
  readonly hasMore: () => boolean;
}

/**
 * The rate-limited sender of one socket. Messages leave one per slot, slots at least `spacingMs`
 * apart; the first flush waits for the scheduler (delay 0), so everything queued in the same
 * synchronous turn goes out in one batch. Queued payloads go before pulled ones.
 */
export class Outbox {
  private readonly queue: object[] = [];
  private flush: Subscription | undefined;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private disposed = false;

  constructor(private readonly config: OutboxConfig) {}

  /** Queues a message for the next free slot. */
  push(payload: object): void {
    if (this.disposed) return;
    this.queue.push(payload);
    this.wake();
  }

  /** Makes sure a flush is scheduled: there may be something to pull. */
  wake(): void {
    if (this.disposed || this.flush !== undefined) return;
    const { scheduler, spacingMs } = this.config;
    const wait = Math.max(0, this.lastSentAt + spacingMs - scheduler.now());
    this.flush = scheduler.schedule(() => this.send(), wait);
  }

  /** Cancels the pending flush and drops what is queued. */
  dispose(): void {
    this.disposed = true;
    this.queue.length = 0;
    this.flush?.unsubscribe();
    this.flush = undefined;
  }

  private send(): void {
    this.flush = undefined;
    const payload = this.queue.shift() ?? this.config.pull();
    if (payload === undefined) return;
    this.lastSentAt = this.config.scheduler.now();
    this.config.transmit(JSON.stringify(payload));
    if (this.queue.length > 0 || this.config.hasMore()) this.wake();
  }
}
