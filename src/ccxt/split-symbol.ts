/**
 * A unified symbol without markets: `BTCUSDT` -> `BTC/USDT`, by the quote assets below (longest
 * match first, so `FDUSD` wins over `USD`-ending guesses). A deliberate deviation from ccxt,
 * which gives back the raw id (`BTCUSDT`) when its markets are not loaded; pass
 * `ccxtMarkets(…)` in the context for exact symbols of every market.
 */
import { currencyCode } from './currency';

/** Quote assets of Binance Spot, as listed in the README ("CCXT structures"). */
export const KNOWN_QUOTE_ASSETS: readonly string[] = [
  'USDT',
  'USDC',
  'FDUSD',
  'BUSD',
  'TUSD',
  'USDP',
  'DAI',
  'BTC',
  'ETH',
  'BNB',
  'XRP',
  'TRX',
  'DOGE',
  'DOT',
  'SOL',
  'EUR',
  'GBP',
  'TRY',
  'BRL',
  'ARS',
  'AUD',
  'JPY',
  'MXN',
  'PLN',
  'RON',
  'UAH',
  'ZAR',
  'COP',
  'CZK',
  'IDR',
  'BIDR',
  'NGN',
  'RUB',
  'BKRW',
  'VAI',
  'PAX',
  'UST',
];

// Sorted on first use: a module-level call would keep this module in bundles that never split.
let byLength: readonly string[] | undefined;
const quotesByLength = () =>
  (byLength ??= [...KNOWN_QUOTE_ASSETS].sort((a, b) => b.length - a.length));

/** Ids already split: a feed repeats a few symbols for ever. Bounded (Binance lists ~3,000). */
const split = new Map<string, string>();
const MAX_CACHED = 10_000;

/** `BTCUSDT` -> `BTC/USDT`; an id that ends in no known quote asset is returned as it is. */
export function splitSymbol(id: string): string {
  let symbol = split.get(id);
  if (symbol === undefined) {
    symbol = splitUncached(id);
    if (split.size >= MAX_CACHED) split.clear();
    split.set(id, symbol);
  }
  return symbol;
}

/**
 * A USDⓈ-M contract id as ccxt symbols it: `BTCUSDT` -> `BTC/USDT:USDT` (settled in its quote
 * asset), `BTCUSDT_261225` -> `BTC/USDT:USDT-261225` (delivered on that date); an id that does
 * not split is returned as it is.
 */
export function splitContractSymbol(id: string): string {
  const [pair, expiry, ...rest] = id.split('_');
  if (rest.length > 0 || (expiry !== undefined && !/^\d{6}$/.test(expiry))) return id;
  const spot = splitSymbol(pair!);
  const quote = spot.split('/')[1];
  if (quote === undefined) return id;
  return expiry === undefined ? `${spot}:${quote}` : `${spot}:${quote}-${expiry}`;
}

function splitUncached(id: string): string {
  const upper = id.toUpperCase();
  for (const quote of quotesByLength()) {
    if (upper.length > quote.length && upper.endsWith(quote)) {
      const base = upper.slice(0, upper.length - quote.length);
      return `${currencyCode(base)}/${currencyCode(quote)}`;
    }
  }
  return id;
}
