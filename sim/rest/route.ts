/**
 * The REST API (`/api/v3/…`): finds the method, counts its weight, checks who is calling, runs
 * the handler and answers Binance's way (`rest-api.md`, "LIMITS" and "Request Security"): the
 * JSON body, `X-MBX-USED-WEIGHT-1M` on every answer, `X-MBX-ORDER-COUNT-10S` / `-1D` after
 * orders, `{code, msg}` errors, 429 with `Retry-After` once the weight limit is exceeded, 418
 * with `Retry-After` while banned, 500 -1000 for anything unexpected.
 *
 * SAPI (`/sapi/…`: margin, wallet, sub-account) is served by the same route, with its own limits
 * (`../api/sapi-limits.ts`): the weight counts against the endpoint's IP or UID budget after the
 * caller is known, is reported in `X-SAPI-USED-<IP|UID>-WEIGHT-1M`, and never touches the /api
 * weight, order counts or bans.
 */
import { answerInMicroseconds, isMicroseconds } from '../api/time-unit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorize } from '../api/authorize';
import type { Catalog } from '../api/catalog';
import type { ApiDeps } from '../api/deps';
import { ApiError, errors } from '../api/errors';
import { weightOf, type ApiMethod, type Caller } from '../api/method';
import { Params } from '../api/params';
import { headerSuffix } from '../api/rate-limits';
import { createSapiLimits, sapiWeightHeader, type SapiLimits } from '../api/sapi-limits';
import type { HttpRoute } from '../server/router';
import { readRestRequest, type RestRequest } from './read-request';

type Headers = Record<string, string>;

const isSapi = (pathname: string): boolean => pathname.startsWith('/sapi/');

export const restRoute = (deps: ApiDeps, catalog: Catalog): HttpRoute => {
  const sapi = createSapiLimits();
  return {
    // `/fapi/…`: the USDⓈ-M futures market data (sim/usdm/methods.ts), on the same rules as /api.
    matches: (pathname) =>
      pathname === '/api/v3' ||
      pathname.startsWith('/api/v3/') ||
      pathname.startsWith('/fapi/') ||
      isSapi(pathname),
    handle: (req, res) => {
      readRestRequest(req).then(
        (request) =>
          isSapi(request.path)
            ? serveSapi(deps, catalog, sapi, request, res)
            : serve(deps, catalog, request, res),
        (error: unknown) => {
          const now = Date.now();
          const headers = isSapi(req.url ?? '') ? {} : weightHeader(deps, clientOf(req), now);
          const apiError = error instanceof ApiError ? error : errors.unknown();
          send(res, apiError.status, apiError.toJSON(), headers);
        },
      );
    },
  };
};

function serve(deps: ApiDeps, catalog: Catalog, request: RestRequest, res: ServerResponse): void {
  const now = Date.now();
  const headers: Headers = {};
  const answer = (status: number, body: unknown) => {
    Object.assign(headers, weightHeader(deps, request.client, now));
    send(res, status, body, headers);
  };
  const method = catalog.byRest(request.method, request.path);
  if (method === undefined) {
    answer(...unknownMethod(catalog, request));
    return;
  }
  try {
    const params = new Params(request.params);
    const weight = weightOf(method, params);
    const admission = deps.limits.admit(request.client, weight, now);
    if (!admission.ok) {
      headers['Retry-After'] = String(Math.ceil(admission.retryAfterMs / 1000));
      answer(admission.status, { code: -1003, msg: admission.msg });
      return;
    }
    const caller = callerOf(deps, method, params, request, now);
    if (method.orders !== undefined && caller !== undefined) {
      countOrder(deps, caller.accountId, method.orders, now, headers);
    }
    const result = method.handle(params, { now, caller, transport: 'rest' });
    if (method.freeWhenSuccessful) deps.limits.refund(request.client, weight, now);
    answer(200, isMicroseconds(request.timeUnit) ? answerInMicroseconds(result) : result);
  } catch (error) {
    if (error instanceof ApiError) answer(error.status, error.toJSON());
    else answer(500, errors.unknown().toJSON());
  }
}

