/**
 * A feed produces the payloads of one subscribed stream. Feeds exist only while someone is
 * subscribed, so an idle exchange builds nothing.
 */
import type { Market, StepResults } from '../market/market';
import type { SymbolMarket } from '../market/symbol-market';
import type { DepthCadence, StreamSpec } from './names';
import { openUsdmFeed } from '../usdm/feeds';
import { allMarketFeed, klineFeed, periodic, realtime } from './feed-kinds';
import {
  DiffCollector,
  diffDepthPayload,
  floodDiffPayloads,
  partialDepthPayload,
} from './payloads/depth';
import {
  avgPricePayload,
  miniTickerPayload,
  referencePricePayload,
  rollingTickerPayload,
  tickerPayload,
} from './payloads/tickers';
import {
  aggTradePayload,
  blockTradePayload,
  bookTickerPayload,
  lastOrSynthetic,
  tradePayload,
} from './payloads/trades';

/**
 * When a feed publishes: after each market step, or on a timer (scaled by `speed`): every 20, 50,
 * 100, 250 or 500 ms (depth), every second (`second`: tickers, avgPrice, 1 s depth, 1s klines) or 2 s (`kline`).
 */
export type Cadence = 'realtime' | Exclude<DepthCadence, '1000ms'> | 'second' | 'kline';

/** A depth stream's cadence as the feed's. */
const depthCadence = (every: DepthCadence): Cadence => (every === '1000ms' ? 'second' : every);

export interface Feed {
  readonly cadence: Cadence;
  /** Payloads of a market step (real-time feeds). */
  onStep?(results: StepResults, now: number): unknown[];
  /** Payloads due on the feed's timer (periodic feeds). */
  poll?(now: number): unknown[];
  /** A payload of the current state, on demand (faults, flood). */
  sample(now: number): unknown;
  /** Payloads a flood cycles through, `levels` price levels per side (diff depth only). */
  floodSamples?(now: number, levels: number): unknown[];
  /**
   * A flood numbered its payloads with the book's update ids up to `lastId`: the book moves its
   * update id there, so a REST snapshot taken afterwards lines up with the stream.
   */
  flooded?(lastId: number): void;
  dispose?(): void;
}

/** The feed of a stream, or undefined for a symbol the market does not have (no data). */
export function openFeed(spec: StreamSpec, market: Market): Feed | undefined {
  if (spec.kind === 'allMiniTickers' || spec.kind === 'allRollingTickers') {
    const build =
      spec.kind === 'allMiniTickers'
        ? (m: SymbolMarket, now: number) => miniTickerPayload(m, now)
        : (m: SymbolMarket, now: number) => rollingTickerPayload(m, spec.window, now);
    return allMarketFeed(market, build);
  }
  if (spec.kind === 'replay') return replayFeed(spec.payloads);
  if (spec.kind === 'usdm') return openUsdmFeed(spec, market);
  const m = market.get(spec.symbol);
  if (m === undefined) return undefined;
  switch (spec.kind) {
    case 'trade':
      return realtime(
        m,
        (r, now) => r.trades.map((t) => tradePayload(m, t, now)),
        (now) => tradePayload(m, lastOrSynthetic(m, m.lastTrade, now), now),
      );
    case 'aggTrade':
      return realtime(
        m,
        (r, now) => r.aggTrades.map((a) => aggTradePayload(m, a, now)),
        (now) => {
          const t = lastOrSynthetic(m, m.lastAggTrade, now);
          return aggTradePayload(m, m.lastAggTrade ?? { ...t, firstId: 0, lastId: 0 }, now);
        },
      );
    case 'blockTrade':
      return realtime(
        m,
        (r, now) => r.blockTrades.map((t) => blockTradePayload(m, t, now)),
        (now) => blockTradePayload(m, lastOrSynthetic(m, m.lastBlockTrade, now), now),
      );
    case 'bookTicker':
      return {
        ...realtime(
          m,
          (r) => (r.bestChanged ? [bookTickerPayload(m)] : []),
          () => bookTickerPayload(m),
        ),
        flooded: (lastId) => advanceUpdateId(m, lastId),
      };
    case 'referencePrice':
      return periodic('second', (now) => referencePricePayload(m, now));
    case 'miniTicker':
      return periodic('second', (now) => miniTickerPayload(m, now));
    case 'ticker':
      return periodic('second', (now) => tickerPayload(m, now));
    case 'avgPrice':
      return periodic('second', (now) => avgPricePayload(m, now));
    case 'rollingTicker':
      return periodic('second', (now) => rollingTickerPayload(m, spec.window, now));
    case 'partialDepth':
      return periodic(depthCadence(spec.every), () => partialDepthPayload(m, spec.levels));
    case 'diffDepth':
      return diffFeed(m, depthCadence(spec.every));
    case 'kline':
      return klineFeed(m, spec.interval, spec.offsetMs);
  }
}

/** A spec channel's examples, one per second in turn (sim/streams/replay.ts). */
function replayFeed(payloads: readonly unknown[]): Feed {
  let next = 0;
  const take = (): unknown => payloads[next++ % payloads.length];
  return { cadence: 'second', poll: () => [take()], sample: () => payloads[0] };
}

function diffFeed(m: SymbolMarket, cadence: Cadence): Feed {
  const collector = new DiffCollector(m);
  return {
    cadence,
    poll: (now) => {
      const payload = collector.take(now);
      return payload === undefined ? [] : [payload];
    },
    sample: (now) => {
      const { bids, asks, lastUpdateId } = partialDepthPayload(m, 1);
      return diffDepthPayload(m, now, lastUpdateId, lastUpdateId, bids, asks);
    },
    floodSamples: (now, levels) => floodDiffPayloads(m, now, levels),
    flooded: (lastId) => advanceUpdateId(m, lastId),
    dispose: () => collector.dispose(),
  };
}

function advanceUpdateId(m: SymbolMarket, lastId: number): void {
  if (lastId > m.book.updateId) m.book.updateId = lastId;
}
