/**
 * Margin order lists and the margin calls that act on several orders at once (Binance's
 * margin_trading docs, "Trade"): new OCO (`margin/order/oco`, the legs written as Spot's
 * deprecated `order/oco` takes them), new OTO and OTOCO (`margin/order/oto`, `otoco`: the legs
 * written as Spot's `orderList/oto` and `otoco` take them), cancel an order list, the order-list queries, cancel all
 * open orders of a symbol (plain orders one by one, each order list once) and prevented matches.
 * They act on the margin account the request names (`margin-account-id.ts`) through the same
 * engine and order lists as Spot's, so list legs trade, expire each other and send `listStatus`
 * like Spot's. Answers have the margin shapes: `isIsolated` in each, no `origQuoteOrderQty` /
 * `workingTime` in the order reports.
 */
import { formatE8 } from '../../engine/amounts';
import { listAnswer, type OrderList } from '../../engine/order-lists';
import { isOpen, isStop, type Order } from '../../engine/order';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod } from '../method';
import type { Params } from '../params';
import { marginMethod, type MarginAccountRef } from './margin-account-id';
import { checkSideEffect } from './margin-trading';
import { deprecatedOcoLegs, otoLegs } from './order-lists';
import { preventedMatches } from './prevented-matches';

const isolated = (account: MarginAccountRef): boolean => account.isolatedSymbol !== undefined;

export const marginOrderListMethods = (deps: ApiDeps): ApiMethod[] => [
  ...placementMethods(deps),
  ...listMethods(deps),
  ...symbolWideMethods(deps),
];

/** New OCO, OTO and OTOCO, each leg in the margin account the request names. */
function placementMethods(deps: ApiDeps): ApiMethod[] {
  const { orderLists: lists } = deps;
  return [
    marginMethod('POST /sapi/v1/margin/order/oco', 'TRADE', 6, 'UID', (params, ctx, account) => {
      checkSideEffect(params);
      params.boolean('autoRepayAtCancel');
      const legs = deprecatedOcoLegs(params);
      const list = lists.placeOco(
        account.accountId,
        legs,
        params.string('listClientOrderId'),
        ctx.now,
      );
      return marginListAnswer(list, isolated(account), 'placed');
    }),
    ...(['oto', 'otoco'] as const).map((kind) =>
      marginMethod(
        `POST /sapi/v1/margin/order/${kind}`,
        'TRADE',
        6,
        'UID',
        (params, ctx, account) => {
          checkSideEffect(params);
          params.boolean('autoRepayAtCancel');
          const { working, pending } = otoLegs(params, kind === 'otoco', true);
          const list = lists.placeOto(
            account.accountId,
            working,
            pending,
            params.string('listClientOrderId'),
            ctx.now,
          );
          return marginListAnswer(list, isolated(account), 'placed');
        },
      ),
    ),
  ];
}

/** Cancel an order list, and the order-list queries. */
function listMethods(deps: ApiDeps): ApiMethod[] {
  const { orderLists: lists } = deps;
  const listsOf = (account: MarginAccountRef, params: Params) => {
    const symbol = params.string('symbol');
    return lists.ofAccount(account.accountId).filter((l) => !symbol || l.symbol === symbol);
  };
  return [
    marginMethod('DELETE /sapi/v1/margin/orderList', 'TRADE', 1, 'UID', (params, ctx, account) => {
      params.string('symbol', true);
      const orderListId = params.integer('orderListId');
      const listClientOrderId = params.string('listClientOrderId');
      if (orderListId === undefined && listClientOrderId === undefined)
        throw errors.eitherMandatory('orderListId', 'listClientOrderId');
      const list = lists.cancel(account.accountId, { orderListId, listClientOrderId }, ctx.now);
      return marginListAnswer(list, isolated(account), 'canceled');
    }),
    marginMethod(
      'GET /sapi/v1/margin/orderList',
      'USER_DATA',
      10,
      'IP',
      (params, _ctx, account) => {
        const orderListId = params.integer('orderListId');
        const listClientOrderId = params.string('origClientOrderId');
        if (orderListId === undefined && listClientOrderId === undefined)
          throw errors.eitherMandatory('orderListId', 'origClientOrderId');
        const list = lists.find(account.accountId, { orderListId, listClientOrderId });
        if (list === undefined) throw errors.noSuchOrder();
        return marginListAnswer(list, isolated(account), 'none');
      },
    ),
    marginMethod(
      'GET /sapi/v1/margin/allOrderList',
      'USER_DATA',
      200,
      'IP',
      (params, _ctx, account) => {
        const fromId = params.integer('fromId');
        const start = params.integer('startTime') ?? 0;
        const end = params.integer('endTime') ?? Number.MAX_SAFE_INTEGER;
        const limit = params.limit('limit', 500, 1, 1000);
        const found = listsOf(account, params).filter(
          (l) =>
            l.orderListId >= (fromId ?? 0) &&
            l.transactionTime >= start &&
            l.transactionTime <= end,
        );
        const page = fromId === undefined ? found.slice(-limit) : found.slice(0, limit);
        return page.map((l) => marginListAnswer(l, isolated(account), 'none'));
      },
    ),
    marginMethod(
      'GET /sapi/v1/margin/openOrderList',
      'USER_DATA',
      10,
      'IP',
      (params, _ctx, account) =>
        listsOf(account, params)
          .filter((l) => !l.done)
          .map((l) => marginListAnswer(l, isolated(account), 'none')),
    ),
  ];
}

