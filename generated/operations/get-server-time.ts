// Generated from spec/operations/get-server-time.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-server-time';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetServerTimeResponse: Validator = validate;

/** Parameters of Check server time (`GET /api/v3/time`, WebSocket API `time`). It takes none. */
export type GetServerTimeParams = Record<string, never>;

/** Check server time: the response body with Binance's names. The server's current time; used to keep request timestamps inside recvWindow. */
export interface GetServerTimeResponse {
  /** Current server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  serverTime: number;
}

/** Check server time, parsed: readable names; decimals are exact strings unless `parseGetServerTimeResponse` is given a `decimal` converter. */
export interface ParsedGetServerTimeResponse {
  /** Current server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  serverTime: number;
}

/** Descriptor of Check server time: data the runtime interprets. */
export const getServerTimeOperation: OperationDescriptor<GetServerTimeParams, GetServerTimeResponse> = { operation: "getServerTime", security: "NONE", weight: 1, params: {}, rest: {"method":"GET","path":"/api/v3/time"}, wsApi: {"method":"time"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-server-time.json", validate: validateGetServerTimeResponse };

/**
 * Check server time: `GET /api/v3/time`. The server's current time; used to keep request timestamps inside recvWindow.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetServerTimeResponse` if you want readable names. Weight 1. Security NONE.
 */
export function getServerTimeHttp(params?: GetServerTimeParams, client?: HttpClient): Observable<GetServerTimeResponse> {
  return requestHttp(getServerTimeOperation, params ?? {}, client);
}

/** Check server time over the WebSocket API (`time`): returns a function that sends one request per subscription and emits its `result`. The server's current time; used to keep request timestamps inside recvWindow. Weight 1. Security NONE. */
export function getServerTimeFactory(session: WsApiSession): (params?: GetServerTimeParams) => Observable<GetServerTimeResponse> {
  return (params) => session.request(getServerTimeOperation, params ?? {});
}

/** Maps a raw `GetServerTimeResponse` to the readable `ParsedGetServerTimeResponse`. */
export function parseGetServerTimeResponse(raw: GetServerTimeResponse): ParsedGetServerTimeResponse {
  return { serverTime: raw.serverTime };
}
