// Generated from spec/usdm/operations/get-server-time.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-server-time';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetServerTimeResponse: Validator = validate;

/** Parameters of Check Server Time (`GET /fapi/v1/time`). It takes none. */
export type GetServerTimeParams = Record<string, never>;

/** Check Server Time: the response body with Binance's names. The current time of the server, to line up the `timestamp` of signed requests. */
export interface GetServerTimeResponse {
  /** Server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  serverTime: number;
}

/** Check Server Time, parsed: readable names; decimals are exact strings unless `parseGetServerTimeResponse` is given a `decimal` converter. */
export interface ParsedGetServerTimeResponse {
  /** Server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  serverTime: number;
}

/** Descriptor of Check Server Time: data the runtime interprets. */
export const getServerTimeOperation: OperationDescriptor<GetServerTimeParams, GetServerTimeResponse> = { operation: "getServerTime", security: "NONE", weight: 1, params: {}, rest: {"method":"GET","path":"/fapi/v1/time"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-server-time.json", validate: validateGetServerTimeResponse };

/**
 * Check Server Time: `GET /fapi/v1/time`. The current time of the server, to line up the `timestamp` of signed requests.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetServerTimeResponse` if you want readable names. Weight 1. Security NONE.
 */
export function getServerTimeHttp(params?: GetServerTimeParams, client?: HttpClient): Observable<GetServerTimeResponse> {
  return requestHttp(getServerTimeOperation, params ?? {}, client);
}

/** Maps a raw `GetServerTimeResponse` to the readable `ParsedGetServerTimeResponse`. */
export function parseGetServerTimeResponse(raw: GetServerTimeResponse): ParsedGetServerTimeResponse {
  return { serverTime: raw.serverTime };
}
