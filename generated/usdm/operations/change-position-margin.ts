// Generated from spec/usdm/operations/change-position-margin.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/change-position-margin';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateChangePositionMarginResponse: Validator = validate;

/** Parameters of Modify Isolated Position Margin (`POST /fapi/v1/positionMargin`). */
export interface ChangePositionMarginParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Position the order acts on: BOTH in one-way mode (the default), LONG or SHORT in hedge mode (where it must be sent). */
  positionSide?: "BOTH" | "LONG" | "SHORT";
  /** Margin to add or reduce, in the margin asset. Strings keep their exact digits. */
  amount: string | number;
  /** 1 adds margin, 2 reduces it. */
  type: number;
}

/** Modify Isolated Position Margin: the response body with Binance's names. Adds margin to an isolated position from the wallet (type 1) or takes some back (type 2). Isolated symbols only; positionSide in hedge mode. */
export interface ChangePositionMarginResponse {
  /** The amount (a JSON number). */
  amount: number;
  /** 200 on success. */
  code: number;
  /** Message. */
  msg: string;
  /** 1 added, 2 reduced. */
  type: number;
}

/** Modify Isolated Position Margin, parsed: readable names; decimals are exact strings unless `parseChangePositionMarginResponse` is given a `decimal` converter. */
export interface ParsedChangePositionMarginResponse {
  /** The amount (a JSON number). */
  amount: number;
  /** 200 on success. */
  code: number;
  /** Message. */
  msg: string;
  /** 1 added, 2 reduced. */
  type: number;
}

/** Descriptor of Modify Isolated Position Margin: data the runtime interprets. */
export const changePositionMarginOperation: OperationDescriptor<ChangePositionMarginParams, ChangePositionMarginResponse> = { operation: "changePositionMargin", security: "TRADE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"positionSide":{"type":"string","enum":["BOTH","LONG","SHORT"]},"amount":{"type":"decimal","minimum":0,"required":true},"type":{"type":"integer","minimum":1,"maximum":2,"required":true}}, rest: {"method":"POST","path":"/fapi/v1/positionMargin"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/change-position-margin.json", validate: validateChangePositionMarginResponse };

/**
 * Modify Isolated Position Margin: `POST /fapi/v1/positionMargin`. Adds margin to an isolated position from the wallet (type 1) or takes some back (type 2). Isolated symbols only; positionSide in hedge mode.
 *
 * Emits the full JSON body once, then completes; parse it with `parseChangePositionMarginResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function changePositionMarginHttp(params: ChangePositionMarginParams, client?: HttpClient): Observable<ChangePositionMarginResponse> {
  return requestHttp(changePositionMarginOperation, params, client);
}

/** Maps a raw `ChangePositionMarginResponse` to the readable `ParsedChangePositionMarginResponse`. */
export function parseChangePositionMarginResponse(raw: ChangePositionMarginResponse): ParsedChangePositionMarginResponse {
  return { amount: raw.amount, code: raw.code, msg: raw.msg, type: raw.type };
}
