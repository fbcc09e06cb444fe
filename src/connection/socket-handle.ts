import type { StreamRegistry } from '../channels/stream-registry';
import type { BinanceRxError } from '../errors';

/** An open socket, as operators see it (carried by `NewSocketEvent`). */
export interface SocketHandle {
  /** Sequence number of the socket within its connection, from 1. */
  readonly id: number;
  /** Reference-counted streams of this socket: `acquire` sends SUBSCRIBE / UNSUBSCRIBE for you. */
  readonly streams: StreamRegistry;
  /** Whether payloads are validated against their schema (the connection's `validate` option). */
  readonly validate: boolean;
  /** `true` once the socket has closed; sending then does nothing. */
  readonly closed: boolean;
  /**
   * Queues a control message (serialised as JSON). It goes out through the rate-limited outbox,
   * with SUBSCRIBE / UNSUBSCRIBE batches, never faster than `maxMessagesPerSecond` allows.
   * A payload JSON cannot take (a BigInt, a cycle) throws `InvalidParameterError` here; nothing
   * is queued.
   */
  send(payload: object): void;
  /** Emits a non-fatal `{type: 'error'}` event on the connection. */
  report(error: BinanceRxError): void;
}
