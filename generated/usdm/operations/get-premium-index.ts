// Generated from spec/usdm/operations/get-premium-index.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-premium-index';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetPremiumIndexResponse: Validator = validate;

/** Parameters of Mark Price (`GET /fapi/v1/premiumIndex`). */
export interface GetPremiumIndexParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Mark Price: the response body with Binance's names. Mark price, index price and funding rate of one contract (an object) or all (an array). */
export type GetPremiumIndexResponse = ({
  /** Symbol. */
  symbol: string;
  /** Mark price. Exact decimal. */
  markPrice: string;
  /** Index price. Exact decimal. */
  indexPrice: string;
  /** Estimated settle price; only useful in the last hour before the settlement starts. Exact decimal. */
  estimatedSettlePrice: string;
  /** Latest funding rate. Exact decimal. */
  lastFundingRate: string;
  /** Base asset interest rate. Exact decimal. */
  interestRate: string;
  /** Next funding time (0 for a delivery contract). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  nextFundingTime: number;
  /** Time of the values. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Mark price. Exact decimal. */
  markPrice: string;
  /** Index price. Exact decimal. */
  indexPrice: string;
  /** Estimated settle price; only useful in the last hour before the settlement starts. Exact decimal. */
  estimatedSettlePrice: string;
  /** Latest funding rate. Exact decimal. */
  lastFundingRate: string;
  /** Base asset interest rate. Exact decimal. */
  interestRate: string;
  /** Next funding time (0 for a delivery contract). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  nextFundingTime: number;
  /** Time of the values. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>);

/** Mark Price, parsed: readable names; decimals are exact strings unless `parseGetPremiumIndexResponse` is given a `decimal` converter. */
export type ParsedGetPremiumIndexResponse<D = string> = ({
  /** Symbol. */
  symbol: string;
  /** Mark price. Exact decimal. */
  markPrice: D;
  /** Index price. Exact decimal. */
  indexPrice: D;
  /** Estimated settle price; only useful in the last hour before the settlement starts. Exact decimal. */
  estimatedSettlePrice: D;
  /** Latest funding rate. Exact decimal. */
  lastFundingRate: D;
  /** Base asset interest rate. Exact decimal. */
  interestRate: D;
  /** Next funding time (0 for a delivery contract). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  nextFundingTime: number;
  /** Time of the values. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Mark price. Exact decimal. */
  markPrice: D;
  /** Index price. Exact decimal. */
  indexPrice: D;
  /** Estimated settle price; only useful in the last hour before the settlement starts. Exact decimal. */
  estimatedSettlePrice: D;
  /** Latest funding rate. Exact decimal. */
  lastFundingRate: D;
  /** Base asset interest rate. Exact decimal. */
  interestRate: D;
  /** Next funding time (0 for a delivery contract). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  nextFundingTime: number;
  /** Time of the values. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>);

/** Descriptor of Mark Price: data the runtime interprets. */
export const getPremiumIndexOperation: OperationDescriptor<GetPremiumIndexParams, GetPremiumIndexResponse> = { operation: "getPremiumIndex", security: "NONE", weight: 10, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/premiumIndex"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-premium-index.json", validate: validateGetPremiumIndexResponse };

/**
 * Mark Price: `GET /fapi/v1/premiumIndex`. Mark price, index price and funding rate of one contract (an object) or all (an array).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetPremiumIndexResponse` if you want readable names. Weight 10 (symbol: 1; none: 10.). Security NONE.
 */
export function getPremiumIndexHttp(params?: GetPremiumIndexParams, client?: HttpClient): Observable<GetPremiumIndexResponse> {
  return requestHttp(getPremiumIndexOperation, params ?? {}, client);
}

/** Maps a raw `GetPremiumIndexResponse` to the readable `ParsedGetPremiumIndexResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetPremiumIndexResponse<D = string>(raw: GetPremiumIndexResponse, options?: ParseOptions<D>): ParsedGetPremiumIndexResponse<D> {
  const decimal = decimalOf(options);
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, markPrice: decimal(item0.markPrice), indexPrice: decimal(item0.indexPrice), estimatedSettlePrice: decimal(item0.estimatedSettlePrice), lastFundingRate: decimal(item0.lastFundingRate), interestRate: decimal(item0.interestRate), nextFundingTime: item0.nextFundingTime, time: item0.time })) : { symbol: raw.symbol, markPrice: decimal(raw.markPrice), indexPrice: decimal(raw.indexPrice), estimatedSettlePrice: decimal(raw.estimatedSettlePrice), lastFundingRate: decimal(raw.lastFundingRate), interestRate: decimal(raw.interestRate), nextFundingTime: raw.nextFundingTime, time: raw.time };
}
