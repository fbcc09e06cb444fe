// Generated from spec/usdm/operations/get24hr-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get24hr-ticker';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGet24hrTickerResponse: Validator = validate;

/** Parameters of 24hr Ticker Price Change Statistics (`GET /fapi/v1/ticker/24hr`). */
export interface Get24hrTickerParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** 24hr Ticker Price Change Statistics: the response body with Binance's names. 24 hour rolling window statistics of one contract (an object) or all (an array). */
export type Get24hrTickerResponse = ({
  /** Symbol. */
  symbol: string;
  /** Price change. Exact decimal. */
  priceChange: string;
  /** Price change percent. Exact decimal. */
  priceChangePercent: string;
  /** Weighted average price. Exact decimal. */
  weightedAvgPrice: string;
  /** Last price. Exact decimal. */
  lastPrice: string;
  /** Last quantity. Exact decimal. */
  lastQty: string;
  /** Open price. Exact decimal. */
  openPrice: string;
  /** High price. Exact decimal. */
  highPrice: string;
  /** Low price. Exact decimal. */
  lowPrice: string;
  /** Volume. Exact decimal. */
  volume: string;
  /** Quote asset volume. Exact decimal. */
  quoteVolume: string;
  /** Statistics open time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  openTime: number;
  /** Statistics close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  closeTime: number;
  /** First trade id. */
  firstId: number;
  /** Last trade id. */
  lastId: number;
  /** Number of trades. */
  count: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Price change. Exact decimal. */
  priceChange: string;
  /** Price change percent. Exact decimal. */
  priceChangePercent: string;
  /** Weighted average price. Exact decimal. */
  weightedAvgPrice: string;
  /** Last price. Exact decimal. */
  lastPrice: string;
  /** Last quantity. Exact decimal. */
  lastQty: string;
  /** Open price. Exact decimal. */
  openPrice: string;
  /** High price. Exact decimal. */
  highPrice: string;
  /** Low price. Exact decimal. */
  lowPrice: string;
  /** Volume. Exact decimal. */
  volume: string;
  /** Quote asset volume. Exact decimal. */
  quoteVolume: string;
  /** Statistics open time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  openTime: number;
  /** Statistics close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  closeTime: number;
  /** First trade id. */
  firstId: number;
  /** Last trade id. */
  lastId: number;
  /** Number of trades. */
  count: number;
}>);

/** 24hr Ticker Price Change Statistics, parsed: readable names; decimals are exact strings unless `parseGet24hrTickerResponse` is given a `decimal` converter. */
export type ParsedGet24hrTickerResponse<D = string> = ({
  /** Symbol. */
  symbol: string;
  /** Price change. Exact decimal. */
  priceChange: D;
  /** Price change percent. Exact decimal. */
  priceChangePercent: D;
  /** Weighted average price. Exact decimal. Wire field `weightedAvgPrice`. */
  weightedAveragePrice: D;
  /** Last price. Exact decimal. */
  lastPrice: D;
  /** Last quantity. Exact decimal. Wire field `lastQty`. */
  lastQuantity: D;
  /** Open price. Exact decimal. */
  openPrice: D;
  /** High price. Exact decimal. */
  highPrice: D;
  /** Low price. Exact decimal. */
  lowPrice: D;
  /** Volume. Exact decimal. */
  volume: D;
  /** Quote asset volume. Exact decimal. */
  quoteVolume: D;
  /** Statistics open time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  openTime: number;
  /** Statistics close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  closeTime: number;
  /** First trade id. Wire field `firstId`. */
  firstTradeId: number;
  /** Last trade id. Wire field `lastId`. */
  lastTradeId: number;
  /** Number of trades. Wire field `count`. */
  tradeCount: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Price change. Exact decimal. */
  priceChange: D;
  /** Price change percent. Exact decimal. */
  priceChangePercent: D;
  /** Weighted average price. Exact decimal. Wire field `weightedAvgPrice`. */
  weightedAveragePrice: D;
  /** Last price. Exact decimal. */
  lastPrice: D;
  /** Last quantity. Exact decimal. Wire field `lastQty`. */
  lastQuantity: D;
  /** Open price. Exact decimal. */
  openPrice: D;
  /** High price. Exact decimal. */
  highPrice: D;
  /** Low price. Exact decimal. */
  lowPrice: D;
  /** Volume. Exact decimal. */
  volume: D;
  /** Quote asset volume. Exact decimal. */
  quoteVolume: D;
  /** Statistics open time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  openTime: number;
  /** Statistics close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  closeTime: number;
  /** First trade id. Wire field `firstId`. */
  firstTradeId: number;
  /** Last trade id. Wire field `lastId`. */
  lastTradeId: number;
  /** Number of trades. Wire field `count`. */
  tradeCount: number;
}>);

/** Descriptor of 24hr Ticker Price Change Statistics: data the runtime interprets. */
export const get24hrTickerOperation: OperationDescriptor<Get24hrTickerParams, Get24hrTickerResponse> = { operation: "get24hrTicker", security: "NONE", weight: 40, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/ticker/24hr"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get24hr-ticker.json", validate: validateGet24hrTickerResponse };

/**
 * 24hr Ticker Price Change Statistics: `GET /fapi/v1/ticker/24hr`. 24 hour rolling window statistics of one contract (an object) or all (an array).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGet24hrTickerResponse` if you want readable names. Weight 40 (symbol: 1; none: 40.). Security NONE.
 */
export function get24hrTickerHttp(params?: Get24hrTickerParams, client?: HttpClient): Observable<Get24hrTickerResponse> {
  return requestHttp(get24hrTickerOperation, params ?? {}, client);
}

/** Maps a raw `Get24hrTickerResponse` to the readable `ParsedGet24hrTickerResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGet24hrTickerResponse<D = string>(raw: Get24hrTickerResponse, options?: ParseOptions<D>): ParsedGet24hrTickerResponse<D> {
  const decimal = decimalOf(options);
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, priceChange: decimal(item0.priceChange), priceChangePercent: decimal(item0.priceChangePercent), weightedAveragePrice: decimal(item0.weightedAvgPrice), lastPrice: decimal(item0.lastPrice), lastQuantity: decimal(item0.lastQty), openPrice: decimal(item0.openPrice), highPrice: decimal(item0.highPrice), lowPrice: decimal(item0.lowPrice), volume: decimal(item0.volume), quoteVolume: decimal(item0.quoteVolume), openTime: item0.openTime, closeTime: item0.closeTime, firstTradeId: item0.firstId, lastTradeId: item0.lastId, tradeCount: item0.count })) : { symbol: raw.symbol, priceChange: decimal(raw.priceChange), priceChangePercent: decimal(raw.priceChangePercent), weightedAveragePrice: decimal(raw.weightedAvgPrice), lastPrice: decimal(raw.lastPrice), lastQuantity: decimal(raw.lastQty), openPrice: decimal(raw.openPrice), highPrice: decimal(raw.highPrice), lowPrice: decimal(raw.lowPrice), volume: decimal(raw.volume), quoteVolume: decimal(raw.quoteVolume), openTime: raw.openTime, closeTime: raw.closeTime, firstTradeId: raw.firstId, lastTradeId: raw.lastId, tradeCount: raw.count };
}
