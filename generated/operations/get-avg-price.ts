// Generated from spec/operations/get-avg-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-avg-price';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAvgPriceResponse: Validator = validate;

/** Parameters of Current average price (`GET /api/v3/avgPrice`, WebSocket API `avgPrice`). */
export interface GetAvgPriceParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
}

/** Current average price: the response body with Binance's names. The average price of a symbol over the last few minutes, as Binance computes it for filters. */
export interface GetAvgPriceResponse {
  /** Length of the averaging window in minutes. */
  mins: number;
  /** Average price over the window. Exact decimal. */
  price: string;
  /** Time of the last trade in the window. Sent only when: Sent since 2023-12-04 (a newer field; answers recorded before lack it). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  closeTime?: number;
}

/** Current average price, parsed: readable names; decimals are exact strings unless `parseGetAvgPriceResponse` is given a `decimal` converter. */
export interface ParsedGetAvgPriceResponse<D = string> {
  /** Length of the averaging window in minutes. */
  mins: number;
  /** Average price over the window. Exact decimal. */
  price: D;
  /** Time of the last trade in the window. Sent only when: Sent since 2023-12-04 (a newer field; answers recorded before lack it). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  closeTime?: number | undefined;
}

/** Descriptor of Current average price: data the runtime interprets. */
export const getAvgPriceOperation: OperationDescriptor<GetAvgPriceParams, GetAvgPriceResponse> = { operation: "getAvgPrice", security: "NONE", weight: 2, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true}}, rest: {"method":"GET","path":"/api/v3/avgPrice"}, wsApi: {"method":"avgPrice"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-avg-price.json", validate: validateGetAvgPriceResponse };

/**
 * Current average price: `GET /api/v3/avgPrice`. The average price of a symbol over the last few minutes, as Binance computes it for filters.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAvgPriceResponse` if you want readable names. Weight 2. Security NONE.
 */
export function getAvgPriceHttp(params: GetAvgPriceParams, client?: HttpClient): Observable<GetAvgPriceResponse> {
  return requestHttp(getAvgPriceOperation, params, client);
}

/** Current average price over the WebSocket API (`avgPrice`): returns a function that sends one request per subscription and emits its `result`. The average price of a symbol over the last few minutes, as Binance computes it for filters. Weight 2. Security NONE. */
export function getAvgPriceFactory(session: WsApiSession): (params: GetAvgPriceParams) => Observable<GetAvgPriceResponse> {
  return (params) => session.request(getAvgPriceOperation, params);
}

/** Maps a raw `GetAvgPriceResponse` to the readable `ParsedGetAvgPriceResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAvgPriceResponse<D = string>(raw: GetAvgPriceResponse, options?: ParseOptions<D>): ParsedGetAvgPriceResponse<D> {
  const decimal = decimalOf(options);
  return { mins: raw.mins, price: decimal(raw.price), closeTime: raw.closeTime };
}
