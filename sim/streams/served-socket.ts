/**
 * What every socket the local exchange serves a stream on has (market streams, SBE, USDⓈ-M
 * `/private` user data): server pings and the pong deadline, the incoming message limit, the
 * 24 h lifetime, and the faults' hold on what goes out (delay and reorder in the outbox,
 * half-open muting). Subclasses answer the client's text frames and clean up on close.
 */
import { WebSocket, type RawData } from 'ws';
import type { FaultState } from '../faults/state';
import type { ResolvedOptions } from '../options';
import { Heartbeat } from './heartbeat';
import { Outbox, type OutMessage } from './outbox';
import { RateLimiter } from './rate-limit';

/** How long a closing handshake may take before the socket is destroyed. */
const CLOSE_GRACE_MS = 1000;

export abstract class ServedSocket {
  readonly outbox: Outbox;
  private muted = false;
  private readonly heartbeat: Heartbeat;
  private readonly limiter: RateLimiter;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    readonly ws: WebSocket,
    options: ResolvedOptions,
    faults: FaultState,
  ) {
    this.outbox = new Outbox(ws, faults);
    this.limiter = new RateLimiter(options.maxIncomingPerSecond);
    this.heartbeat = new Heartbeat(ws, options.pingIntervalMs, options.pongTimeoutMs, () =>
      ws.terminate(),
    );
    ws.on('message', (data: RawData) => this.onMessage(data));
    ws.on('ping', (data: Buffer) => this.incoming() && this.isOpen && ws.pong(data));
    ws.on('pong', (data: Buffer) => this.incoming() && this.heartbeat.pong(data));
    ws.on('close', () => this.cleanup());
    ws.on('error', () => ws.terminate());
    this.after(options.maxLifetimeMs, () => this.close(1000, 'Connection lifetime exceeded'));
    this.heartbeat.start();
  }

  /** The answer to a text frame from the client (a control message), if any. */
  protected abstract answer(text: string): string | undefined;

  /** The socket closed: what the subclass let go of. */
  protected abstract closed(): void;

  get isMuted(): boolean {
    return this.muted;
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Sends a message unless the socket is muted (half-open fault). */
  deliver(message: OutMessage): void {
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

  /** Counts an incoming frame; false (and the socket closes) when over the limit. */
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
    const answer = this.answer(text);
    if (answer !== undefined) this.deliver(answer);
  }

  private after(ms: number, action: () => void): void {
    const timer = setTimeout(action, ms);
    timer.unref();
    this.timers.push(timer);
  }

  private cleanup(): void {
    this.heartbeat.stop();
    this.outbox.dispose();
    for (const timer of this.timers) clearTimeout(timer);
    this.closed();
  }
}
