/**
 * What a connection emits: a discriminated union on `type`. Operators in src/operators/ pick one
 * kind out (`keepMessagesOnly`, `filterNewSocketOnly`, `keepErrorsOnly`, `keepStatusOnly`).
 */
import type { BinanceRxError } from '../errors';
import type { SocketHandle } from './socket-handle';

/** Where a connection is in its life. */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** The connection changed state. */
export interface ConnectionStatusEvent {
  readonly type: 'status';
  readonly status: ConnectionStatus;
  /** `connecting`, `reconnecting`: the attempt number (0 for the first connection). */
  readonly attempt?: number;
  /** `reconnecting`: how long until the next attempt, in ms. */
  readonly delayMs?: number;
  /** `reconnecting`, `closed`: why. */
  readonly reason?: string;
  /**
   * Which socket group the event is about, when the connection carries more streams than one
   * socket may (`maxStreamsPerSocket`): 1, 2, … for the extra shards; absent for the first.
   */
  readonly shard?: number;
}

/**
 * A socket opened. Subscriptions (`subscribe<Channel>`) react to it: they subscribe their stream on
 * every new socket. A subscriber arriving while a socket is open gets this event for it first.
 */
export interface NewSocketEvent {
  readonly type: 'socket';
  readonly socket: SocketHandle;
}

/** A frame arrived, parsed once: a `{stream, data}` message, or a reply such as `{result, id}`. */
export interface ConnectionMessageEvent {
  readonly type: 'message';
  readonly data: unknown;
}

/** Something went wrong without ending the connection (malformed frame, schema failure, …). */
export interface ConnectionErrorEvent {
  readonly type: 'error';
  readonly error: BinanceRxError;
}

/** Everything a connection emits. */
export type ConnectionEvent =
  ConnectionStatusEvent | NewSocketEvent | ConnectionMessageEvent | ConnectionErrorEvent;
