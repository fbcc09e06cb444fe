// Generated from spec/operations/sapi/create-virtual-sub-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/create-virtual-sub-account';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCreateVirtualSubAccountResponse: Validator = validate;

/** Parameters of Create a Virtual Sub-account (For Master Account) (USER_DATA) (`POST /sapi/v1/sub-account/virtualSubAccount`). */
export interface CreateVirtualSubAccountParams {
  /** A string Binance builds the virtual email from (letters and digits). */
  subAccountString: string;
}

/** Create a Virtual Sub-account (For Master Account) (USER_DATA): the response body with Binance's names. Creates a virtual sub-account under the calling master account; Binance makes up its email from subAccountString. */
export interface CreateVirtualSubAccountResponse {
  /** Email of the new sub-account. */
  email: string;
}

/** Create a Virtual Sub-account (For Master Account) (USER_DATA), parsed: readable names; decimals are exact strings unless `parseCreateVirtualSubAccountResponse` is given a `decimal` converter. */
export interface ParsedCreateVirtualSubAccountResponse {
  /** Email of the new sub-account. */
  email: string;
}

/** Descriptor of Create a Virtual Sub-account (For Master Account) (USER_DATA): data the runtime interprets. */
export const createVirtualSubAccountOperation: OperationDescriptor<CreateVirtualSubAccountParams, CreateVirtualSubAccountResponse> = { operation: "createVirtualSubAccount", security: "USER_DATA", weight: 1, weightType: "IP", params: {"subAccountString":{"type":"string","required":true}}, rest: {"method":"POST","path":"/sapi/v1/sub-account/virtualSubAccount"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/create-virtual-sub-account.json", validate: validateCreateVirtualSubAccountResponse };

/**
 * Create a Virtual Sub-account (For Master Account) (USER_DATA): `POST /sapi/v1/sub-account/virtualSubAccount`. Creates a virtual sub-account under the calling master account; Binance makes up its email from subAccountString.
 *
 * Emits the full JSON body once, then completes; parse it with `parseCreateVirtualSubAccountResponse` if you want readable names. Weight 1 (IP). Security USER_DATA.
 */
export function createVirtualSubAccountHttp(params: CreateVirtualSubAccountParams, client?: HttpClient): Observable<CreateVirtualSubAccountResponse> {
  return requestHttp(createVirtualSubAccountOperation, params, client);
}

/** Maps a raw `CreateVirtualSubAccountResponse` to the readable `ParsedCreateVirtualSubAccountResponse`. */
export function parseCreateVirtualSubAccountResponse(raw: CreateVirtualSubAccountResponse): ParsedCreateVirtualSubAccountResponse {
  return { email: raw.email };
}
