/**
 * Trading and account methods beyond the basics (`rest-api.md`): amend keeping priority and its
 * history, smart order routing (on the local exchange SOR trades on the symbol's own book),
 * the filters that apply to the account.
 */
import { formatE8, parseE8 } from '../../engine/amounts';
import { placeAnswer } from '../../engine/order';
import { MAX_NUM_ORDERS } from '../../engine/symbol-rules';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod, CallContext } from '../method';
import { clientOrderId, orderRef, readNewOrder } from './order-params';
import { testOrder, testOrderWeight } from './test-order';

const accountOf = (ctx: CallContext): string => ctx.caller!.accountId;

export function moreTradingMethods(deps: ApiDeps): ApiMethod[] {
  const { engine } = deps;
  return [
    {
      wsApi: 'order.amend.keepPriority',
      rest: { method: 'PUT', path: '/api/v3/order/amend/keepPriority' },
      security: 'TRADE',
      weight: 4,
      handle: (params, ctx) => {
        const symbol = params.string('symbol', true);
        const order = engine.find(accountOf(ctx), symbol, orderRef(params));
        if (order === undefined) throw errors.noSuchOrder();
        const newQtyE8 = parseE8('newQty', params.decimal('newQty', true));
        const newId =
          clientOrderId(params, 'newClientOrderId') ?? `sim-amend-${order.orderId}-${ctx.now}`;
        const a = engine.amend(order, newQtyE8, newId, ctx.now);
        return {
          transactTime: ctx.now,
          executionId: a.executionId,
          amendedOrder: {
            symbol: order.symbol,
            orderId: order.orderId,
            orderListId: order.orderListId,
            origClientOrderId: a.origClientOrderId,
            clientOrderId: order.clientOrderId,
            price: formatE8(order.priceE8),
            qty: formatE8(order.origQtyE8),
            executedQty: formatE8(order.executedQtyE8),
            preventedQty: '0.00000000',
            quoteOrderQty: formatE8(order.origQuoteOrderQtyE8),
            cumulativeQuoteQty: formatE8(order.cumQuoteE8),
            status: order.status,
            timeInForce: order.timeInForce ?? 'GTC',
            type: order.type,
            side: order.side,
            workingTime: order.workingTime,
            selfTradePreventionMode: order.selfTradePreventionMode,
          },
        };
      },
    },
    {
      wsApi: 'order.amendments',
      rest: { method: 'GET', path: '/api/v3/order/amendments' },
      security: 'USER_DATA',
      weight: 4,
      handle: (params, ctx) => {
        const symbol = params.string('symbol', true);
        const orderId = params.integer('orderId', true);
        const from = params.integer('fromExecutionId') ?? 0;
        const limit = params.limit('limit', 500, 1, 1000);
        return engine.amendments
          .filter(
            (a) =>
              a.order.accountId === accountOf(ctx) &&
              a.order.symbol === symbol &&
              a.order.orderId === orderId &&
              a.executionId >= from,
          )
          .slice(0, limit)
          .map((a) => ({
            symbol,
            orderId,
            executionId: a.executionId,
            origClientOrderId: a.origClientOrderId,
            newClientOrderId: a.newClientOrderId,
            origQty: formatE8(a.origQtyE8),
            newQty: formatE8(a.newQtyE8),
            time: a.time,
          }));
      },
    },
    {
      wsApi: 'sor.order.place',
      rest: { method: 'POST', path: '/api/v3/sor/order' },
      security: 'TRADE',
      weight: 1,
      orders: 1,
      freeWhenSuccessful: true,
      handle: (params, ctx) => {
        const { order } = readNewOrder(params);
        const placed = engine.place(accountOf(ctx), order, ctx.now);
        const { fills: _fills, ...answer } = placeAnswer(placed, 'FULL') as ReturnType<
          typeof placeAnswer
        > & { fills?: unknown };
        return {
          ...answer,
          fills: placed.fills.map((f, allocId) => ({
            matchType: 'ONE_PARTY_TRADE_REPORT',
            price: formatE8(f.priceE8),
            qty: formatE8(f.qtyE8),
            commission: formatE8(f.commissionE8),
            commissionAsset: f.commissionAsset,
            tradeId: -1,
            allocId,
          })),
          workingFloor: 'SOR',
          usedSor: true,
        };
      },
    },
    {
      wsApi: 'sor.order.test',
      rest: { method: 'POST', path: '/api/v3/sor/order/test' },
      security: 'TRADE',
      weight: testOrderWeight,
      handle: (params) => testOrder(engine, params, false),
    },
    {
      wsApi: 'myFilters',
      rest: { method: 'GET', path: '/api/v3/myFilters' },
      security: 'USER_DATA',
      weight: 40,
      handle: (params) => {
        engine.symbol(params.string('symbol', true));
        return {
          exchangeFilters: [
            { filterType: 'EXCHANGE_MAX_NUM_ORDERS', maxNumOrders: MAX_NUM_ORDERS },
          ],
          symbolFilters: [{ filterType: 'MAX_NUM_ORDER_LISTS', maxNumOrderLists: 20 }],
          assetFilters: [],
        };
      },
    },
  ];
}
