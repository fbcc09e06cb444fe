// Generated from spec/usdm/operations/get-insurance-balance.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-insurance-balance';
import { usdmProduct } from '../product';
import type { InsuranceFundFields, ParsedInsuranceFundFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetInsuranceBalanceResponse: Validator = validate;

/** Parameters of Query Insurance Fund Balance Snapshot (`GET /fapi/v1/insuranceBalance`). */
export interface GetInsuranceBalanceParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Query Insurance Fund Balance Snapshot: the response body with Binance's names. The insurance fund balances, per fund: the contracts a fund covers and its balance in each margin asset. One object with `symbol` (that contract's fund), an array of every fund without. */
export type GetInsuranceBalanceResponse = (InsuranceFundFields) | (Array<InsuranceFundFields>);

/** Query Insurance Fund Balance Snapshot, parsed: readable names; decimals are exact strings unless `parseGetInsuranceBalanceResponse` is given a `decimal` converter. */
export type ParsedGetInsuranceBalanceResponse<D = string> = (ParsedInsuranceFundFields<D>) | (Array<ParsedInsuranceFundFields<D>>);

/** Descriptor of Query Insurance Fund Balance Snapshot: data the runtime interprets. */
export const getInsuranceBalanceOperation: OperationDescriptor<GetInsuranceBalanceParams, GetInsuranceBalanceResponse> = { operation: "getInsuranceBalance", security: "NONE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/insuranceBalance"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-insurance-balance.json", validate: validateGetInsuranceBalanceResponse };

/**
 * Query Insurance Fund Balance Snapshot: `GET /fapi/v1/insuranceBalance`. The insurance fund balances, per fund: the contracts a fund covers and its balance in each margin asset. One object with `symbol` (that contract's fund), an array of every fund without.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetInsuranceBalanceResponse` if you want readable names. Weight 1. Security NONE.
 */
export function getInsuranceBalanceHttp(params?: GetInsuranceBalanceParams, client?: HttpClient): Observable<GetInsuranceBalanceResponse> {
  return requestHttp(getInsuranceBalanceOperation, params ?? {}, client);
}

/** Maps a raw `GetInsuranceBalanceResponse` to the readable `ParsedGetInsuranceBalanceResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetInsuranceBalanceResponse<D = string>(raw: GetInsuranceBalanceResponse, options?: ParseOptions<D>): ParsedGetInsuranceBalanceResponse<D> {
  const decimal = decimalOf(options);
  return Array.isArray(raw) ? raw.map((item0) => ({ symbols: item0.symbols, assets: item0.assets.map((item1) => ({ asset: item1.asset, marginBalance: decimal(item1.marginBalance), updateTime: item1.updateTime })) })) : { symbols: raw.symbols, assets: raw.assets.map((item0) => ({ asset: item0.asset, marginBalance: decimal(item0.marginBalance), updateTime: item0.updateTime })) };
}
