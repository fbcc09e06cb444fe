// Generated from spec/usdm/ccxt/trade.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtTrade, mapValue, resolveMarket, sortByKeys, type CcxtContext, type CcxtMarketRef, type CcxtTrade } from '../../../src/generated-runtime';
import type { AggTradeEvent } from '../channels/agg-trade';
import type { GetAggTradesResponse } from '../operations/get-agg-trades';
import type { GetRecentTradesResponse } from '../operations/get-recent-trades';

/** Value map `buyerMakerSide` of spec/usdm/ccxt/trade.yaml: wire value -> CCXT value (others pass through). */
const buyerMakerSideMap: Readonly<Record<string, string>> = {"true":"sell","false":"buy"};

function entryOfAggTrade(raw: AggTradeEvent, market: CcxtMarketRef): CcxtTrade {
  return ccxtTrade(raw, market, { id: raw.a, timestamp: raw.T, price: raw.p, amount: raw.q, side: mapValue(buyerMakerSideMap, raw.m) });
}

/** Maps the `aggTrade` stream payload (`AggTradeEvent`) to CCXT's Trade (`CcxtTrade`), as ccxt.pro binanceusdm handleTrade -> parseWsTrade -> parseTrade does. The symbol comes from `s` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/trade.yaml`. */
export function parseAggTradeCcxt(raw: AggTradeEvent, context?: CcxtContext): CcxtTrade {
  return entryOfAggTrade(raw, resolveMarket(raw.s, context, "swap"));
}

/** `parseAggTradeCcxt` as an rxjs operator. */
export function toAggTradeCcxt(context?: CcxtContext): OperatorFunction<AggTradeEvent, CcxtTrade> {
  return map((raw) => parseAggTradeCcxt(raw, context));
}

function entryOfGetRecentTrades(raw: GetRecentTradesResponse[number], market: CcxtMarketRef): CcxtTrade {
  return ccxtTrade(raw, market, { id: raw.id, timestamp: raw.time, price: raw.price, amount: raw.qty, cost: raw.quoteQty, side: mapValue(buyerMakerSideMap, raw.isBuyerMaker) });
}

/** Maps the answer of `getRecentTrades` (`GetRecentTradesResponse`) to CCXT's Trade (`CcxtTrade[]`), as ccxt binanceusdm parseTrades (fetchTrades with fapiPublicGetTrades) does. The payload has no symbol: pass `context.symbol`. Mapping: `spec/usdm/ccxt/trade.yaml`. */
export function parseGetRecentTradesCcxt(raw: GetRecentTradesResponse, context?: CcxtContext): CcxtTrade[] {
  return sortByKeys(raw.map((item) => entryOfGetRecentTrades(item, resolveMarket(undefined, context, "swap"))), ["timestamp", "id"]);
}

/** `parseGetRecentTradesCcxt` as an rxjs operator. */
export function toGetRecentTradesCcxt(context?: CcxtContext): OperatorFunction<GetRecentTradesResponse, CcxtTrade[]> {
  return map((raw) => parseGetRecentTradesCcxt(raw, context));
}

function entryOfGetAggTrades(raw: GetAggTradesResponse[number], market: CcxtMarketRef): CcxtTrade {
  return ccxtTrade(raw, market, { id: raw.a, timestamp: raw.T, price: raw.p, amount: raw.q, side: mapValue(buyerMakerSideMap, raw.m) });
}

/** Maps the answer of `getAggTrades` (`GetAggTradesResponse`) to CCXT's Trade (`CcxtTrade[]`), as ccxt binanceusdm parseTrades (fetchTrades, default fapiPublicGetAggTrades) does. The payload has no symbol: pass `context.symbol`. Mapping: `spec/usdm/ccxt/trade.yaml`. */
export function parseGetAggTradesCcxt(raw: GetAggTradesResponse, context?: CcxtContext): CcxtTrade[] {
  return sortByKeys(raw.map((item) => entryOfGetAggTrades(item, resolveMarket(undefined, context, "swap"))), ["timestamp", "id"]);
}

/** `parseGetAggTradesCcxt` as an rxjs operator. */
export function toGetAggTradesCcxt(context?: CcxtContext): OperatorFunction<GetAggTradesResponse, CcxtTrade[]> {
  return map((raw) => parseGetAggTradesCcxt(raw, context));
}
