/**
 * The `params` of a WebSocket API request as its security type needs them
 * (`web-socket-api.md`, "Request security", "SIGNED request security", "Session authentication"):
 * on a logged-on session only `timestamp` (+ `recvWindow`); otherwise `apiKey`, and for
 * USER_DATA / TRADE `timestamp` and a signature of the sorted parameters from the user's signer.
 */
import type { ParamValue } from '../operations/check-params';
import type { SecurityType } from '../operations/descriptor';
import type { Credentials } from '../signing/credentials';
import { sortedPayload } from '../signing/payload';
import { isSigned, timingParams } from '../signing/sign-request';

export interface SignContext {
  readonly credentials: Credentials | undefined;
  /** The session is logged on (`session.logon`): no apiKey or signature needed. */
  readonly loggedOn: boolean;
  readonly now: number;
  readonly recvWindow: number | undefined;
}

export type WsParams = Readonly<Record<string, ParamValue>>;

/** Adds credentials to `params`; a promise when the signer is asynchronous. */
export function securedParams(
  security: SecurityType,
  params: WsParams,
  context: SignContext,
): WsParams | Promise<WsParams> {
  if (security === 'NONE') return params;
  const signed = isSigned(security);
  if (context.loggedOn) {
    return signed ? { ...params, ...timingParams(context.now, context.recvWindow) } : params;
  }
  const credentials = context.credentials!;
  const keyed = { ...params, apiKey: credentials.apiKey };
  if (!signed) return keyed;
  return signParams({ ...keyed, ...timingParams(context.now, context.recvWindow) }, credentials);
}

/** `params` plus `signature`, the signer's answer for their sorted payload. */
export function signParams(
  params: WsParams,
  credentials: Credentials,
): WsParams | Promise<WsParams> {
  const signature = credentials.sign!(sortedPayload(params));
  return typeof signature === 'string'
    ? { ...params, signature }
    : signature.then((text) => ({ ...params, signature: text }));
}
