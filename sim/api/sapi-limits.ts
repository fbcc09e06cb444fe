/**
 * The SAPI rate limits (`/sapi/…`; Binance's margin_trading / wallet docs, "LIMITS"): each
 * endpoint has its own budget, per IP (12 000 weight a minute) or per account (UID, 180 000 a
 * minute), apart from the /api request weight. Over one: 429 -1003 with `Retry-After`; SAPI
 * limits never escalate to an IP ban (418). Windows are fixed minutes, as the /api ones here.
 * The used weight is reported in `X-SAPI-USED-IP-WEIGHT-1M` or `X-SAPI-USED-UID-WEIGHT-1M`.
 */
import { sapiRateLimits } from '../../generated/limits';

const MINUTE = 60_000;

/** Binance's budgets per endpoint and minute (spec/limits.yaml `sapiRateLimits`). */
export const SAPI_LIMITS = Object.fromEntries(
  sapiRateLimits.map((rule) => [rule.weightType, rule.limit]),
) as Readonly<Record<(typeof sapiRateLimits)[number]['weightType'], number>>;

export type SapiWeightType = keyof typeof SAPI_LIMITS;

export type SapiAdmission =
  | { readonly ok: true; readonly used: number }
  | { readonly ok: false; readonly used: number; readonly retryAfterMs: number };

export interface SapiLimits {
  /** Counts `weight` for `who` (an IP or an account) on `endpoint`, unless it would go over. */
  admit(
    type: SapiWeightType,
    endpoint: string,
    who: string,
    weight: number,
    now: number,
  ): SapiAdmission;
}

export function createSapiLimits(
  limits: Readonly<Record<SapiWeightType, number>> = SAPI_LIMITS,
): SapiLimits {
  const windows = new Map<string, { start: number; used: number }>();
  return {
    admit(type, endpoint, who, weight, now) {
      const key = `${type} ${endpoint} ${who}`;
      const start = now - (now % MINUTE);
      let window = windows.get(key);
      if (window === undefined || window.start !== start) {
        window = { start, used: 0 };
        windows.set(key, window);
      }
      if (window.used + weight > limits[type]) {
        return { ok: false, used: window.used, retryAfterMs: start + MINUTE - now };
      }
      window.used += weight;
      return { ok: true, used: window.used };
    },
  };
}

/** The header a SAPI answer reports its usage in. */
export const sapiWeightHeader = (type: SapiWeightType): string => `X-SAPI-USED-${type}-WEIGHT-1M`;
