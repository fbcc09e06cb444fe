/**
 * The REST API (`/api/v3/…`): finds the method, checks who is calling and the request weight,
 * runs the handler and answers Binance's way — the JSON body, `X-MBX-USED-WEIGHT-1M` on every
 * answer, `X-MBX-ORDER-COUNT-*` after orders, `{code, msg}` errors, 429 with `Retry-After` once
 * the weight limit is exceeded and 418 when it goes on.
 */
import type { ServerResponse } from 'node:http';
import { authorize } from '../api/authorize';
import type { Catalog } from '../api/catalog';
import type { ApiDeps } from '../api/deps';
import { ApiError, errors } from '../api/errors';
import { weightOf } from '../api/method';
import { Params } from '../api/params';
import type { HttpRoute } from '../server/router';
import { readRestRequest } from './read-request';

export const restRoute = (deps: ApiDeps, catalog: Catalog): HttpRoute => ({
  matches: (pathname) => pathname === '/api/v3' || pathname.startsWith('/api/v3/'),
  handle: (req, res) => {
    readRestRequest(req).then(
      (request) => {
        const headers: Record<string, string> = {};
        const answer = (status: number, body: unknown) => send(res, status, body, headers);
        const now = Date.now();
        const method = catalog.byRest(request.method, request.path);
        if (method === undefined) {
          const known = catalog.hasRestPath(request.path);
          answer(known ? 405 : 404, {
            code: -1,
            msg: known
              ? `${request.method} is not allowed on ${request.path}`
              : `Unknown endpoint ${request.path}`,
          });
          return;
        }
        try {
          const params = new Params(request.params);
          const admission = deps.limits.admit(request.client, weightOf(method, params), now);
          headers['X-MBX-USED-WEIGHT-1M'] = String(deps.limits.usedWeight(request.client, now));
          if (!admission.ok) {
            headers['Retry-After'] = String(Math.ceil(admission.retryAfterMs / 1000));
            answer(admission.status, { code: -1003, msg: admission.msg });
            return;
          }
          const caller = authorize(
            deps,
            method,
            params,
            {
              apiKey: request.apiKey,
              signature: request.signature,
              payload: () => request.signedText,
            },
            now,
          );
          if (method.countsAsOrder) {
            if (!deps.limits.addOrder(caller!.accountId, now)) {
              throw new ApiError(
                -1015,
                'Too many new orders; current limit is 100 orders per 10 SECOND.',
                429,
              );
            }
            const counts = deps.limits.orderCounts(caller!.accountId, now);
            headers['X-MBX-ORDER-COUNT-10S'] = String(counts.tenSeconds);
            headers['X-MBX-ORDER-COUNT-1D'] = String(counts.day);
          }
          answer(200, method.handle(params, { now, caller, transport: 'rest' }));
        } catch (error) {
          if (error instanceof ApiError) answer(error.status, error.toJSON());
          else answer(500, errors.unknown().toJSON());
        }
      },
      (error: unknown) => {
        const apiError = error instanceof ApiError ? error : errors.unknown();
        send(res, apiError.status, apiError.toJSON(), {});
      },
    );
  },
});

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
