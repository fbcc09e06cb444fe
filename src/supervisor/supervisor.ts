/**
 * The socket supervisor: one chain of sockets for one protocol (a market-stream shard, a WebSocket
 * API session). It owns the policy every transport shares, on the scheduler:
 * - open: each socket waits for the connection-attempt budget (shared by a whole connection);
 * - backoff: after a close, a dead socket or a constructor that throws, the next attempt follows
 *   `backoffDelay`; the attempt count resets only after a socket stayed open `resetAfterMs`; after
 *   `maxAttempts` failures in a row the supervisor gives up with status `closed`;
 * - heartbeat: a socket silent for `heartbeatTimeoutMs` is dropped (see heartbeat.ts);
 * - rotation: after `rotateAfterMs`, or when the protocol hears the server is going away, a
 *   successor opens and takes over without a gap (see handover.ts);
 * - status events: `connecting`, `open`, `reconnecting`, `closed`.
 * The protocol (link.ts) only speaks its protocol over the socket it is given.
 */
import type { SchedulerLike, Subscription } from 'rxjs';
import { ConnectionClosedError, type BinanceRxError } from '../errors';
import type { BackoffConfig } from '../connection/backoff';
import type { ConnectionRateConfig, ConnectionRateLimiter } from '../connection/connection-rate';
import type { ConnectionStatusEvent } from '../connection/events';
import { AttemptCounter } from './attempts';
import { Handover } from './handover';
import type { Link, Protocol } from './link';
import { openSupervisedSocket, type OpenedSocket, type SocketContext } from './socket';

export interface SupervisorConfig {
  readonly socket: SocketContext;
  /** Backoff, or `false` not to reconnect. */
  readonly reconnect: BackoffConfig | false;
  /** Randomness of the jitter, in [0, 1). */
  readonly random: () => number;
  /** Replace each socket after this long; `false`: only when the server asks. */
  readonly rotateAfterMs: number | false;
  /** A handover closes the old socket at the latest this long after it started, ms. */
  readonly handoverTimeoutMs: number;
  /** The connection-attempt budget, and its config (for the status reason). */
  readonly limiter: ConnectionRateLimiter;
  readonly connectionRate: ConnectionRateConfig;
  /** Socket ids, shared by every supervisor of one connection. */
  readonly socketIds: { next: number };
  /** Added to log lines (`{shard: 2}`). */
  readonly label?: { readonly shard?: number };
}

/** Where a supervisor reports. */
export interface SupervisorSink {
  status(event: Omit<ConnectionStatusEvent, 'type'>): void;
  error(error: BinanceRxError): void;
  /** The current socket went away (closed, dead, or the supervisor stopped). */
  down(): void;
  /** A handover started or ended: frames may arrive on both sockets in between. */
  handover(phase: 'start' | 'end'): void;
  /** Stopped by `stop`, or gave up reconnecting (`gaveUp`); `reason` as in the `closed` status. */
  ended(gaveUp: boolean, reason: string): void;
}

export interface Supervisor {
  /** The link of the socket new work goes to, while one exists (open or connecting). */
  readonly current: Link | undefined;
  /** Hands over to a new socket (`lifetime`, `serverShutdown`, …). */
  rotate(reason: string): void;
  /** Closes every socket and timer; emits `closed` with `reason`. Idempotent. */
  stop(reason: string): void;
}

