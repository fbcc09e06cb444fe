// Generated from spec/operations/get-book.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-book';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetBookResponse: Validator = validate;

/** Parameters of Order book (`GET /api/v3/depth`, WebSocket API `depth`). */
export interface GetBookParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Levels per side; above 5000 only 5000 are returned. Default: `100`. */
  limit?: number;
  /** Only answer when the symbol has this trading status (-1220 otherwise). */
  symbolStatus?: "TRADING" | "HALT" | "BREAK";
}

/** Order book: the response body with Binance's names. The order book of a symbol, best price first on each side. `lastUpdateId` lines it up with the diff-depth stream (see the local order book rules). */
export interface GetBookResponse {
  /** Last update id included in the snapshot. */
  lastUpdateId: number;
  /** Bid levels, best (highest) first. */
  bids: Array<[price: string, quantity: string]>;
  /** Ask levels, best (lowest) first. */
  asks: Array<[price: string, quantity: string]>;
}

/** Order book, parsed: readable names; decimals are exact strings unless `parseGetBookResponse` is given a `decimal` converter. */
export interface ParsedGetBookResponse<D = string> {
  /** Last update id included in the snapshot. */
  lastUpdateId: number;
  /** Bid levels, best (highest) first. */
  bids: Array<{ /** Price. Exact decimal. */ price: D; /** Quantity. Exact decimal. */ quantity: D; }>;
  /** Ask levels, best (lowest) first. */
  asks: Array<{ /** Price. Exact decimal. */ price: D; /** Quantity. Exact decimal. */ quantity: D; }>;
}

/** Descriptor of Order book: data the runtime interprets. */
export const getBookOperation: OperationDescriptor<GetBookParams, GetBookResponse> = { operation: "getBook", security: "NONE", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"limit":{"type":"integer","minimum":1},"symbolStatus":{"type":"string","enum":["TRADING","HALT","BREAK"]}}, rest: {"method":"GET","path":"/api/v3/depth"}, wsApi: {"method":"depth"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-book.json", validate: validateGetBookResponse };

/**
 * Order book: `GET /api/v3/depth`. The order book of a symbol, best price first on each side. `lastUpdateId` lines it up with the diff-depth stream (see the local order book rules).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetBookResponse` if you want readable names. Weight 5 (By limit: 1-100: 5, 101-500: 25, 501-1000: 50, 1001-5000: 250.). Security NONE.
 */
export function getBookHttp(params: GetBookParams, client?: HttpClient): Observable<GetBookResponse> {
  return requestHttp(getBookOperation, params, client);
}

/** Order book over the WebSocket API (`depth`): returns a function that sends one request per subscription and emits its `result`. The order book of a symbol, best price first on each side. `lastUpdateId` lines it up with the diff-depth stream (see the local order book rules). Weight 5 (By limit: 1-100: 5, 101-500: 25, 501-1000: 50, 1001-5000: 250.). Security NONE. */
export function getBookFactory(session: WsApiSession): (params: GetBookParams) => Observable<GetBookResponse> {
  return (params) => session.request(getBookOperation, params);
}

/** Maps a raw `GetBookResponse` to the readable `ParsedGetBookResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetBookResponse<D = string>(raw: GetBookResponse, options?: ParseOptions<D>): ParsedGetBookResponse<D> {
  const decimal = decimalOf(options);
  return { lastUpdateId: raw.lastUpdateId, bids: raw.bids.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })), asks: raw.asks.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })) };
}
