/** Running klines: the current bar of one interval and offset, and the last closed one. */
import { klineCloseTime, klineOpenTime, type KlineInterval } from './kline-intervals';
import type { StepAggregate } from './stats';

/** One kline; prices in ticks, base volumes in lots, quote volumes in quote units. */
export interface KlineBar {
  readonly openTime: number;
  readonly closeTime: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  quote: number;
  takerBuyVolume: number;
  takerBuyQuote: number;
  firstId: number;
  lastId: number;
  count: number;
}

/** Closed bars kept for REST / WebSocket API `klines` requests (Binance's max `limit`). */
export const KLINE_HISTORY = 1000;

/** The running kline of one interval and offset, plus the bars that closed before it. */
export class KlineSeries {
  current: KlineBar;
  closed: KlineBar | undefined;
  /** Closed bars, oldest first, at most `KLINE_HISTORY`. */
  readonly history: KlineBar[] = [];

  constructor(
    readonly interval: KlineInterval,
    readonly offsetMs: number,
    now: number,
    price: number,
  ) {
    this.current = this.empty(now, price);
  }

  /** Starts a new bar when `now` is past the current one; the old one becomes `closed`. */
  roll(now: number): void {
    if (now <= this.current.closeTime) return;
    this.closed = this.current;
    this.history.push(this.current);
    if (this.history.length > KLINE_HISTORY) this.history.shift();
    this.current = this.empty(now, this.current.close);
  }

  add(step: StepAggregate): void {
    this.roll(step.time);
    const bar = this.current;
    if (bar.count === 0) {
      bar.open = step.open;
      bar.high = step.high;
      bar.low = step.low;
      bar.firstId = step.firstId;
    } else {
      bar.high = Math.max(bar.high, step.high);
      bar.low = Math.min(bar.low, step.low);
    }
    bar.close = step.close;
    bar.volume += step.volume;
    bar.quote += step.quote;
    bar.takerBuyVolume += step.takerBuyVolume;
    bar.takerBuyQuote += step.takerBuyQuote;
    bar.lastId = step.lastId;
    bar.count += step.count;
  }

  private empty(now: number, price: number): KlineBar {
    const openTime = klineOpenTime(this.interval, now, this.offsetMs);
    return {
      openTime,
      closeTime: klineCloseTime(this.interval, openTime, this.offsetMs),
      open: price,
      high: price,
      low: price,
      close: price,
      volume: 0,
      quote: 0,
      takerBuyVolume: 0,
      takerBuyQuote: 0,
      firstId: -1,
      lastId: -1,
      count: 0,
    };
  }
}
