// Generated from spec/operations/sapi/get-sub-account-margin-summary.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-sub-account-margin-summary';
import { spotProduct } from '../product';
import type { MarginBtcTotals, ParsedMarginBtcTotals } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetSubAccountMarginSummaryResponse: Validator = validate;

/** Parameters of Get Summary of Sub-account's Margin Account (For Master Account) (USER_DATA) (`GET /sapi/v1/sub-account/margin/accountSummary`). It takes none. */
export type GetSubAccountMarginSummaryParams = Record<string, never>;

/** Get Summary of Sub-account's Margin Account (For Master Account) (USER_DATA): the response body with Binance's names. The cross margin totals, in BTC, of every sub-account of the calling master account, and their sum. */
export interface GetSubAccountMarginSummaryResponse extends MarginBtcTotals {
  /** Each sub-account's cross margin totals. */
  subAccountList: Array<{
    /** Email of the sub-account. */
    email: string;
  } & MarginBtcTotals>;
}

/** Get Summary of Sub-account's Margin Account (For Master Account) (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetSubAccountMarginSummaryResponse` is given a `decimal` converter. */
export interface ParsedGetSubAccountMarginSummaryResponse<D = string> extends ParsedMarginBtcTotals<D> {
  /** Each sub-account's cross margin totals. */
  subAccountList: Array<{
    /** Email of the sub-account. */
    email: string;
  } & ParsedMarginBtcTotals<D>>;
}

/** Descriptor of Get Summary of Sub-account's Margin Account (For Master Account) (USER_DATA): data the runtime interprets. */
export const getSubAccountMarginSummaryOperation: OperationDescriptor<GetSubAccountMarginSummaryParams, GetSubAccountMarginSummaryResponse> = { operation: "getSubAccountMarginSummary", security: "USER_DATA", weight: 10, weightType: "IP", params: {}, rest: {"method":"GET","path":"/sapi/v1/sub-account/margin/accountSummary"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-sub-account-margin-summary.json", validate: validateGetSubAccountMarginSummaryResponse };

/**
 * Get Summary of Sub-account's Margin Account (For Master Account) (USER_DATA): `GET /sapi/v1/sub-account/margin/accountSummary`. The cross margin totals, in BTC, of every sub-account of the calling master account, and their sum.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetSubAccountMarginSummaryResponse` if you want readable names. Weight 10 (IP). Security USER_DATA.
 */
export function getSubAccountMarginSummaryHttp(params?: GetSubAccountMarginSummaryParams, client?: HttpClient): Observable<GetSubAccountMarginSummaryResponse> {
  return requestHttp(getSubAccountMarginSummaryOperation, params ?? {}, client);
}

/** Maps a raw `GetSubAccountMarginSummaryResponse` to the readable `ParsedGetSubAccountMarginSummaryResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetSubAccountMarginSummaryResponse<D = string>(raw: GetSubAccountMarginSummaryResponse, options?: ParseOptions<D>): ParsedGetSubAccountMarginSummaryResponse<D> {
  const decimal = decimalOf(options);
  return { subAccountList: raw.subAccountList.map((item0) => ({ email: item0.email, totalAssetOfBtc: decimal(item0.totalAssetOfBtc), totalLiabilityOfBtc: decimal(item0.totalLiabilityOfBtc), totalNetAssetOfBtc: decimal(item0.totalNetAssetOfBtc) })), totalAssetOfBtc: decimal(raw.totalAssetOfBtc), totalLiabilityOfBtc: decimal(raw.totalLiabilityOfBtc), totalNetAssetOfBtc: decimal(raw.totalNetAssetOfBtc) };
}
