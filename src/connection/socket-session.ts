/**
 * The market-stream protocol of one socket: parses each frame once, hands control replies to the
 * socket's control plane, spots messages for streams nobody subscribed to and the
 * `serverShutdown` notice, and probes a silent socket with `LIST_SUBSCRIPTIONS`. The socket
 * itself (open, heartbeat, reconnects, handover) belongs to the supervisor (src/supervisor/).
 */
import type { SchedulerLike } from 'rxjs';
import { UnexpectedStreamError, type BinanceRxError } from '../errors';
import type { Logger } from '../logging/logger';
import { NOTHING, readFrame } from '../socket/read-frame';
import type { WebSocketConstructor } from '../socket/web-socket-like';
import type { Link, SupervisedSocket } from '../supervisor/link';
import { createControlPlane } from './control-plane';
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
  /** A socket not open this long after its creation is a failed attempt, ms; `false`: never. */
  readonly connectTimeoutMs: number | false;
}

/** What a session tells its shard. */
export interface SessionListener {
  open(handle: SocketHandle): void;
  /** A frame, parsed; `text` is the frame as received (for de-duplication during a handover). */
  message(data: unknown, text: string): void;
  error(error: BinanceRxError): void;
}

/** The market-stream link of one socket, plus what its shard reads. */
export interface SocketSession extends Link {
  readonly handle: SocketHandle;
}

/** Speaks the market-stream protocol over `socket`. */
export function socketSession(
  socket: SupervisedSocket,
  context: SessionContext,
  listener: SessionListener,
): SocketSession {
  const { scheduler, loggers } = context;
  const id = socket.id;
  let closed = false;
  const report = (error: BinanceRxError) => listener.error(error);
  const control = createControlPlane({
    socketId: id,
    scheduler,
    ackTimeoutMs: context.ackTimeoutMs,
    sendSpacingMs: context.sendSpacingMs,
    requestIds: context.requestIds,
    logger: loggers.subscriptions,
    transmit: (text) => {
      if (!closed) socket.send(text);
    },
    report,
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
    report,
  };
  const rawLog = { logger: loggers.rawReceived, scheduler, socket: id };

  function receive(data: unknown): void {
    const frame = readFrame(data, rawLog, report);
    if (frame === NOTHING) return;
    const { value, text } = frame;
    if (typeof value !== 'object' || value === null) return listener.message(value, text);
    const stream = (value as { stream?: unknown }).stream;
    if (typeof stream === 'string') return streamMessage(stream, value, text);
    const reply = readControlReply(value);
    // The answer to a heartbeat probe is traffic, nothing more: no one else sees it.
    if (reply !== undefined && control.settle(reply) === 'probe') return;
    listener.message(value, text);
  }

  function streamMessage(stream: string, value: object, text: string): void {
    const expected = registry.expects(stream);
    listener.message(value, text);
    if (stream === SERVER_SHUTDOWN_STREAM) {
      loggers.connection.warn('server shutting down; handing over to a new socket', { socket: id });
      socket.handover('serverShutdown');
    } else if (!expected) report(new UnexpectedStreamError(stream, id));
  }

  return {
    handle,
    opened: () => listener.open(handle),
    receive,
    probe: () => control.probe(),
    ready: () => registry.settled(),
    drained: () => true,
    retire: () => registry.retire(),
    ended: () => {
      closed = true;
      control.dispose();
    },
  };
}
