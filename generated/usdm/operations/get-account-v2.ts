// Generated from spec/usdm/operations/get-account-v2.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-account-v2';
import { usdmProduct } from '../product';
import type { AccountAssetFields, AccountTotalFields, ParsedAccountAssetFields, ParsedAccountTotalFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAccountV2Response: Validator = validate;

/** Parameters of Account Information V2 (`GET /fapi/v2/account`, WebSocket API `account.status`). It takes none. */
export type GetAccountV2Params = Record<string, never>;

/** Account Information V2: the response body with Binance's names. The futures account as the older V2 answer has it (`account.status` on the WebSocket API): the totals and assets of V3 plus the account's permissions and fee tier, and a position entry per symbol with its leverage, margin mode and order notionals, not only the open ones. Prefer `getAccount` (V3) for new code. */
export interface GetAccountV2Response extends AccountTotalFields {
  /** Account commission tier. */
  feeTier: number;
  /** Whether the account may trade. */
  canTrade: boolean;
  /** Whether the account may transfer in. */
  canDeposit: boolean;
  /** Whether the account may transfer out. */
  canWithdraw: boolean;
  /** Reserved; 0. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Whether the account is in multi-assets mode. */
  multiAssetsMargin: boolean;
  /** Trade group id (-1 when none). */
  tradeGroupId: number;
  /** Each asset of the account. */
  assets: Array<{
    /** Whether the asset can be used as margin in multi-assets mode. */
    marginAvailable: boolean;
  } & AccountAssetFields>;
  /** A position entry per symbol. */
  positions: Array<{
    /** Symbol. */
    symbol: string;
    /** Initial margin of the position and its open orders. Exact decimal. */
    initialMargin: string;
    /** Maintenance margin. Exact decimal. */
    maintMargin: string;
    /** Unrealized profit. Exact decimal. */
    unrealizedProfit: string;
    /** Initial margin of the position. Exact decimal. */
    positionInitialMargin: string;
    /** Initial margin of its open orders. Exact decimal. */
    openOrderInitialMargin: string;
    /** Leverage of the symbol (a number as text). Exact decimal. */
    leverage: string;
    /** Whether the symbol is in isolated margin mode. */
    isolated: boolean;
    /** Average entry price. Exact decimal. */
    entryPrice: string;
    /** Largest notional the leverage allows. Exact decimal. */
    maxNotional: string;
    /** Notional of the open buy orders. Exact decimal. */
    bidNotional: string;
    /** Notional of the open sell orders. Exact decimal. */
    askNotional: string;
    /** BOTH, LONG or SHORT. */
    positionSide: string;
    /** Position size (negative for a short in one-way mode). Exact decimal. */
    positionAmt: string;
    /** Last update (0 if never). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    updateTime: number;
    /** Break-even price (entry price and commissions). Sent only when: Sent since 2023; answers recorded before lack it. Exact decimal. */
    breakEvenPrice?: string;
  }>;
}

/** Account Information V2, parsed: readable names; decimals are exact strings unless `parseGetAccountV2Response` is given a `decimal` converter. */
export interface ParsedGetAccountV2Response<D = string> extends ParsedAccountTotalFields<D> {
  /** Account commission tier. */
  feeTier: number;
  /** Whether the account may trade. */
  canTrade: boolean;
  /** Whether the account may transfer in. */
  canDeposit: boolean;
  /** Whether the account may transfer out. */
  canWithdraw: boolean;
  /** Reserved; 0. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Whether the account is in multi-assets mode. */
  multiAssetsMargin: boolean;
  /** Trade group id (-1 when none). */
  tradeGroupId: number;
  /** Each asset of the account. */
  assets: Array<{
    /** Whether the asset can be used as margin in multi-assets mode. */
    marginAvailable: boolean;
  } & ParsedAccountAssetFields<D>>;
  /** A position entry per symbol. */
  positions: Array<{
    /** Symbol. */
    symbol: string;
    /** Initial margin of the position and its open orders. Exact decimal. */
    initialMargin: D;
    /** Maintenance margin. Exact decimal. */
    maintMargin: D;
    /** Unrealized profit. Exact decimal. */
    unrealizedProfit: D;
    /** Initial margin of the position. Exact decimal. */
    positionInitialMargin: D;
    /** Initial margin of its open orders. Exact decimal. */
    openOrderInitialMargin: D;
    /** Leverage of the symbol (a number as text). Exact decimal. */
    leverage: D;
    /** Whether the symbol is in isolated margin mode. */
    isolated: boolean;
    /** Average entry price. Exact decimal. */
    entryPrice: D;
    /** Largest notional the leverage allows. Exact decimal. */
    maxNotional: D;
    /** Notional of the open buy orders. Exact decimal. */
    bidNotional: D;
    /** Notional of the open sell orders. Exact decimal. */
    askNotional: D;
    /** BOTH, LONG or SHORT. */
    positionSide: string;
    /** Position size (negative for a short in one-way mode). Exact decimal. Wire field `positionAmt`. */
    positionAmount: D;
    /** Last update (0 if never). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    updateTime: number;
    /** Break-even price (entry price and commissions). Sent only when: Sent since 2023; answers recorded before lack it. Exact decimal. */
    breakEvenPrice?: D | undefined;
  }>;
}

/** Descriptor of Account Information V2: data the runtime interprets. */
export const getAccountV2Operation: OperationDescriptor<GetAccountV2Params, GetAccountV2Response> = { operation: "getAccountV2", security: "USER_DATA", weight: 5, params: {}, rest: {"method":"GET","path":"/fapi/v2/account"}, wsApi: {"method":"account.status"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-account-v2.json", validate: validateGetAccountV2Response };

/**
 * Account Information V2: `GET /fapi/v2/account`. The futures account as the older V2 answer has it (`account.status` on the WebSocket API): the totals and assets of V3 plus the account's permissions and fee tier, and a position entry per symbol with its leverage, margin mode and order notionals, not only the open ones. Prefer `getAccount` (V3) for new code.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAccountV2Response` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getAccountV2Http(params?: GetAccountV2Params, client?: HttpClient): Observable<GetAccountV2Response> {
  return requestHttp(getAccountV2Operation, params ?? {}, client);
}

/** Account Information V2 over the WebSocket API (`account.status`): returns a function that sends one request per subscription and emits its `result`. The futures account as the older V2 answer has it (`account.status` on the WebSocket API): the totals and assets of V3 plus the account's permissions and fee tier, and a position entry per symbol with its leverage, margin mode and order notionals, not only the open ones. Prefer `getAccount` (V3) for new code. Weight 5. Security USER_DATA. */
export function getAccountV2Factory(session: WsApiSession): (params?: GetAccountV2Params) => Observable<GetAccountV2Response> {
  return (params) => session.request(getAccountV2Operation, params ?? {});
}

/** Maps a raw `GetAccountV2Response` to the readable `ParsedGetAccountV2Response`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAccountV2Response<D = string>(raw: GetAccountV2Response, options?: ParseOptions<D>): ParsedGetAccountV2Response<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { feeTier: raw.feeTier, canTrade: raw.canTrade, canDeposit: raw.canDeposit, canWithdraw: raw.canWithdraw, updateTime: raw.updateTime, multiAssetsMargin: raw.multiAssetsMargin, tradeGroupId: raw.tradeGroupId, assets: raw.assets.map((item0) => ({ marginAvailable: item0.marginAvailable, asset: item0.asset, walletBalance: decimal(item0.walletBalance), unrealizedProfit: decimal(item0.unrealizedProfit), marginBalance: decimal(item0.marginBalance), maintMargin: decimal(item0.maintMargin), initialMargin: decimal(item0.initialMargin), positionInitialMargin: decimal(item0.positionInitialMargin), openOrderInitialMargin: decimal(item0.openOrderInitialMargin), crossWalletBalance: decimal(item0.crossWalletBalance), crossUnPnl: decimal(item0.crossUnPnl), availableBalance: decimal(item0.availableBalance), maxWithdrawAmount: decimal(item0.maxWithdrawAmount), updateTime: item0.updateTime })), positions: raw.positions.map((item0) => ({ symbol: item0.symbol, initialMargin: decimal(item0.initialMargin), maintMargin: decimal(item0.maintMargin), unrealizedProfit: decimal(item0.unrealizedProfit), positionInitialMargin: decimal(item0.positionInitialMargin), openOrderInitialMargin: decimal(item0.openOrderInitialMargin), leverage: decimal(item0.leverage), isolated: item0.isolated, entryPrice: decimal(item0.entryPrice), maxNotional: decimal(item0.maxNotional), bidNotional: decimal(item0.bidNotional), askNotional: decimal(item0.askNotional), positionSide: item0.positionSide, positionAmount: decimal(item0.positionAmt), updateTime: item0.updateTime, breakEvenPrice: optionalDecimal(item0.breakEvenPrice) })), totalInitialMargin: decimal(raw.totalInitialMargin), totalMaintMargin: decimal(raw.totalMaintMargin), totalWalletBalance: decimal(raw.totalWalletBalance), totalUnrealizedProfit: decimal(raw.totalUnrealizedProfit), totalMarginBalance: decimal(raw.totalMarginBalance), totalPositionInitialMargin: decimal(raw.totalPositionInitialMargin), totalOpenOrderInitialMargin: decimal(raw.totalOpenOrderInitialMargin), totalCrossWalletBalance: decimal(raw.totalCrossWalletBalance), totalCrossUnPnl: decimal(raw.totalCrossUnPnl), availableBalance: decimal(raw.availableBalance), maxWithdrawAmount: decimal(raw.maxWithdrawAmount) };
}
