/**
 * The small functions a CCXT mapping in spec/ccxt/ may name (`helper:` and the `lower` / `map`
 * modifiers): each reads a few wire values the way ccxt's binance class does.
 */
import { stringGt } from './precise';
import { omitZero, text } from './values';

/** Lower case, like ccxt's `safeStringLower` (none for '' and null). */
export function lower(value: string | null | undefined): string | undefined {
  return text(value)?.toLowerCase();
}

/**
 * The value through a value map (keys are the wire values as text); a value the map does not
 * list passes through as text, like ccxt's `safeString(map, value, value)`.
 */
export function mapValue(
  map: Readonly<Record<string, string>>,
  value: string | number | boolean | null | undefined,
): string | undefined {
  const key = typeof value === 'boolean' ? String(value) : text(value);
  if (key === undefined) return undefined;
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : key;
}

/** The first value that is not empty (an executionReport's `C`, else `c`). */
export function firstNonEmpty(...values: (string | null | undefined)[]): string | undefined {
  return values.find((v): v is string => v !== undefined && v !== null && v.length > 0);
}

/** A price, or `undefined` when zero (Binance's `stopPrice` of an order without trigger). */
export function nonZero(value: string | undefined): string | undefined {
  return omitZero(text(value));
}

/** Post-only: a LIMIT_MAKER order, or time in force GTX (`PO`). */
export function postOnly(type: string | undefined, timeInForce: string | undefined): boolean {
  return lower(type) === 'limit_maker' || timeInForce === 'GTX' || timeInForce === 'PO';
}

/**
 * When an order (REST answer) last traded, like ccxt's binance `parseOrder`: its update time
 * when it is closed, or open with something filled; unknown otherwise.
 */
export function lastTradeTime(
  status: string | undefined,
  filled: string | undefined,
  time: number | undefined,
): number | undefined {
  if (status === 'closed') return time;
  if (status === 'open' && stringGt(filled, '0')) return time;
  return undefined;
}

/** The transaction time of an execution report that is a trade (`x` = TRADE); else none. */
export function tradeTime(executionType: string, time: number): number | undefined {
  return executionType === 'TRADE' ? time : undefined;
}

/**
 * A copy sorted by the keys (the second breaks ties of the first), ascending and stable, exactly
 * like ccxt's `sortBy` / `sortBy2` on parsed lists: values compare with `<` and `>`, so missing
 * values compare as equal and text ids as text (`'10'` before `'9'` within one millisecond, as in
 * ccxt).
 */
export function sortByKeys<T extends object>(
  items: readonly T[],
  keys: readonly (string | number)[],
): T[] {
  const at = (item: T, key: string | number) =>
    (item as Record<string | number, unknown>)[key] as number | string;
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const [x, y] = [at(a, key), at(b, key)];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}
