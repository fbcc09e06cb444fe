// Generated from spec/usdm/operations/get-symbol-adl-risk.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-symbol-adl-risk';
import { usdmProduct } from '../product';
import type { AdlRiskFields, ParsedAdlRiskFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetSymbolAdlRiskResponse: Validator = validate;

/** Parameters of ADL Risk (`GET /fapi/v1/symbolAdlRisk`). */
export interface GetSymbolAdlRiskParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** ADL Risk: the response body with Binance's names. The symbol-level risk of auto-deleveraging during liquidations (high, medium or low, rated every 30 minutes from the insurance fund, position concentration, depth, volatility, leverage and unrealized PnL): one object with `symbol`, an array without. */
export type GetSymbolAdlRiskResponse = (AdlRiskFields) | (Array<AdlRiskFields>);

/** ADL Risk, parsed: readable names; decimals are exact strings unless `parseGetSymbolAdlRiskResponse` is given a `decimal` converter. */
export type ParsedGetSymbolAdlRiskResponse = (ParsedAdlRiskFields) | (Array<ParsedAdlRiskFields>);

/** Descriptor of ADL Risk: data the runtime interprets. */
export const getSymbolAdlRiskOperation: OperationDescriptor<GetSymbolAdlRiskParams, GetSymbolAdlRiskResponse> = { operation: "getSymbolAdlRisk", security: "NONE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/symbolAdlRisk"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-symbol-adl-risk.json", validate: validateGetSymbolAdlRiskResponse };

/**
 * ADL Risk: `GET /fapi/v1/symbolAdlRisk`. The symbol-level risk of auto-deleveraging during liquidations (high, medium or low, rated every 30 minutes from the insurance fund, position concentration, depth, volatility, leverage and unrealized PnL): one object with `symbol`, an array without.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetSymbolAdlRiskResponse` if you want readable names. Weight 1. Security NONE.
 */
export function getSymbolAdlRiskHttp(params?: GetSymbolAdlRiskParams, client?: HttpClient): Observable<GetSymbolAdlRiskResponse> {
  return requestHttp(getSymbolAdlRiskOperation, params ?? {}, client);
}

/** Maps a raw `GetSymbolAdlRiskResponse` to the readable `ParsedGetSymbolAdlRiskResponse`. */
export function parseGetSymbolAdlRiskResponse(raw: GetSymbolAdlRiskResponse): ParsedGetSymbolAdlRiskResponse {
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, adlRisk: item0.adlRisk, updateTime: item0.updateTime })) : { symbol: raw.symbol, adlRisk: raw.adlRisk, updateTime: raw.updateTime };
}
