/**
 * A local order book kept from a REST snapshot and the diff-depth stream, by Binance's rules
 * (`web-socket-streams.md`, "How to manage a local order book correctly"): buffer the events,
 * fetch the snapshot, drop events with `u` ≤ `lastUpdateId`, the first applied event must have
 * `U` ≤ `lastUpdateId` + 1 ≤ `u`, and each next `U` must be the previous `u` + 1. A gap, a new
 * socket, a snapshot older than the buffered events or a malformed diff starts a resync by itself,
 * reported as a status, never thrown. A snapshot that fails or is malformed (`bids: null`, a level
 * that is not two decimal strings) is fetched again after `retryDelayMs`. Books come out in CCXT's
 * `OrderBook` shape.
 */
import {
  Observable,
  asyncScheduler,
  merge,
  map,
  type SchedulerLike,
  type Subscription,
} from 'rxjs';
import type { NewSocketEvent } from '../connection/events';
import type { CcxtOrderBook } from '../ccxt/types';
import { excerptOf } from '../socket/bounded-json';
import { BookSide } from './book-side';
import { diffProblem, isLevel, snapshotProblem } from './read-depth';

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
  /** Wait before fetching again a snapshot that failed or was malformed, ms; default 1000. */
  readonly retryDelayMs?: number;
  /** Where that wait is timed; default `asyncScheduler`. */
  readonly scheduler?: SchedulerLike;
}

/**
 * Applies `[price, quantity]` levels in order (an indexed loop: this runs for every level of every
 * diff); stops at the first level that is not two decimal strings and returns its index, else -1.
 */
function setLevels(side: BookSide, levels: readonly (readonly [string, string])[]): number {
  for (let i = 0; i < levels.length; i += 1) {
    const level = levels[i];
    if (!isLevel(level) || !side.set(level[0], level[1])) return i;
  }
  return -1;
}

/** Applies both sides of a snapshot or diff; what was wrong, or undefined. */
function setBook(
  bids: BookSide,
  asks: BookSide,
  b: readonly (readonly [string, string])[],
  a: readonly (readonly [string, string])[],
): string | undefined {
  const bad = setLevels(bids, b);
  if (bad >= 0) return `bid level ${bad} is not [price, quantity]: ${excerptOf(b[bad])}`;
  const badAsk = setLevels(asks, a);
  if (badAsk >= 0) return `ask level ${badAsk} is not [price, quantity]: ${excerptOf(a[badAsk])}`;
  return undefined;
}

type Input = { readonly kind: 'socket' } | { readonly kind: 'diff'; readonly diff: DepthDiff };

export function localOrderBook(options: LocalOrderBookOptions): Observable<LocalOrderBookEvent> {
  return new Observable<LocalOrderBookEvent>((subscriber) => {
    const scheduler = options.scheduler ?? asyncScheduler;
    const retryDelayMs = options.retryDelayMs ?? 1000;
    const bids = new BookSide(true);
    const asks = new BookSide(false);
    let buffer: DepthDiff[] = [];
    let synced = false;
    let lastU = 0;
    let fetching: Subscription | undefined;
    let generation = 0;

    const status = (state: 'syncing' | 'synced', reason: string) =>
      subscriber.next({ type: 'status', status: state, reason });
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
    /** The snapshot could not be used: say why and fetch again after `retryDelayMs`. */
    const retry = (mine: number, reason: string) => {
      synced = false;
      fetching?.unsubscribe();
      status('syncing', `${reason}; fetching again in ${retryDelayMs} ms`);
      fetching = scheduler.schedule(() => {
        if (mine === generation) resync('snapshot retry');
      }, retryDelayMs);
    };
    const resync = (reason: string) => {
      synced = false;
      generation += 1;
      const mine = generation;
      fetching?.unsubscribe();
      status('syncing', reason);
      fetching = options.snapshot().subscribe({
        next: (snapshot) => {
          if (mine === generation) onSnapshot(mine, snapshot);
        },
        error: (error: unknown) => {
          if (mine !== generation) return;
          const text = error instanceof Error ? error.message : excerptOf(error);
          retry(mine, `snapshot failed: ${text}`);
        },
      });
    };
    const onSnapshot = (mine: number, snapshot: DepthSnapshot) => {
      const problem = snapshotProblem(snapshot);
      if (problem !== undefined) return retry(mine, `bad snapshot: ${problem}`);
      const usable = buffer.filter((d) => d.u > snapshot.lastUpdateId);
      const first = usable[0];
      if (first !== undefined && first.U > snapshot.lastUpdateId + 1) {
        // The snapshot is older than what the stream already moved past: fetch again.
        resync(`snapshot ${snapshot.lastUpdateId} older than the buffered update ${first.U}`);
        return;
      }
      bids.clear();
      asks.clear();
      const bad = setBook(bids, asks, snapshot.bids, snapshot.asks);
      if (bad !== undefined) return retry(mine, `bad snapshot: ${bad}`);
      lastU = snapshot.lastUpdateId;
      buffer = [];
      synced = true;
      status('synced', `snapshot ${snapshot.lastUpdateId}`);
      for (const diff of usable) live(diff);
      if (usable.length === 0) emitBook();
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
      const bad = setBook(bids, asks, diff.b, diff.a);
      lastU = diff.u;
      if (bad !== undefined) {
        buffer = [];
        resync(`bad update ${diff.u}: ${bad}`);
        return;
      }
      emitBook(diff);
    };
    const receive = (diff: DepthDiff) => {
      const problem = diffProblem(diff);
      if (problem === undefined) live(diff);
      else if (synced) {
        buffer = [];
        resync(`bad update: ${problem}`);
      }
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
        } else receive(input.diff);
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
