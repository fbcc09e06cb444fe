// Generated from spec/usdm/operations/get-index-price-klines.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-index-price-klines';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetIndexPriceKlinesResponse: Validator = validate;

/** Parameters of Index Price Kline/Candlestick Data (`GET /fapi/v1/indexPriceKlines`). */
export interface GetIndexPriceKlinesParams {
  /** Underlying pair such as BTCUSDT (a perpetual's pair is its symbol). */
  pair: string;
  /** Kline interval. */
  interval: "1m" | "3m" | "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "8h" | "12h" | "1d" | "3d" | "1w" | "1M";
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; default 500, at most 1500. Default: `500`. */
  limit?: number;
}

/** Index Price Kline/Candlestick Data: the response body with Binance's names. Klines of a pair's index price, by open time, oldest first; the most recent ones when no time range is given. The volume columns are unused (0); the count is the number of index values. */
export type GetIndexPriceKlinesResponse = Array<[openTime: number, open: string, high: string, low: string, close: string, unusedVolume: string, closeTime: number, unusedQuoteVolume: string, count: number, unusedTakerBuyBaseVolume: string, unusedTakerBuyQuoteVolume: string, unused: string]>;

/** Index Price Kline/Candlestick Data, parsed: readable names; decimals are exact strings unless `parseGetIndexPriceKlinesResponse` is given a `decimal` converter. */
export type ParsedGetIndexPriceKlinesResponse<D = string> = Array<{ /** Open time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */ openTime: number; /** Index price at the open. Exact decimal. */ open: D; /** Highest index price. Exact decimal. */ high: D; /** Lowest index price. Exact decimal. */ low: D; /** Index price at the close (or the latest). Exact decimal. */ close: D; /** Unused (0); ignore it. Exact decimal. */ unusedVolume: D; /** Close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */ closeTime: number; /** Unused (0); ignore it. Exact decimal. */ unusedQuoteVolume: D; /** Number of index values in the bar. */ count: number; /** Unused (0); ignore it. Exact decimal. */ unusedTakerBuyBaseVolume: D; /** Unused (0); ignore it. Exact decimal. */ unusedTakerBuyQuoteVolume: D; /** Unused field; ignore it. */ unused: string; }>;

/** Descriptor of Index Price Kline/Candlestick Data: data the runtime interprets. */
export const getIndexPriceKlinesOperation: OperationDescriptor<GetIndexPriceKlinesParams, GetIndexPriceKlinesResponse> = { operation: "getIndexPriceKlines", security: "NONE", weight: 5, params: {"pair":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"interval":{"type":"string","enum":["1m","3m","5m","15m","30m","1h","2h","4h","6h","8h","12h","1d","3d","1w","1M"],"required":true},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1500}}, rest: {"method":"GET","path":"/fapi/v1/indexPriceKlines"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-index-price-klines.json", validate: validateGetIndexPriceKlinesResponse };

/**
 * Index Price Kline/Candlestick Data: `GET /fapi/v1/indexPriceKlines`. Klines of a pair's index price, by open time, oldest first; the most recent ones when no time range is given. The volume columns are unused (0); the count is the number of index values.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetIndexPriceKlinesResponse` if you want readable names. Weight 5 (By limit: [1,100): 1; [100,500): 2; [500,1000]: 5; above 1000: 10.). Security NONE.
 */
export function getIndexPriceKlinesHttp(params: GetIndexPriceKlinesParams, client?: HttpClient): Observable<GetIndexPriceKlinesResponse> {
  return requestHttp(getIndexPriceKlinesOperation, params, client);
}

/** Maps a raw `GetIndexPriceKlinesResponse` to the readable `ParsedGetIndexPriceKlinesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetIndexPriceKlinesResponse<D = string>(raw: GetIndexPriceKlinesResponse, options?: ParseOptions<D>): ParsedGetIndexPriceKlinesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ openTime: item0[0], open: decimal(item0[1]), high: decimal(item0[2]), low: decimal(item0[3]), close: decimal(item0[4]), unusedVolume: decimal(item0[5]), closeTime: item0[6], unusedQuoteVolume: decimal(item0[7]), count: item0[8], unusedTakerBuyBaseVolume: decimal(item0[9]), unusedTakerBuyQuoteVolume: decimal(item0[10]), unused: item0[11] }));
}
