// Generated from spec/operations/get-trading-day-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-trading-day-ticker';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetTradingDayTickerResponse: Validator = validate;

/** Parameters of Trading Day Ticker (`GET /api/v3/ticker/tradingDay`, WebSocket API `ticker.tradingDay`). */
export interface GetTradingDayTickerParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol?: string;
  /** Several trading pairs, such as ["BTCUSDT","BNBUSDT"]. */
  symbols?: readonly string[];
  /** Time zone klines open and close in, from -12:00 to +14:00 (default 0, UTC). */
  timeZone?: string;
  /** FULL (default) or MINI (without the price-change fields). */
  type?: "FULL" | "MINI";
  /** Only symbols with this trading status (-1220 for a single symbol that has another). */
  symbolStatus?: "TRADING" | "HALT" | "BREAK";
}

/** Trading Day Ticker: the response body with Binance's names. Price change statistics of the current trading day (in the given time zone), for one or several symbols; MINI leaves out the price-change fields. */
export type GetTradingDayTickerResponse = ({
  /** Symbol. */
  symbol: string;
  /** Last price minus open price (FULL only). Exact decimal. */
  priceChange?: string;
  /** Price change in percent (FULL only). Exact decimal. */
  priceChangePercent?: string;
  /** Volume-weighted average price, quoteVolume / volume (FULL only). Exact decimal. */
  weightedAvgPrice?: string;
  /** First price of the window. Exact decimal. */
  openPrice: string;
  /** Highest price in the window. Exact decimal. */
  highPrice: string;
  /** Lowest price in the window. Exact decimal. */
  lowPrice: string;
  /** Last trade price. Exact decimal. */
  lastPrice: string;
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
  /** First price of the window. Exact decimal. */
  openPrice: string;
  /** Highest price in the window. Exact decimal. */
  highPrice: string;
  /** Lowest price in the window. Exact decimal. */
  lowPrice: string;
  /** Last trade price. Exact decimal. */
  lastPrice: string;
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

/** Trading Day Ticker, parsed: readable names; decimals are exact strings unless `parseGetTradingDayTickerResponse` is given a `decimal` converter. */
export type ParsedGetTradingDayTickerResponse<D = string> = ({
  /** Symbol. */
  symbol: string;
  /** Last price minus open price (FULL only). Exact decimal. */
  priceChange?: D | undefined;
  /** Price change in percent (FULL only). Exact decimal. */
  priceChangePercent?: D | undefined;
  /** Volume-weighted average price, quoteVolume / volume (FULL only). Exact decimal. */
  weightedAvgPrice?: D | undefined;
  /** First price of the window. Exact decimal. */
  openPrice: D;
  /** Highest price in the window. Exact decimal. */
  highPrice: D;
  /** Lowest price in the window. Exact decimal. */
  lowPrice: D;
  /** Last trade price. Exact decimal. */
  lastPrice: D;
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
  /** First price of the window. Exact decimal. */
  openPrice: D;
  /** Highest price in the window. Exact decimal. */
  highPrice: D;
  /** Lowest price in the window. Exact decimal. */
  lowPrice: D;
  /** Last trade price. Exact decimal. */
  lastPrice: D;
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

/** Descriptor of Trading Day Ticker: data the runtime interprets. */
export const getTradingDayTickerOperation: OperationDescriptor<GetTradingDayTickerParams, GetTradingDayTickerResponse> = { operation: "getTradingDayTicker", security: "NONE", weight: 4, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"symbols":{"type":"list"},"timeZone":{"type":"string","pattern":"^([+-]?(1[0-4]|0?[0-9])(:[0-5][0-9])?|0)$"},"type":{"type":"string","enum":["FULL","MINI"]},"symbolStatus":{"type":"string","enum":["TRADING","HALT","BREAK"]}}, anyOf: [["symbol","symbols"]], rest: {"method":"GET","path":"/api/v3/ticker/tradingDay"}, wsApi: {"method":"ticker.tradingDay"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-trading-day-ticker.json", validate: validateGetTradingDayTickerResponse };

/**
 * Trading Day Ticker: `GET /api/v3/ticker/tradingDay`. Price change statistics of the current trading day (in the given time zone), for one or several symbols; MINI leaves out the price-change fields.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetTradingDayTickerResponse` if you want readable names. Weight 4 (4 per symbol, at most 200.). Security NONE.
 */
export function getTradingDayTickerHttp(params: GetTradingDayTickerParams, client?: HttpClient): Observable<GetTradingDayTickerResponse> {
  return requestHttp(getTradingDayTickerOperation, params, client);
}

/** Trading Day Ticker over the WebSocket API (`ticker.tradingDay`): returns a function that sends one request per subscription and emits its `result`. Price change statistics of the current trading day (in the given time zone), for one or several symbols; MINI leaves out the price-change fields. Weight 4 (4 per symbol, at most 200.). Security NONE. */
export function getTradingDayTickerFactory(session: WsApiSession): (params: GetTradingDayTickerParams) => Observable<GetTradingDayTickerResponse> {
  return (params) => session.request(getTradingDayTickerOperation, params);
}

/** Maps a raw `GetTradingDayTickerResponse` to the readable `ParsedGetTradingDayTickerResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetTradingDayTickerResponse<D = string>(raw: GetTradingDayTickerResponse, options?: ParseOptions<D>): ParsedGetTradingDayTickerResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, priceChange: optionalDecimal(item0.priceChange), priceChangePercent: optionalDecimal(item0.priceChangePercent), weightedAvgPrice: optionalDecimal(item0.weightedAvgPrice), openPrice: decimal(item0.openPrice), highPrice: decimal(item0.highPrice), lowPrice: decimal(item0.lowPrice), lastPrice: decimal(item0.lastPrice), volume: decimal(item0.volume), quoteVolume: decimal(item0.quoteVolume), openTime: item0.openTime, closeTime: item0.closeTime, firstId: item0.firstId, lastId: item0.lastId, count: item0.count })) : { symbol: raw.symbol, priceChange: optionalDecimal(raw.priceChange), priceChangePercent: optionalDecimal(raw.priceChangePercent), weightedAvgPrice: optionalDecimal(raw.weightedAvgPrice), openPrice: decimal(raw.openPrice), highPrice: decimal(raw.highPrice), lowPrice: decimal(raw.lowPrice), lastPrice: decimal(raw.lastPrice), volume: decimal(raw.volume), quoteVolume: decimal(raw.quoteVolume), openTime: raw.openTime, closeTime: raw.closeTime, firstId: raw.firstId, lastId: raw.lastId, count: raw.count };
}
