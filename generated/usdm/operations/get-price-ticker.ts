// Generated from spec/usdm/operations/get-price-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-price-ticker';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetPriceTickerResponse: Validator = validate;

/** Parameters of Symbol Price Ticker (`GET /fapi/v1/ticker/price`, WebSocket API `ticker.price`). */
export interface GetPriceTickerParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Symbol Price Ticker: the response body with Binance's names. The latest price of one contract (an object) or all (an array). */
export type GetPriceTickerResponse = ({
  /** Symbol. */
  symbol: string;
  /** Latest price. Exact decimal. */
  price: string;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Latest price. Exact decimal. */
  price: string;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>);

/** Symbol Price Ticker, parsed: readable names; decimals are exact strings unless `parseGetPriceTickerResponse` is given a `decimal` converter. */
export type ParsedGetPriceTickerResponse<D = string> = ({
  /** Symbol. */
  symbol: string;
  /** Latest price. Exact decimal. */
  price: D;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Latest price. Exact decimal. */
  price: D;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>);

/** Descriptor of Symbol Price Ticker: data the runtime interprets. */
export const getPriceTickerOperation: OperationDescriptor<GetPriceTickerParams, GetPriceTickerResponse> = { operation: "getPriceTicker", security: "NONE", weight: 2, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/ticker/price"}, wsApi: {"method":"ticker.price"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-price-ticker.json", validate: validateGetPriceTickerResponse };

/**
 * Symbol Price Ticker: `GET /fapi/v1/ticker/price`. The latest price of one contract (an object) or all (an array).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetPriceTickerResponse` if you want readable names. Weight 2 (symbol: 1; none: 2.). Security NONE.
 */
export function getPriceTickerHttp(params?: GetPriceTickerParams, client?: HttpClient): Observable<GetPriceTickerResponse> {
  return requestHttp(getPriceTickerOperation, params ?? {}, client);
}

/** Symbol Price Ticker over the WebSocket API (`ticker.price`): returns a function that sends one request per subscription and emits its `result`. The latest price of one contract (an object) or all (an array). Weight 2 (symbol: 1; none: 2.). Security NONE. */
export function getPriceTickerFactory(session: WsApiSession): (params?: GetPriceTickerParams) => Observable<GetPriceTickerResponse> {
  return (params) => session.request(getPriceTickerOperation, params ?? {});
}

/** Maps a raw `GetPriceTickerResponse` to the readable `ParsedGetPriceTickerResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetPriceTickerResponse<D = string>(raw: GetPriceTickerResponse, options?: ParseOptions<D>): ParsedGetPriceTickerResponse<D> {
  const decimal = decimalOf(options);
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, price: decimal(item0.price), time: item0.time })) : { symbol: raw.symbol, price: decimal(raw.price), time: raw.time };
}
