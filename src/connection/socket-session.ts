/**
 * One WebSocket from open to close: wires its handlers, parses each frame once, hands control
 * replies to the socket's control plane and spots messages for streams nobody subscribed to.
 * The connection (public-websocket-connection.ts) strings sessions together with reconnects.
 */
import type { SchedulerLike } from 'rxjs';
import { UnexpectedStreamError, type BinanceRxError } from '../errors';
import type { Logger } from '../logging/logger';
import { logRawFrame } from '../logging/raw-frame';
import { redact } from '../logging/redact';
import { NOTHING, readFrame } from '../socket/read-frame';
import { watchHandshake } from '../socket/handshake';
import { ReadyState, type WebSocketConstructor } from '../socket/web-socket-like';
import { createControlPlane } from './control-plane';
import { attachHeartbeat, dropDeadSocket, type Heartbeat } from './heartbeat';
import { readControlReply } from './control-reply';
import type { SocketHandle } from './socket-handle';

/** The stream Binance announces an imminent disconnect on. */
export const SERVER_SHUTDOWN_STREAM = '!serverShutdown';

/** The loggers a session writes to. */
export interface SessionLoggers {
  readonly connection: Logger;
  readonly subscriptions: Logger;
  readonly rawSent: Logger;
  readonly rawReceived: Logger;
}

/** What every session of a connection shares. */
export interface SessionContext {
  readonly url: string;
  readonly WebSocket: WebSocketConstructor;
  readonly scheduler: SchedulerLike;
  readonly validate: boolean;
  readonly ackTimeoutMs: number;
  readonly sendSpacingMs: number;
  readonly loggers: SessionLoggers;
  /** Request ids, unique across the connection's sockets; bumped only when a request is sent. */
  readonly requestIds: { next: number };
  /** Silence after which a socket is dead, ms; `false`: never. */
  readonly heartbeatTimeoutMs: number | false;
}

/** What a session tells its connection. */
export interface SessionListener {
  open(handle: SocketHandle): void;
  /** A frame, parsed; `text` is the frame as received (for de-duplication during a handover). */
  message(data: unknown, text: string): void;
  /** The server announced it is shutting down (`serverShutdown`). */
  shutdown(): void;
  error(error: BinanceRxError): void;
  /** The socket closed by itself (not through `dispose`). */
  close(code: number, reason: string): void;
}

/** A running session. */
export interface SocketSession {
  readonly handle: SocketHandle;
  /**
   * Being replaced: from now on this socket sends no SUBSCRIBE / UNSUBSCRIBE, and its streams keep
   * flowing (as expected streams) until it is disposed.
   */
  retire(): void;
  /** Every SUBSCRIBE sent on this socket is answered and nothing is left to send. */
  settled(): boolean;
  /** Closes the socket and cancels every timer; the listener hears nothing more. */
  dispose(): void;
}

const ignore = (): void => {};

/** Opens socket number `id`. Throws what the WebSocket constructor throws (a malformed URL). */
export function openSocketSession(
  id: number,
  context: SessionContext,
  listener: SessionListener,
): SocketSession {
  const { scheduler, loggers } = context;
  const ws = new context.WebSocket(context.url);
  watchHandshake(ws, context.url, (error) => listener.error(error));
  let closed = false;
  let lastError = '';

  const control = createControlPlane({
    socketId: id,
    scheduler,
    ackTimeoutMs: context.ackTimeoutMs,
    sendSpacingMs: context.sendSpacingMs,
    requestIds: context.requestIds,
    logger: loggers.subscriptions,
    transmit,
    report: (error) => listener.error(error),
  });
  const registry = control.registry;

  const handle: SocketHandle = {
    id,
    streams: registry,
    validate: context.validate,
    get closed() {
      return closed;
    },
    send: (payload) => control.send(payload),
    report: (error) => listener.error(error),
  };

  const rawLog = { logger: loggers.rawReceived, scheduler, socket: id };
  let heartbeat: Heartbeat | undefined;
  ws.onopen = () => {
    loggers.connection.info('open', { socket: id, url: redact(context.url) });
    heartbeat = attachHeartbeat(ws, scheduler, context.heartbeatTimeoutMs, (silentMs) => {
      const reason = `nothing received for ${silentMs} ms (dead socket)`;
      loggers.connection.warn(reason, { socket: id });
      teardown();
      dropDeadSocket(ws);
      listener.close(1006, reason);
    });
    listener.open(handle);
  };
  ws.onmessage = (event) => {
    heartbeat?.seen();
    receive(event.data);
  };
  ws.onerror = (event) => {
    lastError = errorText(event);
    loggers.connection.warn('socket error', { socket: id, reason: lastError });
  };
  ws.onclose = (event) => {
    const reason = event.reason || lastError;
    loggers.connection.info('closed', { socket: id, code: event.code, reason });
    teardown();
    listener.close(event.code, reason);
  };

  function transmit(text: string): void {
    if (closed || ws.readyState !== ReadyState.OPEN) return;
    logRawFrame(loggers.rawSent, scheduler, id, text);
    ws.send(text);
  }

  function receive(data: unknown): void {
    const frame = readFrame(data, rawLog, listener.error);
    if (frame === NOTHING) return;
    const { value, text } = frame;
    if (typeof value !== 'object' || value === null) {
      listener.message(value, text);
      return;
    }
    const stream = (value as { stream?: unknown }).stream;
    if (typeof stream === 'string') {
      const expected = registry.expects(stream);
      listener.message(value, text);
      if (stream === SERVER_SHUTDOWN_STREAM) {
        loggers.connection.warn('server shutting down; handing over to a new socket', {
          socket: id,
        });
        listener.shutdown();
      } else if (!expected) listener.error(new UnexpectedStreamError(stream, id));
      return;
    }
    const reply = readControlReply(value);
    if (reply !== undefined) control.settle(reply);
    listener.message(value, text);
  }

  function teardown(): void {
    closed = true;
    heartbeat?.dispose();
    control.dispose();
    // No-ops rather than null: `ws` emits a late 'error' when a connecting socket is closed, and
    // an EventEmitter without an error listener would throw it.
    ws.onopen = ignore;
    ws.onmessage = ignore;
    ws.onclose = ignore;
    ws.onerror = ignore;
  }

  return {
    handle,
    retire: () => registry.retire(),
    settled: () => registry.settled(),
    dispose: () => {
      if (closed) return;
      teardown();
      if (ws.readyState === ReadyState.CONNECTING || ws.readyState === ReadyState.OPEN) {
        ws.close(1000, 'closed by client');
      }
    },
  };
}

function errorText(event: unknown): string {
  const { message, error } = (event ?? {}) as { message?: unknown; error?: unknown };
  if (typeof message === 'string') return message;
  return error instanceof Error ? error.message : '';
}
