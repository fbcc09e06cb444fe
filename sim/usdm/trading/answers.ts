/**
 * USDⓈ-M order answers (spec/usdm/operations/: place, modify, cancel, and the order queries),
 * in the docs' key order.
 */
import { formatE8 } from '../../engine/amounts';
import type { Order } from '../../engine/order';
import { averagePriceE8 } from './events';
import type { FuturesTrade } from './ledger';

const ZERO = '0.00000000';

/** The fields of every futures order answer (`orderFields` of spec/usdm/field-groups.yaml). */
function orderFields(order: Order) {
  return {
    clientOrderId: order.clientOrderId,
    executedQty: formatE8(order.executedQtyE8),
    orderId: order.orderId,
    avgPrice: formatE8(averagePriceE8(order)),
    origQty: formatE8(order.origQtyE8),
    price: formatE8(order.priceE8),
    reduceOnly: order.reduceOnly ?? false,
    side: order.side,
    positionSide: order.positionSide ?? 'BOTH',
    status: order.status,
    stopPrice: '0',
    closePosition: false,
    symbol: order.symbol,
    timeInForce: order.timeInForce ?? 'GTC',
    type: order.type,
    origType: order.type,
    updateTime: order.updateTime,
    workingType: 'CONTRACT_PRICE',
    priceProtect: false,
    priceMatch: 'NONE',
    selfTradePreventionMode: order.selfTradePreventionMode,
    goodTillDate: 0,
  };
}

/** A liquidation order as User's Force Orders lists it (no price match, STP or GTD fields). */
export const forceOrderAnswer = (order: Order) => {
  const {
    priceProtect: _protect,
    priceMatch: _match,
    selfTradePreventionMode: _stp,
    goodTillDate: _gtd,
    ...fields
  } = orderFields(order);
  return { ...fields, cumQuote: formatE8(order.cumQuoteE8), time: order.time };
};

/** The answer of New Order, Modify Order and Cancel Order (`cumQty`, `cumQuote`). */
export const orderAnswer = (order: Order) => ({
  ...orderFields(order),
  cumQty: formatE8(order.executedQtyE8),
  cumQuote: formatE8(order.cumQuoteE8),
});

/**
 * New Order's ACK: the order as the engine accepted it, before it traded (NEW, nothing filled),
 * where RESULT answers it as it is now (FILLED, EXPIRED, or working).
 */
export const ackAnswer = (order: Order) => ({
  ...orderAnswer(order),
  status: 'NEW',
  executedQty: ZERO,
  avgPrice: ZERO,
  cumQty: ZERO,
  cumQuote: ZERO,
  updateTime: order.time,
});

/** Modify Order's answer: `pair` and the modification count besides. */
export const modifyAnswer = (order: Order, modifyId: number) => ({
  ...orderAnswer(order),
  pair: order.symbol,
  modifyId,
});

/** Query Order, Current All Open Orders, All Orders. */
export const queryAnswer = (order: Order) => ({
  ...orderFields(order),
  cumQuote: formatE8(order.cumQuoteE8),
  time: order.time,
});

export const tradeAnswer = (t: FuturesTrade) => ({
  buyer: t.side === 'BUY',
  commission: formatE8(t.commissionE8),
  commissionAsset: 'USDT',
  id: t.id,
  maker: t.maker,
  orderId: t.orderId,
  price: formatE8(t.priceE8),
  qty: formatE8(t.qtyE8),
  quoteQty: formatE8(Math.round((t.priceE8 * t.qtyE8) / 1e8)),
  realizedPnl: formatE8(t.realizedPnlE8),
  side: t.side,
  positionSide: t.positionSide,
  symbol: t.symbol,
  time: t.time,
});
