// Generated from spec/usdm/operations/get-book-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-book-ticker';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetBookTickerResponse: Validator = validate;

/** Parameters of Symbol Order Book Ticker (`GET /fapi/v1/ticker/bookTicker`, WebSocket API `ticker.book`). */
export interface GetBookTickerParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Symbol Order Book Ticker: the response body with Binance's names. Best bid and ask price and quantity of one contract (an object) or all (an array). RPI orders are not in it. */
export type GetBookTickerResponse = ({
  /** Symbol. */
  symbol: string;
  /** Best bid price. Exact decimal. */
  bidPrice: string;
  /** Best bid quantity. Exact decimal. */
  bidQty: string;
  /** Best ask price. Exact decimal. */
  askPrice: string;
  /** Best ask quantity. Exact decimal. */
  askQty: string;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Best bid price. Exact decimal. */
  bidPrice: string;
  /** Best bid quantity. Exact decimal. */
  bidQty: string;
  /** Best ask price. Exact decimal. */
  askPrice: string;
  /** Best ask quantity. Exact decimal. */
  askQty: string;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>);

/** Symbol Order Book Ticker, parsed: readable names; decimals are exact strings unless `parseGetBookTickerResponse` is given a `decimal` converter. */
export type ParsedGetBookTickerResponse<D = string> = ({
  /** Symbol. */
  symbol: string;
  /** Best bid price. Exact decimal. */
  bidPrice: D;
  /** Best bid quantity. Exact decimal. Wire field `bidQty`. */
  bidQuantity: D;
  /** Best ask price. Exact decimal. */
  askPrice: D;
  /** Best ask quantity. Exact decimal. Wire field `askQty`. */
  askQuantity: D;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Best bid price. Exact decimal. */
  bidPrice: D;
  /** Best bid quantity. Exact decimal. Wire field `bidQty`. */
  bidQuantity: D;
  /** Best ask price. Exact decimal. */
  askPrice: D;
  /** Best ask quantity. Exact decimal. Wire field `askQty`. */
  askQuantity: D;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>);

/** Descriptor of Symbol Order Book Ticker: data the runtime interprets. */
export const getBookTickerOperation: OperationDescriptor<GetBookTickerParams, GetBookTickerResponse> = { operation: "getBookTicker", security: "NONE", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/ticker/bookTicker"}, wsApi: {"method":"ticker.book"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-book-ticker.json", validate: validateGetBookTickerResponse };

/**
 * Symbol Order Book Ticker: `GET /fapi/v1/ticker/bookTicker`. Best bid and ask price and quantity of one contract (an object) or all (an array). RPI orders are not in it.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetBookTickerResponse` if you want readable names. Weight 5 (symbol: 2; none: 5.). Security NONE.
 */
export function getBookTickerHttp(params?: GetBookTickerParams, client?: HttpClient): Observable<GetBookTickerResponse> {
  return requestHttp(getBookTickerOperation, params ?? {}, client);
}

/** Symbol Order Book Ticker over the WebSocket API (`ticker.book`): returns a function that sends one request per subscription and emits its `result`. Best bid and ask price and quantity of one contract (an object) or all (an array). RPI orders are not in it. Weight 5 (symbol: 2; none: 5.). Security NONE. */
export function getBookTickerFactory(session: WsApiSession): (params?: GetBookTickerParams) => Observable<GetBookTickerResponse> {
  return (params) => session.request(getBookTickerOperation, params ?? {});
}

/** Maps a raw `GetBookTickerResponse` to the readable `ParsedGetBookTickerResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetBookTickerResponse<D = string>(raw: GetBookTickerResponse, options?: ParseOptions<D>): ParsedGetBookTickerResponse<D> {
  const decimal = decimalOf(options);
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, bidPrice: decimal(item0.bidPrice), bidQuantity: decimal(item0.bidQty), askPrice: decimal(item0.askPrice), askQuantity: decimal(item0.askQty), time: item0.time })) : { symbol: raw.symbol, bidPrice: decimal(raw.bidPrice), bidQuantity: decimal(raw.bidQty), askPrice: decimal(raw.askPrice), askQuantity: decimal(raw.askQty), time: raw.time };
}
