/**
 * Who is calling, checked the same way on both transports (`rest-api.md` and
 * `web-socket-api.md`, "Request security"): nothing for NONE; a known API key for USER_STREAM;
 * a key, a valid signature over the request's payload and a fresh `timestamp` for USER_DATA and
 * TRADE. A WebSocket API session that logged on passes its caller instead of key and signature.
 */
import { errors } from './errors';
import { checkTimestamp } from './keys';
import { millis } from './time-params';
import type { ApiDeps } from './deps';
import type { ApiMethod, Caller } from './method';
import type { Params } from './params';

export interface Credentials {
  /** `X-MBX-APIKEY` on REST, `apiKey` on the WebSocket API. */
  readonly apiKey: string | undefined;
  readonly signature: string | undefined;
  /** The exact text the signature covers. */
  readonly payload: () => string;
  /** The session's caller after `session.logon`. */
  readonly loggedOn?: Caller;
}

export function authorize(
  deps: ApiDeps,
  method: ApiMethod,
  params: Params,
  credentials: Credentials,
  now: number,
): Caller | undefined {
  if (method.security === 'NONE') return undefined;
  const signed = method.security === 'USER_DATA' || method.security === 'TRADE';
  if (credentials.loggedOn !== undefined && credentials.signature === undefined) {
    if (signed) checkTimestamp(millis(params, 'timestamp'), recvWindow(params), now);
    return credentials.loggedOn;
  }
  if (credentials.apiKey === undefined || credentials.apiKey === '') {
    throw errors.mandatory('apiKey');
  }
  if (!signed) return deps.keys.caller(credentials.apiKey);
  const caller = deps.keys.verify(credentials.apiKey, credentials.payload(), credentials.signature);
  checkTimestamp(millis(params, 'timestamp', true), recvWindow(params), now);
  return caller;
}

/** `recvWindow`, which may carry up to three decimals (microseconds). */
function recvWindow(params: Params): number | undefined {
  const text = params.string('recvWindow');
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || !/^\d+(\.\d{1,3})?$/.test(text))
    throw errors.invalidParam('recvWindow');
  return value;
}
