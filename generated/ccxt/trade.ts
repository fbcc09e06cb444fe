// Generated from spec/ccxt/trade.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtTrade, fee, mapValue, resolveMarket, sortByKeys, type CcxtContext, type CcxtMarketRef, type CcxtTrade } from '../../src/generated-runtime';
import type { AggTradeEvent } from '../channels/agg-trade';
import type { TradeEvent } from '../channels/trade';
import type { GetAggTradesResponse } from '../operations/get-agg-trades';
import type { GetHistoricalTradesResponse } from '../operations/get-historical-trades';
import type { GetMyTradesResponse } from '../operations/get-my-trades';
import type { GetRecentTradesResponse } from '../operations/get-recent-trades';

/** Value map `buyerMakerSide` of spec/ccxt/trade.yaml: wire value -> CCXT value (others pass through). */
const buyerMakerSideMap: Readonly<Record<string, string>> = {"true":"sell","false":"buy"};

/** Value map `buyerSide` of spec/ccxt/trade.yaml: wire value -> CCXT value (others pass through). */
const buyerSideMap: Readonly<Record<string, string>> = {"true":"buy","false":"sell"};

/** Value map `makerLiquidity` of spec/ccxt/trade.yaml: wire value -> CCXT value (others pass through). */
const makerLiquidityMap: Readonly<Record<string, string>> = {"true":"maker","false":"taker"};

function entryOfTrade(raw: TradeEvent, market: CcxtMarketRef): CcxtTrade {
  return ccxtTrade(raw, market, { id: raw.t, timestamp: raw.T, price: raw.p, amount: raw.q, side: mapValue(buyerMakerSideMap, raw.m) });
}

/** Maps the `trade` stream payload (`TradeEvent`) to CCXT's Trade (`CcxtTrade`), as ccxt.pro binance handleTrade -> parseWsTrade -> parseTrade does. The symbol comes from `s` (through `context.markets` when given). Mapping: `spec/ccxt/trade.yaml`. */
export function parseTradeCcxt(raw: TradeEvent, context?: CcxtContext): CcxtTrade {
  return entryOfTrade(raw, resolveMarket(raw.s, context));
}

/** `parseTradeCcxt` as an rxjs operator. */
export function toTradeCcxt(context?: CcxtContext): OperatorFunction<TradeEvent, CcxtTrade> {
  return map((raw) => parseTradeCcxt(raw, context));
}

function entryOfAggTrade(raw: AggTradeEvent, market: CcxtMarketRef): CcxtTrade {
  return ccxtTrade(raw, market, { id: raw.a, timestamp: raw.T, price: raw.p, amount: raw.q, side: mapValue(buyerMakerSideMap, raw.m) });
}

/** Maps the `aggTrade` stream payload (`AggTradeEvent`) to CCXT's Trade (`CcxtTrade`), as ccxt.pro binance handleTrade -> parseWsTrade -> parseTrade does. The symbol comes from `s` (through `context.markets` when given). Mapping: `spec/ccxt/trade.yaml`. */
export function parseAggTradeCcxt(raw: AggTradeEvent, context?: CcxtContext): CcxtTrade {
  return entryOfAggTrade(raw, resolveMarket(raw.s, context));
}

/** `parseAggTradeCcxt` as an rxjs operator. */
export function toAggTradeCcxt(context?: CcxtContext): OperatorFunction<AggTradeEvent, CcxtTrade> {
  return map((raw) => parseAggTradeCcxt(raw, context));
}

function entryOfGetRecentTrades(raw: GetRecentTradesResponse[number], market: CcxtMarketRef): CcxtTrade {
  return ccxtTrade(raw, market, { id: raw.id, timestamp: raw.time, price: raw.price, amount: raw.qty, cost: raw.quoteQty, side: mapValue(buyerMakerSideMap, raw.isBuyerMaker) });
}

/** Maps the answer of `getRecentTrades` (`GetRecentTradesResponse`) to CCXT's Trade (`CcxtTrade[]`), as ccxt binance parseTrades (fetchTrades with publicGetTrades) does. The payload has no symbol: pass `context.symbol`. Mapping: `spec/ccxt/trade.yaml`. */
export function parseGetRecentTradesCcxt(raw: GetRecentTradesResponse, context?: CcxtContext): CcxtTrade[] {
  return sortByKeys(raw.map((item) => entryOfGetRecentTrades(item, resolveMarket(undefined, context))), ["timestamp", "id"]);
}

