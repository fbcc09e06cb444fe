/** The feeds of the USDⓈ-M streams, on the shared market (see model.ts). */
import type { Market } from '../market/market';
import type { SymbolMarket } from '../market/symbol-market';
import type { Cadence, Feed } from '../streams/feeds';
import { DiffCollector } from '../streams/payloads/depth';
import { lastOrSynthetic } from '../streams/payloads/trades';
import type { UsdmStream } from './names';
import {
  markPricePayload,
  usdmAggTradePayload,
  usdmBookTickerPayload,
  usdmDepthPayload,
} from './payloads';

export function openUsdmFeed(stream: UsdmStream, market: Market): Feed | undefined {
  if (stream.type === 'allMarkPrices') {
    const build = (now: number) => [...market.all()].map((m) => markPricePayload(m, now));
    return {
      cadence: stream.fast ? 'second' : 'kline',
      poll: (now) => [build(now)],
      sample: build,
    };
  }
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
  }
}

/**
 * Diff depth with `pu`: each event's `pu` is the `u` of the one before (the book's update id when
 * the feed opened, for the first), at the stream's speed (250 ms, `@500ms` or `@100ms`).
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
    dispose: () => collector.dispose(),
  };
}
