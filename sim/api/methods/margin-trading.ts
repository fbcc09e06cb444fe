/**
 * Margin trading (Binance's margin_trading docs, "Trade"): new order, cancel, the order queries
 * (order, openOrders, allOrders) and myTrades on
 * the cross margin account or a symbol's isolated margin account (`margin-account-id.ts`). Orders
 * go through the same matching engine as Spot's, on the margin account's own balances. Answers
 * have the margin shapes: `isIsolated` in each, the cancel's `orderId` as text (as Binance's docs
 * show it), no `orderListId` / `workingTime`.
 *
 * Not simulated: `sideEffectType` other than NO_SIDE_EFFECT is refused with -1000 naming it
 * (no borrowing happens on placement), and `autoRepayAtCancel` is accepted and has no effect.
 */
import { formatE8 } from '../../engine/amounts';
import { fillAnswer, isOpen, isStop, type Order } from '../../engine/order';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod } from '../method';
import type { Params } from '../params';
import { marginMethod } from './margin-account-id';
import { clientOrderId, orderRef, readNewOrder } from './order-params';

const SIDE_EFFECTS = ['NO_SIDE_EFFECT', 'MARGIN_BUY', 'AUTO_REPAY', 'AUTO_BORROW_REPAY'] as const;

export function marginTradingMethods(deps: ApiDeps): ApiMethod[] {
  const { engine } = deps;
  return [
    marginMethod('POST /sapi/v1/margin/order', 'TRADE', 6, 'UID', (params, ctx, account) => {
      checkSideEffect(params);
      params.boolean('autoRepayAtCancel');
      const { order, respType } = readNewOrder(params);
      const placed = engine.place(account.accountId, order, ctx.now);
      return marginPlaceAnswer(placed, respType, account.isolatedSymbol !== undefined);
    }),
    marginMethod('DELETE /sapi/v1/margin/order', 'TRADE', 10, 'IP', (params, ctx, account) => {
      const symbol = params.string('symbol', true);
      const order = engine.cancel(
        account.accountId,
        symbol,
        orderRef(params),
        clientOrderId(params, 'newClientOrderId'),
        ctx.now,
      );
      return marginCancelAnswer(order, account.isolatedSymbol !== undefined);
    }),
    marginMethod(
      'GET /sapi/v1/margin/openOrders',
      'USER_DATA',
      10,
      'IP',
      (params, ctx, account) => {
        const isolated = account.isolatedSymbol !== undefined;
        return engine
          .ordersOfAccount(account.accountId, params.string('symbol'))
          .filter(isOpen)
          .map((order) => marginOrderDetail(order, isolated));
      },
    ),
    marginMethod('GET /sapi/v1/margin/order', 'USER_DATA', 10, 'IP', (params, ctx, account) => {
      const symbol = params.string('symbol', true);
      engine.symbol(symbol);
      const order = engine.find(account.accountId, symbol, orderRef(params));
      if (order === undefined) throw errors.noSuchOrder();
      return marginOrderDetail(order, account.isolatedSymbol !== undefined);
    }),
    marginMethod(
      'GET /sapi/v1/margin/allOrders',
      'USER_DATA',
      200,
      'IP',
      (params, ctx, account) => {
        const { symbol, limit, start, end } = listQuery(params, 500);
        const fromId = params.integer('orderId');
        const orders = engine
          .ordersOfAccount(account.accountId, symbol)
          .filter((o) => o.orderId >= (fromId ?? 0) && o.time >= start && o.time <= end);
        return pageOf(orders, fromId, limit).map((order) =>
          marginOrderDetail(order, account.isolatedSymbol !== undefined),
        );
      },
    ),
    marginMethod('GET /sapi/v1/margin/myTrades', 'USER_DATA', 10, 'IP', (params, ctx, account) => {
      const { symbol, limit, start, end } = listQuery(params, 1000);
      const orderId = params.integer('orderId');
      const fromId = params.integer('fromId');
      const isIsolated = account.isolatedSymbol !== undefined;
      const trades = engine
        .ordersOfAccount(account.accountId, symbol)
        .filter((o) => orderId === undefined || o.orderId === orderId)
        .flatMap((o) => o.fills.map((f) => ({ o, f })))
        .filter(({ f }) => f.tradeId >= (fromId ?? 0) && f.time >= start && f.time <= end)
        .sort((a, b) => a.f.tradeId - b.f.tradeId);
      return pageOf(trades, fromId, limit).map(({ o, f }) => ({
        commission: formatE8(f.commissionE8),
        commissionAsset: f.commissionAsset,
        id: f.tradeId,
        isBestMatch: true,
        isBuyer: o.side === 'BUY',
        isMaker: f.maker,
        orderId: o.orderId,
        price: formatE8(f.priceE8),
        qty: formatE8(f.qtyE8),
        symbol: o.symbol,
        isIsolated,
        time: f.time,
      }));
    }),
  ];
}

