// Generated from spec/operations/get-agg-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-agg-trades';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAggTradesResponse: Validator = validate;

/** Parameters of Compressed/Aggregate trades list (`GET /api/v3/aggTrades`, WebSocket API `trades.aggregate`). */
export interface GetAggTradesParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Id to start from (inclusive). */
  fromId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
}

/** Compressed/Aggregate trades list: the response body with Binance's names. Trades of a symbol compressed per taker order and price, by id or time range. */
export type GetAggTradesResponse = Array<{
  /** Aggregate trade id. */
  a: number;
  /** Price. Exact decimal. */
  p: string;
  /** Quantity. Exact decimal. */
  q: string;
  /** First trade id. */
  f: number;
  /** Last trade id. */
  l: number;
  /** Time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Is buyer maker. */
  m: boolean;
  /** Is best match. */
  M: boolean;
}>;

/** Compressed/Aggregate trades list, parsed: readable names; decimals are exact strings unless `parseGetAggTradesResponse` is given a `decimal` converter. */
export type ParsedGetAggTradesResponse<D = string> = Array<{
  /** Aggregate trade id. Wire field `a`. */
  aggregateTradeId: number;
  /** Price. Exact decimal. Wire field `p`. */
  price: D;
  /** Quantity. Exact decimal. Wire field `q`. */
  quantity: D;
  /** First trade id. Wire field `f`. */
  firstTradeId: number;
  /** Last trade id. Wire field `l`. */
  lastTradeId: number;
  /** Time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  time: number;
  /** Is buyer maker. Wire field `m`. */
  isBuyerMaker: boolean;
  /** Is best match. Wire field `M`. */
  isBestMatch: boolean;
}>;

/** Descriptor of Compressed/Aggregate trades list: data the runtime interprets. */
export const getAggTradesOperation: OperationDescriptor<GetAggTradesParams, GetAggTradesResponse> = { operation: "getAggTrades", security: "NONE", weight: 4, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"fromId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/api/v3/aggTrades"}, wsApi: {"method":"trades.aggregate"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-agg-trades.json", validate: validateGetAggTradesResponse };

/**
 * Compressed/Aggregate trades list: `GET /api/v3/aggTrades`. Trades of a symbol compressed per taker order and price, by id or time range.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAggTradesResponse` if you want readable names. Weight 4. Security NONE.
 */
export function getAggTradesHttp(params: GetAggTradesParams, client?: HttpClient): Observable<GetAggTradesResponse> {
  return requestHttp(getAggTradesOperation, params, client);
}

/** Compressed/Aggregate trades list over the WebSocket API (`trades.aggregate`): returns a function that sends one request per subscription and emits its `result`. Trades of a symbol compressed per taker order and price, by id or time range. Weight 4. Security NONE. */
export function getAggTradesFactory(session: WsApiSession): (params: GetAggTradesParams) => Observable<GetAggTradesResponse> {
  return (params) => session.request(getAggTradesOperation, params);
}

/** Maps a raw `GetAggTradesResponse` to the readable `ParsedGetAggTradesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAggTradesResponse<D = string>(raw: GetAggTradesResponse, options?: ParseOptions<D>): ParsedGetAggTradesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ aggregateTradeId: item0.a, price: decimal(item0.p), quantity: decimal(item0.q), firstTradeId: item0.f, lastTradeId: item0.l, time: item0.T, isBuyerMaker: item0.m, isBestMatch: item0.M }));
}
