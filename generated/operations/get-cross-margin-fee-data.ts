// Generated from spec/operations/sapi/get-cross-margin-fee-data.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-cross-margin-fee-data';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetCrossMarginFeeDataResponse: Validator = validate;

/** Parameters of Query Cross Margin Fee Data (USER_DATA) (`GET /sapi/v1/margin/crossMarginData`). */
export interface GetCrossMarginFeeDataParams {
  /** VIP level; left out, the caller's. */
  vipLevel?: number;
  /** Only this asset. */
  coin?: string;
}

/** Query Cross Margin Fee Data (USER_DATA): the response body with Binance's names. Cross margin interest rates and borrow limits per asset, at the caller's VIP level (or `vipLevel`), as binance.com/en/margin-fee shows them; with `coin`, that asset only. */
export type GetCrossMarginFeeDataResponse = Array<{
  /** The VIP level these terms are for. */
  vipLevel: number;
  /** Asset. */
  coin: string;
  /** Whether it can be transferred into the cross margin account. */
  transferIn: boolean;
  /** Whether it can be borrowed. */
  borrowable: boolean;
  /** Daily interest rate. Exact decimal. */
  dailyInterest: string;
  /** Yearly interest rate. Exact decimal. */
  yearlyInterest: string;
  /** Most that can be borrowed. Exact decimal. */
  borrowLimit: string;
  /** Symbols of the asset that can be traded on cross margin. */
  marginablePairs: Array<string>;
}>;

/** Query Cross Margin Fee Data (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetCrossMarginFeeDataResponse` is given a `decimal` converter. */
export type ParsedGetCrossMarginFeeDataResponse<D = string> = Array<{
  /** The VIP level these terms are for. */
  vipLevel: number;
  /** Asset. */
  coin: string;
  /** Whether it can be transferred into the cross margin account. */
  transferIn: boolean;
  /** Whether it can be borrowed. */
  borrowable: boolean;
  /** Daily interest rate. Exact decimal. */
  dailyInterest: D;
  /** Yearly interest rate. Exact decimal. */
  yearlyInterest: D;
  /** Most that can be borrowed. Exact decimal. */
  borrowLimit: D;
  /** Symbols of the asset that can be traded on cross margin. */
  marginablePairs: Array<string>;
}>;

/** Descriptor of Query Cross Margin Fee Data (USER_DATA): data the runtime interprets. */
export const getCrossMarginFeeDataOperation: OperationDescriptor<GetCrossMarginFeeDataParams, GetCrossMarginFeeDataResponse> = { operation: "getCrossMarginFeeData", security: "USER_DATA", weight: 5, weightType: "IP", params: {"vipLevel":{"type":"integer","minimum":0},"coin":{"type":"string","pattern":"^[A-Z0-9]{1,20}$"}}, rest: {"method":"GET","path":"/sapi/v1/margin/crossMarginData"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-cross-margin-fee-data.json", validate: validateGetCrossMarginFeeDataResponse };

/**
 * Query Cross Margin Fee Data (USER_DATA): `GET /sapi/v1/margin/crossMarginData`. Cross margin interest rates and borrow limits per asset, at the caller's VIP level (or `vipLevel`), as binance.com/en/margin-fee shows them; with `coin`, that asset only.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetCrossMarginFeeDataResponse` if you want readable names. Weight 5 (IP) (coin: 1; without coin: 5.). Security USER_DATA.
 */
export function getCrossMarginFeeDataHttp(params?: GetCrossMarginFeeDataParams, client?: HttpClient): Observable<GetCrossMarginFeeDataResponse> {
  return requestHttp(getCrossMarginFeeDataOperation, params ?? {}, client);
}

/** Maps a raw `GetCrossMarginFeeDataResponse` to the readable `ParsedGetCrossMarginFeeDataResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetCrossMarginFeeDataResponse<D = string>(raw: GetCrossMarginFeeDataResponse, options?: ParseOptions<D>): ParsedGetCrossMarginFeeDataResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ vipLevel: item0.vipLevel, coin: item0.coin, transferIn: item0.transferIn, borrowable: item0.borrowable, dailyInterest: decimal(item0.dailyInterest), yearlyInterest: decimal(item0.yearlyInterest), borrowLimit: decimal(item0.borrowLimit), marginablePairs: item0.marginablePairs }));
}
