/**
 * How ccxt reads a wire value: `safeString` (null and the empty string count as absent, numbers
 * become text), `parseNumber` (text to a JS number), `omitZero`, and its ISO 8601 timestamps.
 */

/** A wire value as text, like ccxt's `safeString`: none for undefined, null, '' and non-numbers. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** The fields with null and '' as `undefined` (shallow): ccxt reads both as absent. */
export function present<T extends object>(fields: T): T {
  let result: Record<string, unknown> | undefined;
  for (const key in fields) {
    const value = (fields as Record<string, unknown>)[key];
    if (value !== '' && value !== null) continue;
    result ??= { ...fields } as Record<string, unknown>;
    result[key] = undefined;
  }
  return (result ?? fields) as T;
}

/** Text to a number, like ccxt's `parseNumber`: nothing for none, '' and what is not a number. */
export function toNumber(value: string | number | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const result = Number(value);
  return Number.isNaN(result) ? undefined : result;
}

/** `undefined` for a missing, empty or zero value, like ccxt's `omitZero`. */
export function omitZero(value: string | undefined): string | undefined {
  if (value === undefined || value === '' || Number.parseFloat(value) === 0) return undefined;
  return value;
}

/** An integer, like ccxt's `safeInteger`: text is read and truncated. */
export function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
  if (typeof value === 'string' && value !== '') {
    const result = Math.trunc(Number(value));
    return Number.isFinite(result) ? result : undefined;
  }
  return undefined;
}

/** Largest time ISO 8601 (and ccxt) can show: 100,000,000 days after the epoch. */
const MAX_TIME = 8.64e15;

/** The last second formatted (`2017-07-07T05:34:18.`): a feed's timestamps share seconds. */
let cachedSecond = NaN;
let cachedPrefix = '';

/** `2017-07-07T05:34:18.657Z` for milliseconds since the epoch; `undefined` for none or < 0. */
export function iso8601(timestamp: number | undefined): string | undefined {
  if (timestamp === undefined || !Number.isFinite(timestamp)) return undefined;
  const ms = Math.floor(timestamp);
  if (ms < 0 || ms > MAX_TIME) return undefined;
  const second = Math.floor(ms / 1000);
  if (second !== cachedSecond) {
    cachedPrefix = new Date(second * 1000).toISOString().slice(0, -4);
    cachedSecond = second;
  }
  const millis = ms - second * 1000;
  return `${cachedPrefix}${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}
