// Generated from spec/ccxt/order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtOrder, ccxtTrade, fee, firstNonEmpty, lastTradeTime, lower, mapValue, nonZero, positiveFee, postOnly, resolveMarket, sortByKeys, tradeTime, type CcxtContext, type CcxtMarketRef, type CcxtOrder } from '../../src/generated-runtime';
import type { CancelOrderResponse } from '../operations/cancel-order';
import type { GetAllOrdersResponse } from '../operations/get-all-orders';
import type { GetOpenOrdersResponse } from '../operations/get-open-orders';
import type { GetOrderResponse } from '../operations/get-order';
import type { PlaceOrderResponse } from '../operations/place-order';
import type { ExecutionReportEvent } from '../user-data/execution-report';

/** Value map `orderStatus` of spec/ccxt/order.yaml: wire value -> CCXT value (others pass through). */
const orderStatusMap: Readonly<Record<string, string>> = {"NEW":"open","PARTIALLY_FILLED":"open","ACCEPTED":"open","TRIGGERING":"open","FILLED":"closed","TRIGGERED":"closed","FINISHED":"closed","CANCELED":"canceled","CANCELLED":"canceled","PENDING_CANCEL":"canceling","REJECTED":"rejected","EXPIRED":"expired","EXPIRED_IN_MATCH":"expired"};

/** Value map `spotOrderType` of spec/ccxt/order.yaml: wire value -> CCXT value (others pass through). */
const spotOrderTypeMap: Readonly<Record<string, string>> = {"limit_maker":"limit","stop_loss_limit":"limit","stop_loss":"market","take_profit_limit":"limit","take_profit":"market"};

/** Value map `timeInForce` of spec/ccxt/order.yaml: wire value -> CCXT value (others pass through). */
const timeInForceMap: Readonly<Record<string, string>> = {"GTX":"PO"};

function entryOfExecutionReport(raw: ExecutionReportEvent, market: CcxtMarketRef): CcxtOrder {
  return ccxtOrder(raw, market, { id: raw.i, clientOrderId: firstNonEmpty(raw.C, raw.c), timestamp: raw.O, lastTradeTimestamp: tradeTime(raw.x, raw.T), lastUpdateTimestamp: raw.T, status: mapValue(orderStatusMap, raw.X), type: mapValue(spotOrderTypeMap, lower(raw.o)), timeInForce: mapValue(timeInForceMap, raw.f), side: lower(raw.S), price: raw.p, triggerPrice: raw.P, amount: raw.q, cost: raw.Z, filled: raw.z, fee: positiveFee(raw.n, raw.N) });
}

/** Maps the `executionReport` user data event (`ExecutionReportEvent`) to CCXT's Order (`CcxtOrder`), as ccxt.pro binance parseWsOrder does. The symbol comes from `s` (through `context.markets` when given). Mapping: `spec/ccxt/order.yaml`. */
export function parseExecutionReportCcxt(raw: ExecutionReportEvent, context?: CcxtContext): CcxtOrder {
  return entryOfExecutionReport(raw, resolveMarket(raw.s, context));
}

/** `parseExecutionReportCcxt` as an rxjs operator. */
export function toExecutionReportCcxt(context?: CcxtContext): OperatorFunction<ExecutionReportEvent, CcxtOrder> {
  return map((raw) => parseExecutionReportCcxt(raw, context));
}

function entryOfPlaceOrder(raw: PlaceOrderResponse, market: CcxtMarketRef): CcxtOrder {
  const status = mapValue(orderStatusMap, raw.status);
  return ccxtOrder(raw, market, { id: raw.orderId, clientOrderId: raw.clientOrderId, timestamp: raw.workingTime ?? raw.transactTime, lastTradeTimestamp: lastTradeTime(status, raw.executedQty, raw.transactTime), lastUpdateTimestamp: raw.transactTime, status, type: mapValue(spotOrderTypeMap, lower(raw.type)), timeInForce: mapValue(timeInForceMap, raw.timeInForce), postOnly: postOnly(raw.type, raw.timeInForce), side: lower(raw.side), price: raw.price, triggerPrice: nonZero(raw.stopPrice), amount: raw.origQty, cost: raw.cummulativeQuoteQty, filled: raw.executedQty ?? "0", trades: sortByKeys((raw.fills ?? []).map((item1) => ccxtTrade(item1, market, { id: item1.tradeId, price: item1.price, amount: item1.qty, fee: fee(item1.commission, item1.commissionAsset) })), ["timestamp", "id"]) });
}

