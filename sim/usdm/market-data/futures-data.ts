/**
 * The `/futures/data/` statistic the simulated market has the data for: taker buy and sell
 * volume per period (`takerlongshortRatio`), from the same candles as `klines` (a bar's taker buy
 * volume, and the rest of its volume as taker sells), each point at its period's start (the docs'
 * examples fall on period boundaries; which end Binance stamps is not stated). The other statistics (open interest
 * history, long/short ratios of accounts and positions, basis, delivery prices) need state the
 * simulation does not keep and replay their spec examples.
 */
import type { ApiDeps } from '../../api/deps';
import type { ApiMethod } from '../../api/method';
import { marketOf } from '../../api/methods/market-of';
import { requestedBars } from '../../api/methods/rows';
import { klineBars } from '../../api/methods/kline-bars';
import type { KlineInterval } from '../../market/kline-intervals';
import { formatFloat } from '../../market/decimal';
import { baseValue } from '../../streams/payloads/format';

/** The periods of the statistics (each a kline interval). */
const PERIODS = ['5m', '15m', '30m', '1h', '2h', '4h', '6h', '12h', '1d'] as const;

export function usdmFuturesDataMethods(deps: ApiDeps): ApiMethod[] {
  return [
    {
      rest: { method: 'GET', path: '/futures/data/takerlongshortRatio' },
      security: 'NONE',
      weight: 0,
      handle: (params) => {
        const m = marketOf(deps, params.string('symbol', true));
        const period = params.oneOf('period', PERIODS, true) as KlineInterval;
        const bars = requestedBars(
          klineBars(m, period, 0),
          params,
          params.limit('limit', 30, 1, 500),
        );
        return bars.map((bar) => {
          const buy = baseValue(m, bar.takerBuyVolume);
          const sell = baseValue(m, bar.volume - bar.takerBuyVolume);
          return {
            buySellRatio: formatFloat(sell === 0 ? 0 : buy / sell, 4),
            buyVol: formatFloat(buy, 8),
            sellVol: formatFloat(sell, 8),
            timestamp: bar.openTime,
          };
        });
      },
    },
  ];
}
