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
  let finished = false;

  const lifecycle = new Subscription(() => {
    retry?.unsubscribe();
    healthy?.unsubscribe();
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

  function open(): void {
    retry = undefined;
    sockets += 1;
    log.info('connecting', { attempt, socket: sockets });
    status({ status: 'connecting', attempt });
    try {
      session = openSocketSession(sockets, context, {
        open: (handle) => {
          if (config.reconnect !== false) {
            healthy = scheduler.schedule(() => (attempt = 0), config.reconnect.resetAfterMs);
          }
          status({ status: 'open' });
          const event: NewSocketEvent = { type: 'socket', socket: handle };
          sink.socket(event);
          sink.emit(event);
        },
        message: (data) => sink.emit({ type: 'message', data }),
        error: reportError,
        close: (code, reason) => closed(code, reason),
      });
    } catch (cause) {
      closed(1006, cause instanceof Error ? cause.message : String(cause), cause);
    }
  }

  open();
  return lifecycle;
}
