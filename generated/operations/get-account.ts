// Generated from spec/operations/get-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-account';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAccountResponse: Validator = validate;

/** Parameters of Account information (`GET /api/v3/account`, WebSocket API `account.status`). */
export interface GetAccountParams {
  /** Leave out assets whose balance is zero (default false). */
  omitZeroBalances?: boolean;
}

/** Account information: the response body with Binance's names. Balances, commission rates and permissions of the account. */
export interface GetAccountResponse {
  /** Maker commission in basis points (older form of commissionRates.maker). */
  makerCommission: number;
  /** Taker commission in basis points (older form of commissionRates.taker). */
  takerCommission: number;
  /** Buyer commission in basis points. */
  buyerCommission: number;
  /** Seller commission in basis points. */
  sellerCommission: number;
  /** Commission rates as fractions. */
  commissionRates: {
    /** Rate paid as maker (a fraction: 0.001 is 0.1%). Exact decimal. */
    maker: string;
    /** Rate paid as taker (a fraction). Exact decimal. */
    taker: string;
    /** Rate added when buying (a fraction). Exact decimal. */
    buyer: string;
    /** Rate added when selling (a fraction). Exact decimal. */
    seller: string;
  };
  /** Whether the account may trade. */
  canTrade: boolean;
  /** Whether the account may withdraw. */
  canWithdraw: boolean;
  /** Whether the account may deposit. */
  canDeposit: boolean;
  /** Whether the account is managed by a broker. */
  brokered: boolean;
  /** Whether every order of the account must use self-trade prevention. */
  requireSelfTradePrevention: boolean;
  /** Whether the account may not use SOR. */
  preventSor: boolean;
  /** Last change of the account. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Account type (SPOT). */
  accountType: string;
  /** Balance of each asset. */
  balances: Array<{
    /** Asset. */
    asset: string;
    /** Amount available. Exact decimal. */
    free: string;
    /** Amount held by open orders. Exact decimal. */
    locked: string;
  }>;
  /** Permissions of the account (SPOT, …). */
  permissions: Array<string>;
  /** User id of the account. */
  uid: number;
}

/** Account information, parsed: readable names; decimals are exact strings unless `parseGetAccountResponse` is given a `decimal` converter. */
export interface ParsedGetAccountResponse<D = string> {
  /** Maker commission in basis points (older form of commissionRates.maker). */
  makerCommission: number;
  /** Taker commission in basis points (older form of commissionRates.taker). */
  takerCommission: number;
  /** Buyer commission in basis points. */
  buyerCommission: number;
  /** Seller commission in basis points. */
  sellerCommission: number;
  /** Commission rates as fractions. */
  commissionRates: {
    /** Rate paid as maker (a fraction: 0.001 is 0.1%). Exact decimal. */
    maker: D;
    /** Rate paid as taker (a fraction). Exact decimal. */
    taker: D;
    /** Rate added when buying (a fraction). Exact decimal. */
    buyer: D;
    /** Rate added when selling (a fraction). Exact decimal. */
    seller: D;
  };
  /** Whether the account may trade. */
  canTrade: boolean;
  /** Whether the account may withdraw. */
  canWithdraw: boolean;
  /** Whether the account may deposit. */
  canDeposit: boolean;
  /** Whether the account is managed by a broker. */
  brokered: boolean;
  /** Whether every order of the account must use self-trade prevention. */
  requireSelfTradePrevention: boolean;
  /** Whether the account may not use SOR. */
  preventSor: boolean;
  /** Last change of the account. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Account type (SPOT). */
  accountType: string;
  /** Balance of each asset. */
  balances: Array<{
    /** Asset. */
    asset: string;
    /** Amount available. Exact decimal. */
    free: D;
    /** Amount held by open orders. Exact decimal. */
    locked: D;
  }>;
  /** Permissions of the account (SPOT, …). */
  permissions: Array<string>;
  /** User id of the account. */
  uid: number;
}

/** Descriptor of Account information: data the runtime interprets. */
export const getAccountOperation: OperationDescriptor<GetAccountParams, GetAccountResponse> = { operation: "getAccount", security: "USER_DATA", weight: 20, params: {"omitZeroBalances":{"type":"boolean"}}, rest: {"method":"GET","path":"/api/v3/account"}, wsApi: {"method":"account.status"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-account.json", validate: validateGetAccountResponse };

/**
 * Account information: `GET /api/v3/account`. Balances, commission rates and permissions of the account.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAccountResponse` if you want readable names. Weight 20. Security USER_DATA.
 */
export function getAccountHttp(params?: GetAccountParams, client?: HttpClient): Observable<GetAccountResponse> {
  return requestHttp(getAccountOperation, params ?? {}, client);
}

/** Account information over the WebSocket API (`account.status`): returns a function that sends one request per subscription and emits its `result`. Balances, commission rates and permissions of the account. Weight 20. Security USER_DATA. */
export function getAccountFactory(session: WsApiSession): (params?: GetAccountParams) => Observable<GetAccountResponse> {
  return (params) => session.request(getAccountOperation, params ?? {});
}

/** Maps a raw `GetAccountResponse` to the readable `ParsedGetAccountResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAccountResponse<D = string>(raw: GetAccountResponse, options?: ParseOptions<D>): ParsedGetAccountResponse<D> {
  const decimal = decimalOf(options);
  return { makerCommission: raw.makerCommission, takerCommission: raw.takerCommission, buyerCommission: raw.buyerCommission, sellerCommission: raw.sellerCommission, commissionRates: { maker: decimal(raw.commissionRates.maker), taker: decimal(raw.commissionRates.taker), buyer: decimal(raw.commissionRates.buyer), seller: decimal(raw.commissionRates.seller) }, canTrade: raw.canTrade, canWithdraw: raw.canWithdraw, canDeposit: raw.canDeposit, brokered: raw.brokered, requireSelfTradePrevention: raw.requireSelfTradePrevention, preventSor: raw.preventSor, updateTime: raw.updateTime, accountType: raw.accountType, balances: raw.balances.map((item0) => ({ asset: item0.asset, free: decimal(item0.free), locked: decimal(item0.locked) })), permissions: raw.permissions, uid: raw.uid };
}
