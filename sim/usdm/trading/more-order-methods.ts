/**
 * More USDⓈ-M order endpoints (spec/usdm/operations/): the open order query, the test order
 * (checked as New Order checks it: parameters, post-only, the symbol's filters; nothing placed,
 * `{}` answered), the countdown that cancels a symbol's open orders on the exchange's clock
 * (checked at every market step), and the account's force orders: none yet, as the liquidation
 * engine (liquidations.ts) keeps no order per account, only each symbol's latest liquidation.
 */
import { errors } from '../../api/errors';
import type { ApiMethod, CallContext } from '../../api/method';
import { orderRef } from '../../api/methods/order-params';
import type { Params } from '../../api/params';
import { wouldTake } from '../../engine/book-walk';
import { isOpen } from '../../engine/order';
import { forceOrderAnswer, queryAnswer } from './answers';
import { futuresErrors } from './errors';
import type { Futures } from './futures';
import { readFuturesOrder } from './order-params';

const path = (method: 'GET' | 'POST', name: string) =>
  ({ method, path: `/fapi/v1/${name}` }) as const;

export function moreOrderMethods(futures: Futures): ApiMethod[] {
  const { engine, ledger } = futures;
  const accountOf = (ctx: CallContext): string => ctx.caller!.accountId;
  /** Countdown deadlines by `account symbol`. */
  const deadlines = new Map<string, { accountId: string; symbol: string; at: number }>();
  futures.market.onStep((_results, now) => {
    for (const [key, { accountId, symbol, at }] of deadlines) {
      if (now < at) continue;
      deadlines.delete(key);
      for (const order of engine.ordersOfAccount(accountId, symbol).filter(isOpen)) {
        engine.cancel(accountId, symbol, { orderId: order.orderId }, undefined, now);
      }
    }
  });

  const test = (params: Params, ctx: CallContext) => {
    const account = ledger.account(accountOf(ctx));
    const { order } = readFuturesOrder(params, account.dualSidePosition);
    const rules = engine.symbol(order.symbol);
    if (order.timeInForce === 'GTX') {
      const m = futures.market.get(rules.symbol.toLowerCase())!;
      if (wouldTake(m.book, rules, order.side, order.priceE8!))
        throw futuresErrors.postOnlyWouldTake();
    }
    engine.validate(order);
    return {};
  };

  const countdown = (params: Params, ctx: CallContext) => {
    const symbol = engine.symbol(params.string('symbol', true)).symbol;
    const countdownTime = params.integer('countdownTime', true);
    if (countdownTime < 0) throw errors.invalidParam('countdownTime');
    const key = `${accountOf(ctx)} ${symbol}`;
    if (countdownTime === 0) deadlines.delete(key);
    else deadlines.set(key, { accountId: accountOf(ctx), symbol, at: ctx.now + countdownTime });
    return { symbol, countdownTime: String(countdownTime) };
  };

  return [
    {
      rest: path('GET', 'openOrder'),
      security: 'USER_DATA',
      weight: 1,
      handle: (params, ctx) => {
        const symbol = params.string('symbol', true);
        const order = engine.find(accountOf(ctx), symbol, orderRef(params));
        if (order === undefined || !isOpen(order)) throw errors.noSuchOrder();
        return queryAnswer(order);
      },
    },
    { rest: path('POST', 'order/test'), security: 'TRADE', weight: 0, handle: test },
    { rest: path('POST', 'countdownCancelAll'), security: 'TRADE', weight: 10, handle: countdown },
    {
      rest: path('GET', 'forceOrders'),
      security: 'USER_DATA',
      weight: (params) => (params.has('symbol') ? 20 : 50),
      handle: (params, ctx) => {
        const symbol = params.string('symbol');
        // Every liquidation here is a LIQUIDATION: the local exchange has no ADL.
        const type = params.oneOf('autoCloseType', ['LIQUIDATION', 'ADL'] as const);
        const start = params.integer('startTime') ?? 0;
        const end = params.integer('endTime') ?? Number.MAX_SAFE_INTEGER;
        const limit = params.limit('limit', 50, 1, 100);
        return futures.liquidations
          .forceOrdersOf(accountOf(ctx))
          .filter((o) => symbol === undefined || o.symbol === symbol)
          .filter((o) => type !== 'ADL' && o.time >= start && o.time <= end)
          .slice(-limit)
          .map(forceOrderAnswer);
      },
    },
  ];
}
