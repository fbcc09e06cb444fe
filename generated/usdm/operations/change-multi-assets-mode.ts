// Generated from spec/usdm/operations/change-multi-assets-mode.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/change-multi-assets-mode';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateChangeMultiAssetsModeResponse: Validator = validate;

/** Parameters of Change Multi-Assets Mode (`POST /fapi/v1/multiAssetsMargin`). */
export interface ChangeMultiAssetsModeParams {
  /** "true": Multi-Assets mode; "false": Single-Asset mode. */
  multiAssetsMargin: "true" | "false";
}

/** Change Multi-Assets Mode: the response body with Binance's names. Switches the account between Multi-Assets mode and Single-Asset mode, on every symbol. */
export interface ChangeMultiAssetsModeResponse {
  /** 200 on success. */
  code: number;
  /** Message. */
  msg: string;
}

/** Change Multi-Assets Mode, parsed: readable names; decimals are exact strings unless `parseChangeMultiAssetsModeResponse` is given a `decimal` converter. */
export interface ParsedChangeMultiAssetsModeResponse {
  /** 200 on success. */
  code: number;
  /** Message. */
  msg: string;
}

/** Descriptor of Change Multi-Assets Mode: data the runtime interprets. */
export const changeMultiAssetsModeOperation: OperationDescriptor<ChangeMultiAssetsModeParams, ChangeMultiAssetsModeResponse> = { operation: "changeMultiAssetsMode", security: "TRADE", weight: 1, params: {"multiAssetsMargin":{"type":"string","enum":["true","false"],"required":true}}, rest: {"method":"POST","path":"/fapi/v1/multiAssetsMargin"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/change-multi-assets-mode.json", validate: validateChangeMultiAssetsModeResponse };

/**
 * Change Multi-Assets Mode: `POST /fapi/v1/multiAssetsMargin`. Switches the account between Multi-Assets mode and Single-Asset mode, on every symbol.
 *
 * Emits the full JSON body once, then completes; parse it with `parseChangeMultiAssetsModeResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function changeMultiAssetsModeHttp(params: ChangeMultiAssetsModeParams, client?: HttpClient): Observable<ChangeMultiAssetsModeResponse> {
  return requestHttp(changeMultiAssetsModeOperation, params, client);
}

/** Maps a raw `ChangeMultiAssetsModeResponse` to the readable `ParsedChangeMultiAssetsModeResponse`. */
export function parseChangeMultiAssetsModeResponse(raw: ChangeMultiAssetsModeResponse): ParsedChangeMultiAssetsModeResponse {
  return { code: raw.code, msg: raw.msg };
}
