/** Wire text of a payload: combined wrapping and the `timeUnit=MICROSECOND` variant. */
import type { StreamKind } from './names';

/** `{"stream":<name>,"data":<raw>}` without parsing `raw` again. */
export function wrapCombined(stream: string, raw: string): string {
  return `{"stream":${JSON.stringify(stream)},"data":${raw}}`;
}

type Fields = { readonly top: readonly string[]; readonly kline?: readonly string[] };

/** Timestamp fields of each payload (not ids: `t` is a trade id in trades, a time elsewhere). */
const TIME_FIELDS: Readonly<Record<StreamKind | 'serverShutdown', Fields>> = {
  trade: { top: ['E', 'T'] },
  aggTrade: { top: ['E', 'T'] },
  blockTrade: { top: ['E', 'T'] },
  referencePrice: { top: ['t'] },
  kline: { top: ['E'], kline: ['t', 'T'] },
  miniTicker: { top: ['E'] },
  allMiniTickers: { top: ['E'] },
  ticker: { top: ['E', 'O', 'C'] },
  rollingTicker: { top: ['E', 'O', 'C'] },
  allRollingTickers: { top: ['E', 'O', 'C'] },
  avgPrice: { top: ['E', 'T'] },
  diffDepth: { top: ['E'] },
  bookTicker: { top: [] },
  partialDepth: { top: [] },
  serverShutdown: { top: ['E'] },
  // Replayed spec examples are sent as documented.
  replay: { top: [] },
  // USDⓈ-M futures have no timeUnit parameter on their streams.
  usdm: { top: [] },
};

const scale = (
  object: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> => {
  const copy = { ...object };
  for (const key of keys) {
    const value = copy[key];
    if (typeof value === 'number') copy[key] = value * 1000;
  }
  return copy;
};

/** A copy of `payload` with its millisecond timestamps in microseconds. */
export function toMicroseconds(kind: StreamKind | 'serverShutdown', payload: unknown): unknown {
  const fields = TIME_FIELDS[kind];
  const convert = (item: unknown): unknown => {
    if (item === null || typeof item !== 'object') return item;
    const scaled = scale(item as Record<string, unknown>, fields.top);
    const k = scaled['k'];
    if (fields.kline && k !== null && typeof k === 'object') {
      scaled['k'] = scale(k as Record<string, unknown>, fields.kline);
    }
    return scaled;
  };
  return Array.isArray(payload) ? payload.map(convert) : convert(payload);
}
