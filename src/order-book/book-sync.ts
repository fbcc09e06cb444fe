/**
 * The state machine of a local order book (see local-order-book.ts for the rules): the two book
 * sides, the buffer of diffs waiting for a snapshot, the snapshot being fetched, and what each
 * input (a new socket, a diff, a snapshot) does to them. Every event goes to `emit`; nothing
 * here throws for what it is given.
 */
import type { SchedulerLike, Subscription } from 'rxjs';
import type { BinanceRxError } from '../errors';
import { iso8601 } from '../ccxt/values';
import { excerptOf } from '../socket/bounded-json';
import type { BookSyncRule } from '../channels/descriptor';
import { BookSide } from './book-side';
import type {
  DepthDiff,
  DepthSnapshot,
  LocalOrderBookEvent,
  LocalOrderBookOptions,
} from './local-order-book';
import { diffProblem, isLevel, snapshotProblem } from './read-depth';
import { guardedTimer } from '../supervisor/guard';

type Levels = readonly (readonly [string, string])[];

/**
 * Applies `[price, quantity]` levels in order (an indexed loop: this runs for every level of every
 * diff); stops at the first level that is not two decimal strings and returns its index, else -1.
 */
function setLevels(side: BookSide, levels: Levels): number {
  for (let i = 0; i < levels.length; i += 1) {
    const level = levels[i];
    if (!isLevel(level) || !side.set(level[0], level[1])) return i;
  }
  return -1;
}

export class BookSync {
  private readonly bids = new BookSide(true);
  private readonly asks = new BookSide(false);
  private buffer: DepthDiff[] = [];
  private synced = false;
  /** No diff applied since the snapshot: the next one must straddle it. */
  private first = false;
  private lastU = 0;
  private fetching: Subscription | undefined;
  /** Bumped by every resync: answers of an older fetch are ignored. */
  private generation = 0;

  constructor(
    private readonly options: LocalOrderBookOptions,
    private readonly rule: BookSyncRule,
    private readonly scheduler: SchedulerLike,
    private readonly retryDelayMs: number,
    private readonly emit: (event: LocalOrderBookEvent) => void,
  ) {}

  socket(): void {
    this.buffer = [];
    this.resync('new socket');
  }

  diff(diff: DepthDiff): void {
    const problem = diffProblem(diff, this.rule.link === 'pu');
    if (problem === undefined) this.live(diff);
    else if (this.synced) {
      this.buffer = [];
      this.resync(`bad update: ${problem}`);
    }
  }

  dispose(): void {
    this.fetching?.unsubscribe();
  }

  private status(status: 'syncing' | 'synced', reason: string): void {
    this.emit({ type: 'status', status, reason });
  }

  private emitBook(diff?: DepthDiff): void {
    const timestamp = diff?.E;
    const { symbol, depth } = this.options;
    this.emit({
      type: 'book',
      book: {
        symbol,
        bids: this.bids.top(depth),
        asks: this.asks.top(depth),
        timestamp,
        // Bounded: an `E` outside the Date range (the schema only says integer) has no datetime.
        datetime: iso8601(timestamp),
        nonce: this.lastU,
      },
    });
  }

  private resync(reason: string): void {
    this.synced = false;
    this.generation += 1;
    const mine = this.generation;
    this.fetching?.unsubscribe();
    this.status('syncing', reason);
    this.fetching = this.options.snapshot().subscribe({
      next: (snapshot) => {
        if (mine === this.generation) this.snapshot(mine, snapshot);
      },
      error: (error: unknown) => {
        if (mine !== this.generation) return;
        const text = error instanceof Error ? error.message : excerptOf(error);
        this.retry(mine, `snapshot failed: ${text}`);
      },
    });
  }

  /** The snapshot could not be used: say why and fetch again after `retryDelayMs`. */
  private retry(mine: number, reason: string): void {
    this.synced = false;
    this.fetching?.unsubscribe();
    this.status('syncing', `${reason}; fetching again in ${this.retryDelayMs} ms`);
    // The book has no error path: what the retry throws (the snapshot function) is one more retry.
    const again = (error: BinanceRxError) =>
      this.retry(mine, `snapshot retry failed: ${error.message}`);
    this.fetching = guardedTimer(
      this.scheduler,
      'snapshot retry',
      again,
      () => {
        if (mine === this.generation) this.resync('snapshot retry');
      },
      this.retryDelayMs,
    );
  }

  private snapshot(mine: number, snapshot: DepthSnapshot): void {
    const problem = snapshotProblem(snapshot);
    if (problem !== undefined) return this.retry(mine, `bad snapshot: ${problem}`);
    const covered = snapshot.lastUpdateId + this.rule.firstUpdateOffset;
    const usable = this.buffer.filter((d) => d.u >= covered);
    const first = usable[0];
    if (first !== undefined && first.U > covered) {
      // The snapshot is older than what the stream already moved past: fetch again.
      this.resync(`snapshot ${snapshot.lastUpdateId} older than the buffered update ${first.U}`);
      return;
    }
    this.bids.clear();
    this.asks.clear();
    const bad = this.apply(snapshot.bids, snapshot.asks);
    if (bad !== undefined) return this.retry(mine, `bad snapshot: ${bad}`);
    this.lastU = snapshot.lastUpdateId;
    this.buffer = [];
    this.synced = true;
    this.first = true;
    this.status('synced', `snapshot ${snapshot.lastUpdateId}`);
    for (const diff of usable) this.live(diff);
    if (usable.length === 0) this.emitBook();
  }

  private live(diff: DepthDiff): void {
    if (!this.synced) {
      this.buffer.push(diff);
      return;
    }
    const gap = this.gap(diff);
    if (gap === 'covered') return;
    if (gap !== undefined) {
      this.buffer = [diff];
      this.resync(`gap: ${gap}`);
      return;
    }
    this.first = false;
    const bad = this.apply(diff.b, diff.a);
    this.lastU = diff.u;
    if (bad !== undefined) {
      this.buffer = [];
      this.resync(`bad update ${diff.u}: ${bad}`);
      return;
    }
    this.emitBook(diff);
  }

  /**
   * Whether `diff` follows what the book holds, by the rule: `covered` (already in the book: drop
   * it), a gap (why), or undefined (apply it).
   */
  private gap(diff: DepthDiff): string | undefined {
    const { firstUpdateOffset, link } = this.rule;
    if (this.first || link === 'U') {
      const next = this.lastU + (this.first ? firstUpdateOffset : 1);
      if (diff.u < next) return 'covered';
      if (diff.U > next) return `expected update ${next}, got ${diff.U}..${diff.u}`;
      return undefined;
    }
    return diff.pu === this.lastU
      ? undefined
      : `expected pu ${this.lastU} (the previous u), got ${diff.pu} in ${diff.U}..${diff.u}`;
  }

  /** Applies both sides of a snapshot or diff; what was wrong, or undefined. */
  private apply(b: Levels, a: Levels): string | undefined {
    const bad = setLevels(this.bids, b);
    if (bad >= 0) return `bid level ${bad} is not [price, quantity]: ${excerptOf(b[bad])}`;
    const badAsk = setLevels(this.asks, a);
    if (badAsk >= 0) return `ask level ${badAsk} is not [price, quantity]: ${excerptOf(a[badAsk])}`;
    return undefined;
  }
}
