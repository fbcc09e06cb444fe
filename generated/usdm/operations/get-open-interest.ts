// Generated from spec/usdm/operations/get-open-interest.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-open-interest';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOpenInterestResponse: Validator = validate;

/** Parameters of Open Interest (`GET /fapi/v1/openInterest`). */
export interface GetOpenInterestParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
}

/** Open Interest: the response body with Binance's names. The present open interest of one contract, in contracts. */
export interface GetOpenInterestResponse {
  /** Open interest. Exact decimal. */
  openInterest: string;
  /** Symbol. */
  symbol: string;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}

/** Open Interest, parsed: readable names; decimals are exact strings unless `parseGetOpenInterestResponse` is given a `decimal` converter. */
export interface ParsedGetOpenInterestResponse<D = string> {
  /** Open interest. Exact decimal. */
  openInterest: D;
  /** Symbol. */
  symbol: string;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}

/** Descriptor of Open Interest: data the runtime interprets. */
export const getOpenInterestOperation: OperationDescriptor<GetOpenInterestParams, GetOpenInterestResponse> = { operation: "getOpenInterest", security: "NONE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true}}, rest: {"method":"GET","path":"/fapi/v1/openInterest"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-open-interest.json", validate: validateGetOpenInterestResponse };

/**
 * Open Interest: `GET /fapi/v1/openInterest`. The present open interest of one contract, in contracts.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOpenInterestResponse` if you want readable names. Weight 1. Security NONE.
 */
export function getOpenInterestHttp(params: GetOpenInterestParams, client?: HttpClient): Observable<GetOpenInterestResponse> {
  return requestHttp(getOpenInterestOperation, params, client);
}

/** Maps a raw `GetOpenInterestResponse` to the readable `ParsedGetOpenInterestResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOpenInterestResponse<D = string>(raw: GetOpenInterestResponse, options?: ParseOptions<D>): ParsedGetOpenInterestResponse<D> {
  const decimal = decimalOf(options);
  return { openInterest: decimal(raw.openInterest), symbol: raw.symbol, time: raw.time };
}
