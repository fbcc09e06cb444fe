/**
 * What every generated `*Http` function calls: prepare, send, emit the full JSON body. Parsing
 * into readable names or CCXT shapes is a separate operator the caller may add.
 */
import { mergeMap, type Observable } from 'rxjs';
import type { OperationDescriptor } from '../operations/descriptor';
import { defaultHttpClient, type HttpClient } from './http-client';
import { prepareRequest } from './prepare-request';
import { sendRequest } from './send-request';
import { validateAnswers } from '../operations/validate-answer';

/** Calls `descriptor`'s REST endpoint once per subscription. */
export function requestHttp<P extends object, R>(
  descriptor: OperationDescriptor<P, R>,
  params: P,
  client: HttpClient = defaultHttpClient(),
): Observable<R> {
  return prepareRequest(descriptor, params, client).pipe(
    mergeMap((request) => sendRequest(request, client) as Observable<R>),
    validateAnswers<R>(
      descriptor as OperationDescriptor<object, unknown>,
      client.validateResponses,
    ),
  );
}
