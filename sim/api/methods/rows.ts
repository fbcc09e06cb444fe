/**
 * Rows several products' REST answers share (Spot `/api/v3`, USDⓈ-M `/fapi/v1`): a trade, a
 * kline bar, and the bars a `startTime` / `endTime` / `limit` request picks.
 */
import type { KlineBar } from '../../market/klines';
import type { SymbolMarket, Trade } from '../../market/symbol-market';
import { price, qty, quote } from '../../streams/payloads/format';
import type { Params } from '../params';
import { millis } from '../time-params';

/** A trade's fields common to `trades`, `historicalTrades` and block trades. */
export const tradeFields = (m: SymbolMarket, t: Trade) => ({
  id: t.id,
  price: price(m, t.price),
  qty: qty(m, t.qty),
  quoteQty: quote(((t.price * m.spec.tickE8) / 1e8) * ((t.qty * m.spec.lotE8) / 1e8)),
  time: t.time,
  isBuyerMaker: t.buyerMaker,
});

/** A kline bar as `klines` lists it: an array, open time first. */
export const klineRow = (m: SymbolMarket, bar: KlineBar) => [
  bar.openTime,
  price(m, bar.open),
  price(m, bar.high),
  price(m, bar.low),
  price(m, bar.close),
  qty(m, bar.volume),
  bar.closeTime,
  quote(bar.quote),
  bar.count,
  qty(m, bar.takerBuyVolume),
  quote(bar.takerBuyQuote),
  '0',
];

/** The bars from `startTime` (the first `limit`), else the last `limit`, up to `endTime`. */
export function requestedBars(
  bars: readonly KlineBar[],
  params: Params,
  limit: number,
): KlineBar[] {
  const start = millis(params, 'startTime');
  const end = millis(params, 'endTime');
  const within = bars.filter(
    (b) => b.openTime >= (start ?? 0) && b.openTime <= (end ?? Number.MAX_SAFE_INTEGER),
  );
  return start !== undefined ? within.slice(0, limit) : within.slice(-limit);
}
