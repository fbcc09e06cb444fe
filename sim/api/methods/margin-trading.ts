/**
 * Margin trading (Binance's margin_trading docs, "Trade"): new order, cancel and open orders on
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
import { ApiError } from '../errors';
import type { ApiMethod } from '../method';
import type { Params } from '../params';
import { marginAccountOf } from './margin-account-id';
import { clientOrderId, orderRef, readNewOrder } from './order-params';

const SIDE_EFFECTS = ['NO_SIDE_EFFECT', 'MARGIN_BUY', 'AUTO_REPAY', 'AUTO_BORROW_REPAY'] as const;

export function marginTradingMethods(deps: ApiDeps): ApiMethod[] {
  const { engine } = deps;
  return [
    {
      rest: { method: 'POST', path: '/sapi/v1/margin/order' },
      security: 'TRADE',
      weight: 6,
      weightType: 'UID',
      handle: (params, ctx) => {
        const account = marginAccountOf(params, ctx);
        checkSideEffect(params);
        params.boolean('autoRepayAtCancel');
        const { order, respType } = readNewOrder(params);
        const placed = engine.place(account.accountId, order, ctx.now);
        return marginPlaceAnswer(placed, respType, account.isolatedSymbol !== undefined);
      },
    },
    {
      rest: { method: 'DELETE', path: '/sapi/v1/margin/order' },
      security: 'TRADE',
      weight: 10,
      weightType: 'IP',
      handle: (params, ctx) => {
        const account = marginAccountOf(params, ctx);
        const symbol = params.string('symbol', true);
        const order = engine.cancel(
          account.accountId,
          symbol,
          orderRef(params),
          clientOrderId(params, 'newClientOrderId'),
          ctx.now,
        );
        return marginCancelAnswer(order, account.isolatedSymbol !== undefined);
      },
    },
    {
      rest: { method: 'GET', path: '/sapi/v1/margin/openOrders' },
      security: 'USER_DATA',
      weight: 10,
      weightType: 'IP',
      handle: (params, ctx) => {
        const account = marginAccountOf(params, ctx);
        const isolated = account.isolatedSymbol !== undefined;
        return engine
          .ordersOfAccount(account.accountId, params.string('symbol'))
          .filter(isOpen)
          .map((order) => marginOrderDetail(order, isolated));
      },
    },
  ];
}

function checkSideEffect(params: Params): void {
  const effect = params.oneOf('sideEffectType', SIDE_EFFECTS);
  if (effect !== undefined && effect !== 'NO_SIDE_EFFECT') {
    throw new ApiError(-1000, `sideEffectType ${effect} is not simulated by the local exchange.`);
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
