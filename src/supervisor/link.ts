/**
 * The contract between the socket supervisor and a protocol (market streams, WebSocket API). The
 * supervisor owns the WebSocket: it opens it, guards its callbacks, watches its heartbeat, reopens
 * it with backoff and replaces it in a handover. A protocol sees one socket at a time through a
 * `SupervisedSocket` and answers through a `Link`.
 */
import type { BinanceRxError } from '../errors';

/** One supervised socket, as its protocol sees it. */
export interface SupervisedSocket {
  /** Sequence number of the socket within its connection or session, from 1. */
  readonly id: number;
  /** Open and not yet closed. */
  readonly isOpen: boolean;
  /** Writes a frame; false when the socket is not open. */
  send(text: string): boolean;
  /** Something changed that may end a handover (an answer arrived): check now. */
  check(): void;
  /** The server announced it is going away: open a successor and hand over to it. */
  handover(reason: string): void;
  /** Reports a non-fatal error. */
  report(error: BinanceRxError): void;
}

/** What a protocol does with one socket. Every method is called inside a guard. */
export interface Link {
  /** The socket opened. */
  opened(): void;
  /** A frame arrived (already counted as traffic). */
  receive(data: unknown): void;
  /** The socket has been silent for half the heartbeat timeout: send a request that gets an answer. */
  probe(): void;
  /** A successor is ready to take over (its subscriptions answered, its logon done). */
  ready(): boolean;
  /** Nothing is in flight any more: a retiring socket may close. */
  drained(): boolean;
  /** This socket is being replaced (`reason`: `lifetime`, `serverShutdown`). */
  retire(reason: string): void;
  /**
   * The socket is gone: closed by the server, found dead, or closed by the supervisor (`byClient`).
   * The protocol fails what was in flight on it.
   */
  ended(code: number, reason: string, byClient: boolean): void;
}

/** Makes the link of a new socket (before it opens). */
export type Protocol = (socket: SupervisedSocket) => Link;
