/** Trading methods (`rest-api.md`, "Trading endpoints"; `web-socket-api.md`, "Trading requests"). */
import { listAnswer } from '../../engine/order-lists';
import { COMMISSION_RATE } from '../../engine/engine';
import { cancelAnswer, isOpen, placeAnswer, statusAnswer } from '../../engine/order';
import type { ApiDeps } from '../deps';
import { ApiError, errors } from '../errors';
import type { ApiMethod, CallContext } from '../method';
import type { Params } from '../params';
import { clientOrderId, orderRef, readNewOrder } from './order-params';
import { testOrder, testOrderWeight } from './test-order';

const accountOf = (ctx: CallContext): string => ctx.caller!.accountId;
const rate = COMMISSION_RATE.toFixed(8);
const commissionRates = { maker: rate, taker: rate, buyer: '0.00000000', seller: '0.00000000' };

export function tradingMethods(deps: ApiDeps): ApiMethod[] {
  const { engine } = deps;
  const place = (params: Params, ctx: CallContext) => {
    const { order, respType } = readNewOrder(params);
    return placeAnswer(engine.place(accountOf(ctx), order, ctx.now), respType);
  };
  const cancel = (
    params: Params,
    ctx: CallContext,
    idName?: string,
    clientIdName?: string,
    newIdName = 'newClientOrderId',
  ) => {
    const symbol = params.string('symbol', true);
    const restrictions = params.oneOf(
      'cancelRestrictions',
      ['ONLY_NEW', 'ONLY_PARTIALLY_FILLED'] as const,
      false,
      () => new ApiError(-1145, 'Invalid cancelRestrictions'),
    );
    const ref = orderRef(params, idName, clientIdName);
    const found = engine.find(accountOf(ctx), symbol, ref);
    if (
      restrictions !== undefined &&
      found !== undefined &&
      found.status !== (restrictions === 'ONLY_NEW' ? 'NEW' : 'PARTIALLY_FILLED')
    ) {
      throw errors.cancelRejected('Order was not canceled due to cancel restrictions.');
    }
    const order = engine.cancel(
      accountOf(ctx),
      symbol,
      ref,
      clientOrderId(params, newIdName),
      ctx.now,
    );
    return cancelAnswer(order, ctx.now);
  };

  /**
   * Canceling a leg of an order list cancels the whole list, and Binance answers with the list
   * (`web-socket-api.md`, Cancel order: "When an order list is canceled").
   */
  const cancelLegOrOrder = (params: Params, ctx: CallContext) => {
    const symbol = params.string('symbol', true);
    const found = engine.find(accountOf(ctx), symbol, orderRef(params));
    const list =
      found !== undefined && found.orderListId !== -1
        ? deps.orderLists.find(accountOf(ctx), { orderListId: found.orderListId })
        : undefined;
    if (list === undefined || list.done) return cancel(params, ctx);
    const canceled = deps.orderLists.cancel(
      accountOf(ctx),
      { orderListId: list.orderListId },
      ctx.now,
    );
    return listAnswer(canceled, 'canceled', ctx.now);
  };

  return [
    {
      wsApi: 'order.place',
      rest: { method: 'POST', path: '/api/v3/order' },
      security: 'TRADE',
      weight: 1,
      orders: 1,
      freeWhenSuccessful: true,
      handle: place,
    },
    {
      wsApi: 'order.test',
      rest: { method: 'POST', path: '/api/v3/order/test' },
      security: 'TRADE',
      weight: testOrderWeight,
      handle: (params) => {
        engine.validate(readNewOrder(params).order);
        return testOrder(engine, params, true);
      },
    },
    {
      wsApi: 'order.status',
      rest: { method: 'GET', path: '/api/v3/order' },
      security: 'USER_DATA',
      weight: 4,
      handle: (params, ctx) => {
        const symbol = params.string('symbol', true);
        engine.symbol(symbol);
        const order = engine.find(accountOf(ctx), symbol, orderRef(params));
        if (order === undefined) throw errors.noSuchOrder();
        return statusAnswer(order);
      },
    },
    {
      wsApi: 'order.cancel',
      rest: { method: 'DELETE', path: '/api/v3/order' },
      security: 'TRADE',
      weight: 1,
      freeWhenSuccessful: true,
      handle: (params, ctx) => cancelLegOrOrder(params, ctx),
    },
    {
      wsApi: 'order.cancelReplace',
      rest: { method: 'POST', path: '/api/v3/order/cancelReplace' },
      security: 'TRADE',
      weight: 1,
      orders: 1,
      freeWhenSuccessful: true,
      handle: (params, ctx) => {
        const mode = params.oneOf(
          'cancelReplaceMode',
          ['STOP_ON_FAILURE', 'ALLOW_FAILURE'] as const,
          true,
        );
        let cancelResponse: unknown;
        let cancelError: ApiError | undefined;
        try {
          cancelResponse = cancel(
            params,
            ctx,
            'cancelOrderId',
            'cancelOrigClientOrderId',
            'cancelNewClientOrderId',
          );
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          cancelError = error;
          cancelResponse = error.toJSON();
        }
        if (cancelError !== undefined && mode === 'STOP_ON_FAILURE') {
          throw failedCancelReplace(
            -2022,
            'Order cancel-replace failed.',
            'FAILURE',
            'NOT_ATTEMPTED',
            cancelResponse,
            undefined,
          );
        }
        try {
          const newOrderResponse = place(params, ctx);
          return {
            cancelResult: cancelError ? 'FAILURE' : 'SUCCESS',
            newOrderResult: 'SUCCESS',
            cancelResponse,
            newOrderResponse,
          };
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          const code = cancelError ? -2022 : -2021;
          const msg = cancelError
            ? 'Order cancel-replace failed.'
            : 'Order cancel-replace partially failed.';
          throw failedCancelReplace(
            code,
            msg,
            cancelError ? 'FAILURE' : 'SUCCESS',
            'FAILURE',
            cancelResponse,
            error.toJSON(),
          );
        }
      },
    },
    {
      wsApi: 'openOrders.status',
      rest: { method: 'GET', path: '/api/v3/openOrders' },
      security: 'USER_DATA',
      weight: (params) => (params.has('symbol') ? 6 : 80),
      handle: (params, ctx) =>
        engine
          .ordersOfAccount(accountOf(ctx), params.string('symbol'))
          .filter(isOpen)
          .map(statusAnswer),
    },
    {
      wsApi: 'openOrders.cancelAll',
      rest: { method: 'DELETE', path: '/api/v3/openOrders' },
      security: 'TRADE',
      weight: 1,
      freeWhenSuccessful: true,
      handle: (params, ctx) => {
        const symbol = params.string('symbol', true);
        const open = engine.ordersOfAccount(accountOf(ctx), symbol).filter(isOpen);
        if (open.length === 0) throw errors.cancelRejected();
        // Canceling one leg of an order list ends its other legs too: skip what is no longer open.
        return open
          .filter((o) => isOpen(o))
          .map((o) =>
            cancelAnswer(
              isOpen(o)
                ? engine.cancel(accountOf(ctx), symbol, { orderId: o.orderId }, undefined, ctx.now)
                : o,
              ctx.now,
            ),
          );
      },
    },
    {
      wsApi: 'account.commission',
      rest: { method: 'GET', path: '/api/v3/account/commission' },
      security: 'USER_DATA',
      weight: 20,
      handle: (params) => {
        const symbol = engine.symbol(params.string('symbol', true)).symbol;
        return {
          symbol,
          standardCommission: commissionRates,
          specialCommission: {
            maker: '0.00000000',
            taker: '0.00000000',
            buyer: '0.00000000',
            seller: '0.00000000',
          },
          taxCommission: {
            maker: '0.00000000',
            taker: '0.00000000',
            buyer: '0.00000000',
            seller: '0.00000000',
          },
          discount: {
            enabledForAccount: false,
            enabledForSymbol: false,
            discountAsset: 'BNB',
            discount: '0.00000000',
          },
        };
      },
    },
  ];
}

/** -2021 / -2022 with the cancel-replace outcome in `data`, as Binance answers it. */
function failedCancelReplace(
  code: number,
  msg: string,
  cancelResult: string,
  newOrderResult: string,
  cancelResponse: unknown,
  newOrderResponse: unknown,
): ApiError {
  const error = new ApiError(code, msg);
  Object.assign(error, {
    data: {
      cancelResult,
      newOrderResult,
      cancelResponse,
      newOrderResponse: newOrderResponse ?? null,
    },
  });
  return error;
}
