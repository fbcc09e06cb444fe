// Generated from spec/operations/sapi/margin-borrow-repay.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/margin-borrow-repay';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateMarginBorrowRepayResponse: Validator = validate;

/** Parameters of Margin account borrow/repay (MARGIN) (`POST /sapi/v1/margin/borrow-repay`). */
export interface MarginBorrowRepayParams {
  /** Asset to borrow or repay, such as BTC. */
  asset: string;
  /** Margin account: TRUE for the isolated margin account of the symbol, FALSE (Binance's default) for the cross margin account. Sent as text, as Binance documents it. */
  isIsolated: "TRUE" | "FALSE";
  /** The isolated margin account's symbol (isIsolated TRUE only). */
  symbol?: string;
  /** Amount to borrow or repay. Strings keep their exact digits. */
  amount: string | number;
  /** BORROW or REPAY. */
  type: "BORROW" | "REPAY";
}

/** Margin account borrow/repay (MARGIN): the response body with Binance's names. Borrows an asset into the cross margin account (isIsolated FALSE) or a symbol's isolated margin account (isIsolated TRUE with symbol), or repays it (type REPAY). Answers the transaction id; the borrow/repay records tell how it went. */
export interface MarginBorrowRepayResponse {
  /** Transaction id (the records' txId). */
  tranId: number;
}

/** Margin account borrow/repay (MARGIN), parsed: readable names; decimals are exact strings unless `parseMarginBorrowRepayResponse` is given a `decimal` converter. */
export interface ParsedMarginBorrowRepayResponse {
  /** Transaction id (the records' txId). */
  tranId: number;
}

/** Descriptor of Margin account borrow/repay (MARGIN): data the runtime interprets. */
export const marginBorrowRepayOperation: OperationDescriptor<MarginBorrowRepayParams, MarginBorrowRepayResponse> = { operation: "marginBorrowRepay", security: "USER_DATA", weight: 1500, weightType: "UID", params: {"asset":{"type":"string","required":true,"pattern":"^[A-Z0-9]{1,20}$"},"isIsolated":{"type":"string","enum":["TRUE","FALSE"],"required":true},"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"amount":{"type":"decimal","required":true,"minimum":0},"type":{"type":"string","required":true,"enum":["BORROW","REPAY"]}}, rest: {"method":"POST","path":"/sapi/v1/margin/borrow-repay"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/margin-borrow-repay.json", validate: validateMarginBorrowRepayResponse };

/**
 * Margin account borrow/repay (MARGIN): `POST /sapi/v1/margin/borrow-repay`. Borrows an asset into the cross margin account (isIsolated FALSE) or a symbol's isolated margin account (isIsolated TRUE with symbol), or repays it (type REPAY). Answers the transaction id; the borrow/repay records tell how it went.
 *
 * Emits the full JSON body once, then completes; parse it with `parseMarginBorrowRepayResponse` if you want readable names. Weight 1500 (UID). Security USER_DATA.
 */
export function marginBorrowRepayHttp(params: MarginBorrowRepayParams, client?: HttpClient): Observable<MarginBorrowRepayResponse> {
  return requestHttp(marginBorrowRepayOperation, params, client);
}

/** Maps a raw `MarginBorrowRepayResponse` to the readable `ParsedMarginBorrowRepayResponse`. */
export function parseMarginBorrowRepayResponse(raw: MarginBorrowRepayResponse): ParsedMarginBorrowRepayResponse {
  return { tranId: raw.tranId };
}
