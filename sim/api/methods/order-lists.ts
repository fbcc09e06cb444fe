/**
 * Order list methods (`rest-api.md`, "Order lists"; `web-socket-api.md`, "Order list requests"):
 * OCO (and the deprecated `order/oco`), OTO, OTOCO, OPO, OPOCO, cancel and queries.
 */
import { parseE8 } from '../../engine/amounts';
import type { NewOrder } from '../../engine/engine';
import type { Side } from '../../engine/order';
import { listAnswer, type OrderList, type OrderLists } from '../../engine/order-lists';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod, CallContext } from '../method';
import type { Params } from '../params';
import { clientOrderId, SIDES, STP_MODES, TIFS, TYPES } from './order-params';

const accountOf = (ctx: CallContext): string => ctx.caller!.accountId;
const amount = (params: Params, name: string): number | undefined => {
  const text = params.decimal(name);
  return text === undefined ? undefined : parseE8(name, text);
};

/** One leg from `<prefix>Type`, `<prefix>Price`, … (side and quantity may be shared). */
function leg(
  params: Params,
  prefix: string,
  shared: { side?: Side; quantityE8?: number } = {},
): NewOrder {
  const type = params.oneOf(`${prefix}Type`, TYPES, true, errors.invalidOrderType);
  const side = shared.side ?? params.oneOf(`${prefix}Side`, SIDES, true, errors.invalidSide);
  const quantityE8 = shared.quantityE8 ?? amount(params, `${prefix}Quantity`);
  if (quantityE8 === undefined) throw errors.mandatory(`${prefix}Quantity`);
  return {
    symbol: params.string('symbol', true),
    side,
    type,
    quantityE8,
    priceE8: amount(params, `${prefix}Price`),
    stopPriceE8: amount(params, `${prefix}StopPrice`),
    timeInForce: params.oneOf(`${prefix}TimeInForce`, TIFS, false, errors.invalidTif),
    clientOrderId: clientOrderId(params, `${prefix}ClientOrderId`),
  };
}

export function orderListMethods(deps: ApiDeps): ApiMethod[] {
  const lists: OrderLists = deps.orderLists;
  const place =
    (build: (params: Params, ctx: CallContext) => OrderList) =>
    (params: Params, ctx: CallContext) =>
      listAnswer(build(params, ctx), 'placed');
  const oco = (params: Params, ctx: CallContext) => {
    const side = params.oneOf('side', SIDES, true, errors.invalidSide);
    const quantityE8 = amount(params, 'quantity');
    if (quantityE8 === undefined) throw errors.mandatory('quantity');
    const legs = [
      leg(params, 'above', { side, quantityE8 }),
      leg(params, 'below', { side, quantityE8 }),
    ];
    return lists.placeOco(accountOf(ctx), legs, params.string('listClientOrderId'), ctx.now);
  };
  const ocoDeprecated = (params: Params, ctx: CallContext) =>
    lists.placeOco(
      accountOf(ctx),
      deprecatedOcoLegs(params),
      params.string('listClientOrderId'),
      ctx.now,
    );
  /** OTO / OPO (one pending leg) and OTOCO / OPOCO (a pending OCO pair). */
  const oto = (pair: boolean, pendingQuantity: boolean) => (params: Params, ctx: CallContext) => {
    const { working, pending } = otoLegs(params, pair, pendingQuantity);
    return lists.placeOto(
      accountOf(ctx),
      working,
      pending,
      params.string('listClientOrderId'),
      ctx.now,
    );
  };
  const listRef = (params: Params, clientIdName: string) => {
    const orderListId = params.integer('orderListId');
    const listClientOrderId = params.string(clientIdName);
    if (orderListId === undefined && listClientOrderId === undefined)
      throw errors.eitherMandatory('orderListId', clientIdName);
    return { orderListId, listClientOrderId };
  };
  const placing = { security: 'TRADE', weight: 1, freeWhenSuccessful: true } as const;

  return [
    {
      ...placing,
      orders: 2,
      wsApi: 'orderList.place',
      rest: { method: 'POST', path: '/api/v3/order/oco' },
      handle: place(ocoDeprecated),
    },
    {
      ...placing,
      orders: 2,
      wsApi: 'orderList.place.oco',
      rest: { method: 'POST', path: '/api/v3/orderList/oco' },
      handle: place(oco),
    },
    {
      ...placing,
      orders: 2,
      wsApi: 'orderList.place.oto',
      rest: { method: 'POST', path: '/api/v3/orderList/oto' },
      handle: place(oto(false, true)),
    },
    {
      ...placing,
      orders: 3,
      wsApi: 'orderList.place.otoco',
      rest: { method: 'POST', path: '/api/v3/orderList/otoco' },
      handle: place(oto(true, true)),
    },
    {
      ...placing,
      orders: 2,
      wsApi: 'orderList.place.opo',
      rest: { method: 'POST', path: '/api/v3/orderList/opo' },
      handle: place(oto(false, false)),
    },
    {
      ...placing,
      orders: 3,
      wsApi: 'orderList.place.opoco',
      rest: { method: 'POST', path: '/api/v3/orderList/opoco' },
      handle: place(oto(true, false)),
    },
    {
      wsApi: 'orderList.cancel',
      rest: { method: 'DELETE', path: '/api/v3/orderList' },
      security: 'TRADE',
      weight: 1,
      freeWhenSuccessful: true,
      handle: (params, ctx) => {
        params.string('symbol', true);
        return listAnswer(
          lists.cancel(accountOf(ctx), listRef(params, 'listClientOrderId'), ctx.now),
          'canceled',
          ctx.now,
        );
      },
    },
    {
      wsApi: 'orderList.status',
      rest: { method: 'GET', path: '/api/v3/orderList' },
      security: 'USER_DATA',
      weight: 4,
      handle: (params, ctx) => {
        const list = lists.find(accountOf(ctx), listRef(params, 'origClientOrderId'));
        if (list === undefined) throw errors.noSuchOrder();
        return listAnswer(list, 'none');
      },
    },
    {
      wsApi: 'allOrderLists',
      rest: { method: 'GET', path: '/api/v3/allOrderList' },
      security: 'USER_DATA',
      weight: 20,
      handle: (params, ctx) => {
        const fromId = params.integer('fromId') ?? 0;
        const limit = params.limit('limit', 500, 1, 1000);
        return lists
          .ofAccount(accountOf(ctx))
          .filter((l) => l.orderListId >= fromId)
          .slice(0, limit)
          .map((l) => listAnswer(l, 'none'));
      },
    },
    {
      wsApi: 'openOrderLists.status',
      rest: { method: 'GET', path: '/api/v3/openOrderList' },
      security: 'USER_DATA',
      weight: 6,
      handle: (_params, ctx) =>
        lists
          .ofAccount(accountOf(ctx))
          .filter((l) => !l.done)
          .map((l) => listAnswer(l, 'none')),
    },
  ];
}

