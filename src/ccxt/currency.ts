/**
 * Unified currency codes, like ccxt's binance `safeCurrencyCode`: the asset id upper-cased, then
 * renamed where ccxt renames it (its base class and its binance class list these).
 */
const COMMON_CODES: Readonly<Record<string, string>> = {
  XBT: 'BTC',
  BCHSV: 'BSV',
  BCC: 'BCC',
  YOYO: 'YOYOW',
};

/** `bnb` -> `BNB`, `YOYO` -> `YOYOW`; none for undefined, null or ''. */
export function currencyCode(id: string | null | undefined): string | undefined {
  if (id === undefined || id === null || id === '') return undefined;
  const upper = id.toUpperCase();
  return COMMON_CODES[upper] ?? upper;
}
