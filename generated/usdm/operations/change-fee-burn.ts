// Generated from spec/usdm/operations/change-fee-burn.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/change-fee-burn';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateChangeFeeBurnResponse: Validator = validate;

/** Parameters of Toggle BNB Burn On Futures Trade (`POST /fapi/v1/feeBurn`). */
export interface ChangeFeeBurnParams {
  /** "true" to pay fees in BNB, "false" not to. */
  feeBurn: "true" | "false";
}

/** Toggle BNB Burn On Futures Trade: the response body with Binance's names. Turns paying futures fees in BNB on or off, for every symbol. */
export interface ChangeFeeBurnResponse {
  /** 200 on success. */
  code: number;
  /** Message. */
  msg: string;
}

/** Toggle BNB Burn On Futures Trade, parsed: readable names; decimals are exact strings unless `parseChangeFeeBurnResponse` is given a `decimal` converter. */
export interface ParsedChangeFeeBurnResponse {
  /** 200 on success. */
  code: number;
  /** Message. */
  msg: string;
}

/** Descriptor of Toggle BNB Burn On Futures Trade: data the runtime interprets. */
export const changeFeeBurnOperation: OperationDescriptor<ChangeFeeBurnParams, ChangeFeeBurnResponse> = { operation: "changeFeeBurn", security: "TRADE", weight: 1, params: {"feeBurn":{"type":"string","enum":["true","false"],"required":true}}, rest: {"method":"POST","path":"/fapi/v1/feeBurn"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/change-fee-burn.json", validate: validateChangeFeeBurnResponse };

/**
 * Toggle BNB Burn On Futures Trade: `POST /fapi/v1/feeBurn`. Turns paying futures fees in BNB on or off, for every symbol.
 *
 * Emits the full JSON body once, then completes; parse it with `parseChangeFeeBurnResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function changeFeeBurnHttp(params: ChangeFeeBurnParams, client?: HttpClient): Observable<ChangeFeeBurnResponse> {
  return requestHttp(changeFeeBurnOperation, params, client);
}

/** Maps a raw `ChangeFeeBurnResponse` to the readable `ParsedChangeFeeBurnResponse`. */
export function parseChangeFeeBurnResponse(raw: ChangeFeeBurnResponse): ParsedChangeFeeBurnResponse {
  return { code: raw.code, msg: raw.msg };
}
