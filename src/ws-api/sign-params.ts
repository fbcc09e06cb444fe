/**
 * The `params` of a WebSocket API request as its security type needs them
 * (`web-socket-api.md`, "Request security", "SIGNED request security", "Session authentication"):
 * on a logged-on session only `timestamp` (+ `recvWindow`); otherwise `apiKey`, and for
 * USER_DATA / TRADE `timestamp` and a signature of the sorted parameters from the user's signer.
 */
import { map, of, type Observable, type SchedulerLike } from 'rxjs';
import type { ParamValue } from '../operations/check-params';
import type { SecurityType } from '../operations/descriptor';
import type { Credentials } from '../signing/credentials';
import { sortedPayload } from '../signing/payload';
import { runSigner } from '../signing/run-signer';
import { isSigned, timingParams } from '../signing/sign-request';

export interface SignContext {
  readonly credentials: Credentials | undefined;
  /** The session is logged on (`session.logon`): no apiKey or signature needed. */
  readonly loggedOn: boolean;
  readonly now: number;
  readonly recvWindow: number | undefined;
  /** What needs the signature (named in a `SignerError`). */
  readonly operation: string;
  readonly scheduler: SchedulerLike;
  /** How long the signer is given. */
  readonly signTimeoutMs: number;
}

export type WsParams = Readonly<Record<string, ParamValue>>;

/**
 * Adds credentials to `params`. Emits synchronously unless the signer is asynchronous; a signer
 * that throws, rejects or takes longer than `signTimeoutMs` errors it with `SignerError`.
 */
export function securedParams(
  security: SecurityType,
  params: WsParams,
  context: SignContext,
): Observable<WsParams> {
  if (security === 'NONE') return of(params);
  const signed = isSigned(security);
  if (context.loggedOn) {
    return of(signed ? { ...params, ...timingParams(context.now, context.recvWindow) } : params);
  }
  const credentials = context.credentials!;
  const keyed = { ...params, apiKey: credentials.apiKey };
  if (!signed) return of(keyed);
  const timed = { ...keyed, ...timingParams(context.now, context.recvWindow) };
  return signParams(timed, credentials, context);
}

/** `params` plus `signature`, the signer's answer for their sorted payload. */
export function signParams(
  params: WsParams,
  credentials: Credentials,
  context: Pick<SignContext, 'operation' | 'scheduler' | 'signTimeoutMs'>,
): Observable<WsParams> {
  const { operation, scheduler, signTimeoutMs: timeoutMs } = context;
  return runSigner(credentials.sign!, sortedPayload(params), {
    operation,
    scheduler,
    timeoutMs,
  }).pipe(map((signature) => ({ ...params, signature })));
}
