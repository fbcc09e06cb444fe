/**
 * Ticker answers in the REST / WebSocket API shapes (`rest-api.md`, "24hr ticker price change
 * statistics", "Trading Day Ticker", "Rolling window price change statistics"), FULL or MINI,
 * from the same statistics and formatters the ticker streams use.
 */
import type { SymbolMarket } from '../../market/symbol-market';
import { baseValue, percent, price, qty, quote } from '../../streams/payloads/format';
import { tickerPayload } from '../../streams/payloads/tickers';

/** `ticker/24hr`: the last 24 hours up to now. */
export function ticker24(m: SymbolMarket, now: number, mini: boolean) {
  const t = tickerPayload(m, now);
  const tail = {
    openPrice: t.o,
    highPrice: t.h,
    lowPrice: t.l,
    volume: t.v,
    quoteVolume: t.q,
    openTime: t.O,
    closeTime: t.C,
    firstId: t.F,
    lastId: t.L,
    count: t.n,
  };
  if (mini) {
    const { openPrice, highPrice, lowPrice, ...rest } = tail;
    return { symbol: t.s, openPrice, highPrice, lowPrice, lastPrice: t.c, ...rest };
  }
  return {
    symbol: t.s,
    priceChange: t.p,
    priceChangePercent: t.P,
    weightedAvgPrice: t.w,
    prevClosePrice: t.x,
    lastPrice: t.c,
    lastQty: t.Q,
    bidPrice: t.b,
    bidQty: t.B,
    askPrice: t.a,
    askQty: t.A,
    ...tail,
  };
}

/**
 * `ticker` and `ticker/tradingDay`: the trades from `openTime` (a minute boundary) on; the
 * answer says `closeTime` (now for rolling windows, the end of the day for trading days).
 */
export function windowTicker(m: SymbolMarket, openTime: number, closeTime: number, mini: boolean) {
  const w = m.stats.window(openTime);
  const stats = {
    openPrice: price(m, w.open),
    highPrice: price(m, w.high),
    lowPrice: price(m, w.low),
    lastPrice: price(m, w.close),
    volume: qty(m, w.volume),
    quoteVolume: quote(w.quote),
    openTime,
    closeTime,
    firstId: w.firstId,
    lastId: w.lastId,
    count: w.count,
  };
  if (mini) return { symbol: m.symbol, ...stats };
  return {
    symbol: m.symbol,
    priceChange: price(m, w.close - w.open),
    priceChangePercent: percent(w.open, w.close),
    weightedAvgPrice: quote(w.volume === 0 ? 0 : w.quote / baseValue(m, w.volume)),
    ...stats,
  };
}
