// Generated from spec/usdm/operations/get-multi-assets-mode.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-multi-assets-mode';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMultiAssetsModeResponse: Validator = validate;

/** Parameters of Get Current Multi-Assets Mode (`GET /fapi/v1/multiAssetsMargin`). It takes none. */
export type GetMultiAssetsModeParams = Record<string, never>;

/** Get Current Multi-Assets Mode: the response body with Binance's names. Whether the account is in Multi-Assets mode (true) or Single-Asset mode (false), on every symbol. */
export interface GetMultiAssetsModeResponse {
  /** true: Multi-Assets mode; false: Single-Asset mode. */
  multiAssetsMargin: boolean;
}

/** Get Current Multi-Assets Mode, parsed: readable names; decimals are exact strings unless `parseGetMultiAssetsModeResponse` is given a `decimal` converter. */
export interface ParsedGetMultiAssetsModeResponse {
  /** true: Multi-Assets mode; false: Single-Asset mode. */
  multiAssetsMargin: boolean;
}

/** Descriptor of Get Current Multi-Assets Mode: data the runtime interprets. */
export const getMultiAssetsModeOperation: OperationDescriptor<GetMultiAssetsModeParams, GetMultiAssetsModeResponse> = { operation: "getMultiAssetsMode", security: "USER_DATA", weight: 30, params: {}, rest: {"method":"GET","path":"/fapi/v1/multiAssetsMargin"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-multi-assets-mode.json", validate: validateGetMultiAssetsModeResponse };

/**
 * Get Current Multi-Assets Mode: `GET /fapi/v1/multiAssetsMargin`. Whether the account is in Multi-Assets mode (true) or Single-Asset mode (false), on every symbol.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMultiAssetsModeResponse` if you want readable names. Weight 30. Security USER_DATA.
 */
export function getMultiAssetsModeHttp(params?: GetMultiAssetsModeParams, client?: HttpClient): Observable<GetMultiAssetsModeResponse> {
  return requestHttp(getMultiAssetsModeOperation, params ?? {}, client);
}

/** Maps a raw `GetMultiAssetsModeResponse` to the readable `ParsedGetMultiAssetsModeResponse`. */
export function parseGetMultiAssetsModeResponse(raw: GetMultiAssetsModeResponse): ParsedGetMultiAssetsModeResponse {
  return { multiAssetsMargin: raw.multiAssetsMargin };
}
