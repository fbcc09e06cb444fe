/**
 * The feeds of the USDⓈ-M streams, on the shared market (see model.ts), liquidations
 * (force-orders.ts) and indexes (indexes.ts). No feed (silence, as Binance gives) for a stream
 * subscribed on the other route, for a symbol or index the simulation lacks, and for contract
 * changes (`!contractInfo`: none happen).
 */
import type { Market } from '../market/market';
import type { SymbolMarket } from '../market/symbol-market';
import { allMarketFeed, klineFeed, periodic } from '../streams/feed-kinds';
import type { Cadence, Feed } from '../streams/feeds';
import { DiffCollector, floodDiffPayloads } from '../streams/payloads/depth';
import { miniTickerPayload } from '../streams/payloads/tickers';
import { lastOrSynthetic } from '../streams/payloads/trades';
import { allForceOrdersFeed, forceOrderFeed } from './force-orders';
import {
  COMPOSITE_INDEX_SYMBOL,
  allAssetIndexes,
  assetIndexMarket,
  assetIndexPayload,
  compositeIndexPayload,
} from './indexes';
import { ROUTE_OF, type UsdmStream, type UsdmStreamSpec } from './names';
import {
  continuousKlinePayload,
  markPricePayload,
  usdmAggTradePayload,
  usdmBookTickerPayload,
  usdmDepthPayload,
  usdmPartialDepthPayload,
  usdmTickerPayload,
} from './payloads';
import { tradingSessionFeed } from './trading-sessions';

export function openUsdmFeed(spec: UsdmStreamSpec, market: Market): Feed | undefined {
  const { stream } = spec;
  if (ROUTE_OF[stream.type] !== spec.route) return undefined;
  switch (stream.type) {
    case 'allMarkPrices': {
      const build = (now: number) => [...market.all()].map((m) => markPricePayload(m, now));
      return periodic(stream.fast ? 'second' : 'kline', build);
    }
    case 'allMiniTickers':
      return allMarketFeed(market, miniTickerPayload);
    case 'allTickers':
      return allMarketFeed(market, usdmTickerPayload);
    case 'allBookTickers':
      return allBookTickersFeed(market);
    case 'tradingSession':
      return tradingSessionFeed();
    case 'allForceOrders':
      return allForceOrdersFeed(market);
    case 'allAssetIndexes':
      return periodic('second', (now) => allAssetIndexes(market, now));
    case 'assetIndex': {
      const m = assetIndexMarket(market, stream.asset);
      return m && periodic('second', (now) => assetIndexPayload(m, now));
    }
    case 'compositeIndex':
      return stream.symbol.toUpperCase() === COMPOSITE_INDEX_SYMBOL &&
        compositeIndexPayload(market, 0) !== undefined
        ? periodic('second', (now) => compositeIndexPayload(market, now))
        : undefined;
    case 'contractInfo':
      return undefined;
    default:
      return symbolFeed(stream, market);
  }
}

type SymbolStream = Extract<UsdmStream, { readonly symbol: string }>;

function symbolFeed(stream: SymbolStream, market: Market): Feed | undefined {
  const m = market.get(stream.symbol);
  if (m === undefined) return undefined;
  const key = m.symbol.toLowerCase();
  switch (stream.type) {
    case 'aggTrade':
      return {
        cadence: 'realtime',
        onStep: (results, now) =>
          (results.get(key)?.aggTrades ?? []).map((a) => usdmAggTradePayload(m, a, now)),
        sample: (now) => {
          const t = lastOrSynthetic(m, m.lastAggTrade, now);
          return usdmAggTradePayload(m, m.lastAggTrade ?? { ...t, firstId: 0, lastId: 0 }, now);
        },
      };
    case 'bookTicker':
      return {
        cadence: 'realtime',
        onStep: (results, now) =>
          results.get(key)?.bestChanged ? [usdmBookTickerPayload(m, now)] : [],
        sample: (now) => usdmBookTickerPayload(m, now),
      };
    case 'markPrice': {
      // 1 s, or the 3 s of the default stream at the exchange's 2 s cadence.
      const build = (now: number) => markPricePayload(m, now);
      return {
        cadence: stream.fast ? 'second' : 'kline',
        poll: (now) => [build(now)],
        sample: build,
      };
    }
    case 'diffDepth':
      return depthFeed(m, stream.every);
    // The simulation has no RPI orders: the RPI book is the book, at 500 ms.
    case 'rpiDiffDepth':
      return depthFeed(m, '500ms');
    case 'partialDepth':
      return partialDepthFeed(m, stream.levels, stream.every);
    case 'kline':
      return klineFeed(m, stream.interval, 0);
    case 'continuousKline':
      return klineFeed(m, stream.interval, 0, continuousKlinePayload(stream.contractType));
    case 'forceOrder':
      return forceOrderFeed([m]);
    case 'miniTicker':
      return periodic('second', (now) => miniTickerPayload(m, now));
    case 'ticker':
      return periodic('second', (now) => usdmTickerPayload(m, now));
    default:
      return undefined;
  }
}

/** `!bookTicker`: a bookTicker of each symbol whose best bid or ask changed in the step. */
function allBookTickersFeed(market: Market): Feed {
  return {
    cadence: 'realtime',
    onStep: (results, now) =>
      [...market.all()]
        .filter((m) => results.get(m.symbol.toLowerCase())?.bestChanged)
        .map((m) => usdmBookTickerPayload(m, now)),
    sample: (now) => usdmBookTickerPayload([...market.all()][0]!, now),
  };
}

/** Partial depth with `pu`: the top levels at the stream's speed, each `pu` the `u` before. */
function partialDepthFeed(m: SymbolMarket, levels: number, every: Cadence): Feed {
  let previousFinal = m.book.updateId;
  return {
    cadence: every,
    poll: (now) => {
      const payload = usdmPartialDepthPayload(m, levels, now, previousFinal);
      previousFinal = payload.u;
      return [payload];
    },
    sample: (now) => usdmPartialDepthPayload(m, levels, now, previousFinal),
  };
}

/**
 * Diff depth with `pu`: each event's `pu` is the `u` of the one before (the book's update id when
 * the feed opened, for the first), at the stream's speed (250 ms, `@500ms` or `@100ms`). A flood
 * (benchmarks) sends Spot's flood diffs reshaped, each `pu` the `u` before it (sim/streams/flood.ts
 * numbers them), and moves the book's update id to its last, as Spot's diff depth does.
 */
function depthFeed(m: SymbolMarket, every: Cadence): Feed {
  const collector = new DiffCollector(m);
  let previousFinal = m.book.updateId;
  return {
    cadence: every,
    poll: (now) => {
      const spot = collector.take(now);
      if (spot === undefined) return [];
      const payload = usdmDepthPayload(spot, previousFinal);
      previousFinal = spot.u;
      return [payload];
    },
    sample: (now) =>
      usdmDepthPayload(
        { E: now, s: m.symbol, U: m.book.updateId, u: m.book.updateId, b: [], a: [] },
        m.book.updateId,
      ),
    floodSamples: (now, levels) =>
      floodDiffPayloads(m, now, levels).map((spot) => usdmDepthPayload(spot, spot.u)),
    flooded: (lastId) => {
      if (lastId > m.book.updateId) m.book.updateId = lastId;
      previousFinal = m.book.updateId;
    },
    dispose: () => collector.dispose(),
  };
}
