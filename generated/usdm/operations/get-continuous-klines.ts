// Generated from spec/usdm/operations/get-continuous-klines.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-continuous-klines';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetContinuousKlinesResponse: Validator = validate;

/** Parameters of Continuous Contract Kline/Candlestick Data (`GET /fapi/v1/continuousKlines`). */
export interface GetContinuousKlinesParams {
  /** Underlying pair such as BTCUSDT (a perpetual's pair is its symbol). */
  pair: string;
  /** Contract type: PERPETUAL, CURRENT_QUARTER, NEXT_QUARTER or TRADIFI_PERPETUAL. */
  contractType: "PERPETUAL" | "CURRENT_QUARTER" | "NEXT_QUARTER" | "TRADIFI_PERPETUAL";
  /** Kline interval. */
  interval: "1m" | "3m" | "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "8h" | "12h" | "1d" | "3d" | "1w" | "1M";
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; default 500, at most 1500. Default: `500`. */
  limit?: number;
}

/** Continuous Contract Kline/Candlestick Data: the response body with Binance's names. Klines of a pair's contract of one type (the perpetual, this quarter's or next quarter's), by open time, oldest first; the most recent ones when no time range is given. */
export type GetContinuousKlinesResponse = Array<[openTime: number, open: string, high: string, low: string, close: string, volume: string, closeTime: number, quoteVolume: string, trades: number, takerBuyBaseVolume: string, takerBuyQuoteVolume: string, unused: string]>;

/** Continuous Contract Kline/Candlestick Data, parsed: readable names; decimals are exact strings unless `parseGetContinuousKlinesResponse` is given a `decimal` converter. */
export type ParsedGetContinuousKlinesResponse<D = string> = Array<{ /** Open time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */ openTime: number; /** Price at the open. Exact decimal. */ open: D; /** Highest price. Exact decimal. */ high: D; /** Lowest price. Exact decimal. */ low: D; /** Price at the close (or the latest). Exact decimal. */ close: D; /** Volume. Exact decimal. */ volume: D; /** Close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */ closeTime: number; /** Quote asset volume. Exact decimal. */ quoteVolume: D; /** Number of trades. */ trades: number; /** Taker buy base asset volume. Exact decimal. */ takerBuyBaseVolume: D; /** Taker buy quote asset volume. Exact decimal. */ takerBuyQuoteVolume: D; /** Unused field; ignore it. */ unused: string; }>;

/** Descriptor of Continuous Contract Kline/Candlestick Data: data the runtime interprets. */
export const getContinuousKlinesOperation: OperationDescriptor<GetContinuousKlinesParams, GetContinuousKlinesResponse> = { operation: "getContinuousKlines", security: "NONE", weight: 5, params: {"pair":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"contractType":{"type":"string","enum":["PERPETUAL","CURRENT_QUARTER","NEXT_QUARTER","TRADIFI_PERPETUAL"],"required":true},"interval":{"type":"string","enum":["1m","3m","5m","15m","30m","1h","2h","4h","6h","8h","12h","1d","3d","1w","1M"],"required":true},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1500}}, rest: {"method":"GET","path":"/fapi/v1/continuousKlines"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-continuous-klines.json", validate: validateGetContinuousKlinesResponse };

/**
 * Continuous Contract Kline/Candlestick Data: `GET /fapi/v1/continuousKlines`. Klines of a pair's contract of one type (the perpetual, this quarter's or next quarter's), by open time, oldest first; the most recent ones when no time range is given.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetContinuousKlinesResponse` if you want readable names. Weight 5 (By limit: [1,100): 1; [100,500): 2; [500,1000]: 5; above 1000: 10.). Security NONE.
 */
export function getContinuousKlinesHttp(params: GetContinuousKlinesParams, client?: HttpClient): Observable<GetContinuousKlinesResponse> {
  return requestHttp(getContinuousKlinesOperation, params, client);
}

/** Maps a raw `GetContinuousKlinesResponse` to the readable `ParsedGetContinuousKlinesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetContinuousKlinesResponse<D = string>(raw: GetContinuousKlinesResponse, options?: ParseOptions<D>): ParsedGetContinuousKlinesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ openTime: item0[0], open: decimal(item0[1]), high: decimal(item0[2]), low: decimal(item0[3]), close: decimal(item0[4]), volume: decimal(item0[5]), closeTime: item0[6], quoteVolume: decimal(item0[7]), trades: item0[8], takerBuyBaseVolume: decimal(item0[9]), takerBuyQuoteVolume: decimal(item0[10]), unused: item0[11] }));
}
