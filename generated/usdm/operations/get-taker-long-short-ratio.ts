// Generated from spec/usdm/operations/get-taker-long-short-ratio.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-taker-long-short-ratio';
import { usdmProduct } from '../product';
import type { ParsedStatsTimestamp, StatsTimestamp } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetTakerLongShortRatioResponse: Validator = validate;

/** Parameters of Taker Buy/Sell Volume (`GET /futures/data/takerlongshortRatio`). */
export interface GetTakerLongShortRatioParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Period of each statistics point. */
  period: "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "12h" | "1d";
  /** How many points to return; default 30, at most 500. Default: `30`. */
  limit?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
}

/** Taker Buy/Sell Volume: the response body with Binance's names. A contract's taker buy and sell volume per period, and their ratio. Weight 0; limited to 1000 requests per 5 minutes per IP. The last 30 days only; the most recent points without a time range. */
export type GetTakerLongShortRatioResponse = Array<{
  /** Taker buy volume divided by taker sell volume. Exact decimal. */
  buySellRatio: string;
  /** Taker buy volume. Exact decimal. */
  buyVol: string;
  /** Taker sell volume. Exact decimal. */
  sellVol: string;
} & StatsTimestamp>;

/** Taker Buy/Sell Volume, parsed: readable names; decimals are exact strings unless `parseGetTakerLongShortRatioResponse` is given a `decimal` converter. */
export type ParsedGetTakerLongShortRatioResponse<D = string> = Array<{
  /** Taker buy volume divided by taker sell volume. Exact decimal. */
  buySellRatio: D;
  /** Taker buy volume. Exact decimal. Wire field `buyVol`. */
  buyVolume: D;
  /** Taker sell volume. Exact decimal. Wire field `sellVol`. */
  sellVolume: D;
} & ParsedStatsTimestamp>;

/** Descriptor of Taker Buy/Sell Volume: data the runtime interprets. */
export const getTakerLongShortRatioOperation: OperationDescriptor<GetTakerLongShortRatioParams, GetTakerLongShortRatioResponse> = { operation: "getTakerLongShortRatio", security: "NONE", weight: 0, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"period":{"type":"string","enum":["5m","15m","30m","1h","2h","4h","6h","12h","1d"],"required":true},"limit":{"type":"integer","minimum":1,"maximum":500},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0}}, rest: {"method":"GET","path":"/futures/data/takerlongshortRatio"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-taker-long-short-ratio.json", validate: validateGetTakerLongShortRatioResponse };

/**
 * Taker Buy/Sell Volume: `GET /futures/data/takerlongshortRatio`. A contract's taker buy and sell volume per period, and their ratio. Weight 0; limited to 1000 requests per 5 minutes per IP. The last 30 days only; the most recent points without a time range.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetTakerLongShortRatioResponse` if you want readable names. Weight 0 (1000 requests / 5 min / IP.). Security NONE.
 */
export function getTakerLongShortRatioHttp(params: GetTakerLongShortRatioParams, client?: HttpClient): Observable<GetTakerLongShortRatioResponse> {
  return requestHttp(getTakerLongShortRatioOperation, params, client);
}

/** Maps a raw `GetTakerLongShortRatioResponse` to the readable `ParsedGetTakerLongShortRatioResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetTakerLongShortRatioResponse<D = string>(raw: GetTakerLongShortRatioResponse, options?: ParseOptions<D>): ParsedGetTakerLongShortRatioResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ buySellRatio: decimal(item0.buySellRatio), buyVolume: decimal(item0.buyVol), sellVolume: decimal(item0.sellVol), timestamp: item0.timestamp }));
}
