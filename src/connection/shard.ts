/**
 * One shard of a connection: a chain of sockets (the current one, the next after a drop, the
 * replacement during a rotation) for one share of the connection's streams. Reconnects with
 * backoff, rotates before the 24 h cap and on `serverShutdown`, de-duplicates frames during a
 * handover. Every socket it opens waits for the connection-rate budget it shares with the other
 * shards. The connection (public-websocket-connection.ts) runs one or more of them.
 */
import { Subscription } from 'rxjs';
import { ConnectionClosedError, type BinanceRxError } from '../errors';
import { backoffDelay } from './backoff';
import type { ConnectionRateLimiter } from './connection-rate';
import type { ConnectionEvent, ConnectionStatusEvent, NewSocketEvent } from './events';
import type { ResolvedConnectionOptions } from './options';
import { openSocketSession, type SessionContext, type SocketSession } from './socket-session';

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
  /** A new socket opened (the connection emits it, not the shard), or none is open (`undefined`). */
  socket(event: NewSocketEvent | undefined): void;
  /** The shard ended: stopped by the connection, or gave up reconnecting (`gaveUp`). */
  ended(gaveUp: boolean): void;
}

/** A running shard. */
export interface Shard {
  /** Closes its sockets and timers; emits `closed` with `reason`. Idempotent. */
  stop(reason: string): void;
}

/** How often the handover checks whether the new socket's subscriptions are answered. */
const HANDOVER_CHECK_MS = 50;
/** How long after a handover frames are still de-duplicated (copies in flight on the new socket). */
const HANDOVER_GRACE_MS = 2_000;

/** Starts shard `index`: its first socket opens now, or when the connection-rate budget allows. */
export function runShard(index: number, shared: ShardContext, sink: ShardSink): Shard {
  const { config, session: context, limiter, socketIds } = shared;
  const { scheduler, loggers } = context;
  const log = loggers.connection;
  // The first shard's events carry no `shard`: a connection that never shards looks the same.
  const label = index === 0 ? {} : { shard: index };
  const status = (event: Omit<ConnectionStatusEvent, 'type'>) =>
    sink.emit({ type: 'status', ...event, ...label });
  const reportError = (error: BinanceRxError) => sink.emit({ type: 'error', error });

  let attempt = 0;
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

  let ended = false;
  /** Cancels every timer, closes every socket, then says why (unless it was said already). */
  const end = (reason: string | undefined, gaveUp: boolean) => {
    if (ended) return;
    ended = true;
    retry?.unsubscribe();
    healthy?.unsubscribe();
    rotation?.unsubscribe();
    endHandover();
    forget?.unsubscribe();
    session?.dispose();
    session = undefined;
    sink.socket(undefined);
    finished = true;
    if (reason !== undefined) {
      log.info(reason, label);
      status({ status: 'closed', reason });
    }
    sink.ended(gaveUp);
  };

  const closed = (code: number, reason: string, cause?: unknown) => {
    session = undefined;
    sink.socket(undefined);
    reportError(new ConnectionClosedError(code, reason, cause === undefined ? {} : { cause }));
    const text = `closed (${code}${reason ? `: ${reason}` : ''})`;
    healthy?.unsubscribe();
    if (config.reconnect === false || attempt >= config.reconnect.maxAttempts) {
      const why = config.reconnect === false ? text : `${text}; gave up after ${attempt} attempts`;
      config.openFailures.closed(context.url, reason, undefined);
      end(why, true);
      return;
    }
    attempt += 1;
    const delayMs = backoffDelay(attempt, config.reconnect, config.random);
    config.openFailures.closed(context.url, reason, delayMs);
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

  /** Opens a socket as soon as the connection-rate budget allows. */
  function open(): void {
    const waitMs = limiter.reserve();
    if (waitMs === 0) {
      connect();
      return;
    }
    const { maxAttempts, windowMs } = config.connectionRate;
    const reason = `connection-rate limit: ${maxAttempts} attempts per ${windowMs} ms`;
    log.warn('waiting for the connection-rate limit', { waitMs, ...label });
    status({ status: 'reconnecting', attempt, delayMs: waitMs, reason });
    retry = scheduler.schedule(connect, waitMs);
  }

  function connect(): void {
    retry = undefined;
    const id = socketIds.next++;
    log.info('connecting', { attempt, socket: id, ...label });
    status({ status: 'connecting', attempt });
    try {
      const fresh: SocketSession = openSocketSession(id, context, {
        open: (handle) => {
          config.openFailures.opened();
          if (config.reconnect !== false) {
            healthy = scheduler.schedule(() => (attempt = 0), config.reconnect.resetAfterMs);
          }
          if (config.rotateAfterMs !== false) {
            rotation = scheduler.schedule(() => rotate('lifetime'), config.rotateAfterMs);
          }
          status({ status: 'open' });
          const event: NewSocketEvent = { type: 'socket', socket: handle };
          sink.socket(event);
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
  return { stop: (reason) => end(reason, false) };
}
