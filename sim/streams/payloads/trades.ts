/** Real-time payloads: trade, aggTrade, blockTrade, bookTicker. */
import type { AggTrade, SymbolMarket, Trade } from '../../market/symbol-market';
import { price, qty } from './format';

export const tradePayload = (m: SymbolMarket, t: Trade, now: number) => ({
  e: 'trade',
  E: now,
  s: m.symbol,
  t: t.id,
  p: price(m, t.price),
  q: qty(m, t.qty),
  T: t.time,
  m: t.buyerMaker,
  M: true,
});

/** An aggregate trade as REST `aggTrades` answers it; the stream payload adds `e`, `E`, `s`. */
export const aggTradeFields = (m: SymbolMarket, a: AggTrade) => ({
  a: a.id,
  p: price(m, a.price),
  q: qty(m, a.qty),
  f: a.firstId,
  l: a.lastId,
  T: a.time,
  m: a.buyerMaker,
  M: true,
});

export const aggTradePayload = (m: SymbolMarket, a: AggTrade, now: number) => ({
  e: 'aggTrade',
  E: now,
  s: m.symbol,
  ...aggTradeFields(m, a),
});

export const blockTradePayload = (m: SymbolMarket, t: Trade, now: number) => ({
  e: 'blockTrade',
  E: now,
  s: m.symbol,
  t: t.id,
  p: price(m, t.price),
  q: qty(m, t.qty),
  T: t.time,
  m: t.buyerMaker,
});

export const bookTickerPayload = (m: SymbolMarket) => {
  const bid = m.book.best('bid');
  const ask = m.book.best('ask');
  return {
    u: m.book.updateId,
    s: m.symbol,
    b: price(m, bid?.price ?? 0),
    B: qty(m, bid?.qty ?? 0),
    a: price(m, ask?.price ?? 0),
    A: qty(m, ask?.qty ?? 0),
  };
};

/** The last trade, or a one-lot trade at the mid price when nothing has traded yet. */
export const lastOrSynthetic = (m: SymbolMarket, last: Trade | undefined, now: number): Trade =>
  last ?? { id: 0, price: Math.round(m.mid), qty: 1, time: now, buyerMaker: false };
