/**
 * The order part of `npm start`: on the local exchange, a limit order placed below the market and
 * canceled once it is open, then a market order that fills — every stage as a line of text.
 * The secret stays here, in the signer; binance-rx only gets the function.
 */
import { concat, defer, ignoreElements, map, mergeMap, of, type Observable } from 'rxjs';
import {
  addOrderFactory,
  cancelOrderFactory,
  getBookFactory,
  type OrderStage,
  type WsApiSession,
} from '../src';

const describe = (label: string) => (update: OrderStage) => {
  const id = update.clientOrderId;
  const detail =
    update.error !== undefined
      ? ` (${update.error.message})`
      : update.executionReport !== undefined
        ? ` (executionReport ${String(update.executionReport.x)}, filled ${String(update.executionReport.z)})`
        : update.source === 'response'
          ? ' (order.place answer)'
          : '';
  return `${label} ${id}: ${update.stage}${detail}`;
};

export function orderScript(session: WsApiSession, symbol: string): Observable<string> {
  const addOrder = addOrderFactory(session);
  const cancel = cancelOrderFactory(session);
  const limitOrder = defer(() => getBookFactory(session)({ symbol, limit: 1 })).pipe(
    mergeMap((book) => {
      const price = (Number(book.bids[0]?.[0] ?? '0') * 0.99).toFixed(2);
      const label = `limit BUY 0.001 ${symbol} @ ${price}`;
      return addOrder({
        symbol,
        side: 'BUY',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity: '0.001',
        price,
      }).pipe(
        mergeMap((update) =>
          update.stage === 'open'
            ? concat(
                of(describe(label)(update)),
                cancel({ symbol, origClientOrderId: update.clientOrderId }).pipe(ignoreElements()),
              )
            : of(describe(label)(update)),
        ),
      );
    }),
  );
  const marketOrder = addOrder({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.001' }).pipe(
    map(describe(`market BUY 0.001 ${symbol}`)),
  );
  return concat(limitOrder, marketOrder);
}
