// Generated from spec/usdm/operations/get-commission-rate.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-commission-rate';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetCommissionRateResponse: Validator = validate;

/** Parameters of User Commission Rate (`GET /fapi/v1/commissionRate`). */
export interface GetCommissionRateParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
}

/** User Commission Rate: the response body with Binance's names. The account's maker, taker and RPI commission rates on one symbol. */
export interface GetCommissionRateResponse {
  /** Symbol. */
  symbol: string;
  /** Maker rate (0.0002 is 0.02 %). Exact decimal. */
  makerCommissionRate: string;
  /** Taker rate. Exact decimal. */
  takerCommissionRate: string;
  /** Rate on RPI orders. Sent only when: Sent since RPI orders exist (2025) Exact decimal. */
  rpiCommissionRate?: string;
}

/** User Commission Rate, parsed: readable names; decimals are exact strings unless `parseGetCommissionRateResponse` is given a `decimal` converter. */
export interface ParsedGetCommissionRateResponse<D = string> {
  /** Symbol. */
  symbol: string;
  /** Maker rate (0.0002 is 0.02 %). Exact decimal. */
  makerCommissionRate: D;
  /** Taker rate. Exact decimal. */
  takerCommissionRate: D;
  /** Rate on RPI orders. Sent only when: Sent since RPI orders exist (2025) Exact decimal. */
  rpiCommissionRate?: D | undefined;
}

/** Descriptor of User Commission Rate: data the runtime interprets. */
export const getCommissionRateOperation: OperationDescriptor<GetCommissionRateParams, GetCommissionRateResponse> = { operation: "getCommissionRate", security: "USER_DATA", weight: 20, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true}}, rest: {"method":"GET","path":"/fapi/v1/commissionRate"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-commission-rate.json", validate: validateGetCommissionRateResponse };

/**
 * User Commission Rate: `GET /fapi/v1/commissionRate`. The account's maker, taker and RPI commission rates on one symbol.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetCommissionRateResponse` if you want readable names. Weight 20. Security USER_DATA.
 */
export function getCommissionRateHttp(params: GetCommissionRateParams, client?: HttpClient): Observable<GetCommissionRateResponse> {
  return requestHttp(getCommissionRateOperation, params, client);
}

/** Maps a raw `GetCommissionRateResponse` to the readable `ParsedGetCommissionRateResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetCommissionRateResponse<D = string>(raw: GetCommissionRateResponse, options?: ParseOptions<D>): ParsedGetCommissionRateResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { symbol: raw.symbol, makerCommissionRate: decimal(raw.makerCommissionRate), takerCommissionRate: decimal(raw.takerCommissionRate), rpiCommissionRate: optionalDecimal(raw.rpiCommissionRate) };
}
