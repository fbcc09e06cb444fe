// Generated from spec/usdm/operations/get-rpi-book.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-rpi-book';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetRpiBookResponse: Validator = validate;

/** Parameters of RPI Order Book (`GET /fapi/v1/rpiDepth`). */
export interface GetRpiBookParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Levels per side; 1000 is the only value. Default: `1000`. */
  limit?: number;
}

/** RPI Order Book: the response body with Binance's names. The order book of a contract with Retail Price Improvement (RPI) orders included and aggregated into the levels, 1000 levels per side; crossed levels are hidden. The snapshot a local RPI order book of the `rpiDiffDepth` stream starts from. */
export interface GetRpiBookResponse {
  /** Last update id included in the snapshot. */
  lastUpdateId: number;
  /** Message output time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Bid levels, best (highest) price first. */
  bids: Array<[price: string, quantity: string]>;
  /** Ask levels, best (lowest) price first. */
  asks: Array<[price: string, quantity: string]>;
}

/** RPI Order Book, parsed: readable names; decimals are exact strings unless `parseGetRpiBookResponse` is given a `decimal` converter. */
export interface ParsedGetRpiBookResponse<D = string> {
  /** Last update id included in the snapshot. */
  lastUpdateId: number;
  /** Message output time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** Bid levels, best (highest) price first. */
  bids: Array<{ /** Price level. Exact decimal. */ price: D; /** Quantity. Exact decimal. */ quantity: D; }>;
  /** Ask levels, best (lowest) price first. */
  asks: Array<{ /** Price level. Exact decimal. */ price: D; /** Quantity. Exact decimal. */ quantity: D; }>;
}

/** Descriptor of RPI Order Book: data the runtime interprets. */
export const getRpiBookOperation: OperationDescriptor<GetRpiBookParams, GetRpiBookResponse> = { operation: "getRpiBook", security: "NONE", weight: 20, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"limit":{"type":"integer","minimum":1000,"maximum":1000}}, rest: {"method":"GET","path":"/fapi/v1/rpiDepth"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-rpi-book.json", validate: validateGetRpiBookResponse };

/**
 * RPI Order Book: `GET /fapi/v1/rpiDepth`. The order book of a contract with Retail Price Improvement (RPI) orders included and aggregated into the levels, 1000 levels per side; crossed levels are hidden. The snapshot a local RPI order book of the `rpiDiffDepth` stream starts from.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetRpiBookResponse` if you want readable names. Weight 20. Security NONE.
 */
export function getRpiBookHttp(params: GetRpiBookParams, client?: HttpClient): Observable<GetRpiBookResponse> {
  return requestHttp(getRpiBookOperation, params, client);
}

/** Maps a raw `GetRpiBookResponse` to the readable `ParsedGetRpiBookResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetRpiBookResponse<D = string>(raw: GetRpiBookResponse, options?: ParseOptions<D>): ParsedGetRpiBookResponse<D> {
  const decimal = decimalOf(options);
  return { lastUpdateId: raw.lastUpdateId, eventTime: raw.E, transactionTime: raw.T, bids: raw.bids.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })), asks: raw.asks.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })) };
}
