// Generated from spec/operations/get-price-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-price-ticker';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetPriceTickerResponse: Validator = validate;

/** Parameters of Symbol price ticker (`GET /api/v3/ticker/price`, WebSocket API `ticker.price`). */
export interface GetPriceTickerParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol?: string;
  /** Several trading pairs, such as ["BTCUSDT","BNBUSDT"]. */
  symbols?: readonly string[];
  /** Only symbols with this trading status (-1220 for a single symbol that has another). */
  symbolStatus?: "TRADING" | "HALT" | "BREAK";
}

/** Symbol price ticker: the response body with Binance's names. The latest price of one symbol (an object), several or all (an array). */
export type GetPriceTickerResponse = ({
  /** Symbol. */
  symbol: string;
  /** Last price. Exact decimal. */
  price: string;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Last price. Exact decimal. */
  price: string;
}>);

/** Symbol price ticker, parsed: readable names; decimals are exact strings unless `parseGetPriceTickerResponse` is given a `decimal` converter. */
export type ParsedGetPriceTickerResponse<D = string> = ({
  /** Symbol. */
  symbol: string;
  /** Last price. Exact decimal. */
  price: D;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Last price. Exact decimal. */
  price: D;
}>);

/** Descriptor of Symbol price ticker: data the runtime interprets. */
export const getPriceTickerOperation: OperationDescriptor<GetPriceTickerParams, GetPriceTickerResponse> = { operation: "getPriceTicker", security: "NONE", weight: 4, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"symbols":{"type":"list"},"symbolStatus":{"type":"string","enum":["TRADING","HALT","BREAK"]}}, rest: {"method":"GET","path":"/api/v3/ticker/price"}, wsApi: {"method":"ticker.price"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-price-ticker.json", validate: validateGetPriceTickerResponse };

/**
 * Symbol price ticker: `GET /api/v3/ticker/price`. The latest price of one symbol (an object), several or all (an array).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetPriceTickerResponse` if you want readable names. Weight 4 (symbol: 2; symbols or none: 4.). Security NONE.
 */
export function getPriceTickerHttp(params?: GetPriceTickerParams, client?: HttpClient): Observable<GetPriceTickerResponse> {
  return requestHttp(getPriceTickerOperation, params ?? {}, client);
}

/** Symbol price ticker over the WebSocket API (`ticker.price`): returns a function that sends one request per subscription and emits its `result`. The latest price of one symbol (an object), several or all (an array). Weight 4 (symbol: 2; symbols or none: 4.). Security NONE. */
export function getPriceTickerFactory(session: WsApiSession): (params?: GetPriceTickerParams) => Observable<GetPriceTickerResponse> {
  return (params) => session.request(getPriceTickerOperation, params ?? {});
}

/** Maps a raw `GetPriceTickerResponse` to the readable `ParsedGetPriceTickerResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetPriceTickerResponse<D = string>(raw: GetPriceTickerResponse, options?: ParseOptions<D>): ParsedGetPriceTickerResponse<D> {
  const decimal = decimalOf(options);
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, price: decimal(item0.price) })) : { symbol: raw.symbol, price: decimal(raw.price) };
}
