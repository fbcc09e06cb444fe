/**
 * Query parameters of the WebSocket API URL (`web-socket-api.md`, "General API Information" and
 * "How to show/hide rate limit information"): `returnRateLimits=false` hides `rateLimits` by
 * default; `timeUnit` must be MILLISECOND or MICROSECOND (either case), else -1194; with
 * MICROSECOND, answers and user data events carry their timestamps in microseconds.
 */
import { isMicroseconds } from '../api/time-unit';
import type { ErrorBody } from '../server/responses';

export interface WsApiUrl {
  readonly returnRateLimits: boolean;
  readonly microseconds: boolean;
}

export type WsApiUrlResult =
  { readonly ok: true; readonly url: WsApiUrl } | { readonly ok: false; readonly body: ErrorBody };

const TIME_UNITS = ['MILLISECOND', 'millisecond', 'MICROSECOND', 'microsecond'];

export function parseWsApiUrl(rawUrl: string): WsApiUrlResult {
  const query = new URL(rawUrl, 'http://local').searchParams;
  const unit = query.get('timeUnit');
  if (unit !== null && !TIME_UNITS.includes(unit)) {
    return {
      ok: false,
      body: {
        code: -1194,
        msg: 'Invalid value for time unit; expected either MICROSECOND or MILLISECOND.',
      },
    };
  }
  return {
    ok: true,
    url: {
      returnRateLimits: query.get('returnRateLimits') !== 'false',
      microseconds: isMicroseconds(unit),
    },
  };
}
