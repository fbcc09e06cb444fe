// Generated from spec/usdm/operations/get-klines.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-klines';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetKlinesResponse: Validator = validate;

/** Parameters of Kline/Candlestick Data (`GET /fapi/v1/klines`). */
export interface GetKlinesParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Kline interval. */
  interval: "1m" | "3m" | "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "8h" | "12h" | "1d" | "3d" | "1w" | "1M";
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; default 500, at most 1500. Default: `500`. */
  limit?: number;
}

/** Kline/Candlestick Data: the response body with Binance's names. Klines (candlesticks) of one contract, identified by their open time, oldest first; the most recent ones when no time range is given. */
export type GetKlinesResponse = Array<[openTime: number, open: string, high: string, low: string, close: string, volume: string, closeTime: number, quoteVolume: string, trades: number, takerBuyBaseVolume: string, takerBuyQuoteVolume: string, unused: string]>;

/** Kline/Candlestick Data, parsed: readable names; decimals are exact strings unless `parseGetKlinesResponse` is given a `decimal` converter. */
export type ParsedGetKlinesResponse<D = string> = Array<{ /** Open time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */ openTime: number; /** Open price. Exact decimal. */ open: D; /** High price. Exact decimal. */ high: D; /** Low price. Exact decimal. */ low: D; /** Close price (or the latest price). Exact decimal. */ close: D; /** Volume. Exact decimal. */ volume: D; /** Close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */ closeTime: number; /** Quote asset volume. Exact decimal. */ quoteVolume: D; /** Number of trades. */ trades: number; /** Taker buy base asset volume. Exact decimal. */ takerBuyBaseVolume: D; /** Taker buy quote asset volume. Exact decimal. */ takerBuyQuoteVolume: D; /** Unused field; ignore it. */ unused: string; }>;

/** Descriptor of Kline/Candlestick Data: data the runtime interprets. */
export const getKlinesOperation: OperationDescriptor<GetKlinesParams, GetKlinesResponse> = { operation: "getKlines", security: "NONE", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"interval":{"type":"string","enum":["1m","3m","5m","15m","30m","1h","2h","4h","6h","8h","12h","1d","3d","1w","1M"],"required":true},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1500}}, rest: {"method":"GET","path":"/fapi/v1/klines"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-klines.json", validate: validateGetKlinesResponse };

/**
 * Kline/Candlestick Data: `GET /fapi/v1/klines`. Klines (candlesticks) of one contract, identified by their open time, oldest first; the most recent ones when no time range is given.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetKlinesResponse` if you want readable names. Weight 5 (By limit: [1,100): 1; [100,500): 2; [500,1000]: 5; above 1000: 10.). Security NONE.
 */
export function getKlinesHttp(params: GetKlinesParams, client?: HttpClient): Observable<GetKlinesResponse> {
  return requestHttp(getKlinesOperation, params, client);
}

/** Maps a raw `GetKlinesResponse` to the readable `ParsedGetKlinesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetKlinesResponse<D = string>(raw: GetKlinesResponse, options?: ParseOptions<D>): ParsedGetKlinesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ openTime: item0[0], open: decimal(item0[1]), high: decimal(item0[2]), low: decimal(item0[3]), close: decimal(item0[4]), volume: decimal(item0[5]), closeTime: item0[6], quoteVolume: decimal(item0[7]), trades: item0[8], takerBuyBaseVolume: decimal(item0[9]), takerBuyQuoteVolume: decimal(item0[10]), unused: item0[11] }));
}
