// Generated from spec/operations/sapi/delete-sub-account-api-ip-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/delete-sub-account-api-ip-list';
import { spotProduct } from '../product';
import type { ParsedSubAccountApiIpFields, SubAccountApiIpFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateDeleteSubAccountApiIpListResponse: Validator = validate;

/** Parameters of Delete IP List For a Sub-account API Key (For Master Account) (USER_DATA) (`DELETE /sapi/v1/sub-account/subAccountApi/ipRestriction/ipList`). */
export interface DeleteSubAccountApiIpListParams {
  /** Email of the sub-account. */
  email: string;
  /** The sub-account's API key. */
  subAccountApiKey: string;
  /** IP addresses to remove, comma-separated. */
  ipAddress: string;
}

/** Delete IP List For a Sub-account API Key (For Master Account) (USER_DATA): the response body with Binance's names. Removes IP addresses from the list of an API key of a sub-account. The calling key needs "Enable Spot & Margin Trading". */
export interface DeleteSubAccountApiIpListResponse extends SubAccountApiIpFields {
  /** Whether the key is restricted to ipList, as the text "true" or "false". */
  ipRestrict: string;
}

/** Delete IP List For a Sub-account API Key (For Master Account) (USER_DATA), parsed: readable names; decimals are exact strings unless `parseDeleteSubAccountApiIpListResponse` is given a `decimal` converter. */
export interface ParsedDeleteSubAccountApiIpListResponse extends ParsedSubAccountApiIpFields {
  /** Whether the key is restricted to ipList, as the text "true" or "false". */
  ipRestrict: string;
}

/** Descriptor of Delete IP List For a Sub-account API Key (For Master Account) (USER_DATA): data the runtime interprets. */
export const deleteSubAccountApiIpListOperation: OperationDescriptor<DeleteSubAccountApiIpListParams, DeleteSubAccountApiIpListResponse> = { operation: "deleteSubAccountApiIpList", security: "USER_DATA", weight: 3000, weightType: "UID", params: {"email":{"type":"string","required":true},"subAccountApiKey":{"type":"string","required":true},"ipAddress":{"type":"string","required":true}}, rest: {"method":"DELETE","path":"/sapi/v1/sub-account/subAccountApi/ipRestriction/ipList"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/delete-sub-account-api-ip-list.json", validate: validateDeleteSubAccountApiIpListResponse };

/**
 * Delete IP List For a Sub-account API Key (For Master Account) (USER_DATA): `DELETE /sapi/v1/sub-account/subAccountApi/ipRestriction/ipList`. Removes IP addresses from the list of an API key of a sub-account. The calling key needs "Enable Spot & Margin Trading".
 *
 * Emits the full JSON body once, then completes; parse it with `parseDeleteSubAccountApiIpListResponse` if you want readable names. Weight 3000 (UID). Security USER_DATA.
 */
export function deleteSubAccountApiIpListHttp(params: DeleteSubAccountApiIpListParams, client?: HttpClient): Observable<DeleteSubAccountApiIpListResponse> {
  return requestHttp(deleteSubAccountApiIpListOperation, params, client);
}

/** Maps a raw `DeleteSubAccountApiIpListResponse` to the readable `ParsedDeleteSubAccountApiIpListResponse`. */
export function parseDeleteSubAccountApiIpListResponse(raw: DeleteSubAccountApiIpListResponse): ParsedDeleteSubAccountApiIpListResponse {
  return { ipRestrict: raw.ipRestrict, ipList: raw.ipList, updateTime: raw.updateTime, apiKey: raw.apiKey };
}
