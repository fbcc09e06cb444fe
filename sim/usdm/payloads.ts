/**
 * USDⓈ-M stream payloads, with Binance's futures field names and order (spec/usdm/channels/):
 * the Spot payload builders where the shapes match, reshaped where futures differ (no `M`,
 * `T` transaction times, `pu` on depth updates).
 */
import type { AggTrade, SymbolMarket } from '../market/symbol-market';
import { price, qty } from '../streams/payloads/format';
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
