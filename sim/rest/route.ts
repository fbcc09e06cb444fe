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
  // `/fapi/…` and `/futures/data/…` count against the futures limiter: Binance keeps the
  // products' budgets apart.
  const futures: ApiDeps = { ...deps, limits: deps.usdmLimits };
  const isFutures = (pathname: string) =>
    pathname.startsWith('/fapi/') || pathname.startsWith('/futures/data/');
  const depsOf = (pathname: string) => (isFutures(pathname) ? futures : deps);
  return {
    // `/fapi/…` and `/futures/data/…`: USDⓈ-M futures (sim/usdm/), on the rules of /api with the
    // futures' limits.
    matches: (pathname) =>
      pathname === '/api/v3' ||
      pathname.startsWith('/api/v3/') ||
      pathname.startsWith('/fapi/') ||
      pathname.startsWith('/futures/data/') ||
      isSapi(pathname),
    handle: (req, res) => {
      readRestRequest(req).then(
        (request) => serve(depsOf(request.path), catalog, sapi, request, res),
        (error: unknown) => {
          const now = Date.now();
          const path = req.url ?? '';
          const headers = isSapi(path) ? {} : weightHeader(depsOf(path), clientOf(req), now);
          const apiError = error instanceof ApiError ? error : errors.unknown();
          send(res, apiError.status, apiError.toJSON(), headers);
        },
      );
    },
  };
};

/**
 * One request: find the method, admit it by the limits of its path, run the handler, answer.
 * Only /api and /fapi answers carry `X-MBX-USED-WEIGHT-1M`; only they refund a successful
 * `freeWhenSuccessful` method's weight.
 */
function serve(
  deps: ApiDeps,
  catalog: Catalog,
  sapi: SapiLimits,
  request: RestRequest,
  res: ServerResponse,
): void {
  const now = Date.now();
  const onSapi = isSapi(request.path);
  const headers: Headers = {};
  const answer = (status: number, body: unknown) => {
    if (!onSapi) Object.assign(headers, weightHeader(deps, request.client, now));
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
    const admitting = { method, params, request, weight, now, headers };
    const caller = onSapi ? admitSapi(deps, sapi, admitting) : admitApi(deps, admitting);
    const result = method.handle(params, { now, caller, transport: 'rest' });
    if (method.freeWhenSuccessful && !onSapi) deps.limits.refund(request.client, weight, now);
    answer(200, isMicroseconds(request.timeUnit) ? answerInMicroseconds(result) : result);
  } catch (error) {
    if (error instanceof ApiError) answer(error.status, error.toJSON());
    else answer(500, errors.unknown().toJSON());
  }
}

/** What admitting a request reads, and the headers it adds to the answer. */
interface Admitting {
  readonly method: ApiMethod;
  readonly params: Params;
  readonly request: RestRequest;
  readonly weight: number;
  readonly now: number;
  readonly headers: Headers;
}

/**
 * /api and /fapi: the request weight first (429, then a 418 ban), then the caller and its order
 * count. Answers the caller, or throws the refusal.
 */
function admitApi(deps: ApiDeps, a: Admitting): Caller | undefined {
  const admission = deps.limits.admit(a.request.client, a.weight, a.now);
  if (!admission.ok) {
    throw refusal(-1003, admission.msg, admission.status, admission.retryAfterMs, a.headers);
  }
  const caller = callerOf(deps, a.method, a.params, a.request, a.now);
  if (a.method.orders !== undefined && caller !== undefined) {
    countOrder(deps, caller.accountId, a.method.orders, a.now, a.headers);
  }
  return caller;
}

/** /sapi: the caller first (a UID budget is the account's), then the endpoint's IP or UID budget. */
function admitSapi(deps: ApiDeps, sapi: SapiLimits, a: Admitting): Caller | undefined {
  const caller = callerOf(deps, a.method, a.params, a.request, a.now);
  const type = a.method.weightType ?? 'IP';
  const who = type === 'UID' && caller !== undefined ? caller.accountId : a.request.client;
  const admission = sapi.admit(type, a.request.path, who, a.weight, a.now);
  a.headers[sapiWeightHeader(type)] = String(admission.used);
  if (!admission.ok) {
    const msg = 'Too many requests; current limit is exceeded.';
    throw refusal(-1003, msg, 429, admission.retryAfterMs, a.headers);
  }
  return caller;
}

/** A limit's refusal, with `Retry-After` (whole seconds) in the answer's headers. */
function refusal(
  code: number,
  msg: string,
  status: number,
  retryAfterMs: number,
  headers: Headers,
): ApiError {
  headers['Retry-After'] = String(Math.ceil(retryAfterMs / 1000));
  return new ApiError(code, msg, status);
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

/** Counts one order toward the account's limits; -1015 (429, `Retry-After`) when over one. */
function countOrder(
  deps: ApiDeps,
  accountId: string,
  orders: number,
  now: number,
  headers: Headers,
): void {
  const refused = deps.limits.orderRefusal(accountId, now, orders);
  if (refused !== undefined || !deps.limits.addOrder(accountId, now, orders)) {
    const msg = refused?.msg ?? 'Too many new orders.';
    throw refusal(-1015, msg, 429, refused?.retryAfterMs ?? 1000, headers);
  }
  const counts = deps.limits.orderCounts(accountId, now);
  const [, short, long] = deps.limits.definitions();
  headers[`X-MBX-ORDER-COUNT-${headerSuffix(short!)}`] = String(counts.short);
  headers[`X-MBX-ORDER-COUNT-${headerSuffix(long!)}`] = String(counts.long);
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