/** Maps the answer of `placeOrder` (`PlaceOrderResponse`) to CCXT's Order (`CcxtOrder`), as ccxt binance parseOrder (createOrder) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/ccxt/order.yaml`. */
export function parsePlaceOrderCcxt(raw: PlaceOrderResponse, context?: CcxtContext): CcxtOrder {
  return entryOfPlaceOrder(raw, resolveMarket(raw.symbol, context));
}

/** `parsePlaceOrderCcxt` as an rxjs operator. */
export function toPlaceOrderCcxt(context?: CcxtContext): OperatorFunction<PlaceOrderResponse, CcxtOrder> {
  return map((raw) => parsePlaceOrderCcxt(raw, context));
}

function entryOfGetOrder(raw: GetOrderResponse, market: CcxtMarketRef): CcxtOrder {
  const status = mapValue(orderStatusMap, raw.status);
  return ccxtOrder(raw, market, { id: raw.orderId, clientOrderId: raw.clientOrderId, timestamp: raw.time, lastTradeTimestamp: lastTradeTime(status, raw.executedQty, raw.updateTime), lastUpdateTimestamp: raw.updateTime, status, type: mapValue(spotOrderTypeMap, lower(raw.type)), timeInForce: mapValue(timeInForceMap, raw.timeInForce), postOnly: postOnly(raw.type, raw.timeInForce), side: lower(raw.side), price: raw.price, triggerPrice: nonZero(raw.stopPrice), amount: raw.origQty, cost: raw.cummulativeQuoteQty, filled: raw.executedQty });
}

/** Maps the answer of `getOrder` (`GetOrderResponse`) to CCXT's Order (`CcxtOrder`), as ccxt binance parseOrder (fetchOrder) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/ccxt/order.yaml`. */
export function parseGetOrderCcxt(raw: GetOrderResponse, context?: CcxtContext): CcxtOrder {
  return entryOfGetOrder(raw, resolveMarket(raw.symbol, context));
}

/** `parseGetOrderCcxt` as an rxjs operator. */
export function toGetOrderCcxt(context?: CcxtContext): OperatorFunction<GetOrderResponse, CcxtOrder> {
  return map((raw) => parseGetOrderCcxt(raw, context));
}

function entryOfCancelOrder(raw: Extract<CancelOrderResponse, { origClientOrderId: unknown }>, market: CcxtMarketRef): CcxtOrder {
  const status = mapValue(orderStatusMap, raw.status);
  return ccxtOrder(raw, market, { id: raw.orderId, clientOrderId: raw.clientOrderId, timestamp: raw.transactTime, lastTradeTimestamp: lastTradeTime(status, raw.executedQty, raw.transactTime), lastUpdateTimestamp: raw.transactTime, status, type: mapValue(spotOrderTypeMap, lower(raw.type)), timeInForce: mapValue(timeInForceMap, raw.timeInForce), postOnly: postOnly(raw.type, raw.timeInForce), side: lower(raw.side), price: raw.price, triggerPrice: nonZero(raw.stopPrice), amount: raw.origQty, cost: raw.cummulativeQuoteQty, filled: raw.executedQty });
}

/** Maps the answer of `cancelOrder` (`Extract<CancelOrderResponse, { origClientOrderId: unknown }>`) to CCXT's Order (`CcxtOrder`), as ccxt binance parseOrder (cancelOrder) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/ccxt/order.yaml`. */
export function parseCancelOrderCcxt(raw: Extract<CancelOrderResponse, { origClientOrderId: unknown }>, context?: CcxtContext): CcxtOrder {
  return entryOfCancelOrder(raw, resolveMarket(raw.symbol, context));
}

