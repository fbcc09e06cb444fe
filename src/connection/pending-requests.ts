import type { SchedulerLike, Subscription } from 'rxjs';
import type { StreamRequest } from '../channels/stream-registry';
import { RequestTimeoutError, SubscriptionRejectedError, type BinanceRxError } from '../errors';
import { guardedTimer } from '../supervisor/guard';
import type { ControlReply } from './control-reply';

/** Called once per request: with no error on success, else with the rejection or the timeout. */
export type SettleListener = (request: StreamRequest, id: number, error?: BinanceRxError) => void;

interface Pending {
  readonly request: StreamRequest;
  readonly timer: Subscription;
}

/**
 * Correlates control requests with their replies by id, each with a timeout run on the scheduler.
 * One per socket; `dispose` cancels every timer.
 */
export class PendingRequests {
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly timeoutMs: number,
    private readonly onSettle: SettleListener,
    /** Where an exception in a timeout (in `onSettle`) goes. */
    private readonly report: (error: BinanceRxError) => void,
  ) {}

  /** Starts waiting for the reply to `request`, sent with `id`. */
  add(request: StreamRequest, id: number): void {
    const timer = guardedTimer(
      this.scheduler,
      'request timeout',
      this.report,
      () => this.expire(id),
      this.timeoutMs,
    );
    this.pending.set(id, { request, timer });
  }

  /** Settles the request `reply` answers; `false` if no request with that id is pending. */
  resolve(reply: ControlReply): boolean {
    const id = reply.id;
    const entry = typeof id === 'number' ? this.pending.get(id) : undefined;
    if (entry === undefined || typeof id !== 'number') return false;
    this.pending.delete(id);
    entry.timer.unsubscribe();
    const { error } = reply;
    const { request } = entry;
    this.onSettle(
      request,
      id,
      error &&
        new SubscriptionRejectedError(request.method, request.params, error.code, error.msg, id),
    );
    return true;
  }

  /** Cancels every timer; nothing settles afterwards. */
  dispose(): void {
    for (const { timer } of this.pending.values()) timer.unsubscribe();
    this.pending.clear();
  }

  private expire(id: number): void {
    const entry = this.pending.get(id);
    if (entry === undefined) return;
    this.pending.delete(id);
    const { method, params } = entry.request;
    this.onSettle(entry.request, id, new RequestTimeoutError(method, id, this.timeoutMs, params));
  }
}
