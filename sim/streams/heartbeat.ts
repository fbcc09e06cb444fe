/**
 * Server pings every `intervalMs`; a pong must echo a ping's payload. When the oldest
 * unanswered ping is `timeoutMs` old, the connection is given up. Unsolicited pongs do not help.
 */
import { WebSocket } from 'ws';

export class Heartbeat {
  private readonly outstanding: { payload: string; at: number }[] = [];
  private pingTimer: NodeJS.Timeout | undefined;
  private deadline: NodeJS.Timeout | undefined;
  private sequence = 0;
  private paused = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly intervalMs: number,
    private readonly timeoutMs: number,
    private readonly onTimeout: () => void,
  ) {}

  start(): void {
    this.pingTimer = setInterval(() => this.ping(), this.intervalMs);
    this.pingTimer.unref();
  }

  /** While paused (half-open fault) no pings are sent and nothing times out. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!paused) return;
    this.outstanding.length = 0;
    clearTimeout(this.deadline);
    this.deadline = undefined;
  }

  pong(data: Buffer): void {
    const text = data.toString();
    const index = this.outstanding.findIndex((p) => p.payload === text);
    if (index < 0) return;
    this.outstanding.splice(0, index + 1);
    clearTimeout(this.deadline);
    this.deadline = undefined;
    const oldest = this.outstanding[0];
    if (oldest !== undefined) this.arm(this.timeoutMs - (Date.now() - oldest.at));
  }

  stop(): void {
    clearInterval(this.pingTimer);
    clearTimeout(this.deadline);
  }

  private ping(): void {
    if (this.paused || this.ws.readyState !== WebSocket.OPEN) return;
    const payload = String(++this.sequence);
    this.outstanding.push({ payload, at: Date.now() });
    this.ws.ping(payload);
    if (this.deadline === undefined) this.arm(this.timeoutMs);
  }

  private arm(ms: number): void {
    this.deadline = setTimeout(this.onTimeout, Math.max(0, ms));
    this.deadline.unref();
  }
}
