/**
 * The WebSocket API protocol of one socket: its request book (requests sent on it, by id; the
 * session's own with their `requestTimeoutMs` timers), its logon and user-data state, and the dispatch of each frame (response, subscription event,
 * `serverShutdown`). A silent socket is probed with the `ping` method. The socket itself (open,
 * heartbeat, reconnects, handover) belongs to the supervisor (src/supervisor/).
 */
import { Subscription, type SchedulerLike } from 'rxjs';
import {
  BinanceRxError,
  ConnectionClosedError,
  MalformedMessageError,
  RequestTimeoutError,
  UnexpectedResponseError,
} from '../errors';
import type { Logger } from '../logging/logger';
import { NOTHING, readFrame } from '../socket/read-frame';
import { guardedTimer } from '../supervisor/guard';
import type { Link, SupervisedSocket } from '../supervisor/link';
import {
  readWsApiFrame,
  type WsApiRateLimit,
  type WsApiResponse,
  type WsApiSubscriptionEvent,
} from './frames';
import type { WsParams } from './sign-params';
import { UserDataRoutes } from './user-data-routes';

/** Gets a request's response, or the error that ended its socket. */
export type Settle = (outcome: WsApiResponse | BinanceRxError) => void;

/** What the links of one session share. */
export interface WsApiLinkContext {
  readonly scheduler: SchedulerLike;
  readonly log: Logger;
  readonly rawReceived: Logger;
  /** Request ids, unique across the session's sockets. */
  readonly requestIds: { next: number };
  /** How long the session's own requests (`request`) wait for their answer. */
  readonly requestTimeoutMs: number;
}

/** What a link tells its session. */
export interface WsApiLinkListener {
  opened(link: WsApiLink): void;
  event(link: WsApiLink, frame: WsApiSubscriptionEvent): void;
  rateLimits(limits: readonly WsApiRateLimit[]): void;
  error(error: BinanceRxError): void;
  /** Whether `link` may take over from a retiring socket. */
  ready(link: WsApiLink): boolean;
}

/** One socket of a WebSocket API session. */
export class WsApiLink implements Link {
  open = false;
  loggedOn = false;
  /** Why the logon failed, while it has not succeeded since. */
  logonError: BinanceRxError | undefined;
  /** The user data subscriptions on this socket, by account and by `subscriptionId`. */
  readonly userData = new UserDataRoutes();
  /** Timers that die with the socket (logon retries, the session's own requests). */
  readonly timers = new Subscription();
  /** The error that ended the socket, once it has. */
  private endedWith: ConnectionClosedError | undefined;
  private readonly pending = new Map<number, Settle>();
  private retiredBy: string | undefined;

  constructor(
    readonly socket: SupervisedSocket,
    private readonly context: WsApiLinkContext,
    private readonly listener: WsApiLinkListener,
  ) {}

  get id(): number {
    return this.socket.id;
  }

  /** Sends `method`; `settle` gets the outcome or the error that ended the socket. */
  transmit(method: string, params: WsParams, settle: Settle): number | undefined {
    const id = this.context.requestIds.next++;
    this.pending.set(id, settle);
    if (this.socket.send(JSON.stringify({ id, method, params }))) return id;
    this.pending.delete(id);
    return undefined;
  }

  /**
   * Sends one of the session's own requests (logon, user data subscriptions), which always
   * settles once: with the answer, the error that ended the socket, or a `RequestTimeoutError`
   * after `requestTimeoutMs` on the scheduler. A frame that could not be written (`ws.send` threw:
   * reported as `CALLBACK_FAILED`) stays pending, so it ends the same way. A late answer finds no
   * pending request (an `UnexpectedResponseError` event, like any request's late answer).
   */
  request(method: string, params: WsParams, settle: Settle): void {
    // An ended link's timers are closed: a timer added now would be cancelled at once.
    if (this.endedWith !== undefined) return settle(this.endedWith);
    const { scheduler, requestIds, requestTimeoutMs } = this.context;
    const id = requestIds.next++;
    const timer = guardedTimer(
      scheduler,
      'request timeout',
      this.listener.error,
      () => {
        this.timers.remove(timer);
        this.pending.delete(id);
        settle(new RequestTimeoutError(method, id, requestTimeoutMs));
      },
      requestTimeoutMs,
      this.id,
    );
    this.timers.add(timer);
    this.pending.set(id, (outcome) => {
      timer.unsubscribe();
      this.timers.remove(timer);
      settle(outcome);
    });
    this.socket.send(JSON.stringify({ id, method, params }));
  }

  /** Forgets a request (its caller left); a late answer goes nowhere. */
  forget(id: number): void {
    this.pending.delete(id);
  }

  opened(): void {
    this.open = true;
    this.listener.opened(this);
  }

  receive(data: unknown): void {
    const { scheduler, rawReceived } = this.context;
    const log = { logger: rawReceived, scheduler, socket: this.id };
    const read = readFrame(data, log, this.listener.error);
    if (read === NOTHING) return;
    const frame = readWsApiFrame(read.value);
    if (frame === undefined) {
      const excerpt = read.text.slice(0, 200);
      this.listener.error(new MalformedMessageError(excerpt, 'not a WebSocket API frame'));
    } else if (frame.kind === 'response') this.respond(frame);
    else if (frame.kind === 'event') this.listener.event(this, frame);
    else {
      this.context.log.warn('server shutting down; opening a replacement socket', {
        socket: this.id,
      });
      this.socket.handover('serverShutdown');
    }
  }

  probe(): void {
    this.transmit('ping', {}, () => {});
  }

  ready(): boolean {
    return this.listener.ready(this);
  }

  drained(): boolean {
    return this.pending.size === 0;
  }

  retire(reason: string): void {
    this.retiredBy = reason;
  }

  ended(code: number, reason: string, byClient: boolean): void {
    this.open = false;
    this.timers.unsubscribe();
    // A retiring socket closed at the handover deadline fails what it still carries as replaced.
    const error =
      byClient && this.retiredBy !== undefined
        ? new ConnectionClosedError(1001, this.retiredBy)
        : new ConnectionClosedError(code, reason);
    this.endedWith = error;
    const settles = [...this.pending.values()];
    this.pending.clear();
    for (const settle of settles) settle(error);
  }

  private respond(frame: WsApiResponse): void {
    if (frame.rateLimits !== undefined) this.listener.rateLimits(frame.rateLimits);
    const settle = typeof frame.id === 'number' ? this.pending.get(frame.id) : undefined;
    if (settle === undefined) {
      this.listener.error(new UnexpectedResponseError(frame.id, frame.status, this.id));
      return;
    }
    this.pending.delete(frame.id as number);
    settle(frame);
    this.socket.check();
  }
}
