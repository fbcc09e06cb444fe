/**
 * One WebSocket API connection (`web-socket-api.md`): reads request frames, answers each with its
 * envelope, and carries the session (logon, user data stream subscriptions). Like the market
 * streams it pings every `pingIntervalMs` and gives up after `pongTimeoutMs` without the pong
 * (`streams/heartbeat.ts`), closes at `maxLifetimeMs`, sends through an `Outbox` (delay and
 * reorder faults) and can be muted (half-open fault). There is no incoming-message limit: the
 * WebSocket API limits request weight instead (`api/rate-limits.ts`).
 */
import { answerInMicroseconds, eventInMicroseconds } from '../api/time-unit';
import { WebSocket, type RawData } from 'ws';
import type { WsApiMethods } from '../api/catalog';
import type { ApiDeps } from '../api/deps';
import type { FaultState } from '../faults/state';
import { Heartbeat } from '../streams/heartbeat';
import { Outbox } from '../streams/outbox';
import { TimerBag } from '../timers';
import { takeRequestFault } from '../faults/request-fault';
import { dispatch, type DispatchContext, type Outcome } from './dispatch';
import { envelope, wantsRateLimits } from './envelope';
import { runFaulted, type FaultTarget } from './faulted-request';
import { readRequest, type RequestId, type WsApiRequest } from './request';
import { WsApiSession } from './session';
import { UserStreamSubscriptions } from './subscriptions';

export interface WsApiConnectionContext {
  readonly deps: ApiDeps;
  /** The methods of the endpoint the connection is on. */
  readonly catalog: WsApiMethods;
  readonly faults: FaultState;
  /** The open connections; a connection adds itself and leaves when it closes. */
  readonly connections: Set<WsApiConnection>;
}

/** How long a closing handshake may take before the socket is destroyed. */
const CLOSE_GRACE_MS = 1000;

export class WsApiConnection {
  private readonly session: WsApiSession;
  private readonly dispatchContext: DispatchContext;
  private readonly outbox: Outbox;
  private readonly heartbeat: Heartbeat;
  private readonly timers = new TimerBag();
  private muted = false;
  private closed = false;
  /** User data events held while a faulted request is answered (`faulted-request.ts`). */
  private heldEvents: object[] | undefined;

