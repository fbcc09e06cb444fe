/**
 * One simulated symbol: a fair price doing a random walk, a resting book of BOOK_LEVELS levels
 * per side quoted around it, and taker orders that trade against the book every step.
 * Everything random comes from the symbol's own seeded generator, so a seed replays exactly.
 */
import { aggregateTrades } from './aggregate';
import { OrderBook, type Side } from './book';
import { KLINE_INTERVALS, UTC8_OFFSET_MS } from './kline-intervals';
import { KlineSeries } from './klines';
import { BOOK_LEVELS, fill, noise, requote, type Makers } from './makers';
import { gaussian, hashString, mulberry32, randInt, type Rng } from './prng';
import { TradeStats } from './stats';
import { TradeHistory } from './trade-history';
import type { SymbolSpec } from './symbols';

/** A trade (price in ticks, quantity in lots); `buyerMaker` when the taker sold. */
export interface Trade {
  readonly id: number;
  readonly price: number;
  readonly qty: number;
  readonly time: number;
  readonly buyerMaker: boolean;
}

/** The trades of one taker order at one price. */
export interface AggTrade extends Trade {
  readonly firstId: number;
  readonly lastId: number;
}

export interface StepResult {
  readonly time: number;
  readonly trades: readonly Trade[];
  readonly aggTrades: readonly AggTrade[];
  readonly blockTrades: readonly Trade[];
  /** Whether the best bid or ask (price or quantity) changed during the step. */
  readonly bestChanged: boolean;
}

/** Key of a kline series: the interval, plus `@+08:00` for the UTC+8 variant. */
export const klineKey = (interval: string, offsetMs: number): string =>
  offsetMs === 0 ? interval : `${interval}@+08:00`;

export class SymbolMarket {
  readonly book: OrderBook;
  readonly stats: TradeStats;
  readonly klines = new Map<string, KlineSeries>();
  lastTrade: Trade | undefined;
  /** Recent trades and aggregate trades, oldest first (for `trades`, `aggTrades` requests). */
  readonly history = new TradeHistory<Trade>();
  readonly aggHistory = new TradeHistory<AggTrade>();
  readonly blockHistory = new TradeHistory<Trade>();
  lastAggTrade: AggTrade | undefined;
  lastBlockTrade: Trade | undefined;
  private readonly rng: Rng;
  private fair: number;
  private nextTradeId = 1;
  private nextAggId = 1;
  private nextBlockId = 1;
  private bestKey: string;

  constructor(
    readonly spec: SymbolSpec,
    seed: number,
    now: number,
  ) {
    this.rng = mulberry32((Math.imul(seed, 0x9e3779b1) ^ hashString(spec.symbol)) >>> 0);
    this.fair = spec.startTicks;
    this.book = new OrderBook(randInt(this.rng, 1_000_000, 9_000_000));
    fill(this.makers());
    this.stats = new TradeStats(spec.startTicks);
    for (const interval of KLINE_INTERVALS) {
      for (const offset of [0, UTC8_OFFSET_MS]) {
        const series = new KlineSeries(interval, offset, now, spec.startTicks);
        this.klines.set(klineKey(interval, offset), series);
      }
    }
    this.bestKey = this.currentBestKey();
  }

  get symbol(): string {
    return this.spec.symbol;
  }

  /** Mid price in ticks (the fair price when a side is empty). */
  get mid(): number {
    const bid = this.book.best('bid');
    const ask = this.book.best('ask');
    return bid && ask ? (bid.price + ask.price) / 2 : this.fair;
  }

  step(now: number): StepResult {
    const { rng, spec } = this;
    const reversion = Math.round((spec.startTicks - this.fair) * 0.001);
    this.fair += Math.round(gaussian(rng) * spec.sigmaTicks) + reversion;
    this.fair = Math.max(this.fair, spec.maxGapTicks * (BOOK_LEVELS + 2) + 10);
    const trades: Trade[] = [];
    const aggTrades: AggTrade[] = [];
    const r = rng();
    const takers = r < 0.35 ? 0 : r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
    for (let i = 0; i < takers; i++) this.take(now, trades, aggTrades);
    const makers = this.makers();
    requote(makers);
    noise(makers);
    fill(makers);
    const blockTrades = rng() < 0.02 ? [this.blockTrade(now)] : [];
    if (trades.length > 0) this.record(trades, now);
    const key = this.currentBestKey();
    const bestChanged = key !== this.bestKey;
    this.bestKey = key;
    return { time: now, trades, aggTrades, blockTrades, bestChanged };
  }

  /** One taker order sweeping up to five levels of the opposite side. */
  private take(now: number, trades: Trade[], aggTrades: AggTrade[]): void {
    const { rng, spec, book } = this;
    const bias = Math.max(
      -0.45,
      Math.min(0.45, (this.fair - this.mid) / (4 * spec.sigmaTicks + 1)),
    );
    const buy = rng() < 0.5 + bias;
    const side: Side = buy ? 'ask' : 'bid';
    const size = randInt(rng, spec.levelLots[0], spec.levelLots[1]) * (rng() < 0.1 ? 3 : 0.4);
    let lots = Math.max(1, Math.round(size));
    for (let swept = 0; lots > 0 && swept < 5; swept++) {
      const level = book.best(side);
      if (level === undefined) break;
      const fill = Math.min(lots, level.qty);
      const pieces = Math.min(fill, randInt(rng, 1, 3));
      const firstId = this.nextTradeId;
      let remaining = fill;
      for (let p = 0; p < pieces; p++) {
        const qty = p === pieces - 1 ? remaining : Math.floor(remaining / (pieces - p));
        remaining -= qty;
        const trade = {
          id: this.nextTradeId++,
          price: level.price,
          qty,
          time: now,
          buyerMaker: !buy,
        };
        trades.push(trade);
        this.history.add(trade);
        this.lastTrade = trade;
      }
      const agg: AggTrade = {
        id: this.nextAggId++,
        price: level.price,
        qty: fill,
        firstId,
        lastId: this.nextTradeId - 1,
        time: now,
        buyerMaker: !buy,
      };
      aggTrades.push(agg);
      this.aggHistory.add(agg);
      this.lastAggTrade = agg;
      book.set(side, level.price, level.qty - fill);
      lots -= fill;
    }
  }

  private blockTrade(now: number): Trade {
    const { rng, spec } = this;
    const trade = {
      id: this.nextBlockId++,
      price: Math.round(this.mid) + randInt(rng, -spec.maxGapTicks, spec.maxGapTicks),
      qty: spec.levelLots[1] * randInt(rng, 5, 20),
      time: now - randInt(rng, 50, 500),
      buyerMaker: rng() < 0.5,
    };
    this.lastBlockTrade = trade;
    this.blockHistory.add(trade);
    return trade;
  }

  private record(trades: readonly Trade[], now: number): void {
    const step = aggregateTrades(trades, this.spec, now);
    this.stats.record(step);
    for (const series of this.klines.values()) series.add(step);
  }

  private makers(): Makers {
    return { book: this.book, rng: this.rng, spec: this.spec, fair: this.fair };
  }

  private currentBestKey(): string {
    const bid = this.book.best('bid');
    const ask = this.book.best('ask');
    return `${bid?.price},${bid?.qty},${ask?.price},${ask?.qty}`;
  }
}
