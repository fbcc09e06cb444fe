/**
 * USDⓈ-M order endpoints under `/fapi/v1/` (spec/usdm/operations/): new, modify, cancel, cancel
 * all, query, open orders, all orders and the account's trades, on the futures engine. Weights
 * as Binance documents them; order placement and modification cost 0 IP weight and count 1
 * order. New, modify, cancel and query are also the futures WebSocket API's `order.place`,
 * `order.modify`, `order.cancel` and `order.status` (`/ws-fapi/v1`): the same handlers.
 */
import { errors } from '../../api/errors';
import type { ApiMethod, CallContext } from '../../api/method';
import { orderRef, SIDES } from '../../api/methods/order-params';
import type { Params } from '../../api/params';
import { wouldTake } from '../../engine/book-walk';
import { isOpen, type Order } from '../../engine/order';
import { futuresErrors } from './errors';
import type { Futures } from './futures';
import { ackAnswer, orderAnswer, modifyAnswer, queryAnswer, tradeAnswer } from './answers';
import { decimalE8, readFuturesOrder } from './order-params';

const accountOf = (ctx: CallContext): string => ctx.caller!.accountId;
const path = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', name: string) =>
  ({ method, path: `/fapi/v1/${name}` }) as const;
/** A REST endpoint Binance also serves on the futures WebSocket API (ws-fapi), under `wsApi`. */
const both = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', name: string, wsApi: string) => ({
  rest: path(method, name),
  wsApi,
});

export function usdmOrderMethods(futures: Futures): ApiMethod[] {
  const { engine, ledger } = futures;
  const find = (params: Params, ctx: CallContext): Order | undefined =>
    engine.find(accountOf(ctx), params.string('symbol', true), orderRef(params));
  const modifications = new WeakMap<Order, number>();

  const place = (params: Params, ctx: CallContext) => {
    const account = ledger.account(accountOf(ctx));
    const { order, respType } = readFuturesOrder(params, account.dualSidePosition);
    if (order.timeInForce === 'GTX') {
      const rules = engine.symbol(order.symbol);
      const m = futures.market.get(rules.symbol.toLowerCase())!;
      if (wouldTake(m.book, rules, order.side, order.priceE8!))
        throw futuresErrors.postOnlyWouldTake();
    }
    const placed = engine.place(accountOf(ctx), order, ctx.now);
    return respType === 'ACK' ? ackAnswer(placed) : orderAnswer(placed);
  };

  const modify = (params: Params, ctx: CallContext) => {
    const order = find(params, ctx);
    if (order === undefined) throw errors.noSuchOrder();
    if (!isOpen(order)) throw futuresErrors.orderNotModifiable();
    if (params.oneOf('side', SIDES, true, errors.invalidSide) !== order.side) {
      throw errors.invalidParam('side');
    }
    if (order.type !== 'LIMIT') throw futuresErrors.orderNotModifiable();
    const priceE8 = decimalE8(params, 'price', true)!;
    const qtyE8 = decimalE8(params, 'quantity', true)!;
    if (priceE8 === order.priceE8 && qtyE8 === order.origQtyE8)
      throw futuresErrors.noModification();
    engine.modify(order, priceE8, qtyE8, ctx.now);
    const count = (modifications.get(order) ?? 0) + 1;
    modifications.set(order, count);
    return modifyAnswer(order, count);
  };

  const cancel = (params: Params, ctx: CallContext) => {
    const symbol = params.string('symbol', true);
    const order = engine.find(accountOf(ctx), symbol, orderRef(params));
    if (order === undefined) throw errors.cancelRejected();
    return orderAnswer(engine.cancel(accountOf(ctx), symbol, orderRef(params), undefined, ctx.now));
  };

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
      handle: (params, ctx) => {
        const from = params.integer('orderId') ?? 0;
        const limit = params.limit('limit', 500, 1, 1000);
        const all = orders(ctx, params.string('symbol', true)).filter((o) => o.orderId >= from);
        return (params.has('orderId') ? all.slice(0, limit) : all.slice(-limit)).map(queryAnswer);
      },
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
