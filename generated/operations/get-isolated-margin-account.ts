// Generated from spec/operations/sapi/get-isolated-margin-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-isolated-margin-account';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetIsolatedMarginAccountResponse: Validator = validate;

/** Parameters of Query Isolated Margin Account Info (USER_DATA) (`GET /sapi/v1/margin/isolated/account`). */
export interface GetIsolatedMarginAccountParams {
  /** Up to 5 symbols separated by commas (BTCUSDT,BNBUSDT); left out, every isolated margin account. */
  symbols?: string;
}

/** Query Isolated Margin Account Info (USER_DATA): the response body with Binance's names. The isolated margin accounts: each symbol's base and quote asset (free, locked, borrowed, interest owed), its margin level and status, index and liquidation prices; with no `symbols`, every isolated margin account and the totals in BTC. */
export interface GetIsolatedMarginAccountResponse {
  /** One entry per isolated margin account (symbol). */
  assets: Array<{
    /** The symbol's base asset in this account. */
    baseAsset: {
      /** Asset. */
      asset: string;
      /** Whether it may be borrowed. */
      borrowEnabled: boolean;
      /** Borrowed (principal owed). Exact decimal. */
      borrowed: string;
      /** Free balance. Exact decimal. */
      free: string;
      /** Interest owed. Exact decimal. */
      interest: string;
      /** Balance locked in open orders. Exact decimal. */
      locked: string;
      /** Net balance: free plus locked, less borrowed and interest. Exact decimal. */
      netAsset: string;
      /** The net balance in BTC. Exact decimal. */
      netAssetOfBtc: string;
      /** Whether it may be repaid. */
      repayEnabled: boolean;
      /** Total balance: free plus locked. Exact decimal. */
      totalAsset: string;
    };
    /** The symbol's quote asset in this account. */
    quoteAsset: {
      /** Asset. */
      asset: string;
      /** Whether it may be borrowed. */
      borrowEnabled: boolean;
      /** Borrowed (principal owed). Exact decimal. */
      borrowed: string;
      /** Free balance. Exact decimal. */
      free: string;
      /** Interest owed. Exact decimal. */
      interest: string;
      /** Balance locked in open orders. Exact decimal. */
      locked: string;
      /** Net balance: free plus locked, less borrowed and interest. Exact decimal. */
      netAsset: string;
      /** The net balance in BTC. Exact decimal. */
      netAssetOfBtc: string;
      /** Whether it may be repaid. */
      repayEnabled: boolean;
      /** Total balance: free plus locked. Exact decimal. */
      totalAsset: string;
    };
    /** Symbol of the account. */
    symbol: string;
    /** Whether the account has been created. */
    isolatedCreated: boolean;
    /** Whether the account is enabled (true) or disabled (false). */
    enabled: boolean;
    /** Margin level: total assets over total liabilities. Exact decimal. */
    marginLevel: string;
    /** EXCESSIVE, NORMAL, MARGIN_CALL, PRE_LIQUIDATION or FORCE_LIQUIDATION. */
    marginLevelStatus: string;
    /** Margin ratio. Exact decimal. */
    marginRatio: string;
    /** The symbol's price index. Exact decimal. */
    indexPrice: string;
    /** Price at which the account would be liquidated. Exact decimal. */
    liquidatePrice: string;
    /** Liquidation rate. Exact decimal. */
    liquidateRate: string;
    /** Whether the account may trade. */
    tradeEnabled: boolean;
  }>;
  /** Total assets of every isolated margin account in BTC. Sent only when: If "symbols" is not sent Exact decimal. */
  totalAssetOfBtc?: string;
  /** Total liabilities in BTC. Sent only when: If "symbols" is not sent Exact decimal. */
  totalLiabilityOfBtc?: string;
  /** Net assets in BTC. Sent only when: If "symbols" is not sent Exact decimal. */
  totalNetAssetOfBtc?: string;
}

