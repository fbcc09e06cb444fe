// Generated from spec/usdm/operations/get-symbol-config.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-symbol-config';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetSymbolConfigResponse: Validator = validate;

/** Parameters of Symbol Configuration (`GET /fapi/v1/symbolConfig`). */
export interface GetSymbolConfigParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Symbol Configuration: the response body with Binance's names. The account's settings per symbol (margin type, leverage, the notional it allows). */
export type GetSymbolConfigResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** CROSSED or ISOLATED. */
  marginType: string;
  /** Whether isolated margin is added automatically. */
  isAutoAddMargin: boolean;
  /** Leverage. */
  leverage: number;
  /** Largest position notional at this leverage. Exact decimal. */
  maxNotionalValue: string;
}>;

/** Symbol Configuration, parsed: readable names; decimals are exact strings unless `parseGetSymbolConfigResponse` is given a `decimal` converter. */
export type ParsedGetSymbolConfigResponse<D = string> = Array<{
  /** Symbol. */
  symbol: string;
  /** CROSSED or ISOLATED. */
  marginType: string;
  /** Whether isolated margin is added automatically. */
  isAutoAddMargin: boolean;
  /** Leverage. */
  leverage: number;
  /** Largest position notional at this leverage. Exact decimal. */
  maxNotionalValue: D;
}>;

/** Descriptor of Symbol Configuration: data the runtime interprets. */
export const getSymbolConfigOperation: OperationDescriptor<GetSymbolConfigParams, GetSymbolConfigResponse> = { operation: "getSymbolConfig", security: "USER_DATA", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/symbolConfig"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-symbol-config.json", validate: validateGetSymbolConfigResponse };

/**
 * Symbol Configuration: `GET /fapi/v1/symbolConfig`. The account's settings per symbol (margin type, leverage, the notional it allows).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetSymbolConfigResponse` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getSymbolConfigHttp(params?: GetSymbolConfigParams, client?: HttpClient): Observable<GetSymbolConfigResponse> {
  return requestHttp(getSymbolConfigOperation, params ?? {}, client);
}

/** Maps a raw `GetSymbolConfigResponse` to the readable `ParsedGetSymbolConfigResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetSymbolConfigResponse<D = string>(raw: GetSymbolConfigResponse, options?: ParseOptions<D>): ParsedGetSymbolConfigResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ symbol: item0.symbol, marginType: item0.marginType, isAutoAddMargin: item0.isAutoAddMargin, leverage: item0.leverage, maxNotionalValue: decimal(item0.maxNotionalValue) }));
}
