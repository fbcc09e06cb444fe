/**
 * The live streams of one socket, reference-counted. The registry holds two sets and reconciles them:
 * the streams subscribers want, and the streams the server has (or will have once its requests are
 * answered). The outbox pulls the difference as SUBSCRIBE / UNSUBSCRIBE batches, so a subscribe and an
 * unsubscribe of the same stream that cancel out before a flush send nothing.
 */
import type { BinanceRxError } from '../errors';
import type { Logger } from '../logging/logger';

/** Called when the subscription of a stream fails (rejected, timed out). */
export type StreamErrorListener = (error: BinanceRxError) => void;

/** One subscriber's hold on a stream. */
export interface StreamLease {
  /** Gives the stream up; the last release unsubscribes. Idempotent. */
  release(): void;
}

import type { StreamRoute } from '../product/descriptor';

/** The streams of a socket, as `SocketHandle.streams` exposes them. */
export interface StreamRegistry {
  /**
   * Takes a hold on `stream`; the first hold subscribes. `onError` hears of a failed subscription.
   * `route`: where the product serves the stream (a connection routing by it places the stream on
   * a socket of that route; a socket's own registry ignores it).
   */
  acquire(stream: string, onError: StreamErrorListener, route?: StreamRoute): StreamLease;
  /** Whether a message for `stream` is expected: wanted, subscribed, or being unsubscribed. */
  expects(stream: string): boolean;
  /** The streams currently wanted, in the order they were first acquired. */
  wanted(): readonly string[];
}

/** A SUBSCRIBE or UNSUBSCRIBE to send (the sender adds the id). */
export interface StreamRequest {
  readonly method: 'SUBSCRIBE' | 'UNSUBSCRIBE';
  readonly params: readonly string[];
}

const releasedLease: StreamLease = { release: () => {} };

class Lease implements StreamLease {
  constructor(
    private readonly registry: SocketStreamRegistry,
    readonly stream: string,
    readonly onError: StreamErrorListener,
  ) {}

  release(): void {
    this.registry.release(this);
  }
}

/** The registry of one socket; also the source of its SUBSCRIBE / UNSUBSCRIBE requests. */
export class SocketStreamRegistry implements StreamRegistry {
  private readonly holders = new Map<string, Set<Lease>>();
  /** Streams the server has or is being asked for → id of the SUBSCRIBE that asked. */
  private readonly server = new Map<string, number>();
  /** Streams in an UNSUBSCRIBE not answered yet → its id. */
  private readonly draining = new Map<string, number>();
  /** Streams whose wanted state changed since the last request. */
  private readonly dirty = new Set<string>();
  /** Ids of SUBSCRIBE requests sent and not answered yet. */
  private readonly awaiting = new Set<number>();
  private disposed = false;
  /** The socket is being replaced: nothing more is sent, what the server has stays expected. */
  private retired = false;

  /**
   * @param onChange called when there is something to send (the outbox schedules a flush).
   * @param logger the `binance-rx:subscriptions` logger.
   */
  constructor(
    private readonly onChange: () => void,
    private readonly logger: Logger,
  ) {}

  acquire(stream: string, onError: StreamErrorListener): StreamLease {
    if (this.disposed || this.retired) return releasedLease;
    let leases = this.holders.get(stream);
    if (leases === undefined) {
      leases = new Set();
      this.holders.set(stream, leases);
      this.touch(stream);
    }
    const lease = new Lease(this, stream, onError);
    leases.add(lease);
    return lease;
  }

  /** @internal Called by a lease. */
  release(lease: Lease): void {
    if (this.retired) return;
    const leases = this.holders.get(lease.stream);
    if (leases === undefined || !leases.delete(lease) || leases.size > 0) return;
    this.holders.delete(lease.stream);
    this.touch(lease.stream);
  }

  expects(stream: string): boolean {
    return this.holders.has(stream) || this.server.has(stream) || this.draining.has(stream);
  }

  wanted(): readonly string[] {
    return [...this.holders.keys()];
  }

  /**
   * The socket is being replaced by a new one: its subscriptions move there, and this socket must
   * neither subscribe nor unsubscribe anymore (its streams keep flowing until it closes).
   */
  retire(): void {
    this.retired = true;
    this.dirty.clear();
    this.holders.clear();
  }

  /** Nothing left to send and every SUBSCRIBE answered: the socket delivers all it was asked. */
  settled(): boolean {
    return this.dirty.size === 0 && this.awaiting.size === 0;
  }

  /** Whether a request may be pending (cheap; `takeRequest` may still find nothing). */
  hasPending(): boolean {
    return this.dirty.size > 0;
  }

  /**
   * The next request to send with id `id`, or `undefined` if wanted and server state agree.
   * SUBSCRIBE goes first (someone is waiting for data); an UNSUBSCRIBE left behind stays pending.
   */
  takeRequest(id: number): StreamRequest | undefined {
    const subscribe: string[] = [];
    const unsubscribe: string[] = [];
    for (const stream of this.dirty) {
      const wanted = this.holders.has(stream);
      if (wanted && !this.server.has(stream)) subscribe.push(stream);
      else if (!wanted && this.server.has(stream)) unsubscribe.push(stream);
    }
    this.dirty.clear();
    if (subscribe.length > 0) {
      this.awaiting.add(id);
      for (const stream of subscribe) this.server.set(stream, id);
      for (const stream of unsubscribe) this.dirty.add(stream);
      return { method: 'SUBSCRIBE', params: subscribe };
    }
    if (unsubscribe.length > 0) {
      for (const stream of unsubscribe) {
        this.server.delete(stream);
        this.draining.set(stream, id);
      }
      return { method: 'UNSUBSCRIBE', params: unsubscribe };
    }
    return undefined;
  }

  /**
   * Applies the outcome of request `id`: success (`error` undefined), a rejection or a timeout.
   * A rejected SUBSCRIBE leaves the server state; a timed-out one stays (the server may have it, and
   * the last release will unsubscribe). Either way the stream's holders hear of `error`.
   */
  settle(request: StreamRequest, id: number, error?: BinanceRxError): void {
    if (this.disposed) return;
    this.awaiting.delete(id);
    for (const stream of request.params) {
      if (request.method === 'UNSUBSCRIBE') {
        if (this.draining.get(stream) === id) this.draining.delete(stream);
      } else if (this.server.get(stream) === id && error !== undefined) {
        if (error.code === 'SUBSCRIBE_REJECTED') this.server.delete(stream);
        this.fail(stream, error);
      }
    }
  }

  /** Forgets everything: the socket closed. Later acquires and releases do nothing. */
  dispose(): void {
    this.disposed = true;
    this.holders.clear();
    this.server.clear();
    this.draining.clear();
    this.dirty.clear();
  }

  private fail(stream: string, error: BinanceRxError): void {
    const leases = this.holders.get(stream);
    if (leases === undefined) return;
    this.logger.warn('subscription failed', { stream, code: error.code, holders: leases.size });
    for (const lease of [...leases]) lease.onError(error);
  }

  private touch(stream: string): void {
    if (this.disposed || this.retired) return;
    this.dirty.add(stream);
    this.onChange();
  }
}