/** Starts a chain: its first socket opens now, or when the connection-attempt budget allows. */
export function supervise(
  config: SupervisorConfig,
  protocol: Protocol,
  sink: SupervisorSink,
): Supervisor {
  const { scheduler, logger: log } = config.socket;
  const label = config.label ?? {};
  const attempts = new AttemptCounter(config.reconnect, config.random, scheduler);
  const handover = new Handover(scheduler, config.handoverTimeoutMs, log, sink.handover);
  const timers = new Timers(scheduler);
  let current: OpenedSocket | undefined;
  let stopped = false;

  /** Opens a socket as soon as the connection-attempt budget allows. */
  function open(): void {
    const waitMs = config.limiter.reserve();
    if (waitMs === 0) return connect();
    const { maxAttempts, windowMs } = config.connectionRate;
    const reason = `connection-rate limit: ${maxAttempts} attempts per ${windowMs} ms`;
    log.warn('waiting for the connection-rate limit', { waitMs, ...label });
    sink.status({ status: 'reconnecting', attempt: attempts.attempt, delayMs: waitMs, reason });
    timers.set('retry', connect, waitMs);
  }

  function connect(): void {
    const id = config.socketIds.next++;
    log.info('connecting', { attempt: attempts.attempt, socket: id, ...label });
    sink.status({ status: 'connecting', attempt: attempts.attempt });
    try {
      const socket: OpenedSocket = openSupervisedSocket(id, config.socket, protocol, {
        opened: () => opened(socket),
        closed: (code, reason) => closed(socket, code, reason),
        report: sink.error,
        handover: (reason) => {
          if (socket === current) rotate(reason);
        },
        check: () => handover.check(),
      });
      current = socket;
    } catch (cause) {
      failed(1006, cause instanceof Error ? cause.message : String(cause), cause);
    }
  }

  function opened(socket: OpenedSocket): void {
    attempts.opened();
    if (config.rotateAfterMs !== false) {
      timers.set('rotation', () => rotate('lifetime'), config.rotateAfterMs);
    }
    sink.status({ status: 'open' });
    handover.successorOpened(socket);
  }

  function closed(socket: OpenedSocket, code: number, reason: string): void {
    if (handover.isOld(socket)) return handover.oldClosed();
    if (socket !== current) return;
    current = undefined;
    timers.clear('rotation');
    sink.down();
    failed(code, reason);
  }

  /** An attempt failed: reconnect after the backoff delay, or give up. */
  function failed(code: number, reason: string, cause?: unknown): void {
    sink.error(new ConnectionClosedError(code, reason, cause === undefined ? {} : { cause }));
    const text = `closed (${code}${reason ? `: ${reason}` : ''})`;
    const next = attempts.failed();
    if (next === undefined) {
      const gaveUp = `${text}; gave up after ${attempts.attempt} attempts`;
      return end(config.reconnect === false ? text : gaveUp, true);
    }
    log.info('reconnecting', { ...next, reason: text, ...label });
    sink.status({ status: 'reconnecting', ...next, reason: text });
    timers.set('retry', open, next.delayMs);
  }

  function rotate(reason: string): void {
    if (current === undefined || stopped || handover.active) return;
    log.info('rotating', { socket: current.id, reason, ...label });
    timers.clear('rotation');
    const old = current;
    current = undefined;
    old.link.retire(reason);
    handover.start(old);
    open();
  }

  function end(reason: string, gaveUp: boolean): void {
    if (stopped) return;
    stopped = true;
    timers.dispose();
    attempts.dispose();
    handover.finish('closed by client');
    current?.close('closed by client');
    current = undefined;
    sink.down();
    log.info(reason, label);
    sink.status({ status: 'closed', reason });
    sink.ended(gaveUp, reason);
  }

  open();
  return {
    get current() {
      return current?.link;
    },
    rotate,
    stop: (reason) => end(reason, false),
  };
}

/** Named one-shot timers on the scheduler; setting one cancels its predecessor. */
class Timers {
  private readonly running = new Map<string, Subscription>();

  constructor(private readonly scheduler: SchedulerLike) {}

  set(name: string, work: () => void, delayMs: number): void {
    this.clear(name);
    this.running.set(
      name,
      this.scheduler.schedule(() => {
        this.running.delete(name);
        work();
      }, delayMs),
    );
  }

  clear(name: string): void {
    this.running.get(name)?.unsubscribe();
    this.running.delete(name);
  }

  dispose(): void {
    for (const timer of this.running.values()) timer.unsubscribe();
    this.running.clear();
  }
}
