/**
 * The kinds of feed several products' streams share (sim/streams/feeds.ts for Spot,
 * sim/usdm/feeds.ts for USDⓈ-M): real-time per market step, periodic, klines, and the
 * `!…@arr` arrays of every symbol that traded.
 */
import type { Market, StepResults } from '../market/market';
import { klineKey, type SymbolMarket } from '../market/symbol-market';
import type { KlineBar } from '../market/klines';
import type { Cadence, Feed } from './feeds';
import { klinePayload } from './payloads/klines';

export function realtime(
  m: SymbolMarket,
  build: (result: NonNullable<ReturnType<StepResults['get']>>, now: number) => unknown[],
  sample: (now: number) => unknown,
): Feed {
  const key = m.symbol.toLowerCase();
  return {
    cadence: 'realtime',
    onStep: (results, now) => {
      const result = results.get(key);
      return result === undefined ? [] : build(result, now);
    },
    sample,
  };
}

export function periodic(cadence: Cadence, build: (now: number) => unknown): Feed {
  return { cadence, poll: (now) => [build(now)], sample: build };
}

/** Sends the running kline, preceded by the bar that closed since the last push (x: true). */
export function klineFeed(
  m: SymbolMarket,
  interval: string,
  offsetMs: number,
  payload: (
    m: SymbolMarket,
    interval: string,
    bar: KlineBar,
    now: number,
    closed: boolean,
  ) => unknown = klinePayload,
): Feed {
  const series = m.klines.get(klineKey(interval, offsetMs))!;
  let closedSent = series.closed?.openTime;
  return {
    cadence: interval === '1s' ? 'second' : 'kline',
    poll: (now) => {
      series.roll(now);
      const out: unknown[] = [];
      const closed = series.closed;
      if (closed !== undefined && closed.openTime !== closedSent) {
        out.push(payload(m, interval, closed, now, true));
        closedSent = closed.openTime;
      }
      out.push(payload(m, interval, series.current, now, false));
      return out;
    },
    sample: (now) => payload(m, interval, series.current, now, false),
  };
}

/** `!…@arr`: one array of the symbols that traded since the last push (all of them at first). */
export function allMarketFeed(
  market: Market,
  build: (m: SymbolMarket, now: number) => unknown,
): Feed {
  const seen = new Map<string, number>();
  return {
    cadence: 'second',
    poll: (now) => {
      const changed: unknown[] = [];
      for (const m of market.all()) {
        const last = m.lastTrade?.id ?? 0;
        if (seen.get(m.symbol) === last) continue;
        seen.set(m.symbol, last);
        changed.push(build(m, now));
      }
      return changed.length === 0 ? [] : [changed];
    },
    sample: (now) => [...market.all()].map((m) => build(m, now)),
  };
}
