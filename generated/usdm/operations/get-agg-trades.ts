// Generated from spec/usdm/operations/get-agg-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-agg-trades';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAggTradesResponse: Validator = validate;

/** Parameters of Compressed/Aggregate Trades List (`GET /fapi/v1/aggTrades`). */
export interface GetAggTradesParams {
  /** Contract symbol such as BTCUSDT. */
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

/** Compressed/Aggregate Trades List: the response body with Binance's names. Trades of one contract aggregated per taker order and price, oldest first; by id (`fromId`) or time range (at most one hour). Market trades only, RPI fills left out. */
export type GetAggTradesResponse = Array<{
  /** Aggregate trade id. */
  a: number;
  /** Price. Exact decimal. */
  p: string;
  /** Quantity. Exact decimal. */
  q: string;
  /** Quantity without the trades involving RPI orders. Sent only when: Sent since 2026-06 (binance-connector-js 30.0.0, 2026-06-05, added it) Exact decimal. */
  nq?: string;
  /** First trade id. */
  f: number;
  /** Last trade id. */
  l: number;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Whether the buyer was the maker. */
  m: boolean;
}>;

/** Compressed/Aggregate Trades List, parsed: readable names; decimals are exact strings unless `parseGetAggTradesResponse` is given a `decimal` converter. */
export type ParsedGetAggTradesResponse<D = string> = Array<{
  /** Aggregate trade id. Wire field `a`. */
  aggregateTradeId: number;
  /** Price. Exact decimal. Wire field `p`. */
  price: D;
  /** Quantity. Exact decimal. Wire field `q`. */
  quantity: D;
  /** Quantity without the trades involving RPI orders. Sent only when: Sent since 2026-06 (binance-connector-js 30.0.0, 2026-06-05, added it) Exact decimal. Wire field `nq`. */
  normalQuantity?: D | undefined;
  /** First trade id. Wire field `f`. */
  firstTradeId: number;
  /** Last trade id. Wire field `l`. */
  lastTradeId: number;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  time: number;
  /** Whether the buyer was the maker. Wire field `m`. */
  isBuyerMaker: boolean;
}>;

/** Descriptor of Compressed/Aggregate Trades List: data the runtime interprets. */
export const getAggTradesOperation: OperationDescriptor<GetAggTradesParams, GetAggTradesResponse> = { operation: "getAggTrades", security: "NONE", weight: 20, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"fromId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/fapi/v1/aggTrades"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-agg-trades.json", validate: validateGetAggTradesResponse };

/**
 * Compressed/Aggregate Trades List: `GET /fapi/v1/aggTrades`. Trades of one contract aggregated per taker order and price, oldest first; by id (`fromId`) or time range (at most one hour). Market trades only, RPI fills left out.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAggTradesResponse` if you want readable names. Weight 20. Security NONE.
 */
export function getAggTradesHttp(params: GetAggTradesParams, client?: HttpClient): Observable<GetAggTradesResponse> {
  return requestHttp(getAggTradesOperation, params, client);
}

/** Maps a raw `GetAggTradesResponse` to the readable `ParsedGetAggTradesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAggTradesResponse<D = string>(raw: GetAggTradesResponse, options?: ParseOptions<D>): ParsedGetAggTradesResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ aggregateTradeId: item0.a, price: decimal(item0.p), quantity: decimal(item0.q), normalQuantity: optionalDecimal(item0.nq), firstTradeId: item0.f, lastTradeId: item0.l, time: item0.T, isBuyerMaker: item0.m }));
}
