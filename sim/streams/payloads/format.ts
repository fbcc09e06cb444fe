/** Wire formatting of a symbol's ticks and lots. */
import { formatE8, formatFloat } from '../../market/decimal';
import type { SymbolMarket } from '../../market/symbol-market';

export const price = (m: SymbolMarket, ticks: number): string => formatE8(ticks * m.spec.tickE8);
export const qty = (m: SymbolMarket, lots: number): string => formatE8(lots * m.spec.lotE8);
export const quote = (value: number): string => formatFloat(value, 8);

/** Base volume of `lots` as a plain number (for averages). */
export const baseValue = (m: SymbolMarket, lots: number): number => (lots * m.spec.lotE8) / 1e8;

/** Percent change with three places, as Binance's tickers send it. */
export const percent = (from: number, to: number): string =>
  formatFloat(from === 0 ? 0 : ((to - from) / from) * 100, 3);
