/**
 * The USDⓈ-M single-order handlers (new, modify, cancel) on the futures engine, shared by the
 * `/fapi/v1/order` endpoints and the batch endpoints (`/fapi/v1/batchOrders`), which run each of
 * their items through the very same handler.
 */
import { errors } from '../../api/errors';
import type { CallContext } from '../../api/method';
import { orderRef, SIDES } from '../../api/methods/order-params';
import type { Params } from '../../api/params';
import { wouldTake } from '../../engine/book-walk';
import { isOpen, type Order } from '../../engine/order';
import { futuresErrors } from './errors';
import type { Futures } from './futures';
import { ackAnswer, orderAnswer, modifyAnswer } from './answers';
import { decimalE8, readFuturesOrder } from './order-params';

export type OrderHandler = (params: Params, ctx: CallContext) => unknown;

export interface UsdmOrderHandlers {
  readonly place: OrderHandler;
  readonly modify: OrderHandler;
  readonly cancel: OrderHandler;
}

export const accountOf = (ctx: CallContext): string => ctx.caller!.accountId;

export function usdmOrderHandlers(futures: Futures): UsdmOrderHandlers {
  const { engine, ledger } = futures;
  const modifications = new WeakMap<Order, number>();

  const place: OrderHandler = (params, ctx) => {
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

  const modify: OrderHandler = (params, ctx) => {
    const order = engine.find(accountOf(ctx), params.string('symbol', true), orderRef(params));
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

  const cancel: OrderHandler = (params, ctx) => {
    const symbol = params.string('symbol', true);
    const order = engine.find(accountOf(ctx), symbol, orderRef(params));
    if (order === undefined) throw errors.cancelRejected();
    return orderAnswer(engine.cancel(accountOf(ctx), symbol, orderRef(params), undefined, ctx.now));
  };

  return { place, modify, cancel };
}
