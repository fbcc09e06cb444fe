// Generated from spec/usdm/operations/get-fee-burn.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-fee-burn';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetFeeBurnResponse: Validator = validate;

/** Parameters of Get BNB Burn Status (`GET /fapi/v1/feeBurn`). It takes none. */
export type GetFeeBurnParams = Record<string, never>;

/** Get BNB Burn Status: the response body with Binance's names. Whether the account pays futures fees in BNB (with a discount). */
export interface GetFeeBurnResponse {
  /** true: fees are paid in BNB. */
  feeBurn: boolean;
}

/** Get BNB Burn Status, parsed: readable names; decimals are exact strings unless `parseGetFeeBurnResponse` is given a `decimal` converter. */
export interface ParsedGetFeeBurnResponse {
  /** true: fees are paid in BNB. */
  feeBurn: boolean;
}

/** Descriptor of Get BNB Burn Status: data the runtime interprets. */
export const getFeeBurnOperation: OperationDescriptor<GetFeeBurnParams, GetFeeBurnResponse> = { operation: "getFeeBurn", security: "USER_DATA", weight: 30, params: {}, rest: {"method":"GET","path":"/fapi/v1/feeBurn"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-fee-burn.json", validate: validateGetFeeBurnResponse };

/**
 * Get BNB Burn Status: `GET /fapi/v1/feeBurn`. Whether the account pays futures fees in BNB (with a discount).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetFeeBurnResponse` if you want readable names. Weight 30. Security USER_DATA.
 */
export function getFeeBurnHttp(params?: GetFeeBurnParams, client?: HttpClient): Observable<GetFeeBurnResponse> {
  return requestHttp(getFeeBurnOperation, params ?? {}, client);
}

/** Maps a raw `GetFeeBurnResponse` to the readable `ParsedGetFeeBurnResponse`. */
export function parseGetFeeBurnResponse(raw: GetFeeBurnResponse): ParsedGetFeeBurnResponse {
  return { feeBurn: raw.feeBurn };
}
