// Generated from spec/usdm/operations/get-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-account';
import { usdmProduct } from '../product';
import type { AccountAssetFields, AccountTotalFields, ParsedAccountAssetFields, ParsedAccountTotalFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAccountResponse: Validator = validate;

/** Parameters of Account Information V3 (`GET /fapi/v3/account`, WebSocket API `v2/account.status`). It takes none. */
export type GetAccountParams = Record<string, never>;

/** Account Information V3: the response body with Binance's names. The futures account: totals, each asset's balances and margins, and every open position (single-asset mode totals are in USDT). */
export interface GetAccountResponse extends AccountTotalFields {
  /** Each asset of the account. */
  assets: Array<AccountAssetFields>;
  /** Each open position (or with open orders). */
  positions: Array<{
    /** Symbol. */
    symbol: string;
    /** BOTH, LONG or SHORT. */
    positionSide: string;
    /** Position size (negative for a short in one-way mode). Exact decimal. */
    positionAmt: string;
    /** Unrealized profit. Exact decimal. */
    unrealizedProfit: string;
    /** Isolated margin (0 for cross). Exact decimal. */
    isolatedMargin: string;
    /** Position value at the mark price. Exact decimal. */
    notional: string;
    /** Isolated wallet (0 for cross). Exact decimal. */
    isolatedWallet: string;
    /** Initial margin. Exact decimal. */
    initialMargin: string;
    /** Maintenance margin. Exact decimal. */
    maintMargin: string;
    /** Last update (0 if never). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    updateTime: number;
  }>;
}

/** Account Information V3, parsed: readable names; decimals are exact strings unless `parseGetAccountResponse` is given a `decimal` converter. */
export interface ParsedGetAccountResponse<D = string> extends ParsedAccountTotalFields<D> {
  /** Each asset of the account. */
  assets: Array<ParsedAccountAssetFields<D>>;
  /** Each open position (or with open orders). */
  positions: Array<{
    /** Symbol. */
    symbol: string;
    /** BOTH, LONG or SHORT. */
    positionSide: string;
    /** Position size (negative for a short in one-way mode). Exact decimal. Wire field `positionAmt`. */
    positionAmount: D;
    /** Unrealized profit. Exact decimal. */
    unrealizedProfit: D;
    /** Isolated margin (0 for cross). Exact decimal. */
    isolatedMargin: D;
    /** Position value at the mark price. Exact decimal. */
    notional: D;
    /** Isolated wallet (0 for cross). Exact decimal. */
    isolatedWallet: D;
    /** Initial margin. Exact decimal. */
    initialMargin: D;
    /** Maintenance margin. Exact decimal. */
    maintMargin: D;
    /** Last update (0 if never). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    updateTime: number;
  }>;
}

/** Descriptor of Account Information V3: data the runtime interprets. */
export const getAccountOperation: OperationDescriptor<GetAccountParams, GetAccountResponse> = { operation: "getAccount", security: "USER_DATA", weight: 5, params: {}, rest: {"method":"GET","path":"/fapi/v3/account"}, wsApi: {"method":"v2/account.status"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-account.json", validate: validateGetAccountResponse };

/**
 * Account Information V3: `GET /fapi/v3/account`. The futures account: totals, each asset's balances and margins, and every open position (single-asset mode totals are in USDT).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAccountResponse` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getAccountHttp(params?: GetAccountParams, client?: HttpClient): Observable<GetAccountResponse> {
  return requestHttp(getAccountOperation, params ?? {}, client);
}

/** Account Information V3 over the WebSocket API (`v2/account.status`): returns a function that sends one request per subscription and emits its `result`. The futures account: totals, each asset's balances and margins, and every open position (single-asset mode totals are in USDT). Weight 5. Security USER_DATA. */
export function getAccountFactory(session: WsApiSession): (params?: GetAccountParams) => Observable<GetAccountResponse> {
  return (params) => session.request(getAccountOperation, params ?? {});
}

/** Maps a raw `GetAccountResponse` to the readable `ParsedGetAccountResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAccountResponse<D = string>(raw: GetAccountResponse, options?: ParseOptions<D>): ParsedGetAccountResponse<D> {
  const decimal = decimalOf(options);
  return { assets: raw.assets.map((item0) => ({ asset: item0.asset, walletBalance: decimal(item0.walletBalance), unrealizedProfit: decimal(item0.unrealizedProfit), marginBalance: decimal(item0.marginBalance), maintMargin: decimal(item0.maintMargin), initialMargin: decimal(item0.initialMargin), positionInitialMargin: decimal(item0.positionInitialMargin), openOrderInitialMargin: decimal(item0.openOrderInitialMargin), crossWalletBalance: decimal(item0.crossWalletBalance), crossUnPnl: decimal(item0.crossUnPnl), availableBalance: decimal(item0.availableBalance), maxWithdrawAmount: decimal(item0.maxWithdrawAmount), updateTime: item0.updateTime })), positions: raw.positions.map((item0) => ({ symbol: item0.symbol, positionSide: item0.positionSide, positionAmount: decimal(item0.positionAmt), unrealizedProfit: decimal(item0.unrealizedProfit), isolatedMargin: decimal(item0.isolatedMargin), notional: decimal(item0.notional), isolatedWallet: decimal(item0.isolatedWallet), initialMargin: decimal(item0.initialMargin), maintMargin: decimal(item0.maintMargin), updateTime: item0.updateTime })), totalInitialMargin: decimal(raw.totalInitialMargin), totalMaintMargin: decimal(raw.totalMaintMargin), totalWalletBalance: decimal(raw.totalWalletBalance), totalUnrealizedProfit: decimal(raw.totalUnrealizedProfit), totalMarginBalance: decimal(raw.totalMarginBalance), totalPositionInitialMargin: decimal(raw.totalPositionInitialMargin), totalOpenOrderInitialMargin: decimal(raw.totalOpenOrderInitialMargin), totalCrossWalletBalance: decimal(raw.totalCrossWalletBalance), totalCrossUnPnl: decimal(raw.totalCrossUnPnl), availableBalance: decimal(raw.availableBalance), maxWithdrawAmount: decimal(raw.maxWithdrawAmount) };
}
