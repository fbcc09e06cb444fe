/**
 * The exact text a request's signature covers. REST signs the query string (and form body) as
 * sent; the WebSocket API signs every parameter except `signature`, sorted by name, written as
 * `key=value` pairs joined with `&`. Both write values the same way (`wireValue`).
 */
import type { ParamValue } from '../operations/check-params';
import { plainDecimal } from '../operations/plain-decimal';

/**
 * A parameter value as text: numbers never in exponent form and never rounded (`1e-7` is sent as
 * `0.0000001`, `1e21` as `1000000000000000000000`), lists as a JSON array
 * (`["BTCUSDT","ETHUSDT"]`), booleans as `true` / `false`.
 */
export function wireValue(value: ParamValue): string {
  if (Array.isArray(value)) return JSON.stringify(value);
  if (typeof value === 'number') return plainDecimal(value);
  return String(value);
}

/** `key=value&…` in the given order, values URL-encoded as in a query string. */
export function queryString(params: Readonly<Record<string, ParamValue>>): string {
  return Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(wireValue(value))}`)
    .join('&');
}

/** The WebSocket API's signature payload: parameters sorted by name, not URL-encoded. */
export function sortedPayload(params: Readonly<Record<string, ParamValue>>): string {
  return Object.keys(params)
    .sort()
    .map((key) => `${key}=${wireValue(params[key]!)}`)
    .join('&');
}
