/**
 * `timeUnit=MICROSECOND` for answers and user data events: the local exchange keeps time in
 * milliseconds and scales every timestamp field of what it sends (×1000), as Binance does when
 * asked (`X-MBX-TIME-UNIT` on REST, `timeUnit` in the WebSocket API URL). Ids and `-1` ("not
 * yet") stay as they are. Market streams have their own table (`streams/serialize.ts`).
 */

/** Timestamp fields of REST and WebSocket API answers (camelCase, at any depth). */
const ANSWER_TIMES = new Set([
  'time',
  'updateTime',
  'transactTime',
  'transactionTime',
  'workingTime',
  'trailingTime',
  'serverTime',
  'timestamp',
  'openTime',
  'closeTime',
  'authorizedSince',
  'connectedSince',
]);

/** Timestamp fields of each user data event, by `e`. */
const EVENT_TIMES: Readonly<Record<string, readonly string[]>> = {
  executionReport: ['E', 'T', 'O', 'W', 'D'],
  outboundAccountPosition: ['E', 'u'],
  balanceUpdate: ['E', 'T'],
  listStatus: ['E', 'T'],
  externalLockUpdate: ['E', 'T'],
  eventStreamTerminated: ['E'],
  serverShutdown: ['E'],
};

const micro = (value: unknown): unknown =>
  typeof value === 'number' && value > 0 ? value * 1000 : value;

/** A kline row (`[openTime, o, h, l, c, v, closeTime, …]`): its two times scaled. */
const isKline = (row: unknown[]): boolean =>
  row.length === 12 && typeof row[0] === 'number' && typeof row[6] === 'number';

/** A copy of an answer with its timestamps in microseconds. */
export function answerInMicroseconds(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (isKline(value)) return value.map((v, i) => (i === 0 || i === 6 ? micro(v) : v));
    return value.map(answerInMicroseconds);
  }
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      ANSWER_TIMES.has(key) ? micro(v) : answerInMicroseconds(v),
    ]),
  );
}

/** A copy of a user data event with its timestamps in microseconds. */
export function eventInMicroseconds(event: Record<string, unknown>): Record<string, unknown> {
  const keys = EVENT_TIMES[String(event['e'])] ?? ['E'];
  const copy = { ...event };
  for (const key of keys) copy[key] = micro(copy[key]);
  return copy;
}

/** `MICROSECOND` / `microsecond` (Binance takes either case); anything else is milliseconds. */
export const isMicroseconds = (unit: string | null | undefined): boolean =>
  unit?.toUpperCase() === 'MICROSECOND';
