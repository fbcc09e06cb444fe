// Generated from spec/usdm/operations/get-book.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-book';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetBookResponse: Validator = validate;

/** Parameters of Order Book (`GET /fapi/v1/depth`, WebSocket API `depth`). */
export interface GetBookParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Levels per side: 5, 10, 20, 50, 100, 500 or 1000 (default 500). Default: `500`. */
  limit?: number;
}

/** Order Book: the response body with Binance's names. The order book of one contract, best price first on each side; `lastUpdateId` lines it up with the diff-depth stream. RPI orders are not in it. */
export interface GetBookResponse {
  /** Last update id included in the snapshot. */
  lastUpdateId: number;
  /** Message output time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Bid levels, best (highest) first. */
  bids: Array<[price: string, quantity: string]>;
  /** Ask levels, best (lowest) first. */
  asks: Array<[price: string, quantity: string]>;
}

/** Order Book, parsed: readable names; decimals are exact strings unless `parseGetBookResponse` is given a `decimal` converter. */
export interface ParsedGetBookResponse<D = string> {
  /** Last update id included in the snapshot. */
  lastUpdateId: number;
  /** Message output time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  messageOutputTime: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** Bid levels, best (highest) first. */
  bids: Array<{ /** Price. Exact decimal. */ price: D; /** Quantity. Exact decimal. */ quantity: D; }>;
  /** Ask levels, best (lowest) first. */
  asks: Array<{ /** Price. Exact decimal. */ price: D; /** Quantity. Exact decimal. */ quantity: D; }>;
}

/** Descriptor of Order Book: data the runtime interprets. */
export const getBookOperation: OperationDescriptor<GetBookParams, GetBookResponse> = { operation: "getBook", security: "NONE", weight: 10, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"limit":{"type":"integer","minimum":5,"maximum":1000}}, rest: {"method":"GET","path":"/fapi/v1/depth"}, wsApi: {"method":"depth"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-book.json", validate: validateGetBookResponse };

/**
 * Order Book: `GET /fapi/v1/depth`. The order book of one contract, best price first on each side; `lastUpdateId` lines it up with the diff-depth stream. RPI orders are not in it.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetBookResponse` if you want readable names. Weight 10 (By limit: 5, 10, 20, 50: 2; 100: 5; 500: 10; 1000: 20.). Security NONE.
 */
export function getBookHttp(params: GetBookParams, client?: HttpClient): Observable<GetBookResponse> {
  return requestHttp(getBookOperation, params, client);
}

/** Order Book over the WebSocket API (`depth`): returns a function that sends one request per subscription and emits its `result`. The order book of one contract, best price first on each side; `lastUpdateId` lines it up with the diff-depth stream. RPI orders are not in it. Weight 10 (By limit: 5, 10, 20, 50: 2; 100: 5; 500: 10; 1000: 20.). Security NONE. */
export function getBookFactory(session: WsApiSession): (params: GetBookParams) => Observable<GetBookResponse> {
  return (params) => session.request(getBookOperation, params);
}

/** Maps a raw `GetBookResponse` to the readable `ParsedGetBookResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetBookResponse<D = string>(raw: GetBookResponse, options?: ParseOptions<D>): ParsedGetBookResponse<D> {
  const decimal = decimalOf(options);
  return { lastUpdateId: raw.lastUpdateId, messageOutputTime: raw.E, transactionTime: raw.T, bids: raw.bids.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })), asks: raw.asks.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })) };
}
