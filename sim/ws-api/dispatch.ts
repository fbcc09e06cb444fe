/**
 * Runs one WebSocket API request as REST runs its requests (`rest/route.ts`): finds the method by
 * name, counts its weight (429 / 418 with `retryAfter`), checks the caller (`api/authorize.ts`:
 * `apiKey` + `signature` over the sorted parameters, or the logged-on session), counts orders
 * (-1015, 429) and runs the handler with the connection's session in its context.
 */
import { authorize } from '../api/authorize';
import type { WsApiMethods } from '../api/catalog';
import type { ApiDeps } from '../api/deps';
import { ApiError, errors } from '../api/errors';
import { weightOf } from '../api/method';
import { Params } from '../api/params';
import type { WsApiRequest } from './request';
import type { WsApiCallContext, WsApiSession } from './session';
import { signaturePayload } from './signature-payload';

/** What a request came to, before it is put in an envelope. */
export interface Outcome {
  readonly status: number;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly msg: string; readonly data?: unknown };
  /** The account whose order counts the request touched (they join `rateLimits`). */
  readonly ordersOf?: string;
}

export interface DispatchContext {
  readonly deps: ApiDeps;
  /** The methods of the endpoint the connection is on. */
  readonly catalog: WsApiMethods;
  readonly session: WsApiSession;
  /** The caller's IP: weight is counted per IP, shared with REST. */
  readonly client: string;
}

export function dispatch(ctx: DispatchContext, request: WsApiRequest, now: number): Outcome {
  const { deps, session } = ctx;
  const method = ctx.catalog.byWsApiName(request.method);
  if (method === undefined) return failed(new ApiError(-1020, 'This operation is not supported.'));
  let ordersOf: string | undefined;
  try {
    const params = new Params(request.params);
    const weight = weightOf(method, params);
    const admission = deps.limits.admit(ctx.client, weight, now);
    if (!admission.ok) {
      const data = { serverTime: now, retryAfter: now + admission.retryAfterMs };
      return { status: admission.status, error: { code: -1003, msg: admission.msg, data } };
    }
    const caller = authorize(
      deps,
      method,
      params,
      {
        apiKey: params.string('apiKey'),
        signature: params.string('signature'),
        payload: () => signaturePayload(request.params),
        loggedOn: session.logon,
      },
      now,
    );
    if (method.orders !== undefined && caller !== undefined) {
      ordersOf = caller.accountId;
      countOrder(deps, caller.accountId, method.orders, now);
    }
    const call: WsApiCallContext = { now, caller, transport: 'ws-api', session };
    const result = method.handle(params, call);
    if (method.freeWhenSuccessful) deps.limits.refund(ctx.client, weight, now);
    return { status: 200, result, ordersOf };
  } catch (error) {
    return { ...failed(error instanceof ApiError ? error : errors.unknown()), ordersOf };
  }
}

const failed = (error: ApiError): Outcome => ({ status: error.status, error: error.toJSON() });

/** Counts one order; -1015 (429, with `retryAfter`) when a limit is reached. */
function countOrder(deps: ApiDeps, accountId: string, orders: number, now: number): void {
  const refusal = deps.limits.orderRefusal(accountId, now, orders);
  if (refusal === undefined && deps.limits.addOrder(accountId, now, orders)) return;
  const error = new ApiError(-1015, refusal?.msg ?? 'Too many new orders.', 429);
  error.data = { serverTime: now, retryAfter: now + (refusal?.retryAfterMs ?? 1000) };
  throw error;
}
