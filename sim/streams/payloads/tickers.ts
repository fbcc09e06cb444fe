/** Statistics payloads: mini tickers, 24h tickers, rolling windows, avgPrice, referencePrice. */
import type { SymbolMarket } from '../../market/symbol-market';
import type { TickerWindow } from '../names';
import { baseValue, percent, price, qty, quote } from './format';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const WINDOW_MS: Readonly<Record<TickerWindow, number>> = {
  '1h': 60 * MINUTE,
  '4h': 4 * 60 * MINUTE,
  '1d': DAY,
};

const weighted = (m: SymbolMarket, quoteVolume: number, lots: number): string =>
  quote(lots === 0 ? 0 : quoteVolume / baseValue(m, lots));

export const miniTickerPayload = (m: SymbolMarket, now: number) => {
  const w = m.stats.window(now - DAY);
  return {
    e: '24hrMiniTicker',
    E: now,
    s: m.symbol,
    c: price(m, w.close),
    o: price(m, w.open),
    h: price(m, w.high),
    l: price(m, w.low),
    v: qty(m, w.volume),
    q: quote(w.quote),
  };
};

export const tickerPayload = (m: SymbolMarket, now: number) => {
  const w = m.stats.window(now - DAY);
  const bid = m.book.best('bid');
  const ask = m.book.best('ask');
  return {
    e: '24hrTicker',
    E: now,
    s: m.symbol,
    p: price(m, w.close - w.open),
    P: percent(w.open, w.close),
    w: weighted(m, w.quote, w.volume),
    x: price(m, w.previousClose),
    c: price(m, w.close),
    Q: qty(m, m.lastTrade?.qty ?? 0),
    b: price(m, bid?.price ?? 0),
    B: qty(m, bid?.qty ?? 0),
    a: price(m, ask?.price ?? 0),
    A: qty(m, ask?.qty ?? 0),
    o: price(m, w.open),
    h: price(m, w.high),
    l: price(m, w.low),
    v: qty(m, w.volume),
    q: quote(w.quote),
    O: now - DAY,
    C: now,
    F: w.firstId,
    L: w.lastId,
    n: w.count,
  };
};

/** `<s>@ticker_<window>`: the open time starts on a minute, the close time is now. */
export const rollingTickerPayload = (m: SymbolMarket, window: TickerWindow, now: number) => {
  const open = Math.floor((now - WINDOW_MS[window]) / MINUTE) * MINUTE;
  const w = m.stats.window(open);
  return {
    e: `${window}Ticker`,
    E: now,
    s: m.symbol,
    p: price(m, w.close - w.open),
    P: percent(w.open, w.close),
    o: price(m, w.open),
    h: price(m, w.high),
    l: price(m, w.low),
    c: price(m, w.close),
    w: weighted(m, w.quote, w.volume),
    v: qty(m, w.volume),
    q: quote(w.quote),
    O: open,
    C: now,
    F: w.firstId,
    L: w.lastId,
    n: w.count,
  };
};

/** Volume-weighted average price of the last five minutes (of minute buckets). */
export const avgPricePayload = (m: SymbolMarket, now: number) => {
  const w = m.stats.window(Math.floor((now - 5 * MINUTE) / MINUTE) * MINUTE);
  return {
    e: 'avgPrice',
    E: now,
    s: m.symbol,
    i: '5m',
    w: w.volume === 0 ? price(m, w.close) : weighted(m, w.quote, w.volume),
    T: m.lastTrade?.time ?? now,
  };
};

/** The mid price as reference price; the payload has no event time, only `t`. */
export const referencePricePayload = (m: SymbolMarket, now: number) => ({
  e: 'referencePrice',
  s: m.symbol,
  r: price(m, Math.round(m.mid)),
  t: now,
});