  constructor(
    private readonly ws: WebSocket,
    /** The caller's IP, which request weight is counted against. */
    client: string,
    returnRateLimits: boolean,
    private readonly ctx: WsApiConnectionContext,
    /** `timeUnit=MICROSECOND` in the URL: timestamps of answers and events in microseconds. */
    private readonly microseconds = false,
  ) {
    const { deps } = ctx;
    const options = deps.options;
    const subscriptions = new UserStreamSubscriptions(deps.userEvents, (m) => this.deliverEvent(m));
    this.session = new WsApiSession(Date.now(), returnRateLimits, subscriptions);
    this.dispatchContext = { deps, catalog: ctx.catalog, session: this.session, client };
    this.outbox = new Outbox(ws, ctx.faults);
    this.heartbeat = new Heartbeat(ws, options.pingIntervalMs, options.pongTimeoutMs, () =>
      this.terminate(),
    );
    ctx.connections.add(this);
    ws.on('message', (data: RawData) => this.receive(data));
    ws.on('ping', (data: Buffer) => this.onPing(data));
    ws.on('pong', (data: Buffer) => {
      if (!this.muted) this.heartbeat.pong(data);
    });
    ws.on('close', () => this.cleanup());
    ws.on('error', () => this.terminate());
    this.after(options.maxLifetimeMs, () => this.close(1000, 'Connection lifetime exceeded'));
    this.heartbeat.start();
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  get isMuted(): boolean {
    return this.muted;
  }

  /** Half-open: nothing goes out (not even pings or pongs) and nothing sent is looked at. */
  setMuted(muted: boolean): void {
    this.muted = muted;
    this.heartbeat.setPaused(muted);
  }

  /** The documented `serverShutdown` event (`{"event":{"e":"serverShutdown","E":…}}`). */
  announceShutdown(): void {
    this.deliver({ event: { e: 'serverShutdown', E: Date.now() } });
  }

  close(code: number, reason: string): void {
    if (this.isOpen) this.ws.close(code, reason);
    this.after(CLOSE_GRACE_MS, () => this.ws.terminate());
  }

  terminate(): void {
    this.ws.terminate();
    this.cleanup();
  }

  private deliver(message: object): void {
    if (!this.muted) this.outbox.send(JSON.stringify(this.inTimeUnit(message)));
  }

  /** An answer's `result` or an event in the connection's time unit. */
  private inTimeUnit(message: object): object {
    if (!this.microseconds) return message;
    const m = message as { result?: unknown; event?: Record<string, unknown> };
    if (m.event !== undefined) return { ...m, event: eventInMicroseconds(m.event) };
    if (m.result !== undefined) return { ...m, result: answerInMicroseconds(m.result) };
    return message;
  }

  private deliverEvent(message: object): void {
    if (this.heldEvents !== undefined) this.heldEvents.push(message);
    else this.deliver(message);
  }

  private receive(data: RawData): void {
    if (this.muted) return;
    const text = Array.isArray(data)
      ? Buffer.concat(data).toString()
      : Buffer.from(data as Uint8Array).toString();
    const now = Date.now();
    const read = readRequest(text);
    if (!read.ok) {
      const outcome = { status: read.error.status, error: read.error.toJSON() };
      this.answer(read.id, outcome, this.session.returnRateLimits, now);
      return;
    }
    const { id, params } = read.request;
    const fault = takeRequestFault(this.ctx.faults.requestFaults, read.request.method);
    if (fault !== undefined) {
      runFaulted(this.faultTarget(read.request, now), fault);
      return;
    }
    const outcome = dispatch(this.dispatchContext, read.request, now);
    this.answer(id, outcome, wantsRateLimits(params, this.session.returnRateLimits), now);
    // A banned IP is disconnected (`web-socket-api.md`, "IP limits").
    if (outcome.status === 418) this.close(1008, 'IP banned');
  }

  private answer(id: RequestId, outcome: Outcome, withLimits: boolean, now: number): void {
    const limits = this.ctx.deps.limits;
    const client = this.dispatchContext.client;
    const rateLimits = withLimits ? limits.report(client, outcome.ordersOf, now) : undefined;
    this.deliver(envelope(id, outcome, rateLimits));
  }

  /** This connection as a request fault acts on it. */
  private faultTarget(request: WsApiRequest, received: number): FaultTarget {
    const withLimits = wantsRateLimits(request.params, this.session.returnRateLimits);
    return {
      run: () => dispatch(this.dispatchContext, request, Math.max(received, Date.now())),
      answer: (outcome) => this.answer(request.id, outcome, withLimits, Date.now()),
      holdEvents: () => {
        const held: object[] = [];
        this.heldEvents = held;
        return () => {
          if (this.heldEvents === held) this.heldEvents = undefined;
          for (const message of held) this.deliverEvent(message);
        };
      },
      drop: () => this.terminate(),
      silence: () => {
        this.setMuted(true);
        this.ctx.faults.silenced.add(this);
      },
      shutdown: (closeAfterMs) => {
        this.announceShutdown();
        this.after(closeAfterMs, () => this.close(1001, 'Server shutdown'));
      },
      isOpen: () => this.isOpen && !this.closed,
    };
  }

  private onPing(data: Buffer): void {
    if (!this.muted && this.isOpen) this.ws.pong(data);
  }

  /** Runs `action` after `ms` unless the connection is gone by then. */
  private after(ms: number, action: () => void): void {
    void this.timers.wait(ms).then(() => {
      if (!this.closed) action();
    });
  }

  private cleanup(): void {
    if (this.closed) return;
    this.closed = true;
    this.heartbeat.stop();
    this.outbox.dispose();
    this.timers.clear();
    this.session.subscriptions.dispose();
    this.ctx.connections.delete(this);
    this.ctx.faults.silenced.delete(this);
  }
}