/** `parseGetRecentTradesCcxt` as an rxjs operator. */
export function toGetRecentTradesCcxt(context?: CcxtContext): OperatorFunction<GetRecentTradesResponse, CcxtTrade[]> {
  return map((raw) => parseGetRecentTradesCcxt(raw, context));
}

function entryOfGetHistoricalTrades(raw: GetHistoricalTradesResponse[number], market: CcxtMarketRef): CcxtTrade {
  return ccxtTrade(raw, market, { id: raw.id, timestamp: raw.time, price: raw.price, amount: raw.qty, cost: raw.quoteQty, side: mapValue(buyerMakerSideMap, raw.isBuyerMaker) });
}

/** Maps the answer of `getHistoricalTrades` (`GetHistoricalTradesResponse`) to CCXT's Trade (`CcxtTrade[]`), as ccxt binance parseTrades (fetchTrades with publicGetHistoricalTrades) does. The payload has no symbol: pass `context.symbol`. Mapping: `spec/ccxt/trade.yaml`. */
export function parseGetHistoricalTradesCcxt(raw: GetHistoricalTradesResponse, context?: CcxtContext): CcxtTrade[] {
  return sortByKeys(raw.map((item) => entryOfGetHistoricalTrades(item, resolveMarket(undefined, context))), ["timestamp", "id"]);
}

/** `parseGetHistoricalTradesCcxt` as an rxjs operator. */
export function toGetHistoricalTradesCcxt(context?: CcxtContext): OperatorFunction<GetHistoricalTradesResponse, CcxtTrade[]> {
  return map((raw) => parseGetHistoricalTradesCcxt(raw, context));
}

function entryOfGetAggTrades(raw: GetAggTradesResponse[number], market: CcxtMarketRef): CcxtTrade {
  return ccxtTrade(raw, market, { id: raw.a, timestamp: raw.T, price: raw.p, amount: raw.q, side: mapValue(buyerMakerSideMap, raw.m) });
}

/** Maps the answer of `getAggTrades` (`GetAggTradesResponse`) to CCXT's Trade (`CcxtTrade[]`), as ccxt binance parseTrades (fetchTrades with publicGetAggTrades) does. The payload has no symbol: pass `context.symbol`. Mapping: `spec/ccxt/trade.yaml`. */
export function parseGetAggTradesCcxt(raw: GetAggTradesResponse, context?: CcxtContext): CcxtTrade[] {
  return sortByKeys(raw.map((item) => entryOfGetAggTrades(item, resolveMarket(undefined, context))), ["timestamp", "id"]);
}

/** `parseGetAggTradesCcxt` as an rxjs operator. */
export function toGetAggTradesCcxt(context?: CcxtContext): OperatorFunction<GetAggTradesResponse, CcxtTrade[]> {
  return map((raw) => parseGetAggTradesCcxt(raw, context));
}

function entryOfGetMyTrades(raw: GetMyTradesResponse[number], market: CcxtMarketRef): CcxtTrade {
  return ccxtTrade(raw, market, { id: raw.id, order: raw.orderId, timestamp: raw.time, price: raw.price, amount: raw.qty, cost: raw.quoteQty, side: mapValue(buyerSideMap, raw.isBuyer), takerOrMaker: mapValue(makerLiquidityMap, raw.isMaker), fee: fee(raw.commission, raw.commissionAsset) });
}

/** Maps the answer of `getMyTrades` (`GetMyTradesResponse`) to CCXT's Trade (`CcxtTrade[]`), as ccxt binance parseTrades (fetchMyTrades) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/ccxt/trade.yaml`. */
export function parseGetMyTradesCcxt(raw: GetMyTradesResponse, context?: CcxtContext): CcxtTrade[] {
  return sortByKeys(raw.map((item) => entryOfGetMyTrades(item, resolveMarket(item.symbol, context))), ["timestamp", "id"]);
}

/** `parseGetMyTradesCcxt` as an rxjs operator. */
export function toGetMyTradesCcxt(context?: CcxtContext): OperatorFunction<GetMyTradesResponse, CcxtTrade[]> {
  return map((raw) => parseGetMyTradesCcxt(raw, context));
}
