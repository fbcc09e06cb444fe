// Generated from spec/operations/sapi/get-sub-account-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-sub-account-list';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetSubAccountListResponse: Validator = validate;

/** Parameters of Query Sub-account List (For Master Account) (USER_DATA) (`GET /sapi/v1/sub-account/list`). */
export interface GetSubAccountListParams {
  /** Only the sub-account with this email. */
  email?: string;
  /** Only frozen (true) or unfrozen (false) sub-accounts. */
  isFreeze?: "true" | "false";
  /** Page number. Default: `1`. */
  page?: number;
  /** Sub-accounts per page. Default: `1`. */
  limit?: number;
}

/** Query Sub-account List (For Master Account) (USER_DATA): the response body with Binance's names. The sub-accounts of the calling master account, a page at a time, optionally one email or frozen ones only. */
export interface GetSubAccountListResponse {
  /** The sub-accounts. */
  subAccounts: Array<{
    /** Sub-account user id; in the current docs' example, not in older ones, so left optional. */
    subUserId?: number;
    /** Email of the sub-account. */
    email: string;
    /** Remark set by the master; in the current docs' example, not in older ones, so left optional. */
    remark?: string;
    /** Whether the sub-account is frozen. */
    isFreeze: boolean;
    /** When the sub-account was created. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    createTime: number;
    /** Whether it is a managed sub-account. */
    isManagedSubAccount: boolean;
    /** Whether it is an asset management sub-account. */
    isAssetManagementSubAccount: boolean;
  }>;
}

/** Query Sub-account List (For Master Account) (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetSubAccountListResponse` is given a `decimal` converter. */
export interface ParsedGetSubAccountListResponse {
  /** The sub-accounts. */
  subAccounts: Array<{
    /** Sub-account user id; in the current docs' example, not in older ones, so left optional. */
    subUserId?: number | undefined;
    /** Email of the sub-account. */
    email: string;
    /** Remark set by the master; in the current docs' example, not in older ones, so left optional. */
    remark?: string | undefined;
    /** Whether the sub-account is frozen. */
    isFreeze: boolean;
    /** When the sub-account was created. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    createTime: number;
    /** Whether it is a managed sub-account. */
    isManagedSubAccount: boolean;
    /** Whether it is an asset management sub-account. */
    isAssetManagementSubAccount: boolean;
  }>;
}

/** Descriptor of Query Sub-account List (For Master Account) (USER_DATA): data the runtime interprets. */
export const getSubAccountListOperation: OperationDescriptor<GetSubAccountListParams, GetSubAccountListResponse> = { operation: "getSubAccountList", security: "USER_DATA", weight: 1, weightType: "IP", params: {"email":{"type":"string"},"isFreeze":{"type":"string","enum":["true","false"]},"page":{"type":"integer","minimum":1},"limit":{"type":"integer","minimum":1,"maximum":200}}, rest: {"method":"GET","path":"/sapi/v1/sub-account/list"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-sub-account-list.json", validate: validateGetSubAccountListResponse };

/**
 * Query Sub-account List (For Master Account) (USER_DATA): `GET /sapi/v1/sub-account/list`. The sub-accounts of the calling master account, a page at a time, optionally one email or frozen ones only.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetSubAccountListResponse` if you want readable names. Weight 1 (IP). Security USER_DATA.
 */
export function getSubAccountListHttp(params?: GetSubAccountListParams, client?: HttpClient): Observable<GetSubAccountListResponse> {
  return requestHttp(getSubAccountListOperation, params ?? {}, client);
}

/** Maps a raw `GetSubAccountListResponse` to the readable `ParsedGetSubAccountListResponse`. */
export function parseGetSubAccountListResponse(raw: GetSubAccountListResponse): ParsedGetSubAccountListResponse {
  return { subAccounts: raw.subAccounts.map((item0) => ({ subUserId: item0.subUserId, email: item0.email, remark: item0.remark, isFreeze: item0.isFreeze, createTime: item0.createTime, isManagedSubAccount: item0.isManagedSubAccount, isAssetManagementSubAccount: item0.isAssetManagementSubAccount })) };
}
