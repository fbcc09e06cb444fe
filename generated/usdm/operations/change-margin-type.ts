// Generated from spec/usdm/operations/change-margin-type.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/change-margin-type';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateChangeMarginTypeResponse: Validator = validate;

/** Parameters of Change Margin Type (`POST /fapi/v1/marginType`). */
export interface ChangeMarginTypeParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** ISOLATED or CROSSED. */
  marginType: "ISOLATED" | "CROSSED";
}

/** Change Margin Type: the response body with Binance's names. Switches one symbol between cross and isolated margin: -4046 when it already is, refused while the symbol has a position or open orders. */
export interface ChangeMarginTypeResponse {
  /** 200 (a success, despite the name). */
  code: number;
  /** success. */
  msg: string;
}

/** Change Margin Type, parsed: readable names; decimals are exact strings unless `parseChangeMarginTypeResponse` is given a `decimal` converter. */
export interface ParsedChangeMarginTypeResponse {
  /** 200 (a success, despite the name). */
  code: number;
  /** success. */
  msg: string;
}

/** Descriptor of Change Margin Type: data the runtime interprets. */
export const changeMarginTypeOperation: OperationDescriptor<ChangeMarginTypeParams, ChangeMarginTypeResponse> = { operation: "changeMarginType", security: "TRADE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"marginType":{"type":"string","enum":["ISOLATED","CROSSED"],"required":true}}, rest: {"method":"POST","path":"/fapi/v1/marginType"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/change-margin-type.json", validate: validateChangeMarginTypeResponse };

/**
 * Change Margin Type: `POST /fapi/v1/marginType`. Switches one symbol between cross and isolated margin: -4046 when it already is, refused while the symbol has a position or open orders.
 *
 * Emits the full JSON body once, then completes; parse it with `parseChangeMarginTypeResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function changeMarginTypeHttp(params: ChangeMarginTypeParams, client?: HttpClient): Observable<ChangeMarginTypeResponse> {
  return requestHttp(changeMarginTypeOperation, params, client);
}

/** Maps a raw `ChangeMarginTypeResponse` to the readable `ParsedChangeMarginTypeResponse`. */
export function parseChangeMarginTypeResponse(raw: ChangeMarginTypeResponse): ParsedChangeMarginTypeResponse {
  return { code: raw.code, msg: raw.msg };
}