/** Cancel every open order of a symbol (order lists once each), and prevented matches. */
function symbolWideMethods(deps: ApiDeps): ApiMethod[] {
  const { engine, orderLists: lists } = deps;
  return [
    marginMethod('DELETE /sapi/v1/margin/openOrders', 'TRADE', 1, 'IP', (params, ctx, account) => {
      const symbol = params.string('symbol', true);
      const open = engine.ordersOfAccount(account.accountId, symbol).filter(isOpen);
      if (open.length === 0) throw errors.cancelRejected();
      const answers: unknown[] = [];
      const canceledLists = new Set<number>();
      for (const order of open) {
        if (order.orderListId === -1) {
          const canceled = engine.cancel(
            account.accountId,
            symbol,
            { orderId: order.orderId },
            undefined,
            ctx.now,
          );
          answers.push(cancelAllEntry(canceled, isolated(account)));
        } else if (!canceledLists.has(order.orderListId)) {
          canceledLists.add(order.orderListId);
          const list = lists.cancel(account.accountId, { orderListId: order.orderListId }, ctx.now);
          answers.push(marginListAnswer(list, isolated(account), 'canceled'));
        }
      }
      return answers;
    }),
    marginMethod(
      'GET /sapi/v1/margin/myPreventedMatches',
      'USER_DATA',
      10,
      'IP',
      (params, _ctx, account) => preventedMatches(engine, account.accountId, params, 1000),
    ),
  ];
}

/** An order list as margin answers write it: Spot's head with `isIsolated` before `orders`. */
function marginListAnswer(
  list: OrderList,
  isIsolated: boolean,
  reports: 'placed' | 'canceled' | 'none',
) {
  const { orders, ...head } = listAnswer(list, 'none');
  return {
    ...head,
    isIsolated,
    orders,
    ...(reports === 'none'
      ? {}
      : { orderReports: list.orders.map((o) => listOrderReport(o, reports)) }),
  };
}

/** One order of a margin order list (`marginListOrderFields`), as placed or as canceled. */
function listOrderReport(order: Order, as: 'placed' | 'canceled') {
  const placed = as === 'placed';
  return {
    symbol: order.symbol,
    ...(placed ? {} : { origClientOrderId: order.clientOrderId }),
    orderId: order.orderId,
    orderListId: order.orderListId,
    clientOrderId: placed
      ? order.clientOrderId
      : (order.cancelClientOrderId ?? order.clientOrderId),
    ...(placed ? { transactTime: order.time } : {}),
    price: formatE8(order.priceE8),
    origQty: formatE8(order.origQtyE8),
    executedQty: formatE8(order.executedQtyE8),
    cummulativeQuoteQty: formatE8(order.cumQuoteE8),
    status: order.status,
    timeInForce: order.timeInForce ?? 'GTC',
    type: order.type,
    side: order.side,
    ...(isStop(order.type) ? { stopPrice: formatE8(order.stopPriceE8) } : {}),
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
}

/** A plain order of the cancel-all answer (`orderId` a number there, unlike the one-order cancel). */
function cancelAllEntry(order: Order, isIsolated: boolean) {
  const { symbol, ...report } = listOrderReport(order, 'canceled');
  return { symbol, isIsolated, ...report };
}
