// Generated from spec/operations/sapi/sub-account-transfer-to-master.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/sub-account-transfer-to-master';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateSubAccountTransferToMasterResponse: Validator = validate;

/** Parameters of Transfer to Master (For Sub-account) (USER_DATA) (`POST /sapi/v1/sub-account/transfer/subToMaster`). */
export interface SubAccountTransferToMasterParams {
  /** Asset to move. */
  asset: string;
  /** Amount to move. Strings keep their exact digits. */
  amount: string | number;
}

/** Transfer to Master (For Sub-account) (USER_DATA): the response body with Binance's names. Called by a sub-account: moves an asset from its Spot account to its master's Spot account. The API key needs internal transfer enabled. */
export interface SubAccountTransferToMasterResponse {
  /** Transfer id; a JSON string in Binance's docs. */
  txnId: string;
}

/** Transfer to Master (For Sub-account) (USER_DATA), parsed: readable names; decimals are exact strings unless `parseSubAccountTransferToMasterResponse` is given a `decimal` converter. */
export interface ParsedSubAccountTransferToMasterResponse {
  /** Transfer id; a JSON string in Binance's docs. */
  txnId: string;
}

/** Descriptor of Transfer to Master (For Sub-account) (USER_DATA): data the runtime interprets. */
export const subAccountTransferToMasterOperation: OperationDescriptor<SubAccountTransferToMasterParams, SubAccountTransferToMasterResponse> = { operation: "subAccountTransferToMaster", security: "USER_DATA", weight: 1, weightType: "IP", params: {"asset":{"type":"string","required":true},"amount":{"type":"decimal","required":true,"minimum":0}}, rest: {"method":"POST","path":"/sapi/v1/sub-account/transfer/subToMaster"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/sub-account-transfer-to-master.json", validate: validateSubAccountTransferToMasterResponse };

/**
 * Transfer to Master (For Sub-account) (USER_DATA): `POST /sapi/v1/sub-account/transfer/subToMaster`. Called by a sub-account: moves an asset from its Spot account to its master's Spot account. The API key needs internal transfer enabled.
 *
 * Emits the full JSON body once, then completes; parse it with `parseSubAccountTransferToMasterResponse` if you want readable names. Weight 1 (IP). Security USER_DATA.
 */
export function subAccountTransferToMasterHttp(params: SubAccountTransferToMasterParams, client?: HttpClient): Observable<SubAccountTransferToMasterResponse> {
  return requestHttp(subAccountTransferToMasterOperation, params, client);
}

/** Maps a raw `SubAccountTransferToMasterResponse` to the readable `ParsedSubAccountTransferToMasterResponse`. */
export function parseSubAccountTransferToMasterResponse(raw: SubAccountTransferToMasterResponse): ParsedSubAccountTransferToMasterResponse {
  return { txnId: raw.txnId };
}
