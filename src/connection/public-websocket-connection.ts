/**
 * The connection to Binance's combined market streams: a connectable Observable of
 * `ConnectionEvent`. Nothing opens before `connect()`; the Subscription `connect()` returns closes
 * everything. Between the two, sockets come and go: each close is followed, after a backoff delay
 * on the scheduler, by a new socket, which every `subscribe<Channel>` resubscribes on.
 */
import { Observable, Subject, Subscription, type Connectable } from 'rxjs';
import { ConnectionClosedError, type BinanceRxError } from '../errors';
import { backoffDelay } from './backoff';
import type { ConnectionEvent, ConnectionStatusEvent, NewSocketEvent } from './events';
import {
  resolveConnectionOptions,
  type ConnectionOptions,
  type ResolvedConnectionOptions,
} from './options';
import { openSocketSession, type SessionContext, type SocketSession } from './socket-session';

/** A connection: an Observable of `ConnectionEvent` plus `connect()`. */
export type PublicWebsocketConnection = Connectable<ConnectionEvent>;

/**
 * Creates a connection to Binance's combined market streams (or `options.url`). Subscribers to it
 * get every event from the moment they subscribe; one arriving while a socket is open gets that
 * socket's `NewSocketEvent` first, never older messages.
 *
 * @example
 * const connection = publicWebsocketConnection();
 * const messages = connection.pipe(keepMessagesOnly());
 * connection.pipe(filterNewSocketOnly(), subscribeTicker('BTCUSDT', messages)).subscribe(console.log);
 * connection.connect();
 */
export function publicWebsocketConnection(
  options: ConnectionOptions = {},
): PublicWebsocketConnection {
  const config = resolveConnectionOptions(options);
  const events = new Subject<ConnectionEvent>();
  let current: NewSocketEvent | undefined;
  let running: Subscription | undefined;

  const connection = new Observable<ConnectionEvent>((subscriber) => {
    if (current !== undefined) subscriber.next(current);
    return events.subscribe(subscriber);
  });
  const connect = (): Subscription => {
    if (running === undefined || running.closed) {
      running = run(config, {
        emit: (event) => events.next(event),
        socket: (event) => (current = event),
      });
    }
    return running;
  };
  return Object.assign(connection, { connect });
}

interface RunSink {
  emit(event: ConnectionEvent): void;
  /** Sets the socket replayed to late subscribers. */
  socket(event: NewSocketEvent | undefined): void;
}

/** How often the handover checks whether the new socket's subscriptions are answered. */
const HANDOVER_CHECK_MS = 50;
/** How long after a handover frames are still de-duplicated (copies in flight on the new socket). */
const HANDOVER_GRACE_MS = 2_000;

