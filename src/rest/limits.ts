/**
 * Binance's usage headers (`rest-api.md`, "LIMITS"): `X-MBX-USED-WEIGHT-<n><unit>` per IP and
 * `X-MBX-ORDER-COUNT-<n><unit>` per account, read from every response; a SAPI answer's
 * `X-SAPI-USED-IP-WEIGHT-1M` or `X-SAPI-USED-UID-WEIGHT-1M` (its endpoint's budget).
 */
import type { SapiWeightType } from '../rate-limit/rules';

/** Usage reported by the last response, keyed by interval as Binance writes it (`1m`, `10s`, `1d`). */
export interface UsedLimits {
  /** Request weight used in each interval, e.g. `{ '1m': 41 }`. */
  readonly usedWeight: Readonly<Record<string, number>>;
  /** Orders placed in each interval, e.g. `{ '10s': 1, '1d': 12 }` (order endpoints only). */
  readonly orderCount: Readonly<Record<string, number>>;
  /** A SAPI answer: its endpoint's weight used this minute, e.g. `{ IP: 1200 }`. */
  readonly sapiUsedWeight?: Readonly<Partial<Record<SapiWeightType, number>>>;
}

const SAPI_WEIGHT: Readonly<Record<string, SapiWeightType>> = {
  'x-sapi-used-ip-weight-1m': 'IP',
  'x-sapi-used-uid-weight-1m': 'UID',
};

const WEIGHT = 'x-mbx-used-weight-';
const ORDERS = 'x-mbx-order-count-';

/** Reads the usage headers; undefined when the response carried none. */
export function readUsedLimits(headers: Headers): UsedLimits | undefined {
  const usedWeight: Record<string, number> = {};
  const orderCount: Record<string, number> = {};
  let sapiUsedWeight: Partial<Record<SapiWeightType, number>> | undefined;
  let found = false;
  headers.forEach((value, name) => {
    const key = name.toLowerCase();
    const sapi = Object.hasOwn(SAPI_WEIGHT, key) ? SAPI_WEIGHT[key] : undefined;
    if (sapi !== undefined && Number.isFinite(Number(value))) {
      sapiUsedWeight = { ...sapiUsedWeight, [sapi]: Number(value) };
      found = true;
      return;
    }
    const target = key.startsWith(WEIGHT) ? usedWeight : key.startsWith(ORDERS) ? orderCount : null;
    const count = Number(value);
    if (target === null || !Number.isFinite(count)) return;
    target[key.slice(key.startsWith(WEIGHT) ? WEIGHT.length : ORDERS.length)] = count;
    found = true;
  });
  if (!found) return undefined;
  return sapiUsedWeight === undefined
    ? { usedWeight, orderCount }
    : { usedWeight, orderCount, sapiUsedWeight };
}

/** `Retry-After` (seconds, or an HTTP date) in ms; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
