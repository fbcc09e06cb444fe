/**
 * A WebSocket test double in the spirit of rxjs's own: records what the client sends and lets the
 * test play the server synchronously (open, message, close). Every instance is kept in
 * `MockWebSocket.instances`, newest last.
 */
import type { SchedulerLike } from 'rxjs';
import type {
  CloseEventLike,
  MessageEventLike,
  WebSocketLike,
} from '../../src/socket/web-socket-like';

type Handler<E> = { handle(event: E): void }['handle'];

export class MockWebSocket implements WebSocketLike {
  static instances: MockWebSocket[] = [];
  /** When set, `sentAt` records the scheduler's time of each send. */
  static scheduler: SchedulerLike | undefined;
  /** When set (with `scheduler`), every request with an id is acknowledged in the same frame. */
  static autoAck = false;

  readyState = 0;
  onopen: Handler<unknown> | null = null;
  onmessage: Handler<MessageEventLike> | null = null;
  onclose: Handler<CloseEventLike> | null = null;
  onerror: Handler<unknown> | null = null;
  /** Frames the client sent, as text. */
  readonly sent: string[] = [];
  /** `[time, parsed frame]` for each send, when `MockWebSocket.scheduler` is set. */
  readonly sentAt: [number, unknown][] = [];
  /** Set when the client called `close`. */
  closedByClient: { code?: number; reason?: string } | undefined;

  constructor(readonly url: string) {
    MockWebSocket.instances.push(this);
  }

  /** The newest instance. */
  static last(): MockWebSocket {
    const socket = MockWebSocket.instances.at(-1);
    if (socket === undefined) throw new Error('no MockWebSocket was created');
    return socket;
  }

  static reset(scheduler?: SchedulerLike): void {
    MockWebSocket.instances = [];
    MockWebSocket.scheduler = scheduler;
    MockWebSocket.autoAck = false;
  }

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('send on a socket that is not open');
    this.sent.push(data);
    const { scheduler, autoAck } = MockWebSocket;
    if (scheduler === undefined) return;
    const frame = JSON.parse(data) as { id?: unknown };
    this.sentAt.push([scheduler.now(), frame]);
    if (autoAck && frame.id !== undefined) {
      scheduler.schedule(() => this.receive({ result: null, id: frame.id }));
    }
  }

  close(code?: number, reason?: string): void {
    this.closedByClient = { code, reason };
    this.readyState = 3;
  }

  /** The sent frames, parsed. */
  sentJson(): unknown[] {
    return this.sent.map((text) => JSON.parse(text) as unknown);
  }

  // --- the server's side ---

  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  /** Delivers a frame: objects are serialised, strings sent as they are. */
  receive(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }

  /** Acknowledges the `index`-th sent request (default: the last) with `{result: null, id}`. */
  ack(index = this.sent.length - 1): void {
    this.receive({ result: null, id: this.requestId(index) });
  }

  /** Rejects the `index`-th sent request with Binance's error reply. */
  reject(code: number, msg: string, index = this.sent.length - 1): void {
    this.receive({ error: { code, msg }, id: this.requestId(index) });
  }

  /** Closes from the server's side. */
  serverClose(code = 1006, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }

  private requestId(index: number): unknown {
    const text = this.sent[index];
    if (text === undefined) throw new Error(`nothing sent at index ${index}`);
    return (JSON.parse(text) as { id: unknown }).id;
  }
}

/** A `MockWebSocket` that shows ping frames and can ping, like `ws` in Node. */
export class PingingMockWebSocket extends MockWebSocket {
  /** Pings the client sent. */
  pingsSent = 0;
  terminated = false;
  private readonly frameListeners: Record<'ping' | 'pong', (() => void)[]> = { ping: [], pong: [] };

  on(event: 'ping' | 'pong', listener: () => void): this {
    this.frameListeners[event].push(listener);
    return this;
  }

  ping(): void {
    this.pingsSent += 1;
  }

  terminate(): void {
    this.terminated = true;
    this.readyState = 3;
  }

  /** The server pings (the client's `ws` answers it by itself). */
  serverPing(): void {
    for (const listener of this.frameListeners.ping) listener();
  }

  /** The server answers a ping. */
  serverPong(): void {
    for (const listener of this.frameListeners.pong) listener();
  }
}