function run(config: ResolvedConnectionOptions, sink: RunSink): Subscription {
  const context: SessionContext = { ...config.session, requestIds: { next: 1 } };
  const { scheduler, loggers } = context;
  const log = loggers.connection;
  const status = (event: Omit<ConnectionStatusEvent, 'type'>) =>
    sink.emit({ type: 'status', ...event });
  const reportError = (error: BinanceRxError) => sink.emit({ type: 'error', error });

  let attempt = 0;
  let sockets = 0;
  let session: SocketSession | undefined;
  let retry: Subscription | undefined;
  let healthy: Subscription | undefined;
  let rotation: Subscription | undefined;
  let finished = false;
  /** The socket being replaced, while its successor subscribes. */
  let retiring: { session: SocketSession; watch?: Subscription } | undefined;
  /** Frames seen while two sockets deliver the same streams: each is emitted once. */
  let seen: Set<string> | undefined;

  let forget: Subscription | undefined;
  const endHandover = () => {
    if (retiring === undefined) return;
    retiring.watch?.unsubscribe();
    retiring.session.dispose();
    log.info('handover done', { socket: retiring.session.handle.id });
    retiring = undefined;
    // Copies of frames the old socket already delivered may still be in flight on the new one.
    forget?.unsubscribe();
    forget = scheduler.schedule(() => (seen = undefined), HANDOVER_GRACE_MS);
  };

  /**
   * Gapless rotation: a new socket opens and its subscriptions are made while the old one still
   * delivers; once the new socket has every SUBSCRIBE answered (or after `ackTimeoutMs`), the old
   * one closes. Frames arriving on both meanwhile are emitted once.
   */
  const rotate = (reason: string) => {
    if (session === undefined || retiring !== undefined || finished) return;
    log.info('rotating', { socket: session.handle.id, reason });
    session.retire();
    retiring = { session };
    forget?.unsubscribe();
    seen = new Set();
    session = undefined;
    rotation?.unsubscribe();
    open();
  };

  const lifecycle = new Subscription(() => {
    retry?.unsubscribe();
    healthy?.unsubscribe();
    rotation?.unsubscribe();
    endHandover();
    forget?.unsubscribe();
    session?.dispose();
    session = undefined;
    sink.socket(undefined);
    if (finished) return;
    finished = true;
    log.info('closed by client');
    status({ status: 'closed', reason: 'closed by client' });
  });

  const closed = (code: number, reason: string, cause?: unknown) => {
    session = undefined;
    sink.socket(undefined);
    reportError(new ConnectionClosedError(code, reason, cause === undefined ? {} : { cause }));
    const text = `closed (${code}${reason ? `: ${reason}` : ''})`;
    healthy?.unsubscribe();
    if (config.reconnect === false || attempt >= config.reconnect.maxAttempts) {
      finished = true;
      const why = config.reconnect === false ? text : `${text}; gave up after ${attempt} attempts`;
      status({ status: 'closed', reason: why });
      lifecycle.unsubscribe();
      return;
    }
    attempt += 1;
    const delayMs = backoffDelay(attempt, config.reconnect, config.random);
    log.info('reconnecting', { attempt, delayMs, reason: text });
    status({ status: 'reconnecting', attempt, delayMs, reason: text });
    retry = scheduler.schedule(open, delayMs);
  };

  /** Closes the old socket once the new one's subscriptions are all answered. */
  const watchHandover = (fresh: SocketSession) => {
    if (retiring === undefined) return;
    const deadline = scheduler.now() + context.ackTimeoutMs;
    retiring.watch = scheduler.schedule(function check(this: {
      schedule(s?: unknown, d?: number): void;
    }) {
      if (fresh.settled() || scheduler.now() >= deadline) endHandover();
      else this.schedule(undefined, HANDOVER_CHECK_MS);
    }, HANDOVER_CHECK_MS);
  };

  function open(): void {
    retry = undefined;
    sockets += 1;
    log.info('connecting', { attempt, socket: sockets });
    status({ status: 'connecting', attempt });
    try {
      const fresh: SocketSession = openSocketSession(sockets, context, {
        open: (handle) => {
          if (config.reconnect !== false) {
            healthy = scheduler.schedule(() => (attempt = 0), config.reconnect.resetAfterMs);
          }
          if (config.rotateAfterMs !== false) {
            rotation = scheduler.schedule(() => rotate('lifetime'), config.rotateAfterMs);
          }
          status({ status: 'open' });
          const event: NewSocketEvent = { type: 'socket', socket: handle };
          sink.socket(event);
          sink.emit(event);
          watchHandover(fresh);
        },
        message: (data, text) => {
          if (seen !== undefined) {
            if (seen.has(text)) return;
            seen.add(text);
          }
          sink.emit({ type: 'message', data });
        },
        error: reportError,
        shutdown: () => rotate('serverShutdown'),
        close: (code, reason) => {
          if (retiring?.session === fresh) {
            // The old socket closed before the handover ended: the new one carries on.
            retiring.watch?.unsubscribe();
            retiring = undefined;
            forget?.unsubscribe();
            forget = scheduler.schedule(() => (seen = undefined), HANDOVER_GRACE_MS);
            return;
          }
          if (fresh !== session) return;
          rotation?.unsubscribe();
          closed(code, reason);
        },
      });
      session = fresh;
    } catch (cause) {
      closed(1006, cause instanceof Error ? cause.message : String(cause), cause);
    }
  }

  open();
  return lifecycle;
}
