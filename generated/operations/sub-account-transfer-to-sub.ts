// Generated from spec/operations/sapi/sub-account-transfer-to-sub.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/sub-account-transfer-to-sub';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateSubAccountTransferToSubResponse: Validator = validate;

/** Parameters of Transfer to Sub-account of Same Master (For Sub-account) (USER_DATA) (`POST /sapi/v1/sub-account/transfer/subToSub`). */
export interface SubAccountTransferToSubParams {
  /** Email of the receiving sub-account. */
  toEmail: string;
  /** Asset to move. */
  asset: string;
  /** Amount to move. Strings keep their exact digits. */
  amount: string | number;
}

/** Transfer to Sub-account of Same Master (For Sub-account) (USER_DATA): the response body with Binance's names. Called by a sub-account: moves an asset from its Spot account to the Spot account of another sub-account of the same master. The API key needs internal transfer enabled. */
export interface SubAccountTransferToSubResponse {
  /** Transfer id; a JSON string in Binance's docs. */
  txnId: string;
}

/** Transfer to Sub-account of Same Master (For Sub-account) (USER_DATA), parsed: readable names; decimals are exact strings unless `parseSubAccountTransferToSubResponse` is given a `decimal` converter. */
export interface ParsedSubAccountTransferToSubResponse {
  /** Transfer id; a JSON string in Binance's docs. */
  txnId: string;
}

/** Descriptor of Transfer to Sub-account of Same Master (For Sub-account) (USER_DATA): data the runtime interprets. */
export const subAccountTransferToSubOperation: OperationDescriptor<SubAccountTransferToSubParams, SubAccountTransferToSubResponse> = { operation: "subAccountTransferToSub", security: "USER_DATA", weight: 1, weightType: "IP", params: {"toEmail":{"type":"string","required":true},"asset":{"type":"string","required":true},"amount":{"type":"decimal","required":true,"minimum":0}}, rest: {"method":"POST","path":"/sapi/v1/sub-account/transfer/subToSub"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/sub-account-transfer-to-sub.json", validate: validateSubAccountTransferToSubResponse };

/**
 * Transfer to Sub-account of Same Master (For Sub-account) (USER_DATA): `POST /sapi/v1/sub-account/transfer/subToSub`. Called by a sub-account: moves an asset from its Spot account to the Spot account of another sub-account of the same master. The API key needs internal transfer enabled.
 *
 * Emits the full JSON body once, then completes; parse it with `parseSubAccountTransferToSubResponse` if you want readable names. Weight 1 (IP). Security USER_DATA.
 */
export function subAccountTransferToSubHttp(params: SubAccountTransferToSubParams, client?: HttpClient): Observable<SubAccountTransferToSubResponse> {
  return requestHttp(subAccountTransferToSubOperation, params, client);
}

/** Maps a raw `SubAccountTransferToSubResponse` to the readable `ParsedSubAccountTransferToSubResponse`. */
export function parseSubAccountTransferToSubResponse(raw: SubAccountTransferToSubResponse): ParsedSubAccountTransferToSubResponse {
  return { txnId: raw.txnId };
}
