// Generated from spec/operations/get24hr-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get24hr-ticker';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGet24hrTickerResponse: Validator = validate;

/** Parameters of 24hr ticker price change statistics (`GET /api/v3/ticker/24hr`, WebSocket API `ticker.24hr`). */
export interface Get24hrTickerParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol?: string;
  /** Several trading pairs, such as ["BTCUSDT","BNBUSDT"]. */
  symbols?: readonly string[];
  /** FULL (default) or MINI (without the price-change fields). */
  type?: "FULL" | "MINI";
  /** Only symbols with this trading status (-1220 for a single symbol that has another). */
  symbolStatus?: "TRADING" | "HALT" | "BREAK";
}

/** 24hr ticker price change statistics: the response body with Binance's names. Price change statistics over the last 24 hours, for one symbol (an object), several or all (an array); MINI leaves out the price-change fields. */
export type Get24hrTickerResponse = ({
  /** Symbol. */
  symbol: string;
  /** Last price minus open price (FULL only). Exact decimal. */
  priceChange?: string;
  /** Price change in percent (FULL only). Exact decimal. */
  priceChangePercent?: string;
  /** Volume-weighted average price, quoteVolume / volume (FULL only). Exact decimal. */
  weightedAvgPrice?: string;
  /** Last price before the window (FULL only). Exact decimal. */
  prevClosePrice?: string;
  /** Last trade price. Exact decimal. */
  lastPrice: string;
  /** Quantity of the last trade (FULL only). Exact decimal. */
  lastQty?: string;
  /** Best bid price (FULL only). Exact decimal. */
  bidPrice?: string;
  /** Quantity at the best bid (FULL only). Exact decimal. */
  bidQty?: string;
  /** Best ask price (FULL only). Exact decimal. */
  askPrice?: string;
  /** Quantity at the best ask (FULL only). Exact decimal. */
  askQty?: string;
  /** First price of the window. Exact decimal. */
  openPrice: string;
  /** Highest price in the window. Exact decimal. */
  highPrice: string;
  /** Lowest price in the window. Exact decimal. */
  lowPrice: string;
  /** Base asset volume traded in the window. Exact decimal. */
  volume: string;
  /** Quote asset volume traded in the window. Exact decimal. */
  quoteVolume: string;
  /** Start of the window. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  openTime: number;
  /** End of the window. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  closeTime: number;
  /** Id of the first trade in the window. */
  firstId: number;
  /** Id of the last trade in the window. */
  lastId: number;
  /** Number of trades in the window. */
  count: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Last price minus open price (FULL only). Exact decimal. */
  priceChange?: string;
  /** Price change in percent (FULL only). Exact decimal. */
  priceChangePercent?: string;
  /** Volume-weighted average price, quoteVolume / volume (FULL only). Exact decimal. */
  weightedAvgPrice?: string;
  /** Last price before the window (FULL only). Exact decimal. */
  prevClosePrice?: string;
  /** Last trade price. Exact decimal. */
  lastPrice: string;
  /** Quantity of the last trade (FULL only). Exact decimal. */
  lastQty?: string;
  /** Best bid price (FULL only). Exact decimal. */
  bidPrice?: string;
  /** Quantity at the best bid (FULL only). Exact decimal. */
  bidQty?: string;
  /** Best ask price (FULL only). Exact decimal. */
  askPrice?: string;
  /** Quantity at the best ask (FULL only). Exact decimal. */
  askQty?: string;
  /** First price of the window. Exact decimal. */
  openPrice: string;
  /** Highest price in the window. Exact decimal. */
  highPrice: string;
  /** Lowest price in the window. Exact decimal. */
  lowPrice: string;
  /** Base asset volume traded in the window. Exact decimal. */
  volume: string;
  /** Quote asset volume traded in the window. Exact decimal. */
  quoteVolume: string;
  /** Start of the window. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  openTime: number;
  /** End of the window. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  closeTime: number;
  /** Id of the first trade in the window. */
  firstId: number;
  /** Id of the last trade in the window. */
  lastId: number;
  /** Number of trades in the window. */
  count: number;
}>);

