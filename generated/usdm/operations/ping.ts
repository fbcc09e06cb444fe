// Generated from spec/usdm/operations/ping.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/ping';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validatePingResponse: Validator = validate;

/** Parameters of Test Connectivity (`GET /fapi/v1/ping`). It takes none. */
export type PingParams = Record<string, never>;

/** Test Connectivity: the response body with Binance's names. Tests connectivity to the REST API; the answer is empty. */
export type PingResponse = Record<string, never>;

/** Test Connectivity, parsed: readable names; decimals are exact strings unless `parsePingResponse` is given a `decimal` converter. */
export type ParsedPingResponse = Record<string, never>;

/** Descriptor of Test Connectivity: data the runtime interprets. */
export const pingOperation: OperationDescriptor<PingParams, PingResponse> = { operation: "ping", security: "NONE", weight: 1, params: {}, rest: {"method":"GET","path":"/fapi/v1/ping"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/ping.json", validate: validatePingResponse };

/**
 * Test Connectivity: `GET /fapi/v1/ping`. Tests connectivity to the REST API; the answer is empty.
 *
 * Emits the full JSON body once, then completes; parse it with `parsePingResponse` if you want readable names. Weight 1. Security NONE.
 */
export function pingHttp(params?: PingParams, client?: HttpClient): Observable<PingResponse> {
  return requestHttp(pingOperation, params ?? {}, client);
}

/** Maps a raw `PingResponse` to the readable `ParsedPingResponse`. */
export function parsePingResponse(raw: PingResponse): ParsedPingResponse {
  void raw;
  return {  };
}
