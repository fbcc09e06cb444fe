/**
 * One shard of a connection: the market-stream protocol (socket-session.ts) over one socket
 * supervisor (src/supervisor/), for one share of the connection's streams. The supervisor opens,
 * reconnects, watches and rotates the sockets; the shard turns each new socket into a
 * `NewSocketEvent` and emits each frame once, also while two sockets deliver the same streams
 * during a handover. The connection (public-websocket-connection.ts) runs one or more of them.
 */
import type { Subscription } from 'rxjs';
import type { ConnectionRateLimiter } from './connection-rate';
import type { ConnectionEvent, NewSocketEvent } from './events';
import type { ResolvedConnectionOptions } from './options';
import { socketSession, type SessionContext } from './socket-session';
import { supervise, type Supervisor } from '../supervisor/supervisor';
import { guardedTimer } from '../supervisor/guard';
import type { BinanceRxError } from '../errors';

/** What the shards of one connection share. */
export interface ShardContext {
  readonly config: ResolvedConnectionOptions;
  readonly session: SessionContext;
  readonly limiter: ConnectionRateLimiter;
  /** Socket ids, unique across the connection's shards. */
  readonly socketIds: { next: number };
}

/** Where a shard reports. */
export interface ShardSink {
  emit(event: ConnectionEvent): void;
  /** A frame's parsed value: the hot path, so no `{ type: 'message' }` event is made for it. */
  message(data: unknown): void;
  /** A new socket opened (the connection emits it, not the shard), or none is open (`undefined`). */
  socket(event: NewSocketEvent | undefined): void;
  /** The shard ended: stopped by the connection, or gave up reconnecting (`gaveUp`). */
  ended(gaveUp: boolean): void;
  /** A handover started or ended: frames this shard does not see (SBE's) are de-duplicated by their owner. */
  handover?(phase: 'start' | 'end'): void;
}

/** A running shard. */
export interface Shard {
  /** Closes its sockets and timers; emits `closed` with `reason`. Idempotent. */
  stop(reason: string): void;
}

/** How long after a handover frames are still de-duplicated (copies in flight on the new socket). */
export const HANDOVER_GRACE_MS = 2_000;

/**
 * Starts shard `index` on `url` (the route's, on a connection that routes streams): its first
 * socket opens now, or when the connection-rate budget allows.
 */
export function runShard(index: number, shared: ShardContext, url: string, sink: ShardSink): Shard {
  const { config, session: context } = shared;
  const { scheduler, loggers } = context;
  // The first shard's events carry no `shard`: a connection that never shards looks the same.
  const label = index === 0 ? {} : { shard: index };
  /** Frames seen while two sockets deliver the same streams: each is emitted once. */
  let seen: Set<string> | undefined;
  let forget: Subscription | undefined;
  const forgetSeen = () => (seen = undefined);
  const report = (error: BinanceRxError) => sink.emit({ type: 'error', error });

  const supervisor: Supervisor = supervise(
    {
      socket: {
        url,
        WebSocket: context.WebSocket,
        scheduler,
        heartbeatTimeoutMs: context.heartbeatTimeoutMs,
        connectTimeoutMs: context.connectTimeoutMs,
        logger: loggers.connection,
        rawSent: loggers.rawSent,
      },
      reconnect: config.reconnect,
      random: config.random,
      rotateAfterMs: config.rotateAfterMs,
      handoverTimeoutMs: context.ackTimeoutMs,
      limiter: shared.limiter,
      connectionRate: config.connectionRate,
      socketIds: shared.socketIds,
      label,
      openFailures: config.openFailures,
    },
    (socket) =>
      socketSession(socket, context, {
        open: (handle) => sink.socket({ type: 'socket', socket: handle }),
        message: (data, text) => {
          if (seen !== undefined) {
            if (seen.has(text)) return;
            seen.add(text);
          }
          sink.message(data);
        },
        error: report,
      }),
    {
      status: (event) => sink.emit({ type: 'status', ...event, ...label }),
      error: report,
      down: () => sink.socket(undefined),
      handover: (phase) => {
        sink.handover?.(phase);
        forget?.unsubscribe();
        if (phase === 'start') seen = new Set();
        // Copies of frames the old socket already delivered may still be in flight on the new one.
        else
          forget = guardedTimer(scheduler, 'handover grace', report, forgetSeen, HANDOVER_GRACE_MS);
      },
      ended: (gaveUp) => {
        forget?.unsubscribe();
        sink.ended(gaveUp);
      },
    },
  );
  return { stop: (reason) => supervisor.stop(reason) };
}