/** 24hr ticker price change statistics, parsed: readable names; decimals are exact strings unless `parseGet24hrTickerResponse` is given a `decimal` converter. */
export type ParsedGet24hrTickerResponse<D = string> = ({
  /** Symbol. */
  symbol: string;
  /** Last price minus open price (FULL only). Exact decimal. */
  priceChange?: D | undefined;
  /** Price change in percent (FULL only). Exact decimal. */
  priceChangePercent?: D | undefined;
  /** Volume-weighted average price, quoteVolume / volume (FULL only). Exact decimal. */
  weightedAvgPrice?: D | undefined;
  /** Last price before the window (FULL only). Exact decimal. */
  prevClosePrice?: D | undefined;
  /** Last trade price. Exact decimal. */
  lastPrice: D;
  /** Quantity of the last trade (FULL only). Exact decimal. */
  lastQty?: D | undefined;
  /** Best bid price (FULL only). Exact decimal. */
  bidPrice?: D | undefined;
  /** Quantity at the best bid (FULL only). Exact decimal. */
  bidQty?: D | undefined;
  /** Best ask price (FULL only). Exact decimal. */
  askPrice?: D | undefined;
  /** Quantity at the best ask (FULL only). Exact decimal. */
  askQty?: D | undefined;
  /** First price of the window. Exact decimal. */
  openPrice: D;
  /** Highest price in the window. Exact decimal. */
  highPrice: D;
  /** Lowest price in the window. Exact decimal. */
  lowPrice: D;
  /** Base asset volume traded in the window. Exact decimal. */
  volume: D;
  /** Quote asset volume traded in the window. Exact decimal. */
  quoteVolume: D;
  /** Start of the window. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  openTime: number;
  /** End of the window. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  closeTime: number;
  /** Id of the first trade in the window. */
  firstId: number;
  /** Id of the last trade in the window. */
  lastId: number;
  /** Number of trades in the window. */
  count: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Last price minus open price (FULL only). Exact decimal. */
  priceChange?: D | undefined;
  /** Price change in percent (FULL only). Exact decimal. */
  priceChangePercent?: D | undefined;
  /** Volume-weighted average price, quoteVolume / volume (FULL only). Exact decimal. */
  weightedAvgPrice?: D | undefined;
  /** Last price before the window (FULL only). Exact decimal. */
  prevClosePrice?: D | undefined;
  /** Last trade price. Exact decimal. */
  lastPrice: D;
  /** Quantity of the last trade (FULL only). Exact decimal. */
  lastQty?: D | undefined;
  /** Best bid price (FULL only). Exact decimal. */
  bidPrice?: D | undefined;
  /** Quantity at the best bid (FULL only). Exact decimal. */
  bidQty?: D | undefined;
  /** Best ask price (FULL only). Exact decimal. */
  askPrice?: D | undefined;
  /** Quantity at the best ask (FULL only). Exact decimal. */
  askQty?: D | undefined;
  /** First price of the window. Exact decimal. */
  openPrice: D;
  /** Highest price in the window. Exact decimal. */
  highPrice: D;
  /** Lowest price in the window. Exact decimal. */
  lowPrice: D;
  /** Base asset volume traded in the window. Exact decimal. */
  volume: D;
  /** Quote asset volume traded in the window. Exact decimal. */
  quoteVolume: D;
  /** Start of the window. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  openTime: number;
  /** End of the window. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  closeTime: number;
  /** Id of the first trade in the window. */
  firstId: number;
  /** Id of the last trade in the window. */
  lastId: number;
  /** Number of trades in the window. */
  count: number;
}>);

