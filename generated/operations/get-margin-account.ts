// Generated from spec/operations/sapi/get-margin-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-account';
import { spotProduct } from '../product';
import type { MarginAssetFields, MarginBtcTotals, ParsedMarginAssetFields, ParsedMarginBtcTotals } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginAccountResponse: Validator = validate;

/** Parameters of Query Cross Margin Account Details (USER_DATA) (`GET /sapi/v1/margin/account`). It takes none. */
export type GetMarginAccountParams = Record<string, never>;

/** Query Cross Margin Account Details (USER_DATA): the response body with Binance's names. The cross margin account: its margin level, totals in BTC, what it may do, and every asset with what is free, locked, borrowed and owed as interest. */
export interface GetMarginAccountResponse extends MarginBtcTotals {
  /** Whether the cross margin account has been opened. */
  created: boolean;
  /** Whether the account may borrow. */
  borrowEnabled: boolean;
  /** Margin level (total assets over total liabilities). Exact decimal. */
  marginLevel: string;
  /** Margin level counting collateral value. Exact decimal. */
  collateralMarginLevel: string;
  /** Collateral value in USDT (Binance capitalises the wire name). Exact decimal. */
  TotalCollateralValueInUSDT: string;
  /** Loss of the open orders in USDT. Sent only when: Not in the docs' example; listed by Binance's own connector. Exact decimal. */
  totalOpenOrderLossInUSDT?: string;
  /** Whether the account may trade. */
  tradeEnabled: boolean;
  /** Whether transfers into the account are allowed. */
  transferInEnabled: boolean;
  /** Whether transfers out of the account are allowed. */
  transferOutEnabled: boolean;
  /** MARGIN_1 (Cross Margin Classic) or MARGIN_2 (Cross Margin Pro). */
  accountType: string;
  /** Every asset of the account. */
  userAssets: Array<MarginAssetFields>;
}

/** Query Cross Margin Account Details (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginAccountResponse` is given a `decimal` converter. */
export interface ParsedGetMarginAccountResponse<D = string> extends ParsedMarginBtcTotals<D> {
  /** Whether the cross margin account has been opened. */
  created: boolean;
  /** Whether the account may borrow. */
  borrowEnabled: boolean;
  /** Margin level (total assets over total liabilities). Exact decimal. */
  marginLevel: D;
  /** Margin level counting collateral value. Exact decimal. */
  collateralMarginLevel: D;
  /** Collateral value in USDT (Binance capitalises the wire name). Exact decimal. Wire field `TotalCollateralValueInUSDT`. */
  totalCollateralValueInUsdt: D;
  /** Loss of the open orders in USDT. Sent only when: Not in the docs' example; listed by Binance's own connector. Exact decimal. Wire field `totalOpenOrderLossInUSDT`. */
  totalOpenOrderLossInUsdt?: D | undefined;
  /** Whether the account may trade. */
  tradeEnabled: boolean;
  /** Whether transfers into the account are allowed. */
  transferInEnabled: boolean;
  /** Whether transfers out of the account are allowed. */
  transferOutEnabled: boolean;
  /** MARGIN_1 (Cross Margin Classic) or MARGIN_2 (Cross Margin Pro). */
  accountType: string;
  /** Every asset of the account. */
  userAssets: Array<ParsedMarginAssetFields<D>>;
}

/** Descriptor of Query Cross Margin Account Details (USER_DATA): data the runtime interprets. */
export const getMarginAccountOperation: OperationDescriptor<GetMarginAccountParams, GetMarginAccountResponse> = { operation: "getMarginAccount", security: "USER_DATA", weight: 10, weightType: "IP", params: {}, rest: {"method":"GET","path":"/sapi/v1/margin/account"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-account.json", validate: validateGetMarginAccountResponse };

/**
 * Query Cross Margin Account Details (USER_DATA): `GET /sapi/v1/margin/account`. The cross margin account: its margin level, totals in BTC, what it may do, and every asset with what is free, locked, borrowed and owed as interest.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginAccountResponse` if you want readable names. Weight 10 (IP). Security USER_DATA.
 */
export function getMarginAccountHttp(params?: GetMarginAccountParams, client?: HttpClient): Observable<GetMarginAccountResponse> {
  return requestHttp(getMarginAccountOperation, params ?? {}, client);
}

/** Maps a raw `GetMarginAccountResponse` to the readable `ParsedGetMarginAccountResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginAccountResponse<D = string>(raw: GetMarginAccountResponse, options?: ParseOptions<D>): ParsedGetMarginAccountResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { created: raw.created, borrowEnabled: raw.borrowEnabled, marginLevel: decimal(raw.marginLevel), collateralMarginLevel: decimal(raw.collateralMarginLevel), totalCollateralValueInUsdt: decimal(raw.TotalCollateralValueInUSDT), totalOpenOrderLossInUsdt: optionalDecimal(raw.totalOpenOrderLossInUSDT), tradeEnabled: raw.tradeEnabled, transferInEnabled: raw.transferInEnabled, transferOutEnabled: raw.transferOutEnabled, accountType: raw.accountType, userAssets: raw.userAssets.map((item0) => ({ asset: item0.asset, borrowed: decimal(item0.borrowed), free: decimal(item0.free), interest: decimal(item0.interest), locked: decimal(item0.locked), netAsset: decimal(item0.netAsset) })), totalAssetOfBtc: decimal(raw.totalAssetOfBtc), totalLiabilityOfBtc: decimal(raw.totalLiabilityOfBtc), totalNetAssetOfBtc: decimal(raw.totalNetAssetOfBtc) };
}
