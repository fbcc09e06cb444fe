/** Kline (candlestick) intervals and their alignment in UTC or UTC+8. */

export const KLINE_INTERVALS = [
  '1s',
  '1m',
  '3m',
  '5m',
  '15m',
  '30m',
  '1h',
  '2h',
  '4h',
  '6h',
  '8h',
  '12h',
  '1d',
  '3d',
  '1w',
  '1M',
] as const;
export type KlineInterval = (typeof KLINE_INTERVALS)[number];

/** Offset of the `@+08:00` kline streams. */
export const UTC8_OFFSET_MS = 8 * 3_600_000;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 1970-01-01 was a Thursday; weekly klines open on Mondays. */
const FIRST_MONDAY = 4 * DAY;

const FIXED: Readonly<Record<Exclude<KlineInterval, '1M'>, number>> = {
  '1s': SECOND,
  '1m': MINUTE,
  '3m': 3 * MINUTE,
  '5m': 5 * MINUTE,
  '15m': 15 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': HOUR,
  '2h': 2 * HOUR,
  '4h': 4 * HOUR,
  '6h': 6 * HOUR,
  '8h': 8 * HOUR,
  '12h': 12 * HOUR,
  '1d': DAY,
  '3d': 3 * DAY,
  '1w': 7 * DAY,
};

export function isKlineInterval(text: string): text is KlineInterval {
  return (KLINE_INTERVALS as readonly string[]).includes(text);
}

/** Open time (UTC ms) of the kline containing `time`, for klines aligned in UTC+offset. */
export function klineOpenTime(interval: KlineInterval, time: number, offsetMs = 0): number {
  const local = time + offsetMs;
  if (interval === '1M') {
    const date = new Date(local);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) - offsetMs;
  }
  const size = FIXED[interval];
  const anchor = interval === '1w' ? FIRST_MONDAY : 0;
  return Math.floor((local - anchor) / size) * size + anchor - offsetMs;
}

/** Close time of the kline that opens at `openTime`: the next open time minus 1 ms. */
export function klineCloseTime(interval: KlineInterval, openTime: number, offsetMs = 0): number {
  if (interval === '1M') {
    const date = new Date(openTime + offsetMs);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) - offsetMs - 1;
  }
  return openTime + FIXED[interval] - 1;
}
