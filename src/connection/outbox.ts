import type { SchedulerLike, Subscription } from 'rxjs';
import { InvalidParameterError, type BinanceRxError } from '../errors';
import { guardedTimer } from '../supervisor/guard';

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
  /** Where an exception in the flush goes. */
  readonly report: (error: BinanceRxError) => void;
}

/**
 * The rate-limited sender of one socket. Messages leave one per slot, slots at least `spacingMs`
 * apart; the first flush waits for the scheduler (delay 0), so everything queued in the same
 * synchronous turn goes out in one batch. Queued payloads go before pulled ones; they are
 * serialised when queued, so a payload JSON cannot take is refused there, not in the flush.
 */
export class Outbox {
  private readonly queue: string[] = [];
  private flush: Subscription | undefined;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private disposed = false;

  constructor(private readonly config: OutboxConfig) {}

  /**
   * Queues a message for the next free slot. Throws `InvalidParameterError` for a payload that is
   * not JSON (a BigInt, a cycle, a `toJSON` that throws): nothing is queued.
   */
  push(payload: object): void {
    if (this.disposed) return;
    this.queue.push(serialise(payload));
    this.wake();
  }

  /** Makes sure a flush is scheduled: there may be something to pull. */
  wake(): void {
    if (this.disposed || this.flush !== undefined) return;
    const { scheduler, spacingMs } = this.config;
    const wait = Math.max(0, this.lastSentAt + spacingMs - scheduler.now());
    this.flush = guardedTimer(
      scheduler,
      'outbox flush',
      this.config.report,
      () => this.send(),
      wait,
    );
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
    const queued = this.queue.shift();
    const pulled = queued === undefined ? this.config.pull() : undefined;
    if (queued === undefined && pulled === undefined) return;
    this.lastSentAt = this.config.scheduler.now();
    this.config.transmit(queued ?? JSON.stringify(pulled));
    if (this.queue.length > 0 || this.config.hasMore()) this.wake();
  }
}

/** `payload` as JSON text, or an `InvalidParameterError` saying why it is none. */
function serialise(payload: object): string {
  let why = '';
  try {
    const text = JSON.stringify(payload);
    if (text !== undefined) return text;
  } catch (cause) {
    why = `: ${cause instanceof Error ? cause.message : String(cause)}`;
  }
  throw new InvalidParameterError('socket.send', 'payload', payload, `is not JSON${why}`);
}
