// Generated from spec/operations/sapi/get-margin-special-key.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-special-key';
import { spotProduct } from '../product';
import type { MarginSpecialKeyFields, ParsedMarginSpecialKeyFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginSpecialKeyResponse: Validator = validate;

/** Parameters of Query Special key(Low Latency Trading) (TRADE) (`GET /sapi/v1/margin/apiKey`). */
export interface GetMarginSpecialKeyParams {
  /** The isolated margin pair; cross margin when left out. */
  symbol?: string;
}

/** Query Special key(Low Latency Trading) (TRADE): the response body with Binance's names. The special key that signs the request (of the cross margin account, or with symbol of that isolated margin account). */
export type GetMarginSpecialKeyResponse = MarginSpecialKeyFields;

/** Query Special key(Low Latency Trading) (TRADE), parsed: readable names; decimals are exact strings unless `parseGetMarginSpecialKeyResponse` is given a `decimal` converter. */
export type ParsedGetMarginSpecialKeyResponse = ParsedMarginSpecialKeyFields;

/** Descriptor of Query Special key(Low Latency Trading) (TRADE): data the runtime interprets. */
export const getMarginSpecialKeyOperation: OperationDescriptor<GetMarginSpecialKeyParams, GetMarginSpecialKeyResponse> = { operation: "getMarginSpecialKey", security: "TRADE", weight: 1, weightType: "UID", params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"}}, rest: {"method":"GET","path":"/sapi/v1/margin/apiKey"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-special-key.json", validate: validateGetMarginSpecialKeyResponse };

/**
 * Query Special key(Low Latency Trading) (TRADE): `GET /sapi/v1/margin/apiKey`. The special key that signs the request (of the cross margin account, or with symbol of that isolated margin account).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginSpecialKeyResponse` if you want readable names. Weight 1 (UID). Security TRADE.
 */
export function getMarginSpecialKeyHttp(params?: GetMarginSpecialKeyParams, client?: HttpClient): Observable<GetMarginSpecialKeyResponse> {
  return requestHttp(getMarginSpecialKeyOperation, params ?? {}, client);
}

/** Maps a raw `GetMarginSpecialKeyResponse` to the readable `ParsedGetMarginSpecialKeyResponse`. */
export function parseGetMarginSpecialKeyResponse(raw: GetMarginSpecialKeyResponse): ParsedGetMarginSpecialKeyResponse {
  return { apiName: raw.apiName, apiKey: raw.apiKey, ip: raw.ip, type: raw.type, permissionMode: raw.permissionMode };
}
