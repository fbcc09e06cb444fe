/**
 * One WebSocket under supervision, from open to close: every callback guarded, frames counted for
 * the heartbeat and handed to the protocol's link, sent frames logged raw. It reports to its
 * supervisor (opened, closed by itself or found dead) and to its link.
 */
import { watchHandshake } from '../socket/handshake';
import { Subscription, type SchedulerLike } from 'rxjs';
import { CallbackError, type BinanceRxError } from '../errors';
import type { Logger } from '../logging/logger';
import { logRawFrame } from '../logging/raw-frame';
import { redact } from '../logging/redact';
import {
  ReadyState,
  type WebSocketConstructor,
  type WebSocketLike,
} from '../socket/web-socket-like';
import { guarded, guardedTimer, reportCallbackError } from './guard';
import { attachHeartbeat, dropDeadSocket, type Heartbeat } from './heartbeat';
import type { Link, Protocol, SupervisedSocket } from './link';

/** What every socket of a supervisor shares. */
export interface SocketContext {
  readonly url: string;
  readonly WebSocket: WebSocketConstructor;
  readonly scheduler: SchedulerLike;
  /** Silence after which a socket is dead, ms; `false`: never. */
  readonly heartbeatTimeoutMs: number | false;
  /** A socket not open this long after its creation is a failed attempt, ms; `false`: never. */
  readonly connectTimeoutMs: number | false;
  /** Where open / close / dead are logged. */
  readonly logger: Logger;
  /** Where sent frames are logged (`binance-rx:raw:sent`). */
  readonly rawSent: Logger;
}

/** What a socket tells its supervisor. */
export interface SocketEvents {
  opened(): void;
  /** Closed by itself or found dead (not through `close`). */
  closed(code: number, reason: string): void;
  report(error: BinanceRxError): void;
  handover(reason: string): void;
  check(): void;
}

/** A socket as its supervisor holds it. */
export interface OpenedSocket {
  readonly id: number;
  readonly link: Link;
  /** Closes it (the link hears `ended(…, byClient: true)`; the supervisor hears nothing). */
  close(reason: string): void;
}

const ignore = (): void => {};

/** Opens socket `id`. Throws what the WebSocket constructor throws (a malformed URL). */
export function openSupervisedSocket(
  id: number,
  context: SocketContext,
  protocol: Protocol,
  events: SocketEvents,
): OpenedSocket {
  const { scheduler, logger } = context;
  const ws = new context.WebSocket(context.url);
  // A handshake refused with a 4xx is a HandshakeRejectedError, not just a closed socket.
  watchHandshake(ws, context.url, (error) => events.report(error));
  const guard = <A = void>(name: string, body: (arg: A) => void) =>
    guarded(name, id, events.report, body);
  let closed = false;
  let lastError = '';
  let heartbeat: Heartbeat | undefined;

  const socket = facade(ws, id, context, events, () => closed);
  const link = protocol(socket);

  /** Stops listening: no-op handlers rather than null (`ws` emits a late 'error' on close). */
  const finish = () => {
    closed = true;
    opening.unsubscribe();
    heartbeat?.dispose();
    ws.onopen = ignore;
    ws.onmessage = ignore;
    ws.onclose = ignore;
    ws.onerror = ignore;
  };
  const end = (code: number, reason: string) => {
    finish();
    guard('close', () => link.ended(code, reason, false))();
    events.closed(code, reason);
  };
  /** Given up on without a close from the other side: silent too long, or never opened. */
  const drop = (reason: string) => {
    logger.warn(reason, { socket: id });
    dropDeadSocket(ws);
    end(1006, reason);
  };
  const dead = guard('heartbeat', (silentMs: number) =>
    drop(`nothing received for ${silentMs} ms (dead socket)`),
  );
  // Some WebSockets (Node's global one, on a refused upgrade) never leave CONNECTING by themselves.
  const opening = connectTimer(context, id, events.report, () =>
    drop(`not open after ${String(context.connectTimeoutMs)} ms`),
  );

  ws.onopen = guard('open', () => {
    opening.unsubscribe();
    logger.info('open', { socket: id, url: redact(context.url) });
    const probe = guard('probe', () => link.probe());
    const { heartbeatTimeoutMs } = context;
    heartbeat = attachHeartbeat(ws, scheduler, heartbeatTimeoutMs, probe, dead, events.report);
    events.opened();
    link.opened();
  });
  // Every frame: guarded by hand rather than through `guarded`, whose one call of its body is
  // shared by every callback of every socket (open, close, error, …) and so stops being inlined
  // once a process has a few sockets: each frame then paid an extra call (issue 15, 8 sockets).
  ws.onmessage = (event) => {
    try {
      heartbeat?.seen();
      link.receive(event.data);
    } catch (cause) {
      reportCallbackError(events.report, 'message', id, cause);
    }
  };
  ws.onerror = guard('error', (event: unknown) => {
    lastError = errorText(event);
    logger.warn('socket error', { socket: id, reason: lastError });
  });
  ws.onclose = guard('close', (event) => {
    const { code, reason } = closeOf(event, lastError);
    logger.info('closed', { socket: id, code, reason });
    end(code, reason);
  });

  return {
    id,
    link,
    close(reason) {
      if (closed) return;
      finish();
      if (ws.readyState === ReadyState.CONNECTING || ws.readyState === ReadyState.OPEN) {
        guard('close', () => ws.close(1000, reason))();
      }
      guard('close', () => link.ended(1000, reason, true))();
    },
  };
}

/** Code and reason of a close event, which a hostile or odd WebSocket may leave out. */
function closeOf(event: unknown, lastError: string): { code: number; reason: string } {
  const { code, reason } = (event ?? {}) as { code?: unknown; reason?: unknown };
  return {
    code: typeof code === 'number' ? code : 1006,
    reason: (typeof reason === 'string' && reason) || lastError,
  };
}

/** Runs `expired` unless the socket opens within `connectTimeoutMs`. */
function connectTimer(
  context: SocketContext,
  id: number,
  report: (error: BinanceRxError) => void,
  expired: () => void,
): Subscription {
  const { connectTimeoutMs } = context;
  if (connectTimeoutMs === false) return Subscription.EMPTY;
  return guardedTimer(context.scheduler, 'open', report, expired, connectTimeoutMs, id);
}

/** The socket as its protocol sees it. */
function facade(
  ws: WebSocketLike,
  id: number,
  context: SocketContext,
  events: SocketEvents,
  closed: () => boolean,
): SupervisedSocket {
  return {
    id,
    get isOpen() {
      return !closed() && ws.readyState === ReadyState.OPEN;
    },
    send(text) {
      if (!this.isOpen) return false;
      logRawFrame(context.rawSent, context.scheduler, id, text);
      try {
        ws.send(text);
        return true;
      } catch (cause) {
        events.report(new CallbackError('send', id, { cause }));
        return false;
      }
    },
    check: () => events.check(),
    handover: (reason) => events.handover(reason),
    report: events.report,
  };
}

function errorText(event: unknown): string {
  const { message, error } = (event ?? {}) as { message?: unknown; error?: unknown };
  if (typeof message === 'string' && message) return message;
  return error instanceof Error ? error.message : '';
}
