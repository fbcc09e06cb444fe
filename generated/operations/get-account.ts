// Generated from spec/operations/get-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import {
  requestHttp,
  decimalOf,
  type HttpClient,
  type OperationDescriptor,
  type ParseOptions,
  type Validator,
  type WsApiSession,
} from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-account';
/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validateGetAccountResponse: Validator = validate;

/** Parameters of Account information (`GET /api/v3/account`, WebSocket API `account.status`). */
export interface GetAccountParams {
  /** Omit zero balances. */
  omitZeroBalances?: boolean;
}

/** Account information: the response body with Binance's names. Balances, commission rates and permissions of the account. */
export interface GetAccountResponse {
  /** Maker commission. */
  makerCommission: number;
  /** Taker commission. */
  takerCommission: number;
  /** Buyer commission. */
  buyerCommission: number;
  /** Seller commission. */
  sellerCommission: number;
  /** Commission rates. */
  commissionRates: {
    /** Maker. Exact decimal, as Binance sends it. */
    maker: string;
    /** Taker. Exact decimal, as Binance sends it. */
    taker: string;
    /** Buyer. Exact decimal, as Binance sends it. */
    buyer: string;
    /** Seller. Exact decimal, as Binance sends it. */
    seller: string;
  };
  /** Can trade. */
  canTrade: boolean;
  /** Can withdraw. */
  canWithdraw: boolean;
  /** Can deposit. */
  canDeposit: boolean;
  /** Brokered. */
  brokered: boolean;
  /** Require self trade prevention. */
  requireSelfTradePrevention: boolean;
  /** Prevent sor. */
  preventSor: boolean;
  /** Update time. */
  updateTime: number;
  /** Account type. */
  accountType: string;
  /** Balances. */
  balances: Array<{
    /** Asset. */
    asset: string;
    /** Free. Exact decimal, as Binance sends it. */
    free: string;
    /** Locked. Exact decimal, as Binance sends it. */
    locked: string;
  }>;
  /** Permissions. */
  permissions: Array<string>;
  /** Uid. */
  uid: number;
}

/** Account information, parsed: readable names; decimals are exact strings unless `parseGetAccountResponse` is given a `decimal` converter. */
export interface ParsedGetAccountResponse<D = string> {
  /** Maker commission. Wire field `makerCommission`. */
  makerCommission: number;
  /** Taker commission. Wire field `takerCommission`. */
  takerCommission: number;
  /** Buyer commission. Wire field `buyerCommission`. */
  buyerCommission: number;
  /** Seller commission. Wire field `sellerCommission`. */
  sellerCommission: number;
  /** Commission rates. Wire field `commissionRates`. */
  commissionRates: {
    /** Maker. Exact decimal, as Binance sends it. Wire field `maker`. */
    maker: D;
    /** Taker. Exact decimal, as Binance sends it. Wire field `taker`. */
    taker: D;
    /** Buyer. Exact decimal, as Binance sends it. Wire field `buyer`. */
    buyer: D;
    /** Seller. Exact decimal, as Binance sends it. Wire field `seller`. */
    seller: D;
  };
  /** Can trade. Wire field `canTrade`. */
  canTrade: boolean;
  /** Can withdraw. Wire field `canWithdraw`. */
  canWithdraw: boolean;
  /** Can deposit. Wire field `canDeposit`. */
  canDeposit: boolean;
  /** Brokered. Wire field `brokered`. */
  brokered: boolean;
  /** Require self trade prevention. Wire field `requireSelfTradePrevention`. */
  requireSelfTradePrevention: boolean;
  /** Prevent sor. Wire field `preventSor`. */
  preventSor: boolean;
  /** Update time. Wire field `updateTime`. */
  updateTime: number;
  /** Account type. Wire field `accountType`. */
  accountType: string;
  /** Balances. Wire field `balances`. */
  balances: Array<{
    /** Asset. Wire field `asset`. */
    asset: string;
    /** Free. Exact decimal, as Binance sends it. Wire field `free`. */
    free: D;
    /** Locked. Exact decimal, as Binance sends it. Wire field `locked`. */
    locked: D;
  }>;
  /** Permissions. Wire field `permissions`. */
  permissions: Array<string>;
  /** Uid. Wire field `uid`. */
  uid: number;
}

/** Descriptor of Account information: data the runtime interprets. */
export const getAccountOperation: OperationDescriptor<GetAccountParams, GetAccountResponse> = {
  operation: 'getAccount',
  security: 'USER_DATA',
  weight: 20,
  params: { omitZeroBalances: { type: 'boolean' } },
  rest: { method: 'GET', path: '/api/v3/account' },
  wsApi: { method: 'account.status' },
  schemaId: 'https://binance-rx.dev/schemas/operations/get-account.json',
  validate: validateGetAccountResponse,
};

/**
 * Account information: `GET /api/v3/account`. Balances, commission rates and permissions of the account.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAccountResponse` if you want readable names. Weight 20. Security USER_DATA.
 */
export function getAccountHttp(
  params?: GetAccountParams,
  client?: HttpClient,
): Observable<GetAccountResponse> {
  return requestHttp(getAccountOperation, params ?? {}, client);
}

/** Account information over the WebSocket API (`account.status`): returns a function that sends one request per subscription and emits its `result`. Balances, commission rates and permissions of the account. Weight 20. Security USER_DATA. */
export function getAccountFactory(
  session: WsApiSession,
): (params?: GetAccountParams) => Observable<GetAccountResponse> {
  return (params) => session.request(getAccountOperation, params ?? {});
}

/** Maps a raw `GetAccountResponse` to the readable `ParsedGetAccountResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAccountResponse<D = string>(
  raw: GetAccountResponse,
  options?: ParseOptions<D>,
): ParsedGetAccountResponse<D> {
  const decimal = decimalOf(options);
  return {
    makerCommission: raw.makerCommission,
    takerCommission: raw.takerCommission,
    buyerCommission: raw.buyerCommission,
    sellerCommission: raw.sellerCommission,
    commissionRates: {
      maker: decimal(raw.commissionRates.maker),
      taker: decimal(raw.commissionRates.taker),
      buyer: decimal(raw.commissionRates.buyer),
      seller: decimal(raw.commissionRates.seller),
    },
    canTrade: raw.canTrade,
    canWithdraw: raw.canWithdraw,
    canDeposit: raw.canDeposit,
    brokered: raw.brokered,
    requireSelfTradePrevention: raw.requireSelfTradePrevention,
    preventSor: raw.preventSor,
    updateTime: raw.updateTime,
    accountType: raw.accountType,
    balances: raw.balances.map((item0) => ({
      asset: item0.asset,
      free: decimal(item0.free),
      locked: decimal(item0.locked),
    })),
    permissions: raw.permissions,
    uid: raw.uid,
  };
}
