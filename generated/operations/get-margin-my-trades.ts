// Generated from spec/operations/sapi/get-margin-my-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-my-trades';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginMyTradesResponse: Validator = validate;

/** Parameters of Query Margin Account's Trade List (USER_DATA) (`GET /sapi/v1/margin/myTrades`). */
export interface GetMarginMyTradesParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Margin account: TRUE for the isolated margin account of the symbol, FALSE (Binance's default) for the cross margin account. Sent as text, as Binance documents it. */
  isIsolated?: "TRUE" | "FALSE";
  /** Only the trades of this order. */
  orderId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** Trades with this id or a later one. */
  fromId?: number;
  /** How many trades. Default: `500`. */
  limit?: number;
}

/** Query Margin Account's Trade List (USER_DATA): the response body with Binance's names. Trades of one symbol in the cross margin account (or, with isIsolated TRUE, in the symbol's isolated margin account): of one order with orderId, from fromId on when it is sent, else the most recent. */
export type GetMarginMyTradesResponse = Array<{
  /** Commission paid. Exact decimal. */
  commission: string;
  /** Asset the commission was paid in. */
  commissionAsset: string;
  /** Trade id. */
  id: number;
  /** Whether the trade was the best price match. */
  isBestMatch: boolean;
  /** Whether the account bought. */
  isBuyer: boolean;
  /** Whether the account's order was the maker. */
  isMaker: boolean;
  /** Id of the account's order. */
  orderId: number;
  /** Price. Exact decimal. */
  price: string;
  /** Quantity. Exact decimal. */
  qty: string;
  /** Symbol. */
  symbol: string;
  /** Whether the trade is in an isolated margin account. */
  isIsolated: boolean;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>;

/** Query Margin Account's Trade List (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginMyTradesResponse` is given a `decimal` converter. */
export type ParsedGetMarginMyTradesResponse<D = string> = Array<{
  /** Commission paid. Exact decimal. */
  commission: D;
  /** Asset the commission was paid in. */
  commissionAsset: string;
  /** Trade id. */
  id: number;
  /** Whether the trade was the best price match. */
  isBestMatch: boolean;
  /** Whether the account bought. */
  isBuyer: boolean;
  /** Whether the account's order was the maker. */
  isMaker: boolean;
  /** Id of the account's order. */
  orderId: number;
  /** Price. Exact decimal. */
  price: D;
  /** Quantity. Exact decimal. */
  qty: D;
  /** Symbol. */
  symbol: string;
  /** Whether the trade is in an isolated margin account. */
  isIsolated: boolean;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>;

/** Descriptor of Query Margin Account's Trade List (USER_DATA): data the runtime interprets. */
export const getMarginMyTradesOperation: OperationDescriptor<GetMarginMyTradesParams, GetMarginMyTradesResponse> = { operation: "getMarginMyTrades", security: "USER_DATA", weight: 10, weightType: "IP", params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"isIsolated":{"type":"string","enum":["TRUE","FALSE"]},"orderId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"fromId":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/sapi/v1/margin/myTrades"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-my-trades.json", validate: validateGetMarginMyTradesResponse };

/**
 * Query Margin Account's Trade List (USER_DATA): `GET /sapi/v1/margin/myTrades`. Trades of one symbol in the cross margin account (or, with isIsolated TRUE, in the symbol's isolated margin account): of one order with orderId, from fromId on when it is sent, else the most recent.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginMyTradesResponse` if you want readable names. Weight 10 (IP). Security USER_DATA.
 */
export function getMarginMyTradesHttp(params: GetMarginMyTradesParams, client?: HttpClient): Observable<GetMarginMyTradesResponse> {
  return requestHttp(getMarginMyTradesOperation, params, client);
}

/** Maps a raw `GetMarginMyTradesResponse` to the readable `ParsedGetMarginMyTradesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginMyTradesResponse<D = string>(raw: GetMarginMyTradesResponse, options?: ParseOptions<D>): ParsedGetMarginMyTradesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ commission: decimal(item0.commission), commissionAsset: item0.commissionAsset, id: item0.id, isBestMatch: item0.isBestMatch, isBuyer: item0.isBuyer, isMaker: item0.isMaker, orderId: item0.orderId, price: decimal(item0.price), qty: decimal(item0.qty), symbol: item0.symbol, isIsolated: item0.isIsolated, time: item0.time }));
}
