/**
 * Timestamp parameters (`timestamp`, `startTime`, `endTime`) may be sent in milliseconds or in
 * microseconds (`rest-api.md`, "General API Information"); the exchange works in milliseconds.
 */
import type { Params } from './params';

/** Values at or above this are microseconds (1e14 ms is the year 5138). */
const MICROSECONDS_FROM = 1e14;

/** `value` in milliseconds, whether it was sent in milliseconds or microseconds. */
export const toMillis = (value: number): number =>
  value >= MICROSECONDS_FROM ? Math.floor(value / 1000) : value;

/** The timestamp parameter `name` in milliseconds (-1102 when malformed or, if `required`, absent). */
export function millis(params: Params, name: string, required = false): number | undefined {
  const value = params.integer(name, required);
  return value === undefined ? undefined : toMillis(value);
}
