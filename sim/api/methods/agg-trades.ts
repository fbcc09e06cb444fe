/**
 * The aggregate trades a request asks for (`rest-api.md`, "Compressed/Aggregate trades list"; the
 * same rules on `/fapi/v1/aggTrades`): from `fromId` on, or those between `startTime` and
 * `endTime` (the first `limit` from a start, the last `limit` before an end), else the most
 * recent `limit`.
 */
import type { AggTrade, SymbolMarket } from '../../market/symbol-market';
import type { Params } from '../params';
import { millis } from '../time-params';

export function requestedAggTrades(m: SymbolMarket, params: Params): readonly AggTrade[] {
  const limit = params.limit('limit', 500, 1, 1000);
  const fromId = params.integer('fromId');
  const start = millis(params, 'startTime');
  const end = millis(params, 'endTime');
  if (fromId !== undefined) {
    return m.aggHistory
      .fromId(fromId, Infinity)
      .filter((a) => a.time >= (start ?? 0) && a.time <= (end ?? Number.MAX_SAFE_INTEGER))
      .slice(0, limit);
  }
  if (start === undefined && end === undefined) return m.aggHistory.recent(limit);
  const found = m.aggHistory.between(start ?? 0, end ?? Number.MAX_SAFE_INTEGER, Infinity);
  return start !== undefined ? found.slice(0, limit) : found.slice(-limit);
}
