/**
 * A gapless handover: the old socket keeps delivering while its successor connects and gets ready
 * (subscriptions answered, logon done); the old one closes as soon as the successor is ready and
 * the old one has nothing in flight, or at the deadline. Checked every `HANDOVER_CHECK_MS` and
 * whenever a protocol says something changed.
 */
import type { SchedulerLike, Subscription } from 'rxjs';
import type { BinanceRxError } from '../errors';
import type { Logger } from '../logging/logger';
import { guardedTimer } from './guard';
import type { OpenedSocket } from './socket';

/** How often the handover looks whether the successor is ready. */
export const HANDOVER_CHECK_MS = 50;

export class Handover {
  private old: OpenedSocket | undefined;
  private successor: OpenedSocket | undefined;
  private poll: Subscription | undefined;
  private deadline: Subscription | undefined;

  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly timeoutMs: number,
    private readonly log: Logger,
    private readonly phase: (phase: 'start' | 'end') => void,
    /** Where an exception in the deadline or the check goes. */
    private readonly report: (error: BinanceRxError) => void,
  ) {}

  /** A handover is under way. */
  get active(): boolean {
    return this.old !== undefined;
  }

  isOld(socket: OpenedSocket): boolean {
    return socket === this.old;
  }

  /** `old` is being replaced; it closes at the latest `timeoutMs` from now. */
  start(old: OpenedSocket): void {
    this.old = old;
    this.phase('start');
    this.deadline = guardedTimer(
      this.scheduler,
      'handover deadline',
      this.report,
      () => this.finish(),
      this.timeoutMs,
    );
  }

  /** A successor opened: look at it every `HANDOVER_CHECK_MS`. */
  successorOpened(socket: OpenedSocket): void {
    if (this.old === undefined) return;
    this.successor = socket;
    this.poll?.unsubscribe();
    const check = () => this.check();
    this.poll = guardedTimer(
      this.scheduler,
      'handover check',
      this.report,
      function look() {
        if (check()) return;
        this.schedule(undefined, HANDOVER_CHECK_MS);
      },
      HANDOVER_CHECK_MS,
    );
  }

  /** Ends the handover if the successor is ready and the old socket drained; true if it ended. */
  check(): boolean {
    const { old, successor } = this;
    if (old === undefined || successor === undefined) return old === undefined;
    if (!successor.link.ready() || !old.link.drained()) return false;
    this.finish();
    return true;
  }

  /** The old socket closed by itself: the successor simply carries on. */
  oldClosed(): void {
    this.clear();
    this.phase('end');
  }

  /** Closes the old socket now (at the deadline, or when the supervisor stops). */
  finish(reason = 'replaced'): void {
    const old = this.old;
    if (old === undefined) return;
    this.clear();
    old.close(reason);
    this.log.info('handover done', { socket: old.id });
    this.phase('end');
  }

  private clear(): void {
    this.poll?.unsubscribe();
    this.deadline?.unsubscribe();
    this.old = undefined;
    this.successor = undefined;
  }
}
