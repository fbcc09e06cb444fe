/**
 * The streams of a whole connection, spread over its shards (sockets, each with at most
 * `maxPerShard` streams). Subscribers hold streams here for as long as they want them; each
 * stream is placed on a shard, and held on that shard's current socket registry, re-held on every
 * new socket of the shard. So a socket that is replaced (drop, rotation) gets its shard's streams
 * back in one batch, and the streams of the other shards are not touched. A connection that routes
 * streams (a product serving them on several URL routes) places each stream on a shard of the
 * route its channel declares; every other stream, and every stream of a connection that does not
 * route, goes to the first shard's route.
 */
import type { SchedulerLike, Subscription } from 'rxjs';
import type { StreamErrorListener, StreamLease, StreamRegistry } from '../channels/stream-registry';
import type { BinanceRxError } from '../errors';
import type { StreamRoute } from '../product/descriptor';
import { guardedTimer } from '../supervisor/guard';

/** One shard as the registry sees it. */
export interface ShardSlot {
  readonly index: number;
  /** The route the shard's sockets are opened on (undefined: the connection's one URL). */
  readonly route: StreamRoute | undefined;
  /** The registry of the shard's open socket, if it has one. */
  socket: StreamRegistry | undefined;
  /** Streams placed on this shard → the hold on its current socket. */
  readonly streams: Map<string, StreamLease | undefined>;
}

/** What the registry asks of the connection. */
export interface ShardHost {
  /**
   * Starts a new shard on `route` (the connection opens its socket, within the connection-rate
   * limit).
   */
  open(index: number, route: StreamRoute | undefined): void;
  /** Stops a shard that has no stream left (never the first). */
  close(index: number): void;
  /** Reports a non-fatal error on the connection. */
  report(error: BinanceRxError): void;
}

const releasedLease: StreamLease = { release: () => {} };

class Hold implements StreamLease {
  constructor(
    private readonly registry: ShardedStreamRegistry,
    readonly stream: string,
    readonly onError: StreamErrorListener,
  ) {}

  release(): void {
    this.registry.release(this);
  }
}

export class ShardedStreamRegistry implements StreamRegistry {
  private readonly holders = new Map<string, Set<Hold>>();
  private readonly placement = new Map<string, ShardSlot>();
  /** By index; a shard that closed leaves a hole, the next new shard takes the lowest free index. */
  private readonly shards: (ShardSlot | undefined)[] = [];
  /** Streams whose last holder left this turn: kept on their shard until the sweep, so a holder
   * coming back in the same turn (a subscription moving to a new socket event) finds them there. */
  private readonly leaving = new Set<string>();
  private sweep: Subscription | undefined;
  private disposed = false;

  constructor(
    private readonly maxPerShard: number,
    private readonly scheduler: SchedulerLike,
    private readonly host: ShardHost,
    /** The first shard's route; with `routes`, the routes a stream may be placed on. */
    private readonly firstRoute: StreamRoute | undefined = undefined,
    private readonly routes: readonly StreamRoute[] = [],
  ) {
    this.shards.push(newSlot(0, firstRoute));
  }

  acquire(stream: string, onError: StreamErrorListener, route?: StreamRoute): StreamLease {
    if (this.disposed) return releasedLease;
    let holds = this.holders.get(stream);
    if (holds === undefined) {
      holds = new Set();
      this.holders.set(stream, holds);
      this.place(
        stream,
        route !== undefined && this.routes.includes(route) ? route : this.firstRoute,
      );
    }
    const hold = new Hold(this, stream, onError);
    holds.add(hold);
    return hold;
  }

  /** @internal Called by a hold. */
  release(hold: Hold): void {
    const holds = this.holders.get(hold.stream);
    if (holds === undefined || !holds.delete(hold) || holds.size > 0) return;
    this.holders.delete(hold.stream);
    const slot = this.placement.get(hold.stream);
    if (slot === undefined) return;
    slot.streams.get(hold.stream)?.release();
    slot.streams.set(hold.stream, undefined);
    this.leaving.add(hold.stream);
    this.sweep ??= guardedTimer(this.scheduler, 'stream sweep', this.host.report, () =>
      this.removeLeaving(),
    );
  }

  expects(stream: string): boolean {
    return this.placement.has(stream);
  }

  wanted(): readonly string[] {
    return [...this.holders.keys()];
  }

  /** The shard's socket opened (or was replaced): hold every stream of the shard on it. */
  attach(index: number, socket: StreamRegistry): void {
    const slot = this.shards[index];
    if (slot === undefined || this.disposed) return;
    slot.socket = socket;
    for (const [stream, previous] of slot.streams) {
      previous?.release();
      const wanted = this.holders.has(stream);
      slot.streams.set(stream, wanted ? this.hold(socket, stream) : undefined);
    }
  }

  /** The shard's socket closed; its streams wait for the next one. */
  detach(index: number): void {
    const slot = this.shards[index];
    if (slot !== undefined) slot.socket = undefined;
  }

  /** Forgets everything; later acquires and releases do nothing. */
  dispose(): void {
    this.disposed = true;
    this.sweep?.unsubscribe();
    this.holders.clear();
    this.placement.clear();
    this.leaving.clear();
  }

  private place(stream: string, route: StreamRoute | undefined): void {
    let slot = this.placement.get(stream);
    if (slot !== undefined) {
      // Left earlier this turn and wanted again: same shard, as if it never left.
      this.leaving.delete(stream);
    } else {
      slot = this.shards.find(
        (shard) =>
          shard !== undefined && shard.route === route && shard.streams.size < this.maxPerShard,
      );
      if (slot === undefined) {
        const free = this.shards.indexOf(undefined);
        slot = newSlot(free === -1 ? this.shards.length : free, route);
        this.shards[slot.index] = slot;
        this.host.open(slot.index, route);
      }
      this.placement.set(stream, slot);
    }
    slot.streams.set(
      stream,
      slot.socket === undefined ? undefined : this.hold(slot.socket, stream),
    );
  }

  private hold(socket: StreamRegistry, stream: string): StreamLease {
    return socket.acquire(stream, (error) => this.fail(stream, error));
  }

  private removeLeaving(): void {
    this.sweep = undefined;
    const emptied = new Set<ShardSlot>();
    for (const stream of this.leaving) {
      const slot = this.placement.get(stream);
      this.placement.delete(stream);
      slot?.streams.delete(stream);
      if (slot !== undefined && slot.streams.size === 0 && slot.index > 0) emptied.add(slot);
    }
    this.leaving.clear();
    // A shard left without streams closes (the first stays: it carries the connection).
    for (const slot of emptied) {
      this.shards[slot.index] = undefined;
      this.host.close(slot.index);
    }
  }

  private fail(stream: string, error: BinanceRxError): void {
    const holds = this.holders.get(stream);
    if (holds === undefined) return;
    for (const hold of [...holds]) hold.onError(error);
  }
}

function newSlot(index: number, route: StreamRoute | undefined): ShardSlot {
  return { index, route, socket: undefined, streams: new Map() };
}
