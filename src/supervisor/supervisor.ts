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
import type { OpenFailureWarning } from '../socket/open-failure-warning';
import type { SchedulerLike, Subscription } from 'rxjs';
import { ConnectionClosedError, type BinanceRxError } from '../errors';
import type { BackoffConfig } from '../connection/backoff';
import type { ConnectionRateConfig, ConnectionRateLimiter } from '../connection/connection-rate';
import type { ConnectionStatusEvent } from '../connection/events';
import type { Logger } from '../logging/logger';
import { AttemptCounter } from './attempts';
import { guardedTimer, reportingLogger } from './guard';
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
  /** Warns when sockets cannot open (once, then at most once a minute). */
  readonly openFailures?: OpenFailureWarning;
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
  const supervisor = new SocketSupervisor(config, protocol, sink);
  supervisor.open();
  return supervisor;
}

class SocketSupervisor implements Supervisor {
  private readonly attempts: AttemptCounter;
  private readonly handover: Handover;
  private readonly timers: Timers;
  /** The socket logger; one that throws is reported and does not stop a reconnect or handover. */
  private readonly log: Logger;
  private socket: OpenedSocket | undefined;
  private stopped = false;

  constructor(
    private readonly config: SupervisorConfig,
    private readonly protocol: Protocol,
    private readonly sink: SupervisorSink,
  ) {
    const { scheduler } = config.socket;
    this.log = reportingLogger(config.socket.logger, sink.error);
    this.attempts = new AttemptCounter(config.reconnect, config.random, scheduler);
    this.handover = new Handover(
      scheduler,
      config.handoverTimeoutMs,
      this.log,
      sink.handover,
      sink.error,
    );
    this.timers = new Timers(scheduler, sink.error);
  }

  get current(): Link | undefined {
    return this.socket?.link;
  }

  private get label() {
    return this.config.label ?? {};
  }

  /** Opens a socket as soon as the connection-attempt budget allows. */
  open(): void {
    const waitMs = this.config.limiter.reserve();
    if (waitMs === 0) return this.connect();
    const { maxAttempts, windowMs } = this.config.connectionRate;
    const reason = `connection-rate limit: ${maxAttempts} attempts per ${windowMs} ms`;
    this.log.warn('waiting for the connection-rate limit', { waitMs, ...this.label });
    const attempt = this.attempts.attempt;
    this.sink.status({ status: 'reconnecting', attempt, delayMs: waitMs, reason });
    this.timers.set('retry', () => this.connect(), waitMs);
  }

  rotate(reason: string): void {
    const old = this.socket;
    if (old === undefined || this.stopped || this.handover.active) return;
    this.log.info('rotating', { socket: old.id, reason, ...this.label });
    this.timers.clear('rotation');
    this.socket = undefined;
    old.link.retire(reason);
    this.handover.start(old);
    this.open();
  }

  stop(reason: string): void {
    this.end(reason, false);
  }

  private connect(): void {
    const id = this.config.socketIds.next++;
    const attempt = this.attempts.attempt;
    this.log.info('connecting', { attempt, socket: id, ...this.label });
    this.sink.status({ status: 'connecting', attempt });
    try {
      const socket: OpenedSocket = openSupervisedSocket(id, this.config.socket, this.protocol, {
        opened: () => this.opened(socket),
        closed: (code, reason) => this.closed(socket, code, reason),
        report: this.sink.error,
        handover: (reason) => {
          if (socket === this.socket) this.rotate(reason);
        },
        check: () => this.handover.check(),
      });
      this.socket = socket;
    } catch (cause) {
      this.failed(1006, cause instanceof Error ? cause.message : String(cause), cause);
    }
  }

  private opened(socket: OpenedSocket): void {
    this.attempts.opened();
    this.config.openFailures?.opened();
    const { rotateAfterMs } = this.config;
    if (rotateAfterMs !== false) {
      this.timers.set('rotation', () => this.rotate('lifetime'), rotateAfterMs);
    }
    this.sink.status({ status: 'open' });
    this.handover.successorOpened(socket);
  }

  private closed(socket: OpenedSocket, code: number, reason: string): void {
    if (this.handover.isOld(socket)) return this.handover.oldClosed();
    if (socket !== this.socket) return;
    this.socket = undefined;
    this.timers.clear('rotation');
    this.sink.down();
    this.failed(code, reason);
  }

  /** An attempt failed: reconnect after the backoff delay, or give up. */
  private failed(code: number, reason: string, cause?: unknown): void {
    const error = new ConnectionClosedError(code, reason, cause === undefined ? {} : { cause });
    this.sink.error(error);
    const text = `closed (${code}${reason ? `: ${reason}` : ''})`;
    const next = this.attempts.failed();
    // A refused socket may close without a reason (and without an error text): say its code.
    const why = reason || `closed with code ${code}`;
    this.config.openFailures?.closed(this.config.socket.url, why, next?.delayMs);
    if (next === undefined) {
      const gaveUp = `${text}; gave up after ${this.attempts.attempt} attempts`;
      return this.end(this.config.reconnect === false ? text : gaveUp, true);
    }
    this.log.info('reconnecting', { ...next, reason: text, ...this.label });
    this.sink.status({ status: 'reconnecting', ...next, reason: text });
    this.timers.set('retry', () => this.open(), next.delayMs);
  }

  private end(reason: string, gaveUp: boolean): void {
    if (this.stopped) return;
    this.stopped = true;
    this.timers.dispose();
    this.attempts.dispose();
    this.handover.finish('closed by client');
    this.socket?.close('closed by client');
    this.socket = undefined;
    this.sink.down();
    this.log.info(reason, this.label);
    this.sink.status({ status: 'closed', reason });
    this.sink.ended(gaveUp, reason);
  }
}

/** Named one-shot timers on the scheduler, guarded; setting one cancels its predecessor. */
class Timers {
  private readonly running = new Map<string, Subscription>();

  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly report: (error: BinanceRxError) => void,
  ) {}

  set(name: string, work: () => void, delayMs: number): void {
    this.clear(name);
    const timer = guardedTimer(
      this.scheduler,
      `${name} timer`,
      this.report,
      () => {
        this.running.delete(name);
        work();
      },
      delayMs,
    );
    this.running.set(name, timer);
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
