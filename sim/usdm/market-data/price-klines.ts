/**
 * `continuousKlines`, `indexPriceKlines`, `markPriceKlines` and `premiumIndexKlines` of the local
 * exchange, from the same candle series as `klines` (sim/usdm/model.ts says what each price is):
 * - continuous klines of a pair's PERPETUAL are its perpetual's klines; the simulation lists no
 *   delivery contracts, so CURRENT_QUARTER / NEXT_QUARTER answer no bars;
 * - the index price is the last trade's price, so index bars are the trade bars' prices;
 * - the mark price is the book's mid, which the simulation does not keep over time: closed mark
 *   bars are the trade bars' prices, and the running bar closes at the present mark price;
 * - premium bars follow from those two: 0 for closed bars (mark and index bars are the same
 *   there), the present premium for the running bar.
 * Volumes are unused on the index, mark and premium bars ("0", as Binance sends them); their
 * count is the bar's number of trades (each trade moves the index).
 */
import type { ApiDeps } from '../../api/deps';
import type { ApiMethod, CallContext } from '../../api/method';
import type { Params } from '../../api/params';
import { marketOf } from '../../api/methods/market-of';
import { klineRow } from '../../api/methods/rows';
import type { KlineBar } from '../../market/klines';
import type { SymbolMarket } from '../../market/symbol-market';
import { formatFloat } from '../../market/decimal';
import { price } from '../../streams/payloads/format';
import { indexTicks, markTicks } from '../model';
import { klineWeight, requestedKlineBars } from './kline-requests';

/** A bar of a price that has no volume: its four prices as written, then Binance's zeros. */
const priceRow = (bar: KlineBar, ohlc: readonly [string, string, string, string]) => [
  bar.openTime,
  ...ohlc,
  '0',
  bar.closeTime,
  '0',
  bar.count,
  '0',
  '0',
  '0',
];

/** The bar still open at `now` (the series' last). */
const isRunning = (bar: KlineBar, now: number) => bar.closeTime >= now;

/** The trade bar's prices, the running bar closing at `last` ticks (high and low stretched to it). */
function ticksRow(m: SymbolMarket, bar: KlineBar, running: boolean, last: number) {
  const close = running ? last : bar.close;
  const high = Math.max(bar.high, close);
  const low = Math.min(bar.low, close);
  return priceRow(bar, [price(m, bar.open), price(m, high), price(m, low), price(m, close)]);
}

/** The premium of the mark price over the index, as Binance writes it. */
const premium = (m: SymbolMarket): string => {
  const index = indexTicks(m);
  return formatFloat(index === 0 ? 0 : (markTicks(m) - index) / index, 8);
};

export function usdmPriceKlineMethods(deps: ApiDeps): ApiMethod[] {
  const get = (path: string) => ({ method: 'GET', path: `/fapi/v1/${path}` }) as const;
  const bySymbol = (params: Params) => marketOf(deps, params.string('symbol', true));
  /** A pair's perpetual: the simulation's contracts are perpetuals whose pair is their symbol. */
  const byPair = (params: Params) => marketOf(deps, params.string('pair', true));
  const rows =
    (of: (params: Params) => SymbolMarket, last: (m: SymbolMarket) => number) =>
    (params: Params, ctx: CallContext) => {
      const m = of(params);
      const bars = requestedKlineBars(m, params);
      return bars.map((bar) => ticksRow(m, bar, isRunning(bar, ctx.now), last(m)));
    };
  const continuous = (params: Params) => {
    const m = byPair(params);
    const type = params.string('contractType', true);
    return type === 'PERPETUAL' ? requestedKlineBars(m, params).map((b) => klineRow(m, b)) : [];
  };
  const premiumBars = (params: Params, ctx: CallContext) => {
    const m = bySymbol(params);
    const present = premium(m);
    return requestedKlineBars(m, params).map((bar) => {
      const p = isRunning(bar, ctx.now) ? present : '0';
      return priceRow(bar, [p, p, p, p]);
    });
  };
  const method = (path: string, handle: ApiMethod['handle']): ApiMethod => ({
    rest: get(path),
    security: 'NONE',
    weight: klineWeight,
    handle,
  });
  return [
    method('continuousKlines', continuous),
    method('indexPriceKlines', rows(byPair, indexTicks)),
    method('markPriceKlines', rows(bySymbol, markTicks)),
    method('premiumIndexKlines', premiumBars),
  ];
}
