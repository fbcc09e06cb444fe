/** One market-stream WebSocket connection: subscriptions, control messages, limits, faults. */
import type { Duplex } from 'node:stream';
import { WebSocket, type RawData } from 'ws';
import type { FaultState } from '../faults/state';
import type { ResolvedOptions } from '../options';
import { handleControl, type ControlTarget } from './control';
import { Heartbeat } from './heartbeat';
import type { StreamHub, Subscriber } from './hub';
import { parseStreamName, type StreamSpec } from './names';
import { Outbox } from './outbox';
import { RateLimiter } from './rate-limit';
import type { StreamUrl } from './url';

export interface ConnectionContext {
  readonly hub: StreamHub;
  readonly options: ResolvedOptions;
  readonly faults: FaultState;
  readonly connections: Set<MarketConnection>;
  /** SBE market data (`/sbe/…`): SBE stream names, binary frames. Default JSON. */
  readonly wire?: StreamWire;
}

/** What differs between the JSON and the SBE market streams of a connection. */
export interface StreamWire {
  readonly sbe: boolean;
  parse(name: string): StreamSpec | undefined;
  /** The hub key of a stream name: SBE streams never share a feed with JSON ones. */
  key(name: string): string;
}

const JSON_WIRE: StreamWire = { sbe: false, parse: parseStreamName, key: (name) => name };

/** How long a closing handshake may take before the socket is destroyed. */
const CLOSE_GRACE_MS = 1000;

export class MarketConnection implements Subscriber, ControlTarget {
  readonly subscriptions = new Set<string>();
  combined: boolean;
  readonly micro: boolean;
  readonly sbe: boolean;
  readonly outbox: Outbox;
  private muted = false;
  private readonly heartbeat: Heartbeat;
  private readonly limiter: RateLimiter;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    readonly ws: WebSocket,
    /** The raw TCP socket, for back-pressure in flood mode. */
    readonly socket: Duplex,
    url: StreamUrl,
    private readonly ctx: ConnectionContext,
  ) {
    const { options } = ctx;
    this.combined = url.combined;
    this.micro = url.micro;
    this.sbe = this.wire.sbe;
    this.outbox = new Outbox(ws, ctx.faults);
    this.limiter = new RateLimiter(options.maxIncomingPerSecond);
    this.heartbeat = new Heartbeat(ws, options.pingIntervalMs, options.pongTimeoutMs, () =>
      ws.terminate(),
    );
    ctx.connections.add(this);
    ws.on('message', (data: RawData) => this.onMessage(data));
    ws.on('ping', (data: Buffer) => this.onPing(data));
    ws.on('pong', (data: Buffer) => this.incoming() && this.heartbeat.pong(data));
    ws.on('close', () => this.cleanup());
    ws.on('error', () => ws.terminate());
    this.after(options.maxLifetimeMs, () => this.close(1000, 'Connection lifetime exceeded'));
    this.heartbeat.start();
    this.subscribe(url.streams);
  }

  private get wire(): StreamWire {
    return this.ctx.wire ?? JSON_WIRE;
  }

  parseStreamName(name: string): StreamSpec | undefined {
    return this.wire.parse(name);
  }

  get maxStreams(): number {
    return this.ctx.options.maxStreamsPerConnection;
  }

  get isMuted(): boolean {
    return this.muted;
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  subscribe(names: readonly string[]): void {
    for (const name of names) {
      const spec = this.wire.parse(name);
      if (spec === undefined || this.subscriptions.has(name)) continue;
      this.subscriptions.add(name);
      this.ctx.hub.subscribe(this, this.wire.key(name), spec, name);
    }
  }

  unsubscribe(names: readonly string[]): void {
    for (const name of names) {
      if (!this.subscriptions.delete(name)) continue;
      this.ctx.hub.unsubscribe(this, this.wire.key(name));
    }
  }

  /** Sends a message unless the connection is muted (half-open fault). */
  deliver(message: string | Uint8Array): void {
    if (!this.muted) this.outbox.send(message);
  }

  /** Half-open: nothing goes out (not even pings or pongs) and nothing is answered. */
  setMuted(muted: boolean): void {
    this.muted = muted;
    this.heartbeat.setPaused(muted);
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.close(code, reason);
    this.after(CLOSE_GRACE_MS, () => this.ws.terminate());
  }

  terminate(): void {
    this.ws.terminate();
  }

  /** Counts an incoming frame; false (and the connection closes) when over the limit. */
  private incoming(): boolean {
    if (this.muted) return false;
    if (!this.limiter.hit(Date.now())) return true;
    this.close(1008, 'Too many requests');
    return false;
  }

  private onMessage(data: RawData): void {
    if (!this.incoming()) return;
    const text = Array.isArray(data)
      ? Buffer.concat(data).toString()
      : Buffer.from(data as Uint8Array).toString();
    this.deliver(handleControl(text, this));
  }

  private onPing(data: Buffer): void {
    if (this.incoming() && this.isOpen) this.ws.pong(data);
  }

  private after(ms: number, action: () => void): void {
    const timer = setTimeout(action, ms);
    timer.unref();
    this.timers.push(timer);
  }

  private cleanup(): void {
    this.unsubscribe([...this.subscriptions]);
    this.heartbeat.stop();
    this.outbox.dispose();
    for (const timer of this.timers) clearTimeout(timer);
    this.ctx.connections.delete(this);
  }
}
