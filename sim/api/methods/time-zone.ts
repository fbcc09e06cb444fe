/**
 * The `timeZone` parameter of `klines`, `uiKlines` and `ticker/tradingDay` (`rest-api.md`):
 * hours and minutes (`-1:00`, `05:45`, `+08:00`) or only hours (`0`, `8`, `-4`), strictly within
 * [-12:00, +14:00]. Returns the offset from UTC in ms; -1130 for anything else.
 */
import { errors } from '../errors';
import type { Params } from '../params';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const FORMAT = /^([+-]?)(\d{1,2})(?::(\d{2}))?$/;

export function timeZoneOffset(params: Params): number {
  const text = params.string('timeZone');
  if (text === undefined) return 0;
  const match = FORMAT.exec(text);
  if (match === null) throw errors.invalidParam('timeZone');
  const [, sign = '', hours = '0', minutes = '0'] = match;
  if (Number(minutes) >= 60) throw errors.invalidParam('timeZone');
  const magnitude = Number(hours) * HOUR + Number(minutes) * MINUTE;
  const offset = sign === '-' ? -magnitude : magnitude;
  if (offset < -12 * HOUR || offset > 14 * HOUR) throw errors.invalidParam('timeZone');
  return offset;
}
