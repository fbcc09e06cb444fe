/**
 * USDⓈ-M stream payloads, with Binance's futures field names and order (spec/usdm/channels/):
 * the Spot payload builders where the shapes match, reshaped where futures differ (no `M`,
 * `T` transaction times, `pu` on depth updates).
 */
import type { KlineBar } from '../market/klines';
import type { AggTrade, SymbolMarket } from '../market/symbol-market';
import { partialDepthPayload } from '../streams/payloads/depth';
import { price, qty } from '../streams/payloads/format';
import { klinePayload } from '../streams/payloads/klines';
import { tickerPayload } from '../streams/payloads/tickers';
import { bookTickerPayload } from '../streams/payloads/trades';
import { markValues } from './model';

export const usdmAggTradeFields = (m: SymbolMarket, a: AggTrade) => ({
  a: a.id,
  p: price(m, a.price),
  q: qty(m, a.qty),
  nq: qty(m, a.qty),
  f: a.firstId,
  l: a.lastId,
  T: a.time,
  m: a.buyerMaker,
});

export const usdmAggTradePayload = (m: SymbolMarket, a: AggTrade, now: number) => ({
  e: 'aggTrade',
  E: now,
  s: m.symbol,
  ...usdmAggTradeFields(m, a),
});

export const markPricePayload = (m: SymbolMarket, now: number) => {
  const v = markValues(m, now);
  return {
    e: 'markPriceUpdate',
    E: now,
    s: m.symbol,
    p: v.markPrice,
    i: v.indexPrice,
    P: v.estimatedSettlePrice,
    r: v.fundingRate,
    T: v.nextFundingTime,
  };
};

export const usdmBookTickerPayload = (m: SymbolMarket, now: number) => {
  const { u, s, b, B, a, A } = bookTickerPayload(m);
  return { e: 'bookTicker', u, E: now, T: now, s, b, B, a, A };
};

/** A Spot diff-depth payload as futures send it: `T`, and `pu` (the previous event's `u`). */
export const usdmDepthPayload = (
  spot: { E: number; s: string; U: number; u: number; b: unknown; a: unknown },
  previousFinal: number,
) => ({
  e: 'depthUpdate',
  E: spot.E,
  T: spot.E,
  s: spot.s,
  U: spot.U,
  u: spot.u,
  pu: previousFinal,
  b: spot.b,
  a: spot.a,
});

/** A continuous-contract kline: the pair and contract type instead of the symbol. */
export const continuousKlinePayload =
  (contractType: string) =>
  (m: SymbolMarket, interval: string, bar: KlineBar, now: number, closed: boolean) => {
    const { s: _symbol, ...k } = klinePayload(m, interval, bar, now, closed).k;
    return { e: 'continuous_kline', E: now, ps: m.symbol, ct: contractType.toUpperCase(), k };
  };

/** The 24h ticker as futures send it: no previous close, no best bid and ask. */
export const usdmTickerPayload = (m: SymbolMarket, now: number) => {
  const { e, E, s, p, P, w, c, Q, o, h, l, v, q, O, C, F, L, n } = tickerPayload(m, now);
  return { e, E, s, p, P, w, c, Q, o, h, l, v, q, O, C, F, L, n };
};

/** Partial depth as futures send it: a `depthUpdate` of the top levels with `U`, `u` and `pu`. */
export const usdmPartialDepthPayload = (
  m: SymbolMarket,
  levels: number,
  now: number,
  previousFinal: number,
) => {
  const { lastUpdateId, bids, asks } = partialDepthPayload(m, levels);
  return {
    e: 'depthUpdate',
    E: now,
    T: now,
    s: m.symbol,
    U: Math.min(previousFinal + 1, lastUpdateId),
    u: lastUpdateId,
    pu: previousFinal,
    b: bids,
    a: asks,
  };
};
