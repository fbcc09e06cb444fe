/** Per-minute trade buckets of one symbol, enough for rolling-window tickers and avgPrice. */

/** What one market step traded (prices in ticks, base volumes in lots). */
export interface StepAggregate {
  readonly time: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly lastQty: number;
  readonly volume: number;
  readonly quote: number;
  readonly takerBuyVolume: number;
  readonly takerBuyQuote: number;
  readonly firstId: number;
  readonly lastId: number;
  readonly count: number;
}

interface Bucket {
  start: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  quote: number;
  firstId: number;
  lastId: number;
  count: number;
}

/** Statistics over a window; ids are -1 and count 0 when nothing traded in it. */
export interface WindowStats {
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
  readonly quote: number;
  readonly firstId: number;
  readonly lastId: number;
  readonly count: number;
  /** Close of the last trade before the window (the start price when there is none). */
  readonly previousClose: number;
}

const MINUTE = 60_000;
const KEEP = 24 * 60 * MINUTE + 2 * MINUTE;

export class TradeStats {
  private readonly buckets: Bucket[] = [];
  private evictedClose: number;

  constructor(private readonly startPrice: number) {
    this.evictedClose = startPrice;
  }

  record(step: StepAggregate): void {
    const start = Math.floor(step.time / MINUTE) * MINUTE;
    let bucket = this.buckets[this.buckets.length - 1];
    if (bucket === undefined || bucket.start !== start) {
      bucket = { ...step, start };
      this.buckets.push(bucket);
      this.prune(step.time);
      return;
    }
    bucket.high = Math.max(bucket.high, step.high);
    bucket.low = Math.min(bucket.low, step.low);
    bucket.close = step.close;
    bucket.volume += step.volume;
    bucket.quote += step.quote;
    bucket.lastId = step.lastId;
    bucket.count += step.count;
  }

  /** Statistics of the buckets that start at or after `from`. */
  window(from: number): WindowStats {
    let previousClose = this.evictedClose;
    let stats: Omit<WindowStats, 'previousClose'> | undefined;
    for (const b of this.buckets) {
      if (b.start < from) {
        previousClose = b.close;
        continue;
      }
      stats =
        stats === undefined
          ? { ...b }
          : {
              open: stats.open,
              high: Math.max(stats.high, b.high),
              low: Math.min(stats.low, b.low),
              close: b.close,
              volume: stats.volume + b.volume,
              quote: stats.quote + b.quote,
              firstId: stats.firstId,
              lastId: b.lastId,
              count: stats.count + b.count,
            };
    }
    if (stats === undefined) {
      const p = previousClose;
      return {
        open: p,
        high: p,
        low: p,
        close: p,
        volume: 0,
        quote: 0,
        firstId: -1,
        lastId: -1,
        count: 0,
        previousClose,
      };
    }
    return { ...stats, previousClose };
  }

  get lastPrice(): number {
    return this.buckets[this.buckets.length - 1]?.close ?? this.startPrice;
  }

  private prune(now: number): void {
    while (this.buckets.length > 0 && this.buckets[0]!.start < now - KEEP) {
      this.evictedClose = this.buckets.shift()!.close;
    }
  }
}
