// Generated from spec/usdm/operations/get-funding-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-funding-info';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetFundingInfoResponse: Validator = validate;

/** Parameters of Get Funding Rate Info (`GET /fapi/v1/fundingInfo`). It takes none. */
export type GetFundingInfoParams = Record<string, never>;

/** Get Funding Rate Info: the response body with Binance's names. The contracts whose funding rate cap, floor or funding interval was adjusted from the defaults, with the adjusted values. Weight 0, but it shares a limit of 500 requests per 5 minutes per IP with `GET /fapi/v1/fundingRate`. */
export type GetFundingInfoResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** Funding rate cap. Exact decimal. */
  adjustedFundingRateCap: string;
  /** Funding rate floor. Exact decimal. */
  adjustedFundingRateFloor: string;
  /** Hours between two fundings. */
  fundingIntervalHours: number;
  /** Unused; the docs say to ignore it. */
  disclaimer: boolean;
}>;

/** Get Funding Rate Info, parsed: readable names; decimals are exact strings unless `parseGetFundingInfoResponse` is given a `decimal` converter. */
export type ParsedGetFundingInfoResponse<D = string> = Array<{
  /** Symbol. */
  symbol: string;
  /** Funding rate cap. Exact decimal. */
  adjustedFundingRateCap: D;
  /** Funding rate floor. Exact decimal. */
  adjustedFundingRateFloor: D;
  /** Hours between two fundings. */
  fundingIntervalHours: number;
  /** Unused; the docs say to ignore it. */
  disclaimer: boolean;
}>;

/** Descriptor of Get Funding Rate Info: data the runtime interprets. */
export const getFundingInfoOperation: OperationDescriptor<GetFundingInfoParams, GetFundingInfoResponse> = { operation: "getFundingInfo", security: "NONE", weight: 0, params: {}, rest: {"method":"GET","path":"/fapi/v1/fundingInfo"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-funding-info.json", validate: validateGetFundingInfoResponse };

/**
 * Get Funding Rate Info: `GET /fapi/v1/fundingInfo`. The contracts whose funding rate cap, floor or funding interval was adjusted from the defaults, with the adjusted values. Weight 0, but it shares a limit of 500 requests per 5 minutes per IP with `GET /fapi/v1/fundingRate`.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetFundingInfoResponse` if you want readable names. Weight 0 (Shares 500 requests / 5 min / IP with GET /fapi/v1/fundingRate.). Security NONE.
 */
export function getFundingInfoHttp(params?: GetFundingInfoParams, client?: HttpClient): Observable<GetFundingInfoResponse> {
  return requestHttp(getFundingInfoOperation, params ?? {}, client);
}

/** Maps a raw `GetFundingInfoResponse` to the readable `ParsedGetFundingInfoResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetFundingInfoResponse<D = string>(raw: GetFundingInfoResponse, options?: ParseOptions<D>): ParsedGetFundingInfoResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ symbol: item0.symbol, adjustedFundingRateCap: decimal(item0.adjustedFundingRateCap), adjustedFundingRateFloor: decimal(item0.adjustedFundingRateFloor), fundingIntervalHours: item0.fundingIntervalHours, disclaimer: item0.disclaimer }));
}
