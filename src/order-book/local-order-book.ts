/**
 * A local order book kept from a REST snapshot and the diff-depth stream, by Binance's rules
 * (`web-socket-streams.md`, "How to manage a local order book correctly"): buffer the events,
 * fetch the snapshot, drop events with `u` ≤ `lastUpdateId`, the first applied event must have
 * `U` ≤ `lastUpdateId` + 1 ≤ `u`, and each next `U` must be the previous `u` + 1. A gap, a new
 * socket or a snapshot older than the buffered events starts a resync by itself, reported as a
 * status, never thrown. Books come out in CCXT's `OrderBook` shape.
 */
import { Observable, merge, map, type Subscription } from 'rxjs';
import type { NewSocketEvent } from '../connection/events';
import type { CcxtOrderBook } from '../ccxt/types';
import { BookSide } from './book-side';

/** The diff-depth fields the book uses (Binance's `depthUpdate`). */
export interface DepthDiff {
  readonly U: number;
  readonly u: number;
  readonly b: readonly (readonly [string, string])[];
  readonly a: readonly (readonly [string, string])[];
  readonly E?: number;
}

/** The REST depth snapshot fields the book uses. */
export interface DepthSnapshot {
  readonly lastUpdateId: number;
  readonly bids: readonly (readonly [string, string])[];
  readonly asks: readonly (readonly [string, string])[];
}

/** CCXT's unified `OrderBook`, now in src/ccxt/types.ts; re-exported here for old imports. */
export type { CcxtOrderBook };

export type LocalOrderBookEvent =
  | { readonly type: 'book'; readonly book: CcxtOrderBook }
  | { readonly type: 'status'; readonly status: 'syncing' | 'synced'; readonly reason: string };

export interface LocalOrderBookOptions {
  /** Unified symbol written into each book, e.g. `BTC/USDT`. */
  readonly symbol: string;
  /** The connection's new sockets (`connection.pipe(filterNewSocketOnly())`). */
  readonly sockets: Observable<NewSocketEvent>;
  /** The diff-depth events: `(sockets) => sockets.pipe(subscribeDiffDepth(symbol, messages))`. */
  readonly diffs: (sockets: Observable<NewSocketEvent>) => Observable<DepthDiff>;
  /** A REST snapshot: `() => getBookHttp({ symbol, limit: 5000 }, client)`. */
  readonly snapshot: () => Observable<DepthSnapshot>;
  /** Levels per side in each emitted book (all when left out). */
  readonly depth?: number;
}

/** Applies `[price, quantity]` levels in order (an indexed loop: this runs for every level of every diff). */
function setLevels(side: BookSide, levels: readonly (readonly [string, string])[]): void {
  for (let i = 0; i < levels.length; i += 1) {
    const level = levels[i]!;
    side.set(level[0], level[1]);
  }
}

type Input = { readonly kind: 'socket' } | { readonly kind: 'diff'; readonly diff: DepthDiff };

export function localOrderBook(options: LocalOrderBookOptions): Observable<LocalOrderBookEvent> {
  return new Observable<LocalOrderBookEvent>((subscriber) => {
    const bids = new BookSide(true);
    const asks = new BookSide(false);
    let buffer: DepthDiff[] = [];
    let synced = false;
    let lastU = 0;
    let fetching: Subscription | undefined;
    let generation = 0;

    const emitBook = (diff?: DepthDiff) => {
      const timestamp = diff?.E;
      subscriber.next({
        type: 'book',
        book: {
          symbol: options.symbol,
          bids: bids.top(options.depth),
          asks: asks.top(options.depth),
          timestamp,
          datetime: timestamp === undefined ? undefined : new Date(timestamp).toISOString(),
          nonce: lastU,
        },
      });
    };
    const apply = (diff: DepthDiff) => {
      setLevels(bids, diff.b);
      setLevels(asks, diff.a);
      lastU = diff.u;
    };
    const resync = (reason: string) => {
      synced = false;
      generation += 1;
      const mine = generation;
      fetching?.unsubscribe();
      subscriber.next({ type: 'status', status: 'syncing', reason });
      fetching = options.snapshot().subscribe({
        next: (snapshot) => {
          if (mine !== generation) return;
          const usable = buffer.filter((d) => d.u > snapshot.lastUpdateId);
          const first = usable[0];
          if (first !== undefined && first.U > snapshot.lastUpdateId + 1) {
            // The snapshot is older than what the stream already moved past: fetch again.
            resync(`snapshot ${snapshot.lastUpdateId} older than the buffered update ${first.U}`);
            return;
          }
          bids.clear();
          asks.clear();
          setLevels(bids, snapshot.bids);
          setLevels(asks, snapshot.asks);
          lastU = snapshot.lastUpdateId;
          buffer = [];
          synced = true;
          subscriber.next({
            type: 'status',
            status: 'synced',
            reason: `snapshot ${snapshot.lastUpdateId}`,
          });
          for (const diff of usable) live(diff);
          if (usable.length === 0) emitBook();
        },
        error: (error: unknown) => {
          if (mine !== generation) return;
          subscriber.next({
            type: 'status',
            status: 'syncing',
            reason: `snapshot failed: ${String(error)}`,
          });
          fetching = undefined;
        },
      });
    };
    const live = (diff: DepthDiff) => {
      if (!synced) {
        buffer.push(diff);
        return;
      }
      if (diff.u <= lastU) return;
      if (diff.U > lastU + 1) {
        buffer = [diff];
        resync(`gap: expected update ${lastU + 1}, got ${diff.U}`);
        return;
      }
      apply(diff);
      emitBook(diff);
    };

    const inputs: Observable<Input> = merge(
      options.sockets.pipe(map((): Input => ({ kind: 'socket' }))),
      options.diffs(options.sockets).pipe(map((diff): Input => ({ kind: 'diff', diff }))),
    );
    const subscription = inputs.subscribe({
      next: (input) => {
        if (input.kind === 'socket') {
          buffer = [];
          resync('new socket');
        } else live(input.diff);
      },
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.complete(),
    });
    return () => {
      subscription.unsubscribe();
      fetching?.unsubscribe();
    };
  });
}
