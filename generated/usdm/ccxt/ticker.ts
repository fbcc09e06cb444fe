// Generated from spec/usdm/ccxt/ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtTicker, resolveMarket, symbolOnly, type CcxtContext, type CcxtMarketRef, type CcxtOf, type CcxtTicker } from '../../../src/generated-runtime';
import type { BookTickerEvent } from '../channels/book-ticker';
import type { MarkPriceEvent } from '../channels/mark-price';
import type { MiniTickerEvent } from '../channels/mini-ticker';
import type { TickerEvent } from '../channels/ticker';
import type { GetBookTickerResponse } from '../operations/get-book-ticker';
import type { GetPriceTickerResponse } from '../operations/get-price-ticker';
import type { Get24hrTickerResponse } from '../operations/get24hr-ticker';

function entryOfTicker(raw: TickerEvent, market: CcxtMarketRef): CcxtTicker {
  return ccxtTicker(raw, market, { timestamp: raw.C, high: raw.h, low: raw.l, vwap: raw.w, open: raw.o, close: raw.c, change: raw.p, percentage: raw.P, baseVolume: raw.v, quoteVolume: raw.q });
}

/** Maps the `ticker` stream payload (`TickerEvent`) to CCXT's Ticker (`CcxtTicker`), as ccxt.pro binanceusdm parseWsTicker does. The symbol comes from `s` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/ticker.yaml`. */
export function parseTickerCcxt(raw: TickerEvent, context?: CcxtContext): CcxtTicker {
  return entryOfTicker(raw, resolveMarket(raw.s, context, "swap"));
}

/** `parseTickerCcxt` as an rxjs operator. */
export function toTickerCcxt(context?: CcxtContext): OperatorFunction<TickerEvent, CcxtTicker> {
  return map((raw) => parseTickerCcxt(raw, context));
}

function entryOfMiniTicker(raw: MiniTickerEvent, market: CcxtMarketRef): CcxtTicker {
  return ccxtTicker(raw, market, { timestamp: raw.E, high: raw.h, low: raw.l, open: raw.o, close: raw.c, baseVolume: raw.v, quoteVolume: raw.q });
}

/** Maps the `miniTicker` stream payload (`MiniTickerEvent`) to CCXT's Ticker (`CcxtTicker`), as ccxt.pro binanceusdm parseWsTicker does. The symbol comes from `s` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/ticker.yaml`. */
export function parseMiniTickerCcxt(raw: MiniTickerEvent, context?: CcxtContext): CcxtTicker {
  return entryOfMiniTicker(raw, resolveMarket(raw.s, context, "swap"));
}

/** `parseMiniTickerCcxt` as an rxjs operator. */
export function toMiniTickerCcxt(context?: CcxtContext): OperatorFunction<MiniTickerEvent, CcxtTicker> {
  return map((raw) => parseMiniTickerCcxt(raw, context));
}

function entryOfBookTicker(raw: BookTickerEvent, market: CcxtMarketRef): CcxtTicker {
  return ccxtTicker(raw, market, { timestamp: raw.E, bid: raw.b, bidVolume: raw.B, ask: raw.a, askVolume: raw.A });
}

/** Maps the `bookTicker` stream payload (`BookTickerEvent`) to CCXT's Ticker (`CcxtTicker`), as ccxt.pro binanceusdm parseWsTicker (a bookTicker's time is its event time) does. The symbol comes from `s` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/ticker.yaml`. */
export function parseBookTickerCcxt(raw: BookTickerEvent, context?: CcxtContext): CcxtTicker {
  return entryOfBookTicker(raw, resolveMarket(raw.s, context, "swap"));
}

/** `parseBookTickerCcxt` as an rxjs operator. */
export function toBookTickerCcxt(context?: CcxtContext): OperatorFunction<BookTickerEvent, CcxtTicker> {
  return map((raw) => parseBookTickerCcxt(raw, context));
}

function entryOfMarkPrice(raw: MarkPriceEvent, market: CcxtMarketRef): CcxtTicker {
  return ccxtTicker(raw, market, { timestamp: raw.E, markPrice: raw.p, indexPrice: raw.i });
}

/** Maps the `markPrice` stream payload (`MarkPriceEvent`) to CCXT's Ticker (`CcxtTicker`), as ccxt.pro binanceusdm parseWsTicker (watchMarkPrice; the funding rate is in funding-rate.yaml) does. The symbol comes from `s` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/ticker.yaml`. */
export function parseMarkPriceCcxt(raw: MarkPriceEvent, context?: CcxtContext): CcxtTicker {
  return entryOfMarkPrice(raw, resolveMarket(raw.s, context, "swap"));
}

/** `parseMarkPriceCcxt` as an rxjs operator. */
export function toMarkPriceCcxt(context?: CcxtContext): OperatorFunction<MarkPriceEvent, CcxtTicker> {
  return map((raw) => parseMarkPriceCcxt(raw, context));
}

function entryOfGet24hrTicker(raw: Exclude<Get24hrTickerResponse, unknown[]> | Extract<Get24hrTickerResponse, unknown[]>[number], market: CcxtMarketRef): CcxtTicker {
  return ccxtTicker(raw, market, { timestamp: raw.closeTime, high: raw.highPrice, low: raw.lowPrice, vwap: raw.weightedAvgPrice, open: raw.openPrice, close: raw.lastPrice, change: raw.priceChange, percentage: raw.priceChangePercent, baseVolume: raw.volume, quoteVolume: raw.quoteVolume });
}

