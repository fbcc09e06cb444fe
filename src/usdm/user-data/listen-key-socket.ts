/**
 * One socket of a USDⓈ-M listen-key stream (`<host>/private/ws/<listenKey>`), as a cold
 * Observable: subscribing opens it, unsubscribing closes it. It emits `open` once the socket is
 * open and each event frame as `event`, and errors with `ConnectionClosedError` when the socket
 * closes, is found dead, or does not open in time.
 *
 * The socket is a supervised one (src/supervisor/socket.ts), as market streams' and the WebSocket
 * API's are: every callback guarded, sent frames logged raw, a connect timeout, and the heartbeat.
 * A user data stream can be silent for hours, so silence alone says nothing: after half the
 * timeout the socket is probed (a ping frame where the WebSocket can send one, else
 * `LIST_SUBSCRIPTIONS`, whose answer is traffic and nothing more), and a socket that stays silent
 * through the whole timeout is dropped as dead. Reconnecting (with a new key when needed) is the
 * caller's: a listen-key socket is never reopened on the same URL.
 *
 * Every frame is a trust boundary: one that is not JSON, not an object, or has no string `e` is
 * reported to `onInvalid` and dropped.
 */
import { Observable, type SchedulerLike } from 'rxjs';
import { ConnectionClosedError, MalformedMessageError, type BinanceRxError } from '../../errors';
import type { Logger } from '../../logging/logger';
import { NOTHING, readFrame } from '../../socket/read-frame';
import type { WebSocketConstructor } from '../../socket/web-socket-like';
import type { Link, SupervisedSocket } from '../../supervisor/link';
import { openSupervisedSocket } from '../../supervisor/socket';

export type UsdmUserDataEvent = { readonly e: string; readonly E: number | string } & Readonly<
  Record<string, unknown>
>;

export type ListenKeySocketItem =
  { readonly kind: 'open' } | { readonly kind: 'event'; readonly event: UsdmUserDataEvent };

export interface ListenKeySocketContext {
  readonly WebSocket: WebSocketConstructor;
  readonly scheduler: SchedulerLike;
  /** Silence after which the socket is dead, ms; `false`: never. */
  readonly heartbeatTimeoutMs: number | false;
  /** A socket not open this long after its creation is a failed attempt, ms; `false`: never. */
  readonly connectTimeoutMs: number | false;
  readonly loggers: {
    readonly connection: Logger;
    readonly rawSent: Logger;
    readonly rawReceived: Logger;
  };
  readonly onInvalid: (error: MalformedMessageError) => void;
  /** Socket ids, from 1 across the stream's sockets. */
  readonly socketIds: { next: number };
}

const isEvent = (value: unknown): value is UsdmUserDataEvent =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { e?: unknown }).e === 'string';

/** The answer to a `LIST_SUBSCRIPTIONS` probe: `{result, id}` without an event type. */
const isProbeAnswer = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'id' in value && !('e' in value);

export function listenKeySocket(
  url: string,
  ctx: ListenKeySocketContext,
): Observable<ListenKeySocketItem> {
  return new Observable<ListenKeySocketItem>((subscriber) => {
    const id = ctx.socketIds.next++;
    const closed = (code: number, reason: string) =>
      subscriber.error(new ConnectionClosedError(code, reason));
    const report = (error: BinanceRxError) =>
      ctx.loggers.connection.warn('user data socket error', { socket: id, error });
    const link = (socket: SupervisedSocket): Link => {
      let probes = 0;
      const rawLog = { logger: ctx.loggers.rawReceived, scheduler: ctx.scheduler, socket: id };
      return {
        opened: () => subscriber.next({ kind: 'open' }),
        receive(data) {
          const frame = readFrame(data, rawLog, ctx.onInvalid);
          if (frame === NOTHING) return;
          if (isEvent(frame.value)) subscriber.next({ kind: 'event', event: frame.value });
          else if (!isProbeAnswer(frame.value)) {
            ctx.onInvalid(new MalformedMessageError(frame.text.slice(0, 200), 'not an event'));
          }
        },
        probe: () => {
          socket.send(JSON.stringify({ method: 'LIST_SUBSCRIPTIONS', id: ++probes }));
        },
        ready: () => true,
        drained: () => true,
        retire: () => undefined,
        ended: () => undefined,
      };
    };
    let socket: ReturnType<typeof openSupervisedSocket>;
    try {
      socket = openSupervisedSocket(
        id,
        {
          url,
          WebSocket: ctx.WebSocket,
          scheduler: ctx.scheduler,
          heartbeatTimeoutMs: ctx.heartbeatTimeoutMs,
          connectTimeoutMs: ctx.connectTimeoutMs,
          logger: ctx.loggers.connection,
          rawSent: ctx.loggers.rawSent,
        },
        link,
        {
          opened: () => undefined,
          closed,
          report,
          handover: () => undefined,
          check: () => undefined,
        },
      );
    } catch (cause) {
      // A WebSocket constructor that throws (a malformed host): a failed attempt like any other.
      closed(1006, cause instanceof Error ? cause.message : String(cause));
      return undefined;
    }
    return () => socket.close('unsubscribed');
  });
}
