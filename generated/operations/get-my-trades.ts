// Generated from spec/operations/get-my-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-my-trades';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMyTradesResponse: Validator = validate;

/** Parameters of Account trade list (`GET /api/v3/myTrades`, WebSocket API `myTrades`). */
export interface GetMyTradesParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** Id to start from (inclusive). */
  fromId?: number;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
}

/** Account trade list: the response body with Binance's names. Trades of the account on a symbol, by order, trade id or time range. */
export type GetMyTradesResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** Trade id. */
  id: number;
  /** Id of the account's order in the trade. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Price. Exact decimal. */
  price: string;
  /** Quantity. Exact decimal. */
  qty: string;
  /** Quote amount (price × quantity). Exact decimal. */
  quoteQty: string;
  /** Commission paid. Exact decimal. */
  commission: string;
  /** Asset the commission was paid in. */
  commissionAsset: string;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Whether the account was the buyer. */
  isBuyer: boolean;
  /** Whether the account was the maker. */
  isMaker: boolean;
  /** Whether the trade matched at the best price available. */
  isBestMatch: boolean;
}>;

/** Account trade list, parsed: readable names; decimals are exact strings unless `parseGetMyTradesResponse` is given a `decimal` converter. */
export type ParsedGetMyTradesResponse<D = string> = Array<{
  /** Symbol. */
  symbol: string;
  /** Trade id. */
  id: number;
  /** Id of the account's order in the trade. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Price. Exact decimal. */
  price: D;
  /** Quantity. Exact decimal. */
  qty: D;
  /** Quote amount (price × quantity). Exact decimal. */
  quoteQty: D;
  /** Commission paid. Exact decimal. */
  commission: D;
  /** Asset the commission was paid in. */
  commissionAsset: string;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Whether the account was the buyer. */
  isBuyer: boolean;
  /** Whether the account was the maker. */
  isMaker: boolean;
  /** Whether the trade matched at the best price available. */
  isBestMatch: boolean;
}>;

/** Descriptor of Account trade list: data the runtime interprets. */
export const getMyTradesOperation: OperationDescriptor<GetMyTradesParams, GetMyTradesResponse> = { operation: "getMyTrades", security: "USER_DATA", weight: 20, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"orderId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"fromId":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/api/v3/myTrades"}, wsApi: {"method":"myTrades"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-my-trades.json", validate: validateGetMyTradesResponse };

/**
 * Account trade list: `GET /api/v3/myTrades`. Trades of the account on a symbol, by order, trade id or time range.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMyTradesResponse` if you want readable names. Weight 20 (Without orderId: 20; with orderId: 5.). Security USER_DATA.
 */
export function getMyTradesHttp(params: GetMyTradesParams, client?: HttpClient): Observable<GetMyTradesResponse> {
  return requestHttp(getMyTradesOperation, params, client);
}

/** Account trade list over the WebSocket API (`myTrades`): returns a function that sends one request per subscription and emits its `result`. Trades of the account on a symbol, by order, trade id or time range. Weight 20 (Without orderId: 20; with orderId: 5.). Security USER_DATA. */
export function getMyTradesFactory(session: WsApiSession): (params: GetMyTradesParams) => Observable<GetMyTradesResponse> {
  return (params) => session.request(getMyTradesOperation, params);
}

/** Maps a raw `GetMyTradesResponse` to the readable `ParsedGetMyTradesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMyTradesResponse<D = string>(raw: GetMyTradesResponse, options?: ParseOptions<D>): ParsedGetMyTradesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ symbol: item0.symbol, id: item0.id, orderId: item0.orderId, orderListId: item0.orderListId, price: decimal(item0.price), qty: decimal(item0.qty), quoteQty: decimal(item0.quoteQty), commission: decimal(item0.commission), commissionAsset: item0.commissionAsset, time: item0.time, isBuyer: item0.isBuyer, isMaker: item0.isMaker, isBestMatch: item0.isBestMatch }));
}
