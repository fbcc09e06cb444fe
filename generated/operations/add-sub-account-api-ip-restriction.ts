// Generated from spec/operations/sapi/add-sub-account-api-ip-restriction.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/add-sub-account-api-ip-restriction';
import { spotProduct } from '../product';
import type { ParsedSubAccountApiIpFields, SubAccountApiIpFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateAddSubAccountApiIpRestrictionResponse: Validator = validate;

/** Parameters of Add IP Restriction for Sub-Account API key (For Master Account) (USER_DATA) (`POST /sapi/v2/sub-account/subAccountApi/ipRestriction`). */
export interface AddSubAccountApiIpRestrictionParams {
  /** Email of the sub-account. */
  email: string;
  /** The sub-account's API key. */
  subAccountApiKey: string;
  /** 1: IP unrestricted; 2: restricted to the trusted IP addresses. */
  status: number;
  /** IP addresses to add, comma-separated. */
  ipAddress?: string;
}

/** Add IP Restriction for Sub-Account API key (For Master Account) (USER_DATA): the response body with Binance's names. Sets whether an API key of a sub-account is restricted to trusted IP addresses (status 2) or not (status 1), and adds addresses to its list. The calling key needs "Enable Spot & Margin Trading". */
export interface AddSubAccountApiIpRestrictionResponse extends SubAccountApiIpFields {
  /** The status as text: "1" unrestricted, "2" restricted. */
  status: string;
}

/** Add IP Restriction for Sub-Account API key (For Master Account) (USER_DATA), parsed: readable names; decimals are exact strings unless `parseAddSubAccountApiIpRestrictionResponse` is given a `decimal` converter. */
export interface ParsedAddSubAccountApiIpRestrictionResponse extends ParsedSubAccountApiIpFields {
  /** The status as text: "1" unrestricted, "2" restricted. */
  status: string;
}

/** Descriptor of Add IP Restriction for Sub-Account API key (For Master Account) (USER_DATA): data the runtime interprets. */
export const addSubAccountApiIpRestrictionOperation: OperationDescriptor<AddSubAccountApiIpRestrictionParams, AddSubAccountApiIpRestrictionResponse> = { operation: "addSubAccountApiIpRestriction", security: "USER_DATA", weight: 3000, weightType: "UID", params: {"email":{"type":"string","required":true},"subAccountApiKey":{"type":"string","required":true},"status":{"type":"integer","required":true,"minimum":1,"maximum":2},"ipAddress":{"type":"string"}}, rest: {"method":"POST","path":"/sapi/v2/sub-account/subAccountApi/ipRestriction"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/add-sub-account-api-ip-restriction.json", validate: validateAddSubAccountApiIpRestrictionResponse };

/**
 * Add IP Restriction for Sub-Account API key (For Master Account) (USER_DATA): `POST /sapi/v2/sub-account/subAccountApi/ipRestriction`. Sets whether an API key of a sub-account is restricted to trusted IP addresses (status 2) or not (status 1), and adds addresses to its list. The calling key needs "Enable Spot & Margin Trading".
 *
 * Emits the full JSON body once, then completes; parse it with `parseAddSubAccountApiIpRestrictionResponse` if you want readable names. Weight 3000 (UID). Security USER_DATA.
 */
export function addSubAccountApiIpRestrictionHttp(params: AddSubAccountApiIpRestrictionParams, client?: HttpClient): Observable<AddSubAccountApiIpRestrictionResponse> {
  return requestHttp(addSubAccountApiIpRestrictionOperation, params, client);
}

/** Maps a raw `AddSubAccountApiIpRestrictionResponse` to the readable `ParsedAddSubAccountApiIpRestrictionResponse`. */
export function parseAddSubAccountApiIpRestrictionResponse(raw: AddSubAccountApiIpRestrictionResponse): ParsedAddSubAccountApiIpRestrictionResponse {
  return { status: raw.status, ipList: raw.ipList, updateTime: raw.updateTime, apiKey: raw.apiKey };
}
