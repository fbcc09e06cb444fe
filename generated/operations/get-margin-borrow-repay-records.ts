// Generated from spec/operations/sapi/get-margin-borrow-repay-records.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-borrow-repay-records';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginBorrowRepayRecordsResponse: Validator = validate;

/** Parameters of Query borrow/repay records in Margin account (USER_DATA) (`GET /sapi/v1/margin/borrow-repay`). */
export interface GetMarginBorrowRepayRecordsParams {
  /** Only this asset. */
  asset?: string;
  /** The isolated margin account's symbol; left out, the cross margin account. */
  isolatedSymbol?: string;
  /** The tranId of a borrow or repay. */
  txId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** Page to answer, from 1. Default: `1`. */
  current?: number;
  /** Records per page. Default: `10`. */
  size?: number;
  /** BORROW or REPAY. */
  type: "BORROW" | "REPAY";
}

/** Query borrow/repay records in Margin account (USER_DATA): the response body with Binance's names. Borrows (type BORROW) or repayments (type REPAY) of the cross margin account, or of one isolated margin account with isolatedSymbol; newest first, a page at a time. txId or startTime must be sent (txId wins); without an asset the range is at most 7 days before endTime, with one 30. */
export interface GetMarginBorrowRepayRecordsResponse {
  /** The records of the page, newest first. */
  rows: Array<{
    /** How it happened: AUTO or MANUAL (borrows and isolated repayments); MANUAL, AUTO, BNB_AUTO_REPAY or POINT_AUTO_REPAY (cross margin repayments). */
    type: string;
    /** The isolated margin account's symbol. Sent only when: isolated symbol, will not be returned for crossed margin */
    isolatedSymbol?: string;
    /** Total amount borrowed or repaid. Exact decimal. */
    amount: string;
    /** Asset. */
    asset: string;
    /** Interest repaid. Exact decimal. */
    interest: string;
    /** Principal repaid. Exact decimal. */
    principal: string;
    /** PENDING (pending execution), CONFIRMED (executed) or FAILED (nothing happened to the account). */
    status: string;
    /** When it happened. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    timestamp: number;
    /** Transaction id (the borrow or repay's tranId). */
    txId: number;
  }>;
  /** How many records match. */
  total: number;
}

/** Query borrow/repay records in Margin account (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginBorrowRepayRecordsResponse` is given a `decimal` converter. */
export interface ParsedGetMarginBorrowRepayRecordsResponse<D = string> {
  /** The records of the page, newest first. */
  rows: Array<{
    /** How it happened: AUTO or MANUAL (borrows and isolated repayments); MANUAL, AUTO, BNB_AUTO_REPAY or POINT_AUTO_REPAY (cross margin repayments). */
    type: string;
    /** The isolated margin account's symbol. Sent only when: isolated symbol, will not be returned for crossed margin */
    isolatedSymbol?: string | undefined;
    /** Total amount borrowed or repaid. Exact decimal. */
    amount: D;
    /** Asset. */
    asset: string;
    /** Interest repaid. Exact decimal. */
    interest: D;
    /** Principal repaid. Exact decimal. */
    principal: D;
    /** PENDING (pending execution), CONFIRMED (executed) or FAILED (nothing happened to the account). */
    status: string;
    /** When it happened. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    timestamp: number;
    /** Transaction id (the borrow or repay's tranId). */
    txId: number;
  }>;
  /** How many records match. */
  total: number;
}

/** Descriptor of Query borrow/repay records in Margin account (USER_DATA): data the runtime interprets. */
export const getMarginBorrowRepayRecordsOperation: OperationDescriptor<GetMarginBorrowRepayRecordsParams, GetMarginBorrowRepayRecordsResponse> = { operation: "getMarginBorrowRepayRecords", security: "USER_DATA", weight: 10, weightType: "IP", params: {"asset":{"type":"string","pattern":"^[A-Z0-9]{1,20}$"},"isolatedSymbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"txId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"current":{"type":"integer","minimum":1},"size":{"type":"integer","minimum":1,"maximum":100},"type":{"type":"string","required":true,"enum":["BORROW","REPAY"]}}, rest: {"method":"GET","path":"/sapi/v1/margin/borrow-repay"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-borrow-repay-records.json", validate: validateGetMarginBorrowRepayRecordsResponse };

/**
 * Query borrow/repay records in Margin account (USER_DATA): `GET /sapi/v1/margin/borrow-repay`. Borrows (type BORROW) or repayments (type REPAY) of the cross margin account, or of one isolated margin account with isolatedSymbol; newest first, a page at a time. txId or startTime must be sent (txId wins); without an asset the range is at most 7 days before endTime, with one 30.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginBorrowRepayRecordsResponse` if you want readable names. Weight 10 (IP). Security USER_DATA.
 */
export function getMarginBorrowRepayRecordsHttp(params: GetMarginBorrowRepayRecordsParams, client?: HttpClient): Observable<GetMarginBorrowRepayRecordsResponse> {
  return requestHttp(getMarginBorrowRepayRecordsOperation, params, client);
}

/** Maps a raw `GetMarginBorrowRepayRecordsResponse` to the readable `ParsedGetMarginBorrowRepayRecordsResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginBorrowRepayRecordsResponse<D = string>(raw: GetMarginBorrowRepayRecordsResponse, options?: ParseOptions<D>): ParsedGetMarginBorrowRepayRecordsResponse<D> {
  const decimal = decimalOf(options);
  return { rows: raw.rows.map((item0) => ({ type: item0.type, isolatedSymbol: item0.isolatedSymbol, amount: decimal(item0.amount), asset: item0.asset, interest: decimal(item0.interest), principal: decimal(item0.principal), status: item0.status, timestamp: item0.timestamp, txId: item0.txId })), total: raw.total };
}
