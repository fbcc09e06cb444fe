// Generated from spec/usdm/operations/change-position-mode.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/change-position-mode';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateChangePositionModeResponse: Validator = validate;

/** Parameters of Change Position Mode (`POST /fapi/v1/positionSide/dual`). */
export interface ChangePositionModeParams {
  /** "true" for hedge mode, "false" for one-way mode. */
  dualSidePosition: "true" | "false";
}

/** Change Position Mode: the response body with Binance's names. Switches the account, on every symbol, between one-way mode and hedge mode (dual side: a LONG and a SHORT position per symbol); refused while any position or open order exists. */
export interface ChangePositionModeResponse {
  /** 200 (a success, despite the name). */
  code: number;
  /** success. */
  msg: string;
}

/** Change Position Mode, parsed: readable names; decimals are exact strings unless `parseChangePositionModeResponse` is given a `decimal` converter. */
export interface ParsedChangePositionModeResponse {
  /** 200 (a success, despite the name). */
  code: number;
  /** success. */
  msg: string;
}

/** Descriptor of Change Position Mode: data the runtime interprets. */
export const changePositionModeOperation: OperationDescriptor<ChangePositionModeParams, ChangePositionModeResponse> = { operation: "changePositionMode", security: "TRADE", weight: 1, params: {"dualSidePosition":{"type":"string","enum":["true","false"],"required":true}}, rest: {"method":"POST","path":"/fapi/v1/positionSide/dual"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/change-position-mode.json", validate: validateChangePositionModeResponse };

/**
 * Change Position Mode: `POST /fapi/v1/positionSide/dual`. Switches the account, on every symbol, between one-way mode and hedge mode (dual side: a LONG and a SHORT position per symbol); refused while any position or open order exists.
 *
 * Emits the full JSON body once, then completes; parse it with `parseChangePositionModeResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function changePositionModeHttp(params: ChangePositionModeParams, client?: HttpClient): Observable<ChangePositionModeResponse> {
  return requestHttp(changePositionModeOperation, params, client);
}

/** Maps a raw `ChangePositionModeResponse` to the readable `ParsedChangePositionModeResponse`. */
export function parseChangePositionModeResponse(raw: ChangePositionModeResponse): ParsedChangePositionModeResponse {
  return { code: raw.code, msg: raw.msg };
}
