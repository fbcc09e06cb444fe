// Generated from spec/operations/sapi/get-isolated-margin-fee-data.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-isolated-margin-fee-data';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetIsolatedMarginFeeDataResponse: Validator = validate;

/** Parameters of Query Isolated Margin Fee Data (USER_DATA) (`GET /sapi/v1/margin/isolatedMarginData`). */
export interface GetIsolatedMarginFeeDataParams {
  /** VIP level; left out, the caller's. */
  vipLevel?: number;
  /** Only this symbol. */
  symbol?: string;
}

/** Query Isolated Margin Fee Data (USER_DATA): the response body with Binance's names. Isolated margin leverage, interest rates and borrow limits per symbol (its base and quote asset), at the caller's VIP level (or `vipLevel`); with `symbol`, that symbol only. */
export type GetIsolatedMarginFeeDataResponse = Array<{
  /** The VIP level these terms are for. */
  vipLevel: number;
  /** Symbol. */
  symbol: string;
  /** Maximum leverage. Exact decimal. */
  leverage: string;
  /** The terms of its base and quote asset. */
  data: Array<{
    /** Asset. */
    coin: string;
    /** Daily interest rate. Exact decimal. */
    dailyInterest: string;
    /** Most that can be borrowed. Exact decimal. */
    borrowLimit: string;
  }>;
}>;

/** Query Isolated Margin Fee Data (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetIsolatedMarginFeeDataResponse` is given a `decimal` converter. */
export type ParsedGetIsolatedMarginFeeDataResponse<D = string> = Array<{
  /** The VIP level these terms are for. */
  vipLevel: number;
  /** Symbol. */
  symbol: string;
  /** Maximum leverage. Exact decimal. */
  leverage: D;
  /** The terms of its base and quote asset. */
  data: Array<{
    /** Asset. */
    coin: string;
    /** Daily interest rate. Exact decimal. */
    dailyInterest: D;
    /** Most that can be borrowed. Exact decimal. */
    borrowLimit: D;
  }>;
}>;

/** Descriptor of Query Isolated Margin Fee Data (USER_DATA): data the runtime interprets. */
export const getIsolatedMarginFeeDataOperation: OperationDescriptor<GetIsolatedMarginFeeDataParams, GetIsolatedMarginFeeDataResponse> = { operation: "getIsolatedMarginFeeData", security: "USER_DATA", weight: 10, weightType: "IP", params: {"vipLevel":{"type":"integer","minimum":0},"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":false}}, rest: {"method":"GET","path":"/sapi/v1/margin/isolatedMarginData"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-isolated-margin-fee-data.json", validate: validateGetIsolatedMarginFeeDataResponse };

/**
 * Query Isolated Margin Fee Data (USER_DATA): `GET /sapi/v1/margin/isolatedMarginData`. Isolated margin leverage, interest rates and borrow limits per symbol (its base and quote asset), at the caller's VIP level (or `vipLevel`); with `symbol`, that symbol only.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetIsolatedMarginFeeDataResponse` if you want readable names. Weight 10 (IP) (symbol: 1; without symbol: 10.). Security USER_DATA.
 */
export function getIsolatedMarginFeeDataHttp(params?: GetIsolatedMarginFeeDataParams, client?: HttpClient): Observable<GetIsolatedMarginFeeDataResponse> {
  return requestHttp(getIsolatedMarginFeeDataOperation, params ?? {}, client);
}

/** Maps a raw `GetIsolatedMarginFeeDataResponse` to the readable `ParsedGetIsolatedMarginFeeDataResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetIsolatedMarginFeeDataResponse<D = string>(raw: GetIsolatedMarginFeeDataResponse, options?: ParseOptions<D>): ParsedGetIsolatedMarginFeeDataResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ vipLevel: item0.vipLevel, symbol: item0.symbol, leverage: decimal(item0.leverage), data: item0.data.map((item1) => ({ coin: item1.coin, dailyInterest: decimal(item1.dailyInterest), borrowLimit: decimal(item1.borrowLimit) })) }));
}