/** Maps the answer of `get24hrTicker` (`Get24hrTickerResponse`) to CCXT's Ticker (`CcxtTicker`, or `CcxtTicker[]` for an array), as ccxt binanceusdm parseTicker (fetchTicker; fetchTickers for lists) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/ticker.yaml`. */
export function parseGet24hrTickerCcxt(raw: Exclude<Get24hrTickerResponse, unknown[]>, context?: CcxtContext): CcxtTicker;
/** An array answer gives one `CcxtTicker` per entry. */
export function parseGet24hrTickerCcxt(raw: Extract<Get24hrTickerResponse, unknown[]>, context?: CcxtContext): CcxtTicker[];
/** Either, when the answer's kind is not known statically. */
export function parseGet24hrTickerCcxt(raw: Get24hrTickerResponse, context?: CcxtContext): CcxtTicker | CcxtTicker[];
export function parseGet24hrTickerCcxt(raw: Get24hrTickerResponse, context?: CcxtContext): CcxtTicker | CcxtTicker[] {
  return Array.isArray(raw) ? raw.map((item) => entryOfGet24hrTicker(item, symbolOnly(resolveMarket(item.symbol, context, "swap")))) : entryOfGet24hrTicker(raw, resolveMarket(raw.symbol, context, "swap"));
}

/** `parseGet24hrTickerCcxt` as an rxjs operator: an object gives a `CcxtTicker`, an array a `CcxtTicker[]`. */
export function toGet24hrTickerCcxt<R extends Get24hrTickerResponse>(context?: CcxtContext): OperatorFunction<R, CcxtOf<R, CcxtTicker>> {
  return map((raw) => parseGet24hrTickerCcxt(raw, context) as CcxtOf<R, CcxtTicker>);
}

function entryOfGetPriceTicker(raw: Exclude<GetPriceTickerResponse, unknown[]> | Extract<GetPriceTickerResponse, unknown[]>[number], market: CcxtMarketRef): CcxtTicker {
  return ccxtTicker(raw, market, { timestamp: raw.time, close: raw.price });
}

/** Maps the answer of `getPriceTicker` (`GetPriceTickerResponse`) to CCXT's Ticker (`CcxtTicker`, or `CcxtTicker[]` for an array), as ccxt binanceusdm parseTicker (the time), plus `price` as the last price (ccxt reads only fetchLastPrices' fields of /ticker/price) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/ticker.yaml`. */
export function parseGetPriceTickerCcxt(raw: Exclude<GetPriceTickerResponse, unknown[]>, context?: CcxtContext): CcxtTicker;
/** An array answer gives one `CcxtTicker` per entry. */
export function parseGetPriceTickerCcxt(raw: Extract<GetPriceTickerResponse, unknown[]>, context?: CcxtContext): CcxtTicker[];
/** Either, when the answer's kind is not known statically. */
export function parseGetPriceTickerCcxt(raw: GetPriceTickerResponse, context?: CcxtContext): CcxtTicker | CcxtTicker[];
export function parseGetPriceTickerCcxt(raw: GetPriceTickerResponse, context?: CcxtContext): CcxtTicker | CcxtTicker[] {
  return Array.isArray(raw) ? raw.map((item) => entryOfGetPriceTicker(item, symbolOnly(resolveMarket(item.symbol, context, "swap")))) : entryOfGetPriceTicker(raw, resolveMarket(raw.symbol, context, "swap"));
}

/** `parseGetPriceTickerCcxt` as an rxjs operator: an object gives a `CcxtTicker`, an array a `CcxtTicker[]`. */
export function toGetPriceTickerCcxt<R extends GetPriceTickerResponse>(context?: CcxtContext): OperatorFunction<R, CcxtOf<R, CcxtTicker>> {
  return map((raw) => parseGetPriceTickerCcxt(raw, context) as CcxtOf<R, CcxtTicker>);
}

function entryOfGetBookTicker(raw: Exclude<GetBookTickerResponse, unknown[]> | Extract<GetBookTickerResponse, unknown[]>[number], market: CcxtMarketRef): CcxtTicker {
  return ccxtTicker(raw, market, { timestamp: raw.time, bid: raw.bidPrice, bidVolume: raw.bidQty, ask: raw.askPrice, askVolume: raw.askQty });
}

/** Maps the answer of `getBookTicker` (`GetBookTickerResponse`) to CCXT's Ticker (`CcxtTicker`, or `CcxtTicker[]` for an array), as ccxt binanceusdm parseTicker (fetchBidsAsks, with the transaction time) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/ticker.yaml`. */
export function parseGetBookTickerCcxt(raw: Exclude<GetBookTickerResponse, unknown[]>, context?: CcxtContext): CcxtTicker;
/** An array answer gives one `CcxtTicker` per entry. */
export function parseGetBookTickerCcxt(raw: Extract<GetBookTickerResponse, unknown[]>, context?: CcxtContext): CcxtTicker[];
/** Either, when the answer's kind is not known statically. */
export function parseGetBookTickerCcxt(raw: GetBookTickerResponse, context?: CcxtContext): CcxtTicker | CcxtTicker[];
export function parseGetBookTickerCcxt(raw: GetBookTickerResponse, context?: CcxtContext): CcxtTicker | CcxtTicker[] {
  return Array.isArray(raw) ? raw.map((item) => entryOfGetBookTicker(item, symbolOnly(resolveMarket(item.symbol, context, "swap")))) : entryOfGetBookTicker(raw, resolveMarket(raw.symbol, context, "swap"));
}

/** `parseGetBookTickerCcxt` as an rxjs operator: an object gives a `CcxtTicker`, an array a `CcxtTicker[]`. */
export function toGetBookTickerCcxt<R extends GetBookTickerResponse>(context?: CcxtContext): OperatorFunction<R, CcxtOf<R, CcxtTicker>> {
  return map((raw) => parseGetBookTickerCcxt(raw, context) as CcxtOf<R, CcxtTicker>);
}
