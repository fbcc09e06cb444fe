/**
 * Binance's time unit (`timeUnit`): the unit of every timestamp in answers and payloads.
 * MILLISECOND is Binance's default; with MICROSECOND, `E`, `T`, `time`, `transactTime`, … are
 * microseconds since the Unix epoch. Selected with the `X-MBX-TIME-UNIT` header on REST and the
 * `timeUnit` URL parameter of the WebSocket API and market-stream connections.
 */
export type TimeUnit = 'MILLISECOND' | 'MICROSECOND';

/** Milliseconds since the Unix epoch (Binance's default unit). */
export type EpochMilliseconds = number;
/** Microseconds since the Unix epoch (`timeUnit: 'MICROSECOND'`). */
export type EpochMicroseconds = number;
/** The timestamp type of a time unit. */
export type EpochTime<U extends TimeUnit> = U extends 'MICROSECOND'
  ? EpochMicroseconds
  : EpochMilliseconds;

/** `url` with `timeUnit=<unit>` in its query (unchanged when `unit` is undefined). */
export function withTimeUnit(url: string, unit: TimeUnit | undefined): string {
  if (unit === undefined) return url;
  if (unit !== 'MILLISECOND' && unit !== 'MICROSECOND') {
    throw new RangeError(`timeUnit must be 'MILLISECOND' or 'MICROSECOND', got ${String(unit)}`);
  }
  // Appended as text: the rest of the URL (stream names with `@`) stays byte for byte.
  return `${url}${url.includes('?') ? '&' : '?'}timeUnit=${unit}`;
}
