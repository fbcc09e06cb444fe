/**
 * The klines of a symbol for any interval and `timeZone`, oldest first, the running one last.
 * The market keeps series in UTC and UTC+8; another time zone reuses the UTC series where the
 * offset does not move the bars (a 1h bar in UTC+5), and otherwise regroups the bars of the
 * largest UTC interval that fits both the offset and the interval (15m bars for 1d in UTC+5:45).
 */
import {
  klineCloseTime,
  klineOpenTime,
  UTC8_OFFSET_MS,
  type KlineInterval,
} from '../../market/kline-intervals';
import type { KlineBar } from '../../market/klines';
import { klineKey, type SymbolMarket } from '../../market/symbol-market';

/** UTC intervals a regrouped series may be built from, largest first. */
const BASES: readonly KlineInterval[] = ['1h', '30m', '15m', '5m', '3m', '1m'];

const sizeOf = (interval: KlineInterval): number | undefined =>
  interval === '1M' ? undefined : klineCloseTime(interval, 0) + 1;

export function klineBars(m: SymbolMarket, interval: KlineInterval, offsetMs: number): KlineBar[] {
  const size = sizeOf(interval);
  const utc =
    offsetMs === 0 || (size !== undefined && size < 7 * 86_400_000 && offsetMs % size === 0);
  if (utc || offsetMs === UTC8_OFFSET_MS) {
    return stored(m, interval, utc ? 0 : UTC8_OFFSET_MS);
  }
  const base = BASES.find((b) => {
    const baseSize = sizeOf(b)!;
    return offsetMs % baseSize === 0 && (size === undefined || size % baseSize === 0);
  })!;
  return regroup(stored(m, base, 0), interval, offsetMs);
}

function stored(m: SymbolMarket, interval: KlineInterval, offsetMs: number): KlineBar[] {
  const series = m.klines.get(klineKey(interval, offsetMs))!;
  return [...series.history, series.current];
}

/** Bars of `interval` in UTC+`offsetMs` made of smaller UTC bars, as a running series adds steps. */
function regroup(bars: readonly KlineBar[], interval: KlineInterval, offsetMs: number): KlineBar[] {
  const out: KlineBar[] = [];
  for (const bar of bars) {
    const openTime = klineOpenTime(interval, bar.openTime, offsetMs);
    let group = out[out.length - 1];
    if (group === undefined || group.openTime !== openTime) {
      group = { ...bar, openTime, closeTime: klineCloseTime(interval, openTime, offsetMs) };
      out.push(group);
      continue;
    }
    if (bar.count > 0) {
      if (group.count === 0) {
        group.open = bar.open;
        group.high = bar.high;
        group.low = bar.low;
        group.firstId = bar.firstId;
      } else {
        group.high = Math.max(group.high, bar.high);
        group.low = Math.min(group.low, bar.low);
      }
      group.lastId = bar.lastId;
    }
    group.close = bar.close;
    group.volume += bar.volume;
    group.quote += bar.quote;
    group.takerBuyVolume += bar.takerBuyVolume;
    group.takerBuyQuote += bar.takerBuyQuote;
    group.count += bar.count;
  }
  return out;
}
