/**
 * One WebSocket API socket from open to close: parses each frame once, logs it raw (redacted) and
 * hands responses, subscription events and the `serverShutdown` notice to its session.
 */
import type { SchedulerLike } from 'rxjs';
import { attachHeartbeat, dropDeadSocket, type Heartbeat } from '../connection/heartbeat';
import { MalformedMessageError, type BinanceRxError } from '../errors';
import type { Logger } from '../logging/logger';
import { logRawFrame } from '../logging/raw-frame';
import { redact } from '../logging/redact';
import { NOTHING, readFrame } from '../socket/read-frame';
import { watchHandshake } from '../socket/handshake';
import { ReadyState, type WebSocketConstructor } from '../socket/web-socket-like';
import { readWsApiFrame, type WsApiResponse, type WsApiSubscriptionEvent } from './frames';

export interface WsApiSocketContext {
  readonly url: string;
  readonly WebSocket: WebSocketConstructor;
  readonly scheduler: SchedulerLike;
  readonly loggers: {
    readonly session: Logger;
    readonly rawSent: Logger;
    readonly rawReceived: Logger;
  };
  /** Silence after which the socket is dead, ms; `false`: never. */
  readonly heartbeatTimeoutMs: number | false;
}

export interface WsApiSocketListener {
  open(): void;
  response(frame: WsApiResponse): void;
  event(frame: WsApiSubscriptionEvent): void;
  shutdown(): void;
  error(error: BinanceRxError): void;
  /** The socket closed by itself (not through `dispose`). */
  close(code: number, reason: string): void;
}

export interface WsApiSocket {
  readonly id: number;
  readonly isOpen: boolean;
  /** Sends a frame; false when the socket is not open. */
  transmit(text: string): boolean;
  /** Closes the socket; the listener hears nothing more. */
  dispose(reason?: string): void;
}

const ignore = (): void => {};

/** Opens socket number `id`. Throws what the WebSocket constructor throws (a malformed URL). */
export function openWsApiSocket(
  id: number,
  context: WsApiSocketContext,
  listener: WsApiSocketListener,
): WsApiSocket {
  const { scheduler, loggers } = context;
  const ws = new context.WebSocket(context.url);
  watchHandshake(ws, context.url, (error) => listener.error(error));
  let closed = false;
  let lastError = '';

  let heartbeat: Heartbeat | undefined;
  ws.onopen = () => {
    loggers.session.info('open', { socket: id, url: redact(context.url) });
    heartbeat = attachHeartbeat(ws, scheduler, context.heartbeatTimeoutMs, (silentMs) => {
      const reason = `nothing received for ${silentMs} ms (dead socket)`;
      loggers.session.warn(reason, { socket: id });
      teardown();
      dropDeadSocket(ws);
      listener.close(1006, reason);
    });
    listener.open();
  };
  ws.onerror = (event: unknown) => {
    const { message, error } = (event ?? {}) as { message?: unknown; error?: unknown };
    lastError = typeof message === 'string' ? message : error instanceof Error ? error.message : '';
    loggers.session.warn('socket error', { socket: id, reason: lastError });
  };
  ws.onclose = (event) => {
    const reason = event.reason || lastError;
    loggers.session.info('closed', { socket: id, code: event.code, reason });
    teardown();
    listener.close(event.code, reason);
  };
  ws.onmessage = (event) => {
    heartbeat?.seen();
    const read = readFrame(
      event.data,
      { logger: loggers.rawReceived, scheduler, socket: id },
      listener.error,
    );
    if (read === NOTHING) return;
    const { text, value } = read;
    const frame = readWsApiFrame(value);
    if (frame === undefined) {
      listener.error(new MalformedMessageError(text.slice(0, 200), 'not a WebSocket API frame'));
    } else if (frame.kind === 'response') listener.response(frame);
    else if (frame.kind === 'event') listener.event(frame);
    else listener.shutdown();
  };

  function teardown(): void {
    closed = true;
    heartbeat?.dispose();
    ws.onopen = ignore;
    ws.onmessage = ignore;
    ws.onclose = ignore;
    ws.onerror = ignore;
  }

  return {
    id,
    get isOpen() {
      return !closed && ws.readyState === ReadyState.OPEN;
    },
    transmit(text) {
      if (closed || ws.readyState !== ReadyState.OPEN) return false;
      logRawFrame(loggers.rawSent, scheduler, id, text);
      ws.send(text);
      return true;
    },
    dispose(reason = 'closed by client') {
      if (closed) return;
      teardown();
      if (ws.readyState === ReadyState.CONNECTING || ws.readyState === ReadyState.OPEN) {
        ws.close(1000, reason);
      }
    },
  };
}
