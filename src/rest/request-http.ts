/**
 * What every generated `*Http` function calls: wait for the client's rate-limit governor,
 * prepare (sign), send, emit the full JSON body. Parsing into readable names or CCXT shapes is a
 * separate operator the caller may add.
 */
import { defer, mergeMap, type Observable } from 'rxjs';
import type { RequestInfo } from '../errors';
import type { OperationDescriptor } from '../operations/descriptor';
import { costOf } from '../rate-limit/cost';
import { defaultHttpClient, type HttpClient } from './http-client';
import { prepareRequest } from './prepare-request';
import { sendRequest } from './send-request';
import { validateAnswers } from '../operations/validate-answer';

/**
 * Calls `descriptor`'s REST endpoint once per subscription, when the client's governor has room
 * for it; the request is signed only then, so its `timestamp` is fresh.
 */
export function requestHttp<P extends object, R>(
  descriptor: OperationDescriptor<P, R>,
  params: P,
  client: HttpClient = defaultHttpClient(descriptor.product),
): Observable<R> {
  return governedHttp(descriptor, params, client, () => sendHttp(descriptor, params, client));
}

/** Runs `send` under `client`'s governor with the cost and description of `descriptor`. */
export function governedHttp<P extends object, R>(
  descriptor: OperationDescriptor<P, R>,
  params: P,
  client: HttpClient,
  send: () => Observable<R>,
): Observable<R> {
  // SAPI requests too: their cost names their endpoint's own budget (rate-limit/sapi-budgets.ts).
  if (descriptor.rest === undefined) return defer(send);
  const info: RequestInfo = {
    operation: descriptor.operation,
    method: `${descriptor.rest.method} ${descriptor.rest.path}`,
    params: params as Readonly<Record<string, unknown>>,
  };
  const cost = costOf(descriptor as OperationDescriptor<object, unknown>);
  return client.governor.run(cost, info, () => defer(send));
}

/** Prepares and sends one request now, without the governor. */
export function sendHttp<P extends object, R>(
  descriptor: OperationDescriptor<P, R>,
  params: P,
  client: HttpClient,
): Observable<R> {
  return prepareRequest(descriptor, params, client).pipe(
    mergeMap((request) => sendRequest(request, client) as Observable<R>),
    validateAnswers<R>(
      descriptor as OperationDescriptor<object, unknown>,
      client.validateResponses,
    ),
  );
}
