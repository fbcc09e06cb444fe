/**
 * USDⓈ-M order endpoints under `/fapi/v1/` (spec/usdm/operations/): new, modify, cancel, cancel
 * all, query, open orders, all orders and the account's trades, on the futures engine, and the
 * batch endpoints (`batch-methods.ts`). Weights as Binance documents them; order placement and
 * modification cost 0 IP weight and count 1 order. New, modify, cancel and query are also the
 * futures WebSocket API's `order.place`, `order.modify`, `order.cancel` and `order.status`
 * (`/ws-fapi/v1`): the same handlers.
 */
import { errors } from '../../api/errors';
import type { ApiMethod, CallContext } from '../../api/method';
import { orderRef } from '../../api/methods/order-params';
import type { Params } from '../../api/params';
import { isOpen } from '../../engine/order';
import type { Futures } from './futures';
import { queryAnswer, tradeAnswer } from './answers';
import { usdmBatchMethods } from './batch-methods';
import { accountOf, usdmOrderHandlers } from './order-handlers';
import { historyPage } from './order-params';

const path = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', name: string) =>
  ({ method, path: `/fapi/v1/${name}` }) as const;
/** A REST endpoint Binance also serves on the futures WebSocket API (ws-fapi), under `wsApi`. */
const both = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', name: string, wsApi: string) => ({
  rest: path(method, name),
  wsApi,
});

export function usdmOrderMethods(futures: Futures): ApiMethod[] {
  const { engine, ledger } = futures;
  const find = (params: Params, ctx: CallContext) =>
    engine.find(accountOf(ctx), params.string('symbol', true), orderRef(params));
  const { place, modify, cancel } = usdmOrderHandlers(futures);

  const orders = (ctx: CallContext, symbol?: string) =>
    engine.ordersOfAccount(accountOf(ctx), symbol);

  return [
    {
      ...both('POST', 'order', 'order.place'),
      security: 'TRADE',
      weight: 0,
      orders: 1,
      handle: place,
    },
    {
      ...both('PUT', 'order', 'order.modify'),
      security: 'TRADE',
      weight: 0,
      orders: 1,
      handle: modify,
    },
    { ...both('DELETE', 'order', 'order.cancel'), security: 'TRADE', weight: 1, handle: cancel },
    ...usdmBatchMethods({ place, modify, cancel }),
    {
      rest: path('DELETE', 'allOpenOrders'),
      security: 'TRADE',
      weight: 1,
      handle: (params, ctx) => {
        const symbol = params.string('symbol', true);
        for (const order of orders(ctx, symbol).filter(isOpen)) {
          engine.cancel(accountOf(ctx), symbol, { orderId: order.orderId }, undefined, ctx.now);
        }
        return { code: 200, msg: 'The operation of cancel all open order is done.' };
      },
    },
    {
      ...both('GET', 'order', 'order.status'),
      security: 'USER_DATA',
      weight: 1,
      handle: (params, ctx) => {
        const order = find(params, ctx);
        if (order === undefined) throw errors.noSuchOrder();
        return queryAnswer(order);
      },
    },
    {
      rest: path('GET', 'openOrders'),
      security: 'USER_DATA',
      weight: (params) => (params.has('symbol') ? 1 : 40),
      handle: (params, ctx) => orders(ctx, params.string('symbol')).filter(isOpen).map(queryAnswer),
    },
    {
      rest: path('GET', 'allOrders'),
      security: 'USER_DATA',
      weight: 5,
      handle: (params, ctx) =>
        historyPage(
          orders(ctx, params.string('symbol', true)),
          params,
          'orderId',
          (o) => o.orderId,
        ).map(queryAnswer),
    },
    {
      rest: path('GET', 'userTrades'),
      security: 'USER_DATA',
      weight: 5,
      handle: (params, ctx) => {
        const symbol = engine.symbol(params.string('symbol', true)).symbol;
        const orderId = params.integer('orderId');
        const fromId = params.integer('fromId') ?? 0;
        const limit = params.limit('limit', 500, 1, 1000);
        return ledger
          .account(accountOf(ctx))
          .trades.filter((t) => t.symbol === symbol && t.id >= fromId)
          .filter((t) => orderId === undefined || t.orderId === orderId)
          .slice(-limit)
          .map(tradeAnswer);
      },
    },
  ];
}
