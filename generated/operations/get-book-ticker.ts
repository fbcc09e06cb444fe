// Generated from spec/operations/get-book-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-book-ticker';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetBookTickerResponse: Validator = validate;

/** Parameters of Symbol order book ticker (`GET /api/v3/ticker/bookTicker`, WebSocket API `ticker.book`). */
export interface GetBookTickerParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol?: string;
  /** Several trading pairs, such as ["BTCUSDT","BNBUSDT"]. */
  symbols?: readonly string[];
  /** Only symbols with this trading status (-1220 for a single symbol that has another). */
  symbolStatus?: "TRADING" | "HALT" | "BREAK";
}

/** Symbol order book ticker: the response body with Binance's names. The best bid and ask of one symbol (an object), several or all (an array). */
export type GetBookTickerResponse = ({
  /** Symbol. */
  symbol: string;
  /** Best bid price. Exact decimal. */
  bidPrice: string;
  /** Quantity at the best bid. Exact decimal. */
  bidQty: string;
  /** Best ask price. Exact decimal. */
  askPrice: string;
  /** Quantity at the best ask. Exact decimal. */
  askQty: string;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Best bid price. Exact decimal. */
  bidPrice: string;
  /** Quantity at the best bid. Exact decimal. */
  bidQty: string;
  /** Best ask price. Exact decimal. */
  askPrice: string;
  /** Quantity at the best ask. Exact decimal. */
  askQty: string;
}>);

/** Symbol order book ticker, parsed: readable names; decimals are exact strings unless `parseGetBookTickerResponse` is given a `decimal` converter. */
export type ParsedGetBookTickerResponse<D = string> = ({
  /** Symbol. */
  symbol: string;
  /** Best bid price. Exact decimal. */
  bidPrice: D;
  /** Quantity at the best bid. Exact decimal. */
  bidQty: D;
  /** Best ask price. Exact decimal. */
  askPrice: D;
  /** Quantity at the best ask. Exact decimal. */
  askQty: D;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Best bid price. Exact decimal. */
  bidPrice: D;
  /** Quantity at the best bid. Exact decimal. */
  bidQty: D;
  /** Best ask price. Exact decimal. */
  askPrice: D;
  /** Quantity at the best ask. Exact decimal. */
  askQty: D;
}>);

/** Descriptor of Symbol order book ticker: data the runtime interprets. */
export const getBookTickerOperation: OperationDescriptor<GetBookTickerParams, GetBookTickerResponse> = { operation: "getBookTicker", security: "NONE", weight: 4, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"symbols":{"type":"list"},"symbolStatus":{"type":"string","enum":["TRADING","HALT","BREAK"]}}, rest: {"method":"GET","path":"/api/v3/ticker/bookTicker"}, wsApi: {"method":"ticker.book"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-book-ticker.json", validate: validateGetBookTickerResponse };

/**
 * Symbol order book ticker: `GET /api/v3/ticker/bookTicker`. The best bid and ask of one symbol (an object), several or all (an array).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetBookTickerResponse` if you want readable names. Weight 4 (symbol: 2; symbols or none: 4.). Security NONE.
 */
export function getBookTickerHttp(params?: GetBookTickerParams, client?: HttpClient): Observable<GetBookTickerResponse> {
  return requestHttp(getBookTickerOperation, params ?? {}, client);
}

/** Symbol order book ticker over the WebSocket API (`ticker.book`): returns a function that sends one request per subscription and emits its `result`. The best bid and ask of one symbol (an object), several or all (an array). Weight 4 (symbol: 2; symbols or none: 4.). Security NONE. */
export function getBookTickerFactory(session: WsApiSession): (params?: GetBookTickerParams) => Observable<GetBookTickerResponse> {
  return (params) => session.request(getBookTickerOperation, params ?? {});
}

/** Maps a raw `GetBookTickerResponse` to the readable `ParsedGetBookTickerResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetBookTickerResponse<D = string>(raw: GetBookTickerResponse, options?: ParseOptions<D>): ParsedGetBookTickerResponse<D> {
  const decimal = decimalOf(options);
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, bidPrice: decimal(item0.bidPrice), bidQty: decimal(item0.bidQty), askPrice: decimal(item0.askPrice), askQty: decimal(item0.askQty) })) : { symbol: raw.symbol, bidPrice: decimal(raw.bidPrice), bidQty: decimal(raw.bidQty), askPrice: decimal(raw.askPrice), askQty: decimal(raw.askQty) };
}
