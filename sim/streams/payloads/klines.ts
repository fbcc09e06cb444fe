/** Kline payload of a running or just-closed bar. */
import type { KlineBar } from '../../market/klines';
import type { SymbolMarket } from '../../market/symbol-market';
import { price, qty, quote } from './format';

export const klinePayload = (
  m: SymbolMarket,
  interval: string,
  bar: KlineBar,
  now: number,
  closed: boolean,
) => ({
  e: 'kline',
  E: now,
  s: m.symbol,
  k: {
    t: bar.openTime,
    T: bar.closeTime,
    s: m.symbol,
    i: interval,
    f: bar.firstId,
    L: bar.lastId,
    o: price(m, bar.open),
    c: price(m, bar.close),
    h: price(m, bar.high),
    l: price(m, bar.low),
    v: qty(m, bar.volume),
    n: bar.count,
    x: closed,
    q: quote(bar.quote),
    V: qty(m, bar.takerBuyVolume),
    Q: quote(bar.takerBuyQuote),
    B: '0',
  },
});
