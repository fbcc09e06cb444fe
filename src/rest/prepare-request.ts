/**
 * Turns an operation and its parameters into the exact HTTP request Binance expects: parameters
 * checked against the spec's rules, in the query string (GET, DELETE) or a form body (POST, PUT),
 * `X-MBX-APIKEY` for keyed endpoints, `timestamp` / `recvWindow` and the signature of the exact
 * text sent for signed ones. Nothing here talks to the network; `sendRequest` does.
 */
import { defer, map, type Observable } from 'rxjs';
import { InvalidOptionError, type RequestInfo } from '../errors';
import { checkParams, type ParamValue } from '../operations/check-params';
import type { OperationDescriptor } from '../operations/descriptor';
import { queryString } from '../signing/payload';
import { runSigner } from '../signing/run-signer';
import { isSigned, requireCredentials, timingParams } from '../signing/sign-request';
import type { HttpClient } from './http-client';

/** A request ready for `fetch`. */
export interface PreparedRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** What errors report about the request (parameters as given, never the signature). */
  readonly info: RequestInfo;
}

/**
 * Prepares `params` for `descriptor`'s REST endpoint. The Observable errors with
 * `InvalidParameterError` or `MissingCredentialsError` before anything is signed or sent, and
 * waits for the signer when it is asynchronous (within the client's `timeoutMs`); a signer that
 * throws, rejects or is too slow errors it with `SignerError`.
 */
export function prepareRequest<P extends object, R>(
  descriptor: OperationDescriptor<P, R>,
  params: P,
  client: HttpClient,
): Observable<PreparedRequest> {
  return defer(() => {
    const rest = descriptor.rest;
    if (rest === undefined) {
      throw new InvalidOptionError(
        descriptor.operation,
        'transport',
        'has no REST endpoint (WebSocket API only)',
      );
    }
    const checked = checkParams(descriptor as OperationDescriptor<object, unknown>, params);
    const credentials = requireCredentials(
      descriptor.operation,
      descriptor.security,
      client.credentials,
    );
    const info: RequestInfo = {
      operation: descriptor.operation,
      method: `${rest.method} ${rest.path}`,
      params: params as Readonly<Record<string, unknown>>,
    };
    const inBody = rest.method === 'POST' || rest.method === 'PUT';
    const headers: Record<string, string> = {};
    if (credentials !== undefined) headers['X-MBX-APIKEY'] = credentials.apiKey;
    if (inBody) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    if (client.timeUnit !== undefined) headers['X-MBX-TIME-UNIT'] = client.timeUnit;
    const build = (text: string): PreparedRequest => ({
      method: rest.method,
      url: `${client.baseUrl}${rest.path}${!inBody && text !== '' ? `?${text}` : ''}`,
      headers,
      ...(inBody ? { body: text } : {}),
      info,
    });

    if (credentials === undefined || !isSigned(descriptor.security)) {
      return [build(queryString(checked))];
    }
    const all: Record<string, ParamValue> = {
      ...checked,
      ...timingParams(client.now(), client.recvWindow),
    };
    const text = queryString(all);
    const signing = { operation: descriptor.operation, scheduler: client.scheduler };
    return runSigner(credentials.sign!, text, { ...signing, timeoutMs: client.timeoutMs }).pipe(
      map((signature) => build(`${text}&signature=${encodeURIComponent(signature)}`)),
    );
  });
}
