// Generated from spec/usdm/operations/get-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-account';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validateGetAccountResponse: Validator = validate;

/** Parameters of Account Information V3 (`GET /fapi/v3/account`, WebSocket API `v2/account.status`). It takes none. */
export type GetAccountParams = Record<string, never>;

/** Account Information V3: the response body with Binance's names. The futures account: totals, each asset's balances and margins, and every open position (single-asset mode totals are in USDT). */
export interface GetAccountResponse {
  /** Each asset of the account. */
  assets: Array<{
    /** Asset. */
    asset: string;
    /** Wallet balance. Exact decimal, as Binance sends it. */
    walletBalance: string;
    /** Unrealized profit. Exact decimal, as Binance sends it. */
    unrealizedProfit: string;
    /** Margin balance. Exact decimal, as Binance sends it. */
    marginBalance: string;
    /** Maintenance margin. Exact decimal, as Binance sends it. */
    maintMargin: string;
    /** Initial margin. Exact decimal, as Binance sends it. */
    initialMargin: string;
    /** Initial margin of the positions. Exact decimal, as Binance sends it. */
    positionInitialMargin: string;
    /** Initial margin of the open orders. Exact decimal, as Binance sends it. */
    openOrderInitialMargin: string;
    /** Cross wallet balance. Exact decimal, as Binance sends it. */
    crossWalletBalance: string;
    /** Unrealized profit of the cross positions. Exact decimal, as Binance sends it. */
    crossUnPnl: string;
    /** Available balance. Exact decimal, as Binance sends it. */
    availableBalance: string;
    /** What can be transferred out. Exact decimal, as Binance sends it. */
    maxWithdrawAmount: string;
    /** Last update. Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). */
    updateTime: number;
  }>;
  /** Each open position (or with open orders). */
  positions: Array<{
    /** Symbol. */
    symbol: string;
    /** BOTH, LONG or SHORT. */
    positionSide: string;
    /** Position size (negative for a short in one-way mode). Exact decimal, as Binance sends it. */
    positionAmt: string;
    /** Unrealized profit. Exact decimal, as Binance sends it. */
    unrealizedProfit: string;
    /** Isolated margin (0 for cross). Exact decimal, as Binance sends it. */
    isolatedMargin: string;
    /** Position value at the mark price. Exact decimal, as Binance sends it. */
    notional: string;
    /** Isolated wallet (0 for cross). Exact decimal, as Binance sends it. */
    isolatedWallet: string;
    /** Initial margin. Exact decimal, as Binance sends it. */
    initialMargin: string;
    /** Maintenance margin. Exact decimal, as Binance sends it. */
    maintMargin: string;
    /** Last update (0 if never). Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). */
    updateTime: number;
  }>;
  /** Initial margin of positions and open orders. Exact decimal, as Binance sends it. */
  totalInitialMargin: string;
  /** Maintenance margin. Exact decimal, as Binance sends it. */
  totalMaintMargin: string;
  /** Wallet balance. Exact decimal, as Binance sends it. */
  totalWalletBalance: string;
  /** Unrealized profit of the positions, at the mark price. Exact decimal, as Binance sends it. */
  totalUnrealizedProfit: string;
  /** Wallet balance plus unrealized profit. Exact decimal, as Binance sends it. */
  totalMarginBalance: string;
  /** Initial margin of the positions, at the mark price. Exact decimal, as Binance sends it. */
  totalPositionInitialMargin: string;
  /** Initial margin of the open orders. Exact decimal, as Binance sends it. */
  totalOpenOrderInitialMargin: string;
  /** Cross wallet balance. Exact decimal, as Binance sends it. */
  totalCrossWalletBalance: string;
  /** Unrealized profit of the cross positions. Exact decimal, as Binance sends it. */
  totalCrossUnPnl: string;
  /** What new orders can use as margin. Exact decimal, as Binance sends it. */
  availableBalance: string;
  /** What can be transferred out. Exact decimal, as Binance sends it. */
  maxWithdrawAmount: string;
}