/** Descriptor of 24hr ticker price change statistics: data the runtime interprets. */
export const get24hrTickerOperation: OperationDescriptor<Get24hrTickerParams, Get24hrTickerResponse> = { operation: "get24hrTicker", security: "NONE", weight: 80, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"symbols":{"type":"list"},"type":{"type":"string","enum":["FULL","MINI"]},"symbolStatus":{"type":"string","enum":["TRADING","HALT","BREAK"]}}, rest: {"method":"GET","path":"/api/v3/ticker/24hr"}, wsApi: {"method":"ticker.24hr"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get24hr-ticker.json", validate: validateGet24hrTickerResponse };

/**
 * 24hr ticker price change statistics: `GET /api/v3/ticker/24hr`. Price change statistics over the last 24 hours, for one symbol (an object), several or all (an array); MINI leaves out the price-change fields.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGet24hrTickerResponse` if you want readable names. Weight 80 (symbol: 2; symbols: 2 (1-20), 40 (21-100), 80 (over 100); none: 80.). Security NONE.
 */
export function get24hrTickerHttp(params?: Get24hrTickerParams, client?: HttpClient): Observable<Get24hrTickerResponse> {
  return requestHttp(get24hrTickerOperation, params ?? {}, client);
}

/** 24hr ticker price change statistics over the WebSocket API (`ticker.24hr`): returns a function that sends one request per subscription and emits its `result`. Price change statistics over the last 24 hours, for one symbol (an object), several or all (an array); MINI leaves out the price-change fields. Weight 80 (symbol: 2; symbols: 2 (1-20), 40 (21-100), 80 (over 100); none: 80.). Security NONE. */
export function get24hrTickerFactory(session: WsApiSession): (params?: Get24hrTickerParams) => Observable<Get24hrTickerResponse> {
  return (params) => session.request(get24hrTickerOperation, params ?? {});
}

/** Maps a raw `Get24hrTickerResponse` to the readable `ParsedGet24hrTickerResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGet24hrTickerResponse<D = string>(raw: Get24hrTickerResponse, options?: ParseOptions<D>): ParsedGet24hrTickerResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, priceChange: optionalDecimal(item0.priceChange), priceChangePercent: optionalDecimal(item0.priceChangePercent), weightedAvgPrice: optionalDecimal(item0.weightedAvgPrice), prevClosePrice: optionalDecimal(item0.prevClosePrice), lastPrice: decimal(item0.lastPrice), lastQty: optionalDecimal(item0.lastQty), bidPrice: optionalDecimal(item0.bidPrice), bidQty: optionalDecimal(item0.bidQty), askPrice: optionalDecimal(item0.askPrice), askQty: optionalDecimal(item0.askQty), openPrice: decimal(item0.openPrice), highPrice: decimal(item0.highPrice), lowPrice: decimal(item0.lowPrice), volume: decimal(item0.volume), quoteVolume: decimal(item0.quoteVolume), openTime: item0.openTime, closeTime: item0.closeTime, firstId: item0.firstId, lastId: item0.lastId, count: item0.count })) : { symbol: raw.symbol, priceChange: optionalDecimal(raw.priceChange), priceChangePercent: optionalDecimal(raw.priceChangePercent), weightedAvgPrice: optionalDecimal(raw.weightedAvgPrice), prevClosePrice: optionalDecimal(raw.prevClosePrice), lastPrice: decimal(raw.lastPrice), lastQty: optionalDecimal(raw.lastQty), bidPrice: optionalDecimal(raw.bidPrice), bidQty: optionalDecimal(raw.bidQty), askPrice: optionalDecimal(raw.askPrice), askQty: optionalDecimal(raw.askQty), openPrice: decimal(raw.openPrice), highPrice: decimal(raw.highPrice), lowPrice: decimal(raw.lowPrice), volume: decimal(raw.volume), quoteVolume: decimal(raw.quoteVolume), openTime: raw.openTime, closeTime: raw.closeTime, firstId: raw.firstId, lastId: raw.lastId, count: raw.count };
}
