// Generated from spec/operations/get-historical-block-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-historical-block-trades';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetHistoricalBlockTradesResponse: Validator = validate;

/** Parameters of Historical Block Trades (`GET /api/v3/historicalBlockTrades`, WebSocket API `blockTrades.historical`). */
export interface GetHistoricalBlockTradesParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Id to start from (inclusive). */
  fromId: number;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
}

/** Historical Block Trades: the response body with Binance's names. Past block trades of a symbol, from a trade id on or the latest. */
export type GetHistoricalBlockTradesResponse = Array<{
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
}>;

/** Historical Block Trades, parsed: readable names; decimals are exact strings unless `parseGetHistoricalBlockTradesResponse` is given a `decimal` converter. */
export type ParsedGetHistoricalBlockTradesResponse<D = string> = Array<{
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
}>;

/** Descriptor of Historical Block Trades: data the runtime interprets. */
export const getHistoricalBlockTradesOperation: OperationDescriptor<GetHistoricalBlockTradesParams, GetHistoricalBlockTradesResponse> = { operation: "getHistoricalBlockTrades", security: "NONE", weight: 25, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"fromId":{"type":"integer","minimum":0,"required":true},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/api/v3/historicalBlockTrades"}, wsApi: {"method":"blockTrades.historical"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-historical-block-trades.json", validate: validateGetHistoricalBlockTradesResponse };

/**
 * Historical Block Trades: `GET /api/v3/historicalBlockTrades`. Past block trades of a symbol, from a trade id on or the latest.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetHistoricalBlockTradesResponse` if you want readable names. Weight 25. Security NONE.
 */
export function getHistoricalBlockTradesHttp(params: GetHistoricalBlockTradesParams, client?: HttpClient): Observable<GetHistoricalBlockTradesResponse> {
  return requestHttp(getHistoricalBlockTradesOperation, params, client);
}

/** Historical Block Trades over the WebSocket API (`blockTrades.historical`): returns a function that sends one request per subscription and emits its `result`. Past block trades of a symbol, from a trade id on or the latest. Weight 25. Security NONE. */
export function getHistoricalBlockTradesFactory(session: WsApiSession): (params: GetHistoricalBlockTradesParams) => Observable<GetHistoricalBlockTradesResponse> {
  return (params) => session.request(getHistoricalBlockTradesOperation, params);
}

/** Maps a raw `GetHistoricalBlockTradesResponse` to the readable `ParsedGetHistoricalBlockTradesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetHistoricalBlockTradesResponse<D = string>(raw: GetHistoricalBlockTradesResponse, options?: ParseOptions<D>): ParsedGetHistoricalBlockTradesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ id: item0.id, price: decimal(item0.price), qty: decimal(item0.qty), quoteQty: decimal(item0.quoteQty), time: item0.time, isBuyerMaker: item0.isBuyerMaker }));
}