/**
 * The legs of an OCO written the old way (`order/oco`, and margin's `margin/order/oco`): a STOP_LOSS
 * (STOP_LOSS_LIMIT with `stopLimitPrice`) at `stopPrice` and a LIMIT_MAKER at `price`.
 */
export function deprecatedOcoLegs(params: Params): NewOrder[] {
  const symbol = params.string('symbol', true);
  const side = params.oneOf('side', SIDES, true, errors.invalidSide);
  const quantityE8 = required(params, 'quantity');
  const stopLimitPriceE8 = amount(params, 'stopLimitPrice');
  const selfTradePreventionMode = params.oneOf('selfTradePreventionMode', STP_MODES);
  const limit: NewOrder = {
    symbol,
    side,
    type: 'LIMIT_MAKER',
    quantityE8,
    priceE8: required(params, 'price'),
    clientOrderId: clientOrderId(params, 'limitClientOrderId'),
    selfTradePreventionMode,
  };
  const stop: NewOrder = {
    symbol,
    side,
    type: stopLimitPriceE8 === undefined ? 'STOP_LOSS' : 'STOP_LOSS_LIMIT',
    quantityE8,
    stopPriceE8: required(params, 'stopPrice'),
    priceE8: stopLimitPriceE8,
    timeInForce:
      stopLimitPriceE8 === undefined
        ? undefined
        : params.oneOf('stopLimitTimeInForce', TIFS, true, errors.invalidTif),
    clientOrderId: clientOrderId(params, 'stopClientOrderId'),
    selfTradePreventionMode,
  };
  return [stop, limit];
}

function required(params: Params, name: string): number {
  const e8 = amount(params, name);
  if (e8 === undefined) throw errors.mandatory(name);
  return e8;
}

/**
 * The legs of an OTO-style list: the working order, and one pending leg (OTO, OPO) or a pending
 * OCO pair (OTOCO, OPOCO: `pendingAbove…`, `pendingBelow…`). With `pendingQuantity` false (OPO,
 * OPOCO) the pending legs take the working order's quantity.
 */
export function otoLegs(
  params: Params,
  pair: boolean,
  pendingQuantity: boolean,
): { working: NewOrder; pending: NewOrder[] } {
  const working = leg(params, 'working');
  const shared = {
    ...(pendingQuantity ? {} : { quantityE8: working.quantityE8 }),
    ...(pair ? { side: params.oneOf('pendingSide', SIDES, true, errors.invalidSide) } : {}),
  };
  if (pair && pendingQuantity)
    Object.assign(shared, { quantityE8: required(params, 'pendingQuantity') });
  const pending = pair
    ? [
        leg(params, 'pendingAbove', shared),
        ...(params.has('pendingBelowType') ? [leg(params, 'pendingBelow', shared)] : []),
      ]
    : [leg(params, 'pending', shared)];
  return { working, pending };
}