/** `parseCancelOrderCcxt` as an rxjs operator. */
export function toCancelOrderCcxt(context?: CcxtContext): OperatorFunction<Extract<CancelOrderResponse, { origClientOrderId: unknown }>, CcxtOrder> {
  return map((raw) => parseCancelOrderCcxt(raw, context));
}

function entryOfGetOpenOrders(raw: GetOpenOrdersResponse[number], market: CcxtMarketRef): CcxtOrder {
  const status = mapValue(orderStatusMap, raw.status);
  return ccxtOrder(raw, market, { id: raw.orderId, clientOrderId: raw.clientOrderId, timestamp: raw.time, lastTradeTimestamp: lastTradeTime(status, raw.executedQty, raw.updateTime), lastUpdateTimestamp: raw.updateTime, status, type: mapValue(spotOrderTypeMap, lower(raw.type)), timeInForce: mapValue(timeInForceMap, raw.timeInForce), postOnly: postOnly(raw.type, raw.timeInForce), side: lower(raw.side), price: raw.price, triggerPrice: nonZero(raw.stopPrice), amount: raw.origQty, cost: raw.cummulativeQuoteQty, filled: raw.executedQty });
}

/** Maps the answer of `getOpenOrders` (`GetOpenOrdersResponse`) to CCXT's Order (`CcxtOrder[]`), as ccxt binance parseOrders (fetchOpenOrders) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/ccxt/order.yaml`. */
export function parseGetOpenOrdersCcxt(raw: GetOpenOrdersResponse, context?: CcxtContext): CcxtOrder[] {
  return sortByKeys(raw.map((item) => entryOfGetOpenOrders(item, resolveMarket(item.symbol, context))), ["timestamp"]);
}

/** `parseGetOpenOrdersCcxt` as an rxjs operator. */
export function toGetOpenOrdersCcxt(context?: CcxtContext): OperatorFunction<GetOpenOrdersResponse, CcxtOrder[]> {
  return map((raw) => parseGetOpenOrdersCcxt(raw, context));
}

function entryOfGetAllOrders(raw: GetAllOrdersResponse[number], market: CcxtMarketRef): CcxtOrder {
  const status = mapValue(orderStatusMap, raw.status);
  return ccxtOrder(raw, market, { id: raw.orderId, clientOrderId: raw.clientOrderId, timestamp: raw.time, lastTradeTimestamp: lastTradeTime(status, raw.executedQty, raw.updateTime), lastUpdateTimestamp: raw.updateTime, status, type: mapValue(spotOrderTypeMap, lower(raw.type)), timeInForce: mapValue(timeInForceMap, raw.timeInForce), postOnly: postOnly(raw.type, raw.timeInForce), side: lower(raw.side), price: raw.price, triggerPrice: nonZero(raw.stopPrice), amount: raw.origQty, cost: raw.cummulativeQuoteQty, filled: raw.executedQty });
}

/** Maps the answer of `getAllOrders` (`GetAllOrdersResponse`) to CCXT's Order (`CcxtOrder[]`), as ccxt binance parseOrders (fetchOrders) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/ccxt/order.yaml`. */
export function parseGetAllOrdersCcxt(raw: GetAllOrdersResponse, context?: CcxtContext): CcxtOrder[] {
  return sortByKeys(raw.map((item) => entryOfGetAllOrders(item, resolveMarket(item.symbol, context))), ["timestamp"]);
}

/** `parseGetAllOrdersCcxt` as an rxjs operator. */
export function toGetAllOrdersCcxt(context?: CcxtContext): OperatorFunction<GetAllOrdersResponse, CcxtOrder[]> {
  return map((raw) => parseGetAllOrdersCcxt(raw, context));
}
