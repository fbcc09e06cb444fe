// Generated from spec/operations/sapi/get-margin-max-borrowable.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-max-borrowable';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginMaxBorrowableResponse: Validator = validate;

/** Parameters of Query Max Borrow (USER_DATA) (`GET /sapi/v1/margin/maxBorrowable`). */
export interface GetMarginMaxBorrowableParams {
  /** Asset, such as BTC. */
  asset: string;
  /** The isolated margin account's symbol; left out, the cross margin account. */
  isolatedSymbol?: string;
}

/** Query Max Borrow (USER_DATA): the response body with Binance's names. How much of an asset the cross margin account (or, with isolatedSymbol, that isolated margin account) can borrow now, and the account's borrow limit for it. */
export interface GetMarginMaxBorrowableResponse {
  /** The most that can be borrowed now: the smaller of what the account's collateral allows and what the system can lend. Exact decimal. */
  amount: string;
  /** The account's borrow limit for the asset (by VIP level). Exact decimal. */
  borrowLimit: string;
}

/** Query Max Borrow (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginMaxBorrowableResponse` is given a `decimal` converter. */
export interface ParsedGetMarginMaxBorrowableResponse<D = string> {
  /** The most that can be borrowed now: the smaller of what the account's collateral allows and what the system can lend. Exact decimal. */
  amount: D;
  /** The account's borrow limit for the asset (by VIP level). Exact decimal. */
  borrowLimit: D;
}

/** Descriptor of Query Max Borrow (USER_DATA): data the runtime interprets. */
export const getMarginMaxBorrowableOperation: OperationDescriptor<GetMarginMaxBorrowableParams, GetMarginMaxBorrowableResponse> = { operation: "getMarginMaxBorrowable", security: "USER_DATA", weight: 50, weightType: "IP", params: {"asset":{"type":"string","required":true,"pattern":"^[A-Z0-9]{1,20}$"},"isolatedSymbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"}}, rest: {"method":"GET","path":"/sapi/v1/margin/maxBorrowable"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-max-borrowable.json", validate: validateGetMarginMaxBorrowableResponse };

/**
 * Query Max Borrow (USER_DATA): `GET /sapi/v1/margin/maxBorrowable`. How much of an asset the cross margin account (or, with isolatedSymbol, that isolated margin account) can borrow now, and the account's borrow limit for it.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginMaxBorrowableResponse` if you want readable names. Weight 50 (IP). Security USER_DATA.
 */
export function getMarginMaxBorrowableHttp(params: GetMarginMaxBorrowableParams, client?: HttpClient): Observable<GetMarginMaxBorrowableResponse> {
  return requestHttp(getMarginMaxBorrowableOperation, params, client);
}

/** Maps a raw `GetMarginMaxBorrowableResponse` to the readable `ParsedGetMarginMaxBorrowableResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginMaxBorrowableResponse<D = string>(raw: GetMarginMaxBorrowableResponse, options?: ParseOptions<D>): ParsedGetMarginMaxBorrowableResponse<D> {
  const decimal = decimalOf(options);
  return { amount: decimal(raw.amount), borrowLimit: decimal(raw.borrowLimit) };
}
