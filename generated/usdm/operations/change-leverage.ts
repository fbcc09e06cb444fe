// Generated from spec/usdm/operations/change-leverage.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/change-leverage';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateChangeLeverageResponse: Validator = validate;

/** Parameters of Change Initial Leverage (`POST /fapi/v1/leverage`). */
export interface ChangeLeverageParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Target initial leverage. */
  leverage: number;
}

/** Change Initial Leverage: the response body with Binance's names. Sets the initial leverage of one symbol (1 to 125, within the symbol's brackets). */
export interface ChangeLeverageResponse {
  /** Initial leverage. */
  leverage: number;
  /** Largest position notional at this leverage. Exact decimal. */
  maxNotionalValue: string;
  /** Symbol. */
  symbol: string;
}

/** Change Initial Leverage, parsed: readable names; decimals are exact strings unless `parseChangeLeverageResponse` is given a `decimal` converter. */
export interface ParsedChangeLeverageResponse<D = string> {
  /** Initial leverage. */
  leverage: number;
  /** Largest position notional at this leverage. Exact decimal. */
  maxNotionalValue: D;
  /** Symbol. */
  symbol: string;
}

/** Descriptor of Change Initial Leverage: data the runtime interprets. */
export const changeLeverageOperation: OperationDescriptor<ChangeLeverageParams, ChangeLeverageResponse> = { operation: "changeLeverage", security: "TRADE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"leverage":{"type":"integer","minimum":1,"maximum":125,"required":true}}, rest: {"method":"POST","path":"/fapi/v1/leverage"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/change-leverage.json", validate: validateChangeLeverageResponse };

/**
 * Change Initial Leverage: `POST /fapi/v1/leverage`. Sets the initial leverage of one symbol (1 to 125, within the symbol's brackets).
 *
 * Emits the full JSON body once, then completes; parse it with `parseChangeLeverageResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function changeLeverageHttp(params: ChangeLeverageParams, client?: HttpClient): Observable<ChangeLeverageResponse> {
  return requestHttp(changeLeverageOperation, params, client);
}

/** Maps a raw `ChangeLeverageResponse` to the readable `ParsedChangeLeverageResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseChangeLeverageResponse<D = string>(raw: ChangeLeverageResponse, options?: ParseOptions<D>): ParsedChangeLeverageResponse<D> {
  const decimal = decimalOf(options);
  return { leverage: raw.leverage, maxNotionalValue: decimal(raw.maxNotionalValue), symbol: raw.symbol };
}
