// Generated from spec/operations/sapi/get-margin-max-transferable.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-max-transferable';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginMaxTransferableResponse: Validator = validate;

/** Parameters of Query Max Transfer-Out Amount (USER_DATA) (`GET /sapi/v1/margin/maxTransferable`). */
export interface GetMarginMaxTransferableParams {
  /** Asset, such as BTC. */
  asset: string;
  /** The isolated margin account's symbol; left out, the cross margin account. */
  isolatedSymbol?: string;
}

/** Query Max Transfer-Out Amount (USER_DATA): the response body with Binance's names. How much of an asset can be transferred out of the cross margin account (or, with isolatedSymbol, out of that isolated margin account) now. */
export interface GetMarginMaxTransferableResponse {
  /** The most that can be transferred out now. Exact decimal. */
  amount: string;
}

/** Query Max Transfer-Out Amount (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginMaxTransferableResponse` is given a `decimal` converter. */
export interface ParsedGetMarginMaxTransferableResponse<D = string> {
  /** The most that can be transferred out now. Exact decimal. */
  amount: D;
}

/** Descriptor of Query Max Transfer-Out Amount (USER_DATA): data the runtime interprets. */
export const getMarginMaxTransferableOperation: OperationDescriptor<GetMarginMaxTransferableParams, GetMarginMaxTransferableResponse> = { operation: "getMarginMaxTransferable", security: "USER_DATA", weight: 50, weightType: "IP", params: {"asset":{"type":"string","required":true,"pattern":"^[A-Z0-9]{1,20}$"},"isolatedSymbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"}}, rest: {"method":"GET","path":"/sapi/v1/margin/maxTransferable"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-max-transferable.json", validate: validateGetMarginMaxTransferableResponse };

/**
 * Query Max Transfer-Out Amount (USER_DATA): `GET /sapi/v1/margin/maxTransferable`. How much of an asset can be transferred out of the cross margin account (or, with isolatedSymbol, out of that isolated margin account) now.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginMaxTransferableResponse` if you want readable names. Weight 50 (IP). Security USER_DATA.
 */
export function getMarginMaxTransferableHttp(params: GetMarginMaxTransferableParams, client?: HttpClient): Observable<GetMarginMaxTransferableResponse> {
  return requestHttp(getMarginMaxTransferableOperation, params, client);
}

/** Maps a raw `GetMarginMaxTransferableResponse` to the readable `ParsedGetMarginMaxTransferableResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginMaxTransferableResponse<D = string>(raw: GetMarginMaxTransferableResponse, options?: ParseOptions<D>): ParsedGetMarginMaxTransferableResponse<D> {
  const decimal = decimalOf(options);
  return { amount: decimal(raw.amount) };
}
