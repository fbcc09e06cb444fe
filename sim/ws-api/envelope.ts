/**
 * WebSocket API response envelopes (`web-socket-api.md`, "Response format"):
 * `{id, status, result, rateLimits}` or `{id, status, error: {code, msg}, rateLimits}`, where
 * `rateLimits` is left out when the request (`"returnRateLimits": false`) or the connection URL
 * (`?returnRateLimits=false`, unless the request says `true`) asks so.
 */
import type { RawParams } from '../api/params';
import type { RateLimitCount } from '../api/rate-limits';
import type { Outcome } from './dispatch';
import type { RequestId } from './request';

export function envelope(
  id: RequestId,
  outcome: Outcome,
  rateLimits: readonly RateLimitCount[] | undefined,
): object {
  const body = outcome.error !== undefined ? { error: outcome.error } : { result: outcome.result };
  return { id, status: outcome.status, ...body, ...(rateLimits ? { rateLimits } : {}) };
}

/** Whether a request's answer carries `rateLimits`: its own parameter, else the connection's. */
export function wantsRateLimits(params: RawParams, connectionDefault: boolean): boolean {
  const value = params['returnRateLimits'];
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return connectionDefault;
}
