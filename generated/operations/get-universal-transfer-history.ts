// Generated from spec/operations/sapi/get-universal-transfer-history.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-universal-transfer-history';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetUniversalTransferHistoryResponse: Validator = validate;

/** Parameters of Query User Universal Transfer History (USER_DATA) (`GET /sapi/v1/asset/transfer`). */
export interface GetUniversalTransferHistoryParams {
  /** Which accounts a universal transfer moves between, <FROM>_<TO>: MAIN (Spot), MARGIN (cross margin), ISOLATEDMARGIN, UMFUTURE, CMFUTURE, FUNDING, OPTION, PORTFOLIO_MARGIN. */
  type: "MAIN_UMFUTURE" | "MAIN_CMFUTURE" | "MAIN_MARGIN" | "UMFUTURE_MAIN" | "UMFUTURE_MARGIN" | "CMFUTURE_MAIN" | "CMFUTURE_MARGIN" | "MARGIN_MAIN" | "MARGIN_UMFUTURE" | "MARGIN_CMFUTURE" | "ISOLATEDMARGIN_MARGIN" | "MARGIN_ISOLATEDMARGIN" | "ISOLATEDMARGIN_ISOLATEDMARGIN" | "MAIN_FUNDING" | "FUNDING_MAIN" | "FUNDING_UMFUTURE" | "UMFUTURE_FUNDING" | "MARGIN_FUNDING" | "FUNDING_MARGIN" | "FUNDING_CMFUTURE" | "CMFUTURE_FUNDING" | "MAIN_OPTION" | "OPTION_MAIN" | "UMFUTURE_OPTION" | "OPTION_UMFUTURE" | "MARGIN_OPTION" | "OPTION_MARGIN" | "FUNDING_OPTION" | "OPTION_FUNDING" | "MAIN_PORTFOLIO_MARGIN" | "PORTFOLIO_MARGIN_MAIN";
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** Page to answer, from 1. Default: `1`. */
  current?: number;
  /** Transfers per page. Default: `10`. */
  size?: number;
  /** The isolated margin account moved from. */
  fromSymbol?: string;
  /** The isolated margin account moved to. */
  toSymbol?: string;
}

/** Query User Universal Transfer History (USER_DATA): the response body with Binance's names. Universal transfers of one type, a page at a time; the last 7 days unless startTime or endTime says otherwise, within the last 6 months. fromSymbol is needed for types from an isolated margin account, toSymbol for types into one. */
export interface GetUniversalTransferHistoryResponse {
  /** How many transfers match. */
  total: number;
  /** The transfers of the page. Sent only when: Answers with no transfer (total 0) may lack it: the docs only show a non-empty page. */
  rows?: Array<{
    /** Asset. */
    asset: string;
    /** Amount. Exact decimal. */
    amount: string;
    /** Transfer type. */
    type: string;
    /** CONFIRMED, FAILED or PENDING. */
    status: string;
    /** Transfer id. */
    tranId: number;
    /** When it was made. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    timestamp: number;
  }>;
}

/** Query User Universal Transfer History (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetUniversalTransferHistoryResponse` is given a `decimal` converter. */
export interface ParsedGetUniversalTransferHistoryResponse<D = string> {
  /** How many transfers match. */
  total: number;
  /** The transfers of the page. Sent only when: Answers with no transfer (total 0) may lack it: the docs only show a non-empty page. */
  rows?: Array<{
    /** Asset. */
    asset: string;
    /** Amount. Exact decimal. */
    amount: D;
    /** Transfer type. */
    type: string;
    /** CONFIRMED, FAILED or PENDING. */
    status: string;
    /** Transfer id. */
    tranId: number;
    /** When it was made. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    timestamp: number;
  }> | undefined;
}

/** Descriptor of Query User Universal Transfer History (USER_DATA): data the runtime interprets. */
export const getUniversalTransferHistoryOperation: OperationDescriptor<GetUniversalTransferHistoryParams, GetUniversalTransferHistoryResponse> = { operation: "getUniversalTransferHistory", security: "USER_DATA", weight: 1, weightType: "IP", params: {"type":{"type":"string","enum":["MAIN_UMFUTURE","MAIN_CMFUTURE","MAIN_MARGIN","UMFUTURE_MAIN","UMFUTURE_MARGIN","CMFUTURE_MAIN","CMFUTURE_MARGIN","MARGIN_MAIN","MARGIN_UMFUTURE","MARGIN_CMFUTURE","ISOLATEDMARGIN_MARGIN","MARGIN_ISOLATEDMARGIN","ISOLATEDMARGIN_ISOLATEDMARGIN","MAIN_FUNDING","FUNDING_MAIN","FUNDING_UMFUTURE","UMFUTURE_FUNDING","MARGIN_FUNDING","FUNDING_MARGIN","FUNDING_CMFUTURE","CMFUTURE_FUNDING","MAIN_OPTION","OPTION_MAIN","UMFUTURE_OPTION","OPTION_UMFUTURE","MARGIN_OPTION","OPTION_MARGIN","FUNDING_OPTION","OPTION_FUNDING","MAIN_PORTFOLIO_MARGIN","PORTFOLIO_MARGIN_MAIN"],"required":true},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"current":{"type":"integer","minimum":1},"size":{"type":"integer","minimum":1,"maximum":100},"fromSymbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"toSymbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"}}, rest: {"method":"GET","path":"/sapi/v1/asset/transfer"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-universal-transfer-history.json", validate: validateGetUniversalTransferHistoryResponse };

/**
 * Query User Universal Transfer History (USER_DATA): `GET /sapi/v1/asset/transfer`. Universal transfers of one type, a page at a time; the last 7 days unless startTime or endTime says otherwise, within the last 6 months. fromSymbol is needed for types from an isolated margin account, toSymbol for types into one.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetUniversalTransferHistoryResponse` if you want readable names. Weight 1 (IP). Security USER_DATA.
 */
export function getUniversalTransferHistoryHttp(params: GetUniversalTransferHistoryParams, client?: HttpClient): Observable<GetUniversalTransferHistoryResponse> {
  return requestHttp(getUniversalTransferHistoryOperation, params, client);
}

/** Maps a raw `GetUniversalTransferHistoryResponse` to the readable `ParsedGetUniversalTransferHistoryResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetUniversalTransferHistoryResponse<D = string>(raw: GetUniversalTransferHistoryResponse, options?: ParseOptions<D>): ParsedGetUniversalTransferHistoryResponse<D> {
  const decimal = decimalOf(options);
  return { total: raw.total, rows: raw.rows === undefined ? undefined : raw.rows.map((item0) => ({ asset: item0.asset, amount: decimal(item0.amount), type: item0.type, status: item0.status, tranId: item0.tranId, timestamp: item0.timestamp })) };
}
