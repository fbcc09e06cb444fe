// Generated from spec/usdm/operations/get-funding-rate-history.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-funding-rate-history';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetFundingRateHistoryResponse: Validator = validate;

/** Parameters of Get Funding Rate History (`GET /fapi/v1/fundingRate`). */
export interface GetFundingRateHistoryParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; default 100, at most 1000. Default: `100`. */
  limit?: number;
}

/** Get Funding Rate History: the response body with Binance's names. Past funding rates, oldest first: of one contract, or of every contract when `symbol` is left out. Shares a limit of 500 requests per 5 minutes per IP with GET /fapi/v1/fundingInfo. */
export type GetFundingRateHistoryResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** Funding rate. Exact decimal. */
  fundingRate: string;
  /** Funding time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  fundingTime: number;
  /** Mark price at the funding time as an exact decimal; an empty string for fundings before 2023-10-31, which Binance sends without one. */
  markPrice: string;
  /** Kind of funding rate. Sent only when: Sent since 2026-07 (binance-connector-js 37.0.0, 2026-07-24, added it) */
  rateType?: string;
}>;

/** Get Funding Rate History, parsed: readable names; decimals are exact strings unless `parseGetFundingRateHistoryResponse` is given a `decimal` converter. */
export type ParsedGetFundingRateHistoryResponse<D = string> = Array<{
  /** Symbol. */
  symbol: string;
  /** Funding rate. Exact decimal. */
  fundingRate: D;
  /** Funding time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  fundingTime: number;
  /** Mark price at the funding time as an exact decimal; an empty string for fundings before 2023-10-31, which Binance sends without one. */
  markPrice: string;
  /** Kind of funding rate. Sent only when: Sent since 2026-07 (binance-connector-js 37.0.0, 2026-07-24, added it) */
  rateType?: string | undefined;
}>;

/** Descriptor of Get Funding Rate History: data the runtime interprets. */
export const getFundingRateHistoryOperation: OperationDescriptor<GetFundingRateHistoryParams, GetFundingRateHistoryResponse> = { operation: "getFundingRateHistory", security: "NONE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/fapi/v1/fundingRate"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-funding-rate-history.json", validate: validateGetFundingRateHistoryResponse };

/**
 * Get Funding Rate History: `GET /fapi/v1/fundingRate`. Past funding rates, oldest first: of one contract, or of every contract when `symbol` is left out. Shares a limit of 500 requests per 5 minutes per IP with GET /fapi/v1/fundingInfo.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetFundingRateHistoryResponse` if you want readable names. Weight 1 (Shares a limit of 500 requests per 5 minutes per IP with GET /fapi/v1/fundingInfo.). Security NONE.
 */
export function getFundingRateHistoryHttp(params?: GetFundingRateHistoryParams, client?: HttpClient): Observable<GetFundingRateHistoryResponse> {
  return requestHttp(getFundingRateHistoryOperation, params ?? {}, client);
}

/** Maps a raw `GetFundingRateHistoryResponse` to the readable `ParsedGetFundingRateHistoryResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetFundingRateHistoryResponse<D = string>(raw: GetFundingRateHistoryResponse, options?: ParseOptions<D>): ParsedGetFundingRateHistoryResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ symbol: item0.symbol, fundingRate: decimal(item0.fundingRate), fundingTime: item0.fundingTime, markPrice: item0.markPrice, rateType: item0.rateType }));
}