/** From `fromId` on, the first `limit`; without it, the most recent `limit` (Binance's rule). */
const pageOf = <T>(items: readonly T[], fromId: number | undefined, limit: number): T[] =>
  fromId === undefined ? items.slice(-limit) : items.slice(0, limit);

/** `symbol` (required), `limit` (default 500, at most `max`), `startTime` and `endTime`. */
function listQuery(params: Params, max: number) {
  return {
    symbol: params.string('symbol', true),
    limit: params.limit('limit', 500, 1, max),
    start: params.integer('startTime') ?? 0,
    end: params.integer('endTime') ?? Number.MAX_SAFE_INTEGER,
  };
}

/** Nothing is borrowed on placement here: `sideEffectType` other than NO_SIDE_EFFECT is -1000. */
export function checkSideEffect(params: Params): void {
  const effect = params.oneOf('sideEffectType', SIDE_EFFECTS);
  if (effect !== undefined && effect !== 'NO_SIDE_EFFECT') {
    throw errors.notSimulated(`sideEffectType ${effect} is`);
  }
}

/** Price, quantities, status, time in force and type, in the order the margin answers list them. */
const state = (order: Order) => ({
  price: formatE8(order.priceE8),
  origQty: formatE8(order.origQtyE8),
  executedQty: formatE8(order.executedQtyE8),
  cummulativeQuoteQty: formatE8(order.cumQuoteE8),
  status: order.status,
  timeInForce: order.timeInForce ?? 'GTC',
  type: order.type,
});

/** The new order's answer for `newOrderRespType`, in the order of Binance's examples. */
export function marginPlaceAnswer(
  order: Order,
  respType: 'ACK' | 'RESULT' | 'FULL',
  isIsolated: boolean,
) {
  const head = {
    symbol: order.symbol,
    orderId: order.orderId,
    clientOrderId: order.clientOrderId,
  };
  if (respType === 'ACK') return { ...head, isIsolated, transactTime: order.time };
  const result = {
    ...head,
    transactTime: order.time,
    ...state(order),
    isIsolated,
    side: order.side,
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
  if (respType === 'RESULT') return result;
  return {
    ...result,
    fills: order.fills.map(fillAnswer),
  };
}

/** The cancel's answer; `orderId` as text, as Binance's docs show it. */
export function marginCancelAnswer(order: Order, isIsolated: boolean) {
  return {
    symbol: order.symbol,
    isIsolated,
    orderId: String(order.orderId),
    origClientOrderId: order.clientOrderId,
    clientOrderId: order.cancelClientOrderId ?? order.clientOrderId,
    ...state(order),
    side: order.side,
  };
}

/** One order as the margin order queries list it (openOrders, allOrders, order). */
export function marginOrderDetail(order: Order, isIsolated: boolean) {
  return {
    clientOrderId: order.clientOrderId,
    cummulativeQuoteQty: formatE8(order.cumQuoteE8),
    executedQty: formatE8(order.executedQtyE8),
    icebergQty: formatE8(0),
    isWorking: order.triggered && order.type !== 'MARKET',
    orderId: order.orderId,
    origQty: formatE8(order.origQtyE8),
    price: formatE8(order.priceE8),
    side: order.side,
    status: order.status,
    stopPrice: formatE8(isStop(order.type) ? order.stopPriceE8 : 0),
    symbol: order.symbol,
    isIsolated,
    time: order.time,
    timeInForce: order.timeInForce ?? 'GTC',
    type: order.type,
    selfTradePreventionMode: order.selfTradePreventionMode,
    updateTime: order.updateTime,
  };
}
