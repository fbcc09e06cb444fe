// Generated from spec/operations/get-recent-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-recent-trades';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetRecentTradesResponse: Validator = validate;

/** Parameters of Recent trades list (`GET /api/v3/trades`, WebSocket API `trades.recent`). */
export interface GetRecentTradesParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
}

/** Recent trades list: the response body with Binance's names. The latest trades of a symbol, oldest first. */
export type GetRecentTradesResponse = Array<{
  /** Trade id. */
  id: number;
  /** Price. Exact decimal. */
  price: string;
  /** Quantity. Exact decimal. */
  qty: string;
  /** Quote amount (price × quantity). Exact decimal. */
  quoteQty: string;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Whether the buyer was the maker. */
  isBuyerMaker: boolean;
  /** Whether the trade matched at the best price available. */
  isBestMatch: boolean;
}>;

/** Recent trades list, parsed: readable names; decimals are exact strings unless `parseGetRecentTradesResponse` is given a `decimal` converter. */
export type ParsedGetRecentTradesResponse<D = string> = Array<{
  /** Trade id. */
  id: number;
  /** Price. Exact decimal. */
  price: D;
  /** Quantity. Exact decimal. */
  qty: D;
  /** Quote amount (price × quantity). Exact decimal. */
  quoteQty: D;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Whether the buyer was the maker. */
  isBuyerMaker: boolean;
  /** Whether the trade matched at the best price available. */
  isBestMatch: boolean;
}>;

/** Descriptor of Recent trades list: data the runtime interprets. */
export const getRecentTradesOperation: OperationDescriptor<GetRecentTradesParams, GetRecentTradesResponse> = { operation: "getRecentTrades", security: "NONE", weight: 25, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/api/v3/trades"}, wsApi: {"method":"trades.recent"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-recent-trades.json", validate: validateGetRecentTradesResponse };

/**
 * Recent trades list: `GET /api/v3/trades`. The latest trades of a symbol, oldest first.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetRecentTradesResponse` if you want readable names. Weight 25. Security NONE.
 */
export function getRecentTradesHttp(params: GetRecentTradesParams, client?: HttpClient): Observable<GetRecentTradesResponse> {
  return requestHttp(getRecentTradesOperation, params, client);
}

/** Recent trades list over the WebSocket API (`trades.recent`): returns a function that sends one request per subscription and emits its `result`. The latest trades of a symbol, oldest first. Weight 25. Security NONE. */
export function getRecentTradesFactory(session: WsApiSession): (params: GetRecentTradesParams) => Observable<GetRecentTradesResponse> {
  return (params) => session.request(getRecentTradesOperation, params);
}

/** Maps a raw `GetRecentTradesResponse` to the readable `ParsedGetRecentTradesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetRecentTradesResponse<D = string>(raw: GetRecentTradesResponse, options?: ParseOptions<D>): ParsedGetRecentTradesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ id: item0.id, price: decimal(item0.price), qty: decimal(item0.qty), quoteQty: decimal(item0.quoteQty), time: item0.time, isBuyerMaker: item0.isBuyerMaker, isBestMatch: item0.isBestMatch }));
}
