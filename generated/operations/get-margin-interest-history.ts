// Generated from spec/operations/sapi/get-margin-interest-history.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-interest-history';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginInterestHistoryResponse: Validator = validate;

/** Parameters of Get Interest History (USER_DATA) (`GET /sapi/v1/margin/interestHistory`). */
export interface GetMarginInterestHistoryParams {
  /** Only this asset. */
  asset?: string;
  /** The isolated margin account's symbol; left out, the cross margin account. */
  isolatedSymbol?: string;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** Page to answer, from 1. Default: `1`. */
  current?: number;
  /** Records per page. Default: `10`. */
  size?: number;
}

/** Get Interest History (USER_DATA): the response body with Binance's names. Interest charged to the cross margin account (or, with isolatedSymbol, one isolated margin account), newest first, a page at a time: on each borrow (ON_BORROW) and every hour on what is owed (PERIODIC). Without startTime and endTime, the last 7 days; a range is at most 30 days. */
export interface GetMarginInterestHistoryResponse {
  /** The charges of the page, newest first. */
  rows: Array<{
    /** Transaction id (Binance's may exceed 2^53: read it from the text if you need every digit). */
    txId: number;
    /** When the interest was charged (Binance spells the wire name "Accured"). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    interestAccuredTime: number;
    /** Asset the interest is charged in. */
    asset: string;
    /** The asset borrowed. Sent only when: will not be returned for isolated margin */
    rawAsset?: string;
    /** The principal the interest was charged on. Exact decimal. */
    principal: string;
    /** Interest charged. Exact decimal. */
    interest: string;
    /** The interest rate applied. Exact decimal. */
    interestRate: string;
    /** PERIODIC (hourly), ON_BORROW (on borrowing), PERIODIC_CONVERTED or ON_BORROW_CONVERTED (converted into BNB), PORTFOLIO (daily, on a portfolio margin negative balance). */
    type: string;
    /** The isolated margin account's symbol. Sent only when: isolated symbol, will not be returned for crossed margin */
    isolatedSymbol?: string;
  }>;
  /** How many charges match. */
  total: number;
}

/** Get Interest History (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginInterestHistoryResponse` is given a `decimal` converter. */
export interface ParsedGetMarginInterestHistoryResponse<D = string> {
  /** The charges of the page, newest first. */
  rows: Array<{
    /** Transaction id (Binance's may exceed 2^53: read it from the text if you need every digit). */
    txId: number;
    /** When the interest was charged (Binance spells the wire name "Accured"). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `interestAccuredTime`. */
    interestAccruedTime: number;
    /** Asset the interest is charged in. */
    asset: string;
    /** The asset borrowed. Sent only when: will not be returned for isolated margin */
    rawAsset?: string | undefined;
    /** The principal the interest was charged on. Exact decimal. */
    principal: D;
    /** Interest charged. Exact decimal. */
    interest: D;
    /** The interest rate applied. Exact decimal. */
    interestRate: D;
    /** PERIODIC (hourly), ON_BORROW (on borrowing), PERIODIC_CONVERTED or ON_BORROW_CONVERTED (converted into BNB), PORTFOLIO (daily, on a portfolio margin negative balance). */
    type: string;
    /** The isolated margin account's symbol. Sent only when: isolated symbol, will not be returned for crossed margin */
    isolatedSymbol?: string | undefined;
  }>;
  /** How many charges match. */
  total: number;
}

/** Descriptor of Get Interest History (USER_DATA): data the runtime interprets. */
export const getMarginInterestHistoryOperation: OperationDescriptor<GetMarginInterestHistoryParams, GetMarginInterestHistoryResponse> = { operation: "getMarginInterestHistory", security: "USER_DATA", weight: 1, weightType: "IP", params: {"asset":{"type":"string","pattern":"^[A-Z0-9]{1,20}$"},"isolatedSymbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"current":{"type":"integer","minimum":1},"size":{"type":"integer","minimum":1,"maximum":100}}, rest: {"method":"GET","path":"/sapi/v1/margin/interestHistory"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-interest-history.json", validate: validateGetMarginInterestHistoryResponse };

/**
 * Get Interest History (USER_DATA): `GET /sapi/v1/margin/interestHistory`. Interest charged to the cross margin account (or, with isolatedSymbol, one isolated margin account), newest first, a page at a time: on each borrow (ON_BORROW) and every hour on what is owed (PERIODIC). Without startTime and endTime, the last 7 days; a range is at most 30 days.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginInterestHistoryResponse` if you want readable names. Weight 1 (IP). Security USER_DATA.
 */
export function getMarginInterestHistoryHttp(params?: GetMarginInterestHistoryParams, client?: HttpClient): Observable<GetMarginInterestHistoryResponse> {
  return requestHttp(getMarginInterestHistoryOperation, params ?? {}, client);
}

/** Maps a raw `GetMarginInterestHistoryResponse` to the readable `ParsedGetMarginInterestHistoryResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginInterestHistoryResponse<D = string>(raw: GetMarginInterestHistoryResponse, options?: ParseOptions<D>): ParsedGetMarginInterestHistoryResponse<D> {
  const decimal = decimalOf(options);
  return { rows: raw.rows.map((item0) => ({ txId: item0.txId, interestAccruedTime: item0.interestAccuredTime, asset: item0.asset, rawAsset: item0.rawAsset, principal: decimal(item0.principal), interest: decimal(item0.interest), interestRate: decimal(item0.interestRate), type: item0.type, isolatedSymbol: item0.isolatedSymbol })), total: raw.total };
}