/** 405 when some method answers the path, else 404. */
function unknownMethod(catalog: Catalog, request: RestRequest): [number, unknown] {
  const known = catalog.hasRestPath(request.path);
  const msg = known
    ? `Request method '${request.method}' is not supported for ${request.path}.`
    : `Not found: ${request.path}`;
  return [known ? 405 : 404, { code: -1, msg }];
}

/** Who is calling (`authorize`); a method that is not public needs `X-MBX-APIKEY`. */
function callerOf(
  deps: ApiDeps,
  method: ApiMethod,
  params: Params,
  request: RestRequest,
  now: number,
): Caller | undefined {
  if (method.security !== 'NONE' && !request.apiKey) throw errors.badApiKeyFormat();
  const credentials = {
    apiKey: request.apiKey,
    signature: request.signature,
    payload: () => request.signedText,
  };
  return authorize(deps, method, params, credentials, now);
}

/** A /sapi/ request: caller first, then the endpoint's IP or UID budget, then the handler. */
function serveSapi(
  deps: ApiDeps,
  catalog: Catalog,
  sapi: SapiLimits,
  request: RestRequest,
  res: ServerResponse,
): void {
  const now = Date.now();
  const headers: Headers = {};
  const answer = (status: number, body: unknown) => send(res, status, body, headers);
  const method = catalog.byRest(request.method, request.path);
  if (method === undefined) {
    answer(...unknownMethod(catalog, request));
    return;
  }
  try {
    const params = new Params(request.params);
    const caller = callerOf(deps, method, params, request, now);
    const type = method.weightType ?? 'IP';
    const who = type === 'UID' && caller !== undefined ? caller.accountId : request.client;
    const admission = sapi.admit(type, request.path, who, weightOf(method, params), now);
    headers[sapiWeightHeader(type)] = String(admission.used);
    if (!admission.ok) {
      headers['Retry-After'] = String(Math.ceil(admission.retryAfterMs / 1000));
      answer(429, { code: -1003, msg: 'Too many requests; current limit is exceeded.' });
      return;
    }
    const result = method.handle(params, { now, caller, transport: 'rest' });
    answer(200, isMicroseconds(request.timeUnit) ? answerInMicroseconds(result) : result);
  } catch (error) {
    if (error instanceof ApiError) answer(error.status, error.toJSON());
    else answer(500, errors.unknown().toJSON());
  }
}

/** Counts one order toward the account's limits; -1015 (429, `Retry-After`) when over one. */
function countOrder(
  deps: ApiDeps,
  accountId: string,
  orders: number,
  now: number,
  headers: Headers,
): void {
  const refusal = deps.limits.orderRefusal(accountId, now, orders);
  if (refusal !== undefined || !deps.limits.addOrder(accountId, now, orders)) {
    headers['Retry-After'] = String(Math.ceil((refusal?.retryAfterMs ?? 1000) / 1000));
    throw new ApiError(-1015, refusal?.msg ?? 'Too many new orders.', 429);
  }
  const counts = deps.limits.orderCounts(accountId, now);
  const [, short, day] = deps.limits.definitions();
  headers[`X-MBX-ORDER-COUNT-${headerSuffix(short!)}`] = String(counts.tenSeconds);
  headers[`X-MBX-ORDER-COUNT-${headerSuffix(day!)}`] = String(counts.day);
}

const clientOf = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

const weightHeader = (deps: ApiDeps, client: string, now: number): Headers => ({
  [`X-MBX-USED-WEIGHT-${headerSuffix(deps.limits.definitions()[0]!)}`]: String(
    deps.limits.usedWeight(client, now),
  ),
});

function send(res: ServerResponse, status: number, body: unknown, headers: Headers): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
