/**
 * The part of a WebSocket the runtime uses: the browser `WebSocket` and the `ws` package's both fit,
 * so either constructor can be injected.
 */

// Handlers are declared through a method signature so that the browser's and ws's handler types
// (which take richer event objects) stay assignable: method parameters are checked bivariantly.
type Handler<E> = { handle(event: E): void }['handle'];

/** `readyState` values, as both implementations define them. */
export const ReadyState = { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 } as const;

/** The close event fields the runtime reads. */
export interface CloseEventLike {
  readonly code: number;
  readonly reason: string;
}

/** The message event fields the runtime reads: text frames carry a string. */
export interface MessageEventLike {
  readonly data: unknown;
}

/** A WebSocket as the runtime drives it. */
export interface WebSocketLike {
  readonly readyState: number;
  onopen: Handler<unknown> | null;
  onmessage: Handler<MessageEventLike> | null;
  onclose: Handler<CloseEventLike> | null;
  /** The event is read defensively: ws gives `{message, error}`, browsers a bare `Event`. */
  onerror: Handler<unknown> | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  /** `ws` only: ping / pong frames, which browsers handle out of sight. */
  on?(event: 'ping' | 'pong', listener: () => void): unknown;
  /** `ws` only: sends a ping frame. */
  ping?(): void;
  /** `ws` only: drops the connection without a closing handshake (for a dead socket). */
  terminate?(): void;
}

/** A WebSocket constructor: `globalThis.WebSocket`, `ws`'s `WebSocket`, or a test double. */
export type WebSocketConstructor = new (url: string) => WebSocketLike;