/** Account Information V3, parsed: readable names; decimals are exact strings unless `parseGetAccountResponse` is given a `decimal` converter. */
export interface ParsedGetAccountResponse<D = string> {
  /** Each asset of the account. Wire field `assets`. */
  assets: Array<{
    /** Asset. Wire field `asset`. */
    asset: string;
    /** Wallet balance. Exact decimal, as Binance sends it. Wire field `walletBalance`. */
    walletBalance: D;
    /** Unrealized profit. Exact decimal, as Binance sends it. Wire field `unrealizedProfit`. */
    unrealizedProfit: D;
    /** Margin balance. Exact decimal, as Binance sends it. Wire field `marginBalance`. */
    marginBalance: D;
    /** Maintenance margin. Exact decimal, as Binance sends it. Wire field `maintMargin`. */
    maintMargin: D;
    /** Initial margin. Exact decimal, as Binance sends it. Wire field `initialMargin`. */
    initialMargin: D;
    /** Initial margin of the positions. Exact decimal, as Binance sends it. Wire field `positionInitialMargin`. */
    positionInitialMargin: D;
    /** Initial margin of the open orders. Exact decimal, as Binance sends it. Wire field `openOrderInitialMargin`. */
    openOrderInitialMargin: D;
    /** Cross wallet balance. Exact decimal, as Binance sends it. Wire field `crossWalletBalance`. */
    crossWalletBalance: D;
    /** Unrealized profit of the cross positions. Exact decimal, as Binance sends it. Wire field `crossUnPnl`. */
    crossUnPnl: D;
    /** Available balance. Exact decimal, as Binance sends it. Wire field `availableBalance`. */
    availableBalance: D;
    /** What can be transferred out. Exact decimal, as Binance sends it. Wire field `maxWithdrawAmount`. */
    maxWithdrawAmount: D;
    /** Last update. Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). Wire field `updateTime`. */
    updateTime: number;
  }>;
  /** Each open position (or with open orders). Wire field `positions`. */
  positions: Array<{
    /** Symbol. Wire field `symbol`. */
    symbol: string;
    /** BOTH, LONG or SHORT. Wire field `positionSide`. */
    positionSide: string;
    /** Position size (negative for a short in one-way mode). Exact decimal, as Binance sends it. Wire field `positionAmt`. */
    positionAmount: D;
    /** Unrealized profit. Exact decimal, as Binance sends it. Wire field `unrealizedProfit`. */
    unrealizedProfit: D;
    /** Isolated margin (0 for cross). Exact decimal, as Binance sends it. Wire field `isolatedMargin`. */
    isolatedMargin: D;
    /** Position value at the mark price. Exact decimal, as Binance sends it. Wire field `notional`. */
    notional: D;
    /** Isolated wallet (0 for cross). Exact decimal, as Binance sends it. Wire field `isolatedWallet`. */
    isolatedWallet: D;
    /** Initial margin. Exact decimal, as Binance sends it. Wire field `initialMargin`. */
    initialMargin: D;
    /** Maintenance margin. Exact decimal, as Binance sends it. Wire field `maintMargin`. */
    maintMargin: D;
    /** Last update (0 if never). Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). Wire field `updateTime`. */
    updateTime: number;
  }>;
  /** Initial margin of positions and open orders. Exact decimal, as Binance sends it. Wire field `totalInitialMargin`. */
  totalInitialMargin: D;
  /** Maintenance margin. Exact decimal, as Binance sends it. Wire field `totalMaintMargin`. */
  totalMaintMargin: D;
  /** Wallet balance. Exact decimal, as Binance sends it. Wire field `totalWalletBalance`. */
  totalWalletBalance: D;
  /** Unrealized profit of the positions, at the mark price. Exact decimal, as Binance sends it. Wire field `totalUnrealizedProfit`. */
  totalUnrealizedProfit: D;
  /** Wallet balance plus unrealized profit. Exact decimal, as Binance sends it. Wire field `totalMarginBalance`. */
  totalMarginBalance: D;
  /** Initial margin of the positions, at the mark price. Exact decimal, as Binance sends it. Wire field `totalPositionInitialMargin`. */
  totalPositionInitialMargin: D;
  /** Initial margin of the open orders. Exact decimal, as Binance sends it. Wire field `totalOpenOrderInitialMargin`. */
  totalOpenOrderInitialMargin: D;
  /** Cross wallet balance. Exact decimal, as Binance sends it. Wire field `totalCrossWalletBalance`. */
  totalCrossWalletBalance: D;
  /** Unrealized profit of the cross positions. Exact decimal, as Binance sends it. Wire field `totalCrossUnPnl`. */
  totalCrossUnPnl: D;
  /** What new orders can use as margin. Exact decimal, as Binance sends it. Wire field `availableBalance`. */
  availableBalance: D;
  /** What can be transferred out. Exact decimal, as Binance sends it. Wire field `maxWithdrawAmount`. */
  maxWithdrawAmount: D;
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
