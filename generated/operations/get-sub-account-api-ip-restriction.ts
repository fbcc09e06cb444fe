// Generated from spec/operations/sapi/get-sub-account-api-ip-restriction.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-sub-account-api-ip-restriction';
import { spotProduct } from '../product';
import type { ParsedSubAccountApiIpFields, SubAccountApiIpFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetSubAccountApiIpRestrictionResponse: Validator = validate;

/** Parameters of Get IP Restriction for a Sub-account API Key (For Master Account) (USER_DATA) (`GET /sapi/v1/sub-account/subAccountApi/ipRestriction`). */
export interface GetSubAccountApiIpRestrictionParams {
  /** Email of the sub-account. */
  email: string;
  /** The sub-account's API key. */
  subAccountApiKey: string;
}

/** Get IP Restriction for a Sub-account API Key (For Master Account) (USER_DATA): the response body with Binance's names. Whether an API key of a sub-account is restricted to some IP addresses, and which. */
export interface GetSubAccountApiIpRestrictionResponse extends SubAccountApiIpFields {
  /** Whether the key is restricted to ipList, as the text "true" or "false". */
  ipRestrict: string;
}

/** Get IP Restriction for a Sub-account API Key (For Master Account) (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetSubAccountApiIpRestrictionResponse` is given a `decimal` converter. */
export interface ParsedGetSubAccountApiIpRestrictionResponse extends ParsedSubAccountApiIpFields {
  /** Whether the key is restricted to ipList, as the text "true" or "false". */
  ipRestrict: string;
}

/** Descriptor of Get IP Restriction for a Sub-account API Key (For Master Account) (USER_DATA): data the runtime interprets. */
export const getSubAccountApiIpRestrictionOperation: OperationDescriptor<GetSubAccountApiIpRestrictionParams, GetSubAccountApiIpRestrictionResponse> = { operation: "getSubAccountApiIpRestriction", security: "USER_DATA", weight: 3000, weightType: "UID", params: {"email":{"type":"string","required":true},"subAccountApiKey":{"type":"string","required":true}}, rest: {"method":"GET","path":"/sapi/v1/sub-account/subAccountApi/ipRestriction"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-sub-account-api-ip-restriction.json", validate: validateGetSubAccountApiIpRestrictionResponse };

/**
 * Get IP Restriction for a Sub-account API Key (For Master Account) (USER_DATA): `GET /sapi/v1/sub-account/subAccountApi/ipRestriction`. Whether an API key of a sub-account is restricted to some IP addresses, and which.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetSubAccountApiIpRestrictionResponse` if you want readable names. Weight 3000 (UID). Security USER_DATA.
 */
export function getSubAccountApiIpRestrictionHttp(params: GetSubAccountApiIpRestrictionParams, client?: HttpClient): Observable<GetSubAccountApiIpRestrictionResponse> {
  return requestHttp(getSubAccountApiIpRestrictionOperation, params, client);
}

/** Maps a raw `GetSubAccountApiIpRestrictionResponse` to the readable `ParsedGetSubAccountApiIpRestrictionResponse`. */
export function parseGetSubAccountApiIpRestrictionResponse(raw: GetSubAccountApiIpRestrictionResponse): ParsedGetSubAccountApiIpRestrictionResponse {
  return { ipRestrict: raw.ipRestrict, ipList: raw.ipList, updateTime: raw.updateTime, apiKey: raw.apiKey };
}
