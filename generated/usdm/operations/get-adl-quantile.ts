// Generated from spec/usdm/operations/get-adl-quantile.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-adl-quantile';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAdlQuantileResponse: Validator = validate;

/** Parameters of Position ADL Quantile Estimation (`GET /fapi/v1/adlQuantile`). */
export interface GetAdlQuantileParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Position ADL Quantile Estimation: the response body with Binance's names. Where the account's positions stand in the auto-deleveraging queue, 0 (last) to 4 (first), by position side (LONG, SHORT, BOTH; HEDGE for a hedge-mode cross symbol); updated every 30 s. */
export type GetAdlQuantileResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** Quantile by position side (LONG, SHORT, BOTH, HEDGE). */
  adlQuantile: Record<string, number>;
}>;

/** Position ADL Quantile Estimation, parsed: readable names; decimals are exact strings unless `parseGetAdlQuantileResponse` is given a `decimal` converter. */
export type ParsedGetAdlQuantileResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** Quantile by position side (LONG, SHORT, BOTH, HEDGE). */
  adlQuantile: Record<string, number>;
}>;

/** Descriptor of Position ADL Quantile Estimation: data the runtime interprets. */
export const getAdlQuantileOperation: OperationDescriptor<GetAdlQuantileParams, GetAdlQuantileResponse> = { operation: "getAdlQuantile", security: "USER_DATA", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/adlQuantile"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-adl-quantile.json", validate: validateGetAdlQuantileResponse };

/**
 * Position ADL Quantile Estimation: `GET /fapi/v1/adlQuantile`. Where the account's positions stand in the auto-deleveraging queue, 0 (last) to 4 (first), by position side (LONG, SHORT, BOTH; HEDGE for a hedge-mode cross symbol); updated every 30 s.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAdlQuantileResponse` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getAdlQuantileHttp(params?: GetAdlQuantileParams, client?: HttpClient): Observable<GetAdlQuantileResponse> {
  return requestHttp(getAdlQuantileOperation, params ?? {}, client);
}

/** Maps a raw `GetAdlQuantileResponse` to the readable `ParsedGetAdlQuantileResponse`. */
export function parseGetAdlQuantileResponse(raw: GetAdlQuantileResponse): ParsedGetAdlQuantileResponse {
  return raw.map((item0) => ({ symbol: item0.symbol, adlQuantile: item0.adlQuantile }));
}
