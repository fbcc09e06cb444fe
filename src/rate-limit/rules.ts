/**
 * Rate-limit rules as Binance lists them (`exchangeInfo.rateLimits`, a WebSocket API response's
 * `rateLimits`; `rest-api.md`, "LIMITS"), turned into what the governor counts against: a type,
 * an interval in ms, a limit, and the key Binance's usage headers use (`1m` in
 * `X-MBX-USED-WEIGHT-1M`, `10s` in `X-MBX-ORDER-COUNT-10S`).
 */
import { apiRateLimits, sapiRateLimits } from '../../generated/limits';

/** The SAPI weight types (an operation's `weightType`): per IP, or per account (UID). */
export type SapiWeightType = 'IP' | 'UID';

/**
 * Binance's /api rule types, and the SAPI budgets (`SAPI_IP_WEIGHT`, `SAPI_UID_WEIGHT`: one per
 * endpoint, never in `exchangeInfo.rateLimits`).
 */
export type RateLimitType =
  'REQUEST_WEIGHT' | 'ORDERS' | 'RAW_REQUESTS' | `SAPI_${SapiWeightType}_WEIGHT`;

/** One entry of `exchangeInfo.rateLimits` (a WebSocket API `rateLimits` entry adds `count`). */
export interface BinanceRateLimit {
  readonly rateLimitType: string;
  readonly interval: string;
  readonly intervalNum: number;
  readonly limit: number;
  readonly count?: number;
}

export interface RateLimitRule {
  readonly type: RateLimitType;
  /** `<intervalNum><letter>` in lower case, as in the usage headers: `1m`, `10s`, `1d`. */
  readonly interval: string;
  readonly intervalMs: number;
  readonly limit: number;
}

const UNITS: Readonly<Record<string, readonly [letter: string, ms: number]>> = {
  SECOND: ['s', 1_000],
  MINUTE: ['m', 60_000],
  HOUR: ['h', 3_600_000],
  DAY: ['d', 86_400_000],
};

const TYPES: ReadonlySet<string> = new Set<RateLimitType>([
  'REQUEST_WEIGHT',
  'ORDERS',
  'RAW_REQUESTS',
]);

const positiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0;

/** The rule of one listed limit; undefined when its type, interval or numbers are not usable. */
export function ruleOf(value: unknown): RateLimitRule | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { rateLimitType, interval, intervalNum, limit } = value as Record<string, unknown>;
  if (typeof rateLimitType !== 'string' || !TYPES.has(rateLimitType)) return undefined;
  const unit =
    typeof interval === 'string' && Object.hasOwn(UNITS, interval) ? UNITS[interval] : undefined;
  if (unit === undefined || !positiveInteger(intervalNum) || !positiveInteger(limit)) {
    return undefined;
  }
  return {
    type: rateLimitType as RateLimitType,
    interval: `${intervalNum}${unit[0]}`,
    intervalMs: intervalNum * unit[1],
    limit,
  };
}

/** The usable rules of a list (unknown or malformed entries are left out). */
export function rulesOf(list: readonly unknown[]): RateLimitRule[] {
  return list.map(ruleOf).filter((rule) => rule !== undefined);
}

/** Identifies a rule across updates: type and interval. */
export const ruleKey = (type: RateLimitType, interval: string): string => `${type}:${interval}`;

/** Binance's documented limits (spec/limits.yaml), used until better ones are loaded. */
export const DEFAULT_RATE_LIMIT_RULES: readonly RateLimitRule[] =
  /* @__PURE__ */ rulesOf(apiRateLimits);

/**
 * The rule each SAPI endpoint gets by its weight type (spec/limits.yaml `sapiRateLimits`): its own
 * budget per IP or per account, apart from every other endpoint's and from the /api rules.
 */
export const SAPI_RATE_LIMIT_RULES: Readonly<Record<SapiWeightType, RateLimitRule>> =
  /* @__PURE__ */ sapiRulesOf(sapiRateLimits);

function sapiRulesOf(
  list: readonly { readonly weightType: SapiWeightType; readonly interval: string }[],
): Record<SapiWeightType, RateLimitRule> {
  const rules: Partial<Record<SapiWeightType, RateLimitRule>> = {};
  for (const entry of list) {
    const rule = ruleOf({ ...entry, rateLimitType: 'REQUEST_WEIGHT' });
    if (rule !== undefined)
      rules[entry.weightType] = { ...rule, type: `SAPI_${entry.weightType}_WEIGHT` };
  }
  return rules as Record<SapiWeightType, RateLimitRule>;
}
