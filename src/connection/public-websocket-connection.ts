/**
 * The connection to Binance's combined market streams: a connectable Observable of
 * `ConnectionEvent`. Nothing opens before `connect()`; the Subscription `connect()` returns closes
 * everything. Between the two, sockets come and go: each close is followed, after a backoff delay
 * on the scheduler, by a new socket, which gets its streams back. Streams beyond what one socket
 * may carry (`maxStreamsPerSocket`) go to more sockets (shards), opened and closed as needed.
 */
import { Subscription, type Connectable } from 'rxjs';
import { ConnectionRateLimiter } from './connection-rate';
import { EventPaths } from './event-paths';
import type { ConnectionEvent, NewSocketEvent } from './events';
import {
  resolveConnectionOptions,
  type ConnectionOptions,
  type ResolvedConnectionOptions,
} from './options';
import { runShard, type Shard, type ShardContext } from './shard';
import { ShardedStreamRegistry } from './sharded-registry';
import type { SocketHandle } from './socket-handle';
import type { StreamRegistry } from '../channels/stream-registry';

/** What a transport changes in the connection it builds on. */
export interface ConnectionAdapter {
  /**
   * The registry subscribers hold their streams in, over the connection's own (one per
   * `connect()`): SBE takes JSON stream names there and holds the SBE streams serving them.
   */
  readonly streams?: (registry: StreamRegistry) => StreamRegistry;
  /**
   * Shard `shard` started or ended a handover (two sockets deliver the same streams), or stopped:
   * a transport delivering frames of its own de-duplicates them meanwhile.
   */
  readonly handover?: (shard: number, phase: 'start' | 'end' | 'stopped') => void;
}

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
  return connectionWithPaths(options).connection;
}

/**
 * A connection and its event paths, for transports that deliver messages of their own (SBE
 * decodes binary frames beside the socket's text frames): `paths.message(data)` sends a message
 * down the same path as the socket's, `paths.emit` any other event.
 */
export function connectionWithPaths(
  options: ConnectionOptions = {},
  adapter: ConnectionAdapter = {},
): {
  connection: PublicWebsocketConnection;
  paths: EventPaths;
} {
  const config = resolveConnectionOptions(options);
  // Each kind of event on its own path: `filterNewSocketOnly()`, `keepMessagesOnly()`, … on this
  // connection return the shared path, so a message costs the same with 1 or 1,000 subscriptions.
  const paths = new EventPaths();
  let running: Subscription | undefined;

  const connect = (): Subscription => {
    if (running === undefined || running.closed) {
      running = run(
        config,
        {
          emit: (event) => paths.emit(event),
          message: (data) => paths.message(data),
          socket: (event) => (paths.current = event),
        },
        adapter,
      );
    }
    return running;
  };
  return { connection: paths.register(Object.assign(paths.all, { connect })), paths };
}

interface ConnectionSink {
  emit(event: ConnectionEvent): void;
  /** A frame's parsed value (`emit` of a `message` event, without making the event). */
  message(data: unknown): void;
  /** Sets the socket replayed to late subscribers (`undefined`: no socket is open). */
  socket(event: NewSocketEvent | undefined): void;
}

/**
 * Runs the shards of one `connect()`. Subscribers hold their streams in one registry for the whole
 * connection; each `NewSocketEvent` (of any shard) carries that registry, so a subscription that
 * re-acquires its stream on it changes nothing, while the shard whose socket is new gets its
 * streams back in one batch. A shard that gives up reconnecting ends the connection.
 */
function run(
  config: ResolvedConnectionOptions,
  sink: ConnectionSink,
  adapter: ConnectionAdapter,
): Subscription {
  const session = { ...config.session, requestIds: { next: 1 } };
  const shared: ShardContext = {
    config,
    session,
    limiter: new ConnectionRateLimiter(config.connectionRate, session.scheduler),
    socketIds: { next: 1 },
  };
  const shards = new Map<number, Shard>();
  const open = new Set<number>();
  const registry = new ShardedStreamRegistry(
    config.maxStreamsPerSocket,
    session.scheduler,
    {
      open: (index, route) => start(index, config.urlOf(route)),
      close: (index) => {
        const shard = shards.get(index);
        shards.delete(index);
        shard?.stop(`shard ${index} has no stream left`);
      },
      report: (error) => sink.emit({ type: 'error', error }),
    },
    config.route,
    config.routes,
  );

  const held = adapter.streams?.(registry) ?? registry;

  const lifecycle = new Subscription(() => {
    const running = [...shards.values()];
    shards.clear();
    for (const shard of running) shard.stop('closed by client');
    registry.dispose();
    sink.socket(undefined);
  });

  function start(index: number, url: string): void {
    const shard = runShard(index, shared, url, {
      emit: sink.emit,
      message: sink.message,
      socket: (event) => {
        if (event === undefined) {
          open.delete(index);
          registry.detach(index);
          if (open.size === 0) sink.socket(undefined);
          return;
        }
        open.add(index);
        registry.attach(index, event.socket.streams);
        const shared: NewSocketEvent = {
          type: 'socket',
          socket: sharedStreams(event.socket, held),
        };
        sink.socket(shared);
        sink.emit(shared);
      },
      ended: (gaveUp) => {
        adapter.handover?.(index, 'stopped');
        if (gaveUp) lifecycle.unsubscribe();
      },
      handover: (phase) => adapter.handover?.(index, phase),
    });
    shards.set(index, shard);
  }

  start(0, session.url);
  return lifecycle;
}

/** The socket as subscribers see it: its own id and sender, the connection's stream registry. */
function sharedStreams(socket: SocketHandle, streams: StreamRegistry): SocketHandle {
  return {
    id: socket.id,
    streams,
    validate: socket.validate,
    get closed() {
      return socket.closed;
    },
    send: (payload) => socket.send(payload),
    report: (error) => socket.report(error),
  };
}
