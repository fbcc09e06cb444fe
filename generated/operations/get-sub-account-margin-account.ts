// Generated from spec/operations/sapi/get-sub-account-margin-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-sub-account-margin-account';
import { spotProduct } from '../product';
import type { MarginAssetFields, MarginBtcTotals, ParsedMarginAssetFields, ParsedMarginBtcTotals } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetSubAccountMarginAccountResponse: Validator = validate;

/** Parameters of Get Detail on Sub-account's Margin Account (For Master Account) (USER_DATA) (`GET /sapi/v1/sub-account/margin/account`). */
export interface GetSubAccountMarginAccountParams {
  /** Email of the sub-account. */
  email: string;
}

/** Get Detail on Sub-account's Margin Account (For Master Account) (USER_DATA): the response body with Binance's names. One sub-account's cross margin account, seen by its master - margin level, totals in BTC, margin call bars and every asset. */
export interface GetSubAccountMarginAccountResponse extends MarginBtcTotals {
  /** Email of the sub-account. */
  email: string;
  /** Margin level (total assets over total liabilities). Exact decimal. */
  marginLevel: string;
  /** The margin levels at which Binance acts. */
  marginTradeCoeffVo: {
    /** Margin level of forced liquidation. Exact decimal. */
    forceLiquidationBar: string;
    /** Margin level of a margin call. Exact decimal. */
    marginCallBar: string;
    /** Margin level below which the account may not borrow more. Exact decimal. */
    normalBar: string;
  };
  /** Every asset of the account. */
  marginUserAssetVoList: Array<MarginAssetFields>;
}

/** Get Detail on Sub-account's Margin Account (For Master Account) (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetSubAccountMarginAccountResponse` is given a `decimal` converter. */
export interface ParsedGetSubAccountMarginAccountResponse<D = string> extends ParsedMarginBtcTotals<D> {
  /** Email of the sub-account. */
  email: string;
  /** Margin level (total assets over total liabilities). Exact decimal. */
  marginLevel: D;
  /** The margin levels at which Binance acts. */
  marginTradeCoeffVo: {
    /** Margin level of forced liquidation. Exact decimal. */
    forceLiquidationBar: D;
    /** Margin level of a margin call. Exact decimal. */
    marginCallBar: D;
    /** Margin level below which the account may not borrow more. Exact decimal. */
    normalBar: D;
  };
  /** Every asset of the account. */
  marginUserAssetVoList: Array<ParsedMarginAssetFields<D>>;
}

/** Descriptor of Get Detail on Sub-account's Margin Account (For Master Account) (USER_DATA): data the runtime interprets. */
export const getSubAccountMarginAccountOperation: OperationDescriptor<GetSubAccountMarginAccountParams, GetSubAccountMarginAccountResponse> = { operation: "getSubAccountMarginAccount", security: "USER_DATA", weight: 10, weightType: "IP", params: {"email":{"type":"string","required":true}}, rest: {"method":"GET","path":"/sapi/v1/sub-account/margin/account"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-sub-account-margin-account.json", validate: validateGetSubAccountMarginAccountResponse };

/**
 * Get Detail on Sub-account's Margin Account (For Master Account) (USER_DATA): `GET /sapi/v1/sub-account/margin/account`. One sub-account's cross margin account, seen by its master - margin level, totals in BTC, margin call bars and every asset.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetSubAccountMarginAccountResponse` if you want readable names. Weight 10 (IP). Security USER_DATA.
 */
export function getSubAccountMarginAccountHttp(params: GetSubAccountMarginAccountParams, client?: HttpClient): Observable<GetSubAccountMarginAccountResponse> {
  return requestHttp(getSubAccountMarginAccountOperation, params, client);
}

/** Maps a raw `GetSubAccountMarginAccountResponse` to the readable `ParsedGetSubAccountMarginAccountResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetSubAccountMarginAccountResponse<D = string>(raw: GetSubAccountMarginAccountResponse, options?: ParseOptions<D>): ParsedGetSubAccountMarginAccountResponse<D> {
  const decimal = decimalOf(options);
  return { email: raw.email, marginLevel: decimal(raw.marginLevel), marginTradeCoeffVo: { forceLiquidationBar: decimal(raw.marginTradeCoeffVo.forceLiquidationBar), marginCallBar: decimal(raw.marginTradeCoeffVo.marginCallBar), normalBar: decimal(raw.marginTradeCoeffVo.normalBar) }, marginUserAssetVoList: raw.marginUserAssetVoList.map((item0) => ({ asset: item0.asset, borrowed: decimal(item0.borrowed), free: decimal(item0.free), interest: decimal(item0.interest), locked: decimal(item0.locked), netAsset: decimal(item0.netAsset) })), totalAssetOfBtc: decimal(raw.totalAssetOfBtc), totalLiabilityOfBtc: decimal(raw.totalLiabilityOfBtc), totalNetAssetOfBtc: decimal(raw.totalNetAssetOfBtc) };
}
