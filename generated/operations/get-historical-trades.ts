// Generated from spec/operations/get-historical-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-historical-trades';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetHistoricalTradesResponse: Validator = validate;

/** Parameters of Old trade lookup (`GET /api/v3/historicalTrades`, WebSocket API `trades.historical`). */
export interface GetHistoricalTradesParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
  /** Id to start from (inclusive). */
  fromId?: number;
}

/** Old trade lookup: the response body with Binance's names. Older trades of a symbol, from a trade id on (or the latest ones). */
export type GetHistoricalTradesResponse = Array<{
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

/** Old trade lookup, parsed: readable names; decimals are exact strings unless `parseGetHistoricalTradesResponse` is given a `decimal` converter. */
export type ParsedGetHistoricalTradesResponse<D = string> = Array<{
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

/** Descriptor of Old trade lookup: data the runtime interprets. */
export const getHistoricalTradesOperation: OperationDescriptor<GetHistoricalTradesParams, GetHistoricalTradesResponse> = { operation: "getHistoricalTrades", security: "NONE", weight: 25, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"limit":{"type":"integer","minimum":1,"maximum":1000},"fromId":{"type":"integer","minimum":0}}, rest: {"method":"GET","path":"/api/v3/historicalTrades"}, wsApi: {"method":"trades.historical"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-historical-trades.json", validate: validateGetHistoricalTradesResponse };

/**
 * Old trade lookup: `GET /api/v3/historicalTrades`. Older trades of a symbol, from a trade id on (or the latest ones).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetHistoricalTradesResponse` if you want readable names. Weight 25. Security NONE.
 */
export function getHistoricalTradesHttp(params: GetHistoricalTradesParams, client?: HttpClient): Observable<GetHistoricalTradesResponse> {
  return requestHttp(getHistoricalTradesOperation, params, client);
}

/** Old trade lookup over the WebSocket API (`trades.historical`): returns a function that sends one request per subscription and emits its `result`. Older trades of a symbol, from a trade id on (or the latest ones). Weight 25. Security NONE. */
export function getHistoricalTradesFactory(session: WsApiSession): (params: GetHistoricalTradesParams) => Observable<GetHistoricalTradesResponse> {
  return (params) => session.request(getHistoricalTradesOperation, params);
}

/** Maps a raw `GetHistoricalTradesResponse` to the readable `ParsedGetHistoricalTradesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetHistoricalTradesResponse<D = string>(raw: GetHistoricalTradesResponse, options?: ParseOptions<D>): ParsedGetHistoricalTradesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ id: item0.id, price: decimal(item0.price), qty: decimal(item0.qty), quoteQty: decimal(item0.quoteQty), time: item0.time, isBuyerMaker: item0.isBuyerMaker, isBestMatch: item0.isBestMatch }));
}
