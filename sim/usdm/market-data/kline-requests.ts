/**
 * What every USDⓈ-M kline request shares (`klines`, `continuousKlines`, `indexPriceKlines`,
 * `markPriceKlines`, `premiumIndexKlines`): the weight by `limit`, the intervals (Spot's but
 * `1s`), and the bars a `startTime` / `endTime` / `limit` request picks from a symbol's UTC series.
 */
import type { Params } from '../../api/params';
import { errors } from '../../api/errors';
import { klineBars } from '../../api/methods/kline-bars';
import { requestedBars } from '../../api/methods/rows';
import { KLINE_INTERVALS, type KlineInterval } from '../../market/kline-intervals';
import type { KlineBar } from '../../market/klines';
import type { SymbolMarket } from '../../market/symbol-market';

/** Futures have every Spot interval but `1s`. */
export const FUTURES_INTERVALS = KLINE_INTERVALS.filter((i) => i !== '1s');

/** Binance's kline weight: [1,100): 1; [100,500): 2; [500,1000]: 5; above 1000: 10. */
export const klineWeight = (params: Params): number => {
  const limit = Number(params.string('limit') ?? 500);
  return limit < 100 ? 1 : limit < 500 ? 2 : limit <= 1000 ? 5 : 10;
};

/** The bars of `m` a request asks for (its `interval`, time range and `limit`), oldest first. */
export function requestedKlineBars(m: SymbolMarket, params: Params): KlineBar[] {
  const interval = params.oneOf(
    'interval',
    FUTURES_INTERVALS,
    true,
    errors.badInterval,
  ) as KlineInterval;
  return requestedBars(klineBars(m, interval, 0), params, params.limit('limit', 500, 1, 1500));
}
