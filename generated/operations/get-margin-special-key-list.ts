// Generated from spec/operations/sapi/get-margin-special-key-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-special-key-list';
import { spotProduct } from '../product';
import type { MarginSpecialKeyFields, ParsedMarginSpecialKeyFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginSpecialKeyListResponse: Validator = validate;

/** Parameters of Query Special key List(Low Latency Trading) (TRADE) (`GET /sapi/v1/margin/api-key-list`). */
export interface GetMarginSpecialKeyListParams {
  /** The isolated margin pair; cross margin when left out. */
  symbol?: string;
}

/** Query Special key List(Low Latency Trading) (TRADE): the response body with Binance's names. Every special key of the cross margin account (or, with symbol, of that isolated margin account). */
export type GetMarginSpecialKeyListResponse = Array<MarginSpecialKeyFields>;

/** Query Special key List(Low Latency Trading) (TRADE), parsed: readable names; decimals are exact strings unless `parseGetMarginSpecialKeyListResponse` is given a `decimal` converter. */
export type ParsedGetMarginSpecialKeyListResponse = Array<ParsedMarginSpecialKeyFields>;

/** Descriptor of Query Special key List(Low Latency Trading) (TRADE): data the runtime interprets. */
export const getMarginSpecialKeyListOperation: OperationDescriptor<GetMarginSpecialKeyListParams, GetMarginSpecialKeyListResponse> = { operation: "getMarginSpecialKeyList", security: "TRADE", weight: 1, weightType: "UID", params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"}}, rest: {"method":"GET","path":"/sapi/v1/margin/api-key-list"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-special-key-list.json", validate: validateGetMarginSpecialKeyListResponse };

/**
 * Query Special key List(Low Latency Trading) (TRADE): `GET /sapi/v1/margin/api-key-list`. Every special key of the cross margin account (or, with symbol, of that isolated margin account).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginSpecialKeyListResponse` if you want readable names. Weight 1 (UID). Security TRADE.
 */
export function getMarginSpecialKeyListHttp(params?: GetMarginSpecialKeyListParams, client?: HttpClient): Observable<GetMarginSpecialKeyListResponse> {
  return requestHttp(getMarginSpecialKeyListOperation, params ?? {}, client);
}

/** Maps a raw `GetMarginSpecialKeyListResponse` to the readable `ParsedGetMarginSpecialKeyListResponse`. */
export function parseGetMarginSpecialKeyListResponse(raw: GetMarginSpecialKeyListResponse): ParsedGetMarginSpecialKeyListResponse {
  return raw.map((item0) => ({ apiName: item0.apiName, apiKey: item0.apiKey, ip: item0.ip, type: item0.type, permissionMode: item0.permissionMode }));
}
