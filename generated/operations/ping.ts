// Generated from spec/operations/ping.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/ping';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validatePingResponse: Validator = validate;

/** Parameters of Test connectivity (`GET /api/v3/ping`, WebSocket API `ping`). It takes none. */
export type PingParams = Record<string, never>;

/** Test connectivity: the response body with Binance's names. Tests connectivity to the API; the answer is empty. */
export type PingResponse = Record<string, never>;

/** Test connectivity, parsed: readable names; decimals are exact strings unless `parsePingResponse` is given a `decimal` converter. */
export type ParsedPingResponse = Record<string, never>;

/** Descriptor of Test connectivity: data the runtime interprets. */
export const pingOperation: OperationDescriptor<PingParams, PingResponse> = { operation: "ping", security: "NONE", weight: 1, params: {}, rest: {"method":"GET","path":"/api/v3/ping"}, wsApi: {"method":"ping"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/ping.json", validate: validatePingResponse };

/**
 * Test connectivity: `GET /api/v3/ping`. Tests connectivity to the API; the answer is empty.
 *
 * Emits the full JSON body once, then completes; parse it with `parsePingResponse` if you want readable names. Weight 1. Security NONE.
 */
export function pingHttp(params?: PingParams, client?: HttpClient): Observable<PingResponse> {
  return requestHttp(pingOperation, params ?? {}, client);
}

/** Test connectivity over the WebSocket API (`ping`): returns a function that sends one request per subscription and emits its `result`. Tests connectivity to the API; the answer is empty. Weight 1. Security NONE. */
export function pingFactory(session: WsApiSession): (params?: PingParams) => Observable<PingResponse> {
  return (params) => session.request(pingOperation, params ?? {});
}

/** Maps a raw `PingResponse` to the readable `ParsedPingResponse`. */
export function parsePingResponse(raw: PingResponse): ParsedPingResponse {
  void raw;
  return {  };
}
