/**
 * A local order book kept from a REST snapshot and the diff-depth stream, by Binance's rules
 * ("How to manage a local order book correctly"), as the diff channel declares them (`sync`, its
 * descriptor's `bookSync`; Spot's by default): buffer the events, fetch the snapshot, drop the
 * events it covers, the first applied event must straddle it, and each next one must follow the
 * one before (Spot: `U` is the previous `u` + 1; USDⓈ-M futures: `pu` is the previous `u`). A gap, a new
 * socket, a snapshot older than the buffered events or a malformed diff starts a resync by itself,
 * reported as a status, never thrown. A snapshot that fails or is malformed (`bids: null`, a level
 * that is not two decimal strings) is fetched again after `retryDelayMs`. Books come out in CCXT's
 * `OrderBook` shape.
 */
import { Observable, asyncScheduler, merge, map, type SchedulerLike } from 'rxjs';
import type { NewSocketEvent } from '../connection/events';
import type { CcxtOrderBook } from '../ccxt/types';
import type { BookSyncRule } from '../channels/descriptor';
import { BookSync } from './book-sync';

/** The diff-depth fields the book uses (Binance's `depthUpdate`). */
export interface DepthDiff {
  readonly U: number;
  readonly u: number;
  /** The previous event's `u` (USDⓈ-M futures), read where the rule links events by it. */
  readonly pu?: number;
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
  /**
   * How diffs line up with the snapshot and with each other: the diff channel's `bookSync`
   * (`diffDepthChannel.bookSync` of `binance-rx/usdm` for futures). Default Spot's rule,
   * `SPOT_BOOK_SYNC`.
   */
  readonly sync?: BookSyncRule;
  /** Levels per side in each emitted book (all when left out). */
  readonly depth?: number;
  /** Wait before fetching again a snapshot that failed or was malformed, ms; default 1000. */
  readonly retryDelayMs?: number;
  /** Where that wait is timed; default `asyncScheduler`. */
  readonly scheduler?: SchedulerLike;
}

/** Spot's rule (`diffDepthChannel.bookSync` of `binance-rx`), the default of `sync`. */
export const SPOT_BOOK_SYNC: BookSyncRule = { firstUpdateOffset: 1, link: 'U' };

type Input = { readonly kind: 'socket' } | { readonly kind: 'diff'; readonly diff: DepthDiff };

export function localOrderBook(options: LocalOrderBookOptions): Observable<LocalOrderBookEvent> {
  return new Observable<LocalOrderBookEvent>((subscriber) => {
    const sync = new BookSync(
      options,
      options.sync ?? SPOT_BOOK_SYNC,
      options.scheduler ?? asyncScheduler,
      options.retryDelayMs ?? 1000,
      (event) => subscriber.next(event),
    );
    const inputs: Observable<Input> = merge(
      options.sockets.pipe(map((): Input => ({ kind: 'socket' }))),
      options.diffs(options.sockets).pipe(map((diff): Input => ({ kind: 'diff', diff }))),
    );
    const subscription = inputs.subscribe({
      next: (input) => (input.kind === 'socket' ? sync.socket() : sync.diff(input.diff)),
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.complete(),
    });
    return () => {
      subscription.unsubscribe();
      sync.dispose();
    };
  });
}