/** Query Isolated Margin Account Info (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetIsolatedMarginAccountResponse` is given a `decimal` converter. */
export interface ParsedGetIsolatedMarginAccountResponse<D = string> {
  /** One entry per isolated margin account (symbol). */
  assets: Array<{
    /** The symbol's base asset in this account. */
    baseAsset: {
      /** Asset. */
      asset: string;
      /** Whether it may be borrowed. */
      borrowEnabled: boolean;
      /** Borrowed (principal owed). Exact decimal. */
      borrowed: D;
      /** Free balance. Exact decimal. */
      free: D;
      /** Interest owed. Exact decimal. */
      interest: D;
      /** Balance locked in open orders. Exact decimal. */
      locked: D;
      /** Net balance: free plus locked, less borrowed and interest. Exact decimal. */
      netAsset: D;
      /** The net balance in BTC. Exact decimal. */
      netAssetOfBtc: D;
      /** Whether it may be repaid. */
      repayEnabled: boolean;
      /** Total balance: free plus locked. Exact decimal. */
      totalAsset: D;
    };
    /** The symbol's quote asset in this account. */
    quoteAsset: {
      /** Asset. */
      asset: string;
      /** Whether it may be borrowed. */
      borrowEnabled: boolean;
      /** Borrowed (principal owed). Exact decimal. */
      borrowed: D;
      /** Free balance. Exact decimal. */
      free: D;
      /** Interest owed. Exact decimal. */
      interest: D;
      /** Balance locked in open orders. Exact decimal. */
      locked: D;
      /** Net balance: free plus locked, less borrowed and interest. Exact decimal. */
      netAsset: D;
      /** The net balance in BTC. Exact decimal. */
      netAssetOfBtc: D;
      /** Whether it may be repaid. */
      repayEnabled: boolean;
      /** Total balance: free plus locked. Exact decimal. */
      totalAsset: D;
    };
    /** Symbol of the account. */
    symbol: string;
    /** Whether the account has been created. */
    isolatedCreated: boolean;
    /** Whether the account is enabled (true) or disabled (false). */
    enabled: boolean;
    /** Margin level: total assets over total liabilities. Exact decimal. */
    marginLevel: D;
    /** EXCESSIVE, NORMAL, MARGIN_CALL, PRE_LIQUIDATION or FORCE_LIQUIDATION. */
    marginLevelStatus: string;
    /** Margin ratio. Exact decimal. */
    marginRatio: D;
    /** The symbol's price index. Exact decimal. */
    indexPrice: D;
    /** Price at which the account would be liquidated. Exact decimal. */
    liquidatePrice: D;
    /** Liquidation rate. Exact decimal. */
    liquidateRate: D;
    /** Whether the account may trade. */
    tradeEnabled: boolean;
  }>;
  /** Total assets of every isolated margin account in BTC. Sent only when: If "symbols" is not sent Exact decimal. */
  totalAssetOfBtc?: D | undefined;
  /** Total liabilities in BTC. Sent only when: If "symbols" is not sent Exact decimal. */
  totalLiabilityOfBtc?: D | undefined;
  /** Net assets in BTC. Sent only when: If "symbols" is not sent Exact decimal. */
  totalNetAssetOfBtc?: D | undefined;
}

/** Descriptor of Query Isolated Margin Account Info (USER_DATA): data the runtime interprets. */
export const getIsolatedMarginAccountOperation: OperationDescriptor<GetIsolatedMarginAccountParams, GetIsolatedMarginAccountResponse> = { operation: "getIsolatedMarginAccount", security: "USER_DATA", weight: 10, weightType: "IP", params: {"symbols":{"type":"string","pattern":"^[A-Z0-9_.-]{1,20}(,[A-Z0-9_.-]{1,20}){0,4}$"}}, rest: {"method":"GET","path":"/sapi/v1/margin/isolated/account"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-isolated-margin-account.json", validate: validateGetIsolatedMarginAccountResponse };

/**
 * Query Isolated Margin Account Info (USER_DATA): `GET /sapi/v1/margin/isolated/account`. The isolated margin accounts: each symbol's base and quote asset (free, locked, borrowed, interest owed), its margin level and status, index and liquidation prices; with no `symbols`, every isolated margin account and the totals in BTC.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetIsolatedMarginAccountResponse` if you want readable names. Weight 10 (IP). Security USER_DATA.
 */
export function getIsolatedMarginAccountHttp(params?: GetIsolatedMarginAccountParams, client?: HttpClient): Observable<GetIsolatedMarginAccountResponse> {
  return requestHttp(getIsolatedMarginAccountOperation, params ?? {}, client);
}

/** Maps a raw `GetIsolatedMarginAccountResponse` to the readable `ParsedGetIsolatedMarginAccountResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetIsolatedMarginAccountResponse<D = string>(raw: GetIsolatedMarginAccountResponse, options?: ParseOptions<D>): ParsedGetIsolatedMarginAccountResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { assets: raw.assets.map((item0) => ({ baseAsset: { asset: item0.baseAsset.asset, borrowEnabled: item0.baseAsset.borrowEnabled, borrowed: decimal(item0.baseAsset.borrowed), free: decimal(item0.baseAsset.free), interest: decimal(item0.baseAsset.interest), locked: decimal(item0.baseAsset.locked), netAsset: decimal(item0.baseAsset.netAsset), netAssetOfBtc: decimal(item0.baseAsset.netAssetOfBtc), repayEnabled: item0.baseAsset.repayEnabled, totalAsset: decimal(item0.baseAsset.totalAsset) }, quoteAsset: { asset: item0.quoteAsset.asset, borrowEnabled: item0.quoteAsset.borrowEnabled, borrowed: decimal(item0.quoteAsset.borrowed), free: decimal(item0.quoteAsset.free), interest: decimal(item0.quoteAsset.interest), locked: decimal(item0.quoteAsset.locked), netAsset: decimal(item0.quoteAsset.netAsset), netAssetOfBtc: decimal(item0.quoteAsset.netAssetOfBtc), repayEnabled: item0.quoteAsset.repayEnabled, totalAsset: decimal(item0.quoteAsset.totalAsset) }, symbol: item0.symbol, isolatedCreated: item0.isolatedCreated, enabled: item0.enabled, marginLevel: decimal(item0.marginLevel), marginLevelStatus: item0.marginLevelStatus, marginRatio: decimal(item0.marginRatio), indexPrice: decimal(item0.indexPrice), liquidatePrice: decimal(item0.liquidatePrice), liquidateRate: decimal(item0.liquidateRate), tradeEnabled: item0.tradeEnabled })), totalAssetOfBtc: optionalDecimal(raw.totalAssetOfBtc), totalLiabilityOfBtc: optionalDecimal(raw.totalLiabilityOfBtc), totalNetAssetOfBtc: optionalDecimal(raw.totalNetAssetOfBtc) };
}
