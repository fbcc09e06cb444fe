/**
 * An order in the engine, and how Binance writes it: the order.place / order.status answers
 * (`rest-api.md`, "New order", "Query order") and the executionReport event
 * (`user-data-stream.md`).
 */
import { formatE8 } from './amounts';

export type Side = 'BUY' | 'SELL';
export type OrderType =
  | 'LIMIT'
  | 'MARKET'
  | 'LIMIT_MAKER'
  | 'STOP_LOSS'
  | 'STOP_LOSS_LIMIT'
  | 'TAKE_PROFIT'
  | 'TAKE_PROFIT_LIMIT';
export type OrderStatus =
  | 'PENDING_NEW'
  | 'NEW'
  | 'PARTIALLY_FILLED'
  | 'FILLED'
  | 'CANCELED'
  | 'REJECTED'
  | 'EXPIRED'
  | 'EXPIRED_IN_MATCH';

export interface Fill {
  readonly priceE8: number;
  readonly qtyE8: number;
  readonly commissionE8: number;
  readonly commissionAsset: string;
  readonly tradeId: number;
  readonly maker: boolean;
  readonly time: number;
}

export interface Order {
  readonly accountId: string;
  readonly symbol: string;
  readonly orderId: number;
  /** Changes when the order is amended (`order.amend.keepPriority`). */
  clientOrderId: string;
  /** The order list it belongs to, -1 when none. */
  readonly orderListId: number;
  readonly side: Side;
  readonly type: OrderType;
  readonly timeInForce: string | undefined;
  /** Limit price; 0 for market orders. Changed by a futures modify. */
  priceE8: number;
  /** Lowered by an amend. */
  origQtyE8: number;
  readonly origQuoteOrderQtyE8: number;
  readonly stopPriceE8: number;
  readonly selfTradePreventionMode: string;
  readonly time: number;
  executedQtyE8: number;
  cumQuoteE8: number;
  status: OrderStatus;
  updateTime: number;
  workingTime: number;
  /** Stop orders wait untriggered; everything else works at once. */
  triggered: boolean;
  /** Still locked for this order (quote for BUY, base for SELL). */
  lockedE8: number;
  readonly fills: Fill[];
  /** Set when self-trade prevention expired the order (`v` of its executionReport). */
  preventedMatchId?: number;
  /** Client order id of the cancel, and the original one (`C`), once canceled. */
  cancelClientOrderId?: string;
  /** Futures only: the position side (BOTH, LONG, SHORT) and the reduce-only flag. */
  readonly positionSide?: string;
  readonly reduceOnly?: boolean;
}

const TIF_TYPES: readonly OrderType[] = ['LIMIT', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'];

export const isStop = (type: OrderType): boolean =>
  type === 'STOP_LOSS' ||
  type === 'STOP_LOSS_LIMIT' ||
  type === 'TAKE_PROFIT' ||
  type === 'TAKE_PROFIT_LIMIT';

export const isOpen = (order: Order): boolean =>
  order.status === 'NEW' || order.status === 'PARTIALLY_FILLED' || order.status === 'PENDING_NEW';

/** The fields every order answer shares (`RESULT`), without the answer-specific ones. */
export function orderFields(order: Order) {
  return {
    symbol: order.symbol,
    orderId: order.orderId,
    orderListId: order.orderListId,
    clientOrderId: order.clientOrderId,
    price: formatE8(order.priceE8),
    origQty: formatE8(order.origQtyE8),
    executedQty: formatE8(order.executedQtyE8),
    origQuoteOrderQty: formatE8(order.origQuoteOrderQtyE8),
    cummulativeQuoteQty: formatE8(order.cumQuoteE8),
    status: order.status,
    timeInForce: order.timeInForce ?? 'GTC',
    type: order.type,
    side: order.side,
    ...(isStop(order.type) ? { stopPrice: formatE8(order.stopPriceE8) } : {}),
  };
}

/** order.place's answer for `newOrderRespType`. */
export function placeAnswer(order: Order, respType: 'ACK' | 'RESULT' | 'FULL') {
  const ack = {
    symbol: order.symbol,
    orderId: order.orderId,
    orderListId: order.orderListId,
    clientOrderId: order.clientOrderId,
    transactTime: order.time,
  };
  if (respType === 'ACK') return ack;
  const {
    symbol: _s,
    orderId: _o,
    orderListId: _l,
    clientOrderId: _c,
    ...rest
  } = orderFields(order);
  const result = {
    ...ack,
    ...rest,
    workingTime: order.triggered ? order.workingTime : -1,
    selfTradePreventionMode: order.selfTradePreventionMode,
    ...prevention(order),
    ...expiry(order, 'expiryReason'),
  };
  if (respType === 'RESULT') return result;
  return {
    ...result,
    fills: order.fills.map((f) => ({ ...fillAnswer(f), tradeId: f.tradeId })),
  };
}

/** One fill as order answers list it (Spot's adds `tradeId`). */
export const fillAnswer = (f: Fill) => ({
  price: formatE8(f.priceE8),
  qty: formatE8(f.qtyE8),
  commission: formatE8(f.commissionE8),
  commissionAsset: f.commissionAsset,
});

/** `preventedMatchId` and `preventedQuantity`, present only when STP expired the order. */
function prevention(order: Order) {
  if (order.preventedMatchId === undefined) return {};
  return {
    preventedMatchId: order.preventedMatchId,
    preventedQuantity: formatE8(order.origQtyE8 - order.executedQtyE8),
  };
}

/** order.status / openOrders / allOrders entry (`rest-api.md`, "Query order"), in its key order. */
export function statusAnswer(order: Order) {
  // stopPrice only for stop orders (in orderFields); icebergQty never (no iceberg orders here).
  const { origQuoteOrderQty, ...fields } = orderFields(order);
  return {
    ...fields,
    time: order.time,
    updateTime: order.updateTime,
    isWorking: order.triggered && order.type !== 'MARKET',
    workingTime: order.triggered ? order.workingTime : -1,
    origQuoteOrderQty,
    selfTradePreventionMode: order.selfTradePreventionMode,
    ...prevention(order),
    ...expiry(order, 'expiryReason'),
  };
}

/**
 * Why an expired order expired (`enums.md`, expiry reasons), under `key` (`expiryReason` in
 * answers, `eR` in executionReport); nothing for an order that has not expired.
 */
function expiry<K extends string>(order: Order, key: K): Partial<Record<K, string>> {
  if (order.status !== 'EXPIRED') return {};
  const reason =
    order.type === 'MARKET'
      ? 'INSUFFICIENT_LIQUIDITY'
      : order.timeInForce === 'FOK'
        ? 'UNFILLED_FOK_ORDER_EXPIRED'
        : order.timeInForce === 'IOC'
          ? 'UNFILLED_IOC_QUANTITY_EXPIRED'
          : undefined;
  return reason === undefined ? {} : ({ [key]: reason } as Partial<Record<K, string>>);
}

/** order.cancel's answer (`rest-api.md`, "Cancel order"), in its key order. */
export function cancelAnswer(order: Order, now: number) {
  const { symbol, orderId, orderListId, clientOrderId: _c, ...fields } = orderFields(order);
  return {
    symbol,
    origClientOrderId: order.clientOrderId,
    orderId,
    orderListId,
    clientOrderId: order.cancelClientOrderId ?? order.clientOrderId,
    transactTime: now,
    ...fields,
    selfTradePreventionMode: order.selfTradePreventionMode,
  };
}

export type ExecutionType =
  'NEW' | 'CANCELED' | 'REPLACED' | 'TRADE' | 'EXPIRED' | 'REJECTED' | 'TRADE_PREVENTION';

/** The executionReport event for `order` after an execution of type `x`. */
export function executionReport(order: Order, x: ExecutionType, now: number, fill?: Fill) {
  const canceled = x === 'CANCELED';
  return {
    e: 'executionReport',
    E: now,
    s: order.symbol,
    c: canceled ? (order.cancelClientOrderId ?? order.clientOrderId) : order.clientOrderId,
    S: order.side,
    o: order.type,
    f: TIF_TYPES.includes(order.type) ? (order.timeInForce ?? 'GTC') : 'GTC',
    q: formatE8(order.origQtyE8),
    p: formatE8(order.priceE8),
    P: formatE8(order.stopPriceE8),
    F: '0.00000000',
    g: order.orderListId,
    C: canceled ? order.clientOrderId : '',
    x,
    X: order.status,
    r: 'NONE',
    i: order.orderId,
    l: formatE8(fill?.qtyE8 ?? 0),
    z: formatE8(order.executedQtyE8),
    L: formatE8(fill?.priceE8 ?? 0),
    n: formatE8(fill?.commissionE8 ?? 0),
    N: fill?.commissionAsset ?? null,
    T: fill?.time ?? now,
    t: fill?.tradeId ?? -1,
    ...(order.preventedMatchId === undefined ? {} : { v: order.preventedMatchId }),
    I: 0,
    w: isOpen(order) && order.triggered,
    m: fill?.maker ?? false,
    M: false,
    O: order.time,
    Z: formatE8(order.cumQuoteE8),
    Y: formatE8(fill === undefined ? 0 : Math.floor((fill.priceE8 * fill.qtyE8) / 1e8)),
    Q: formatE8(order.origQuoteOrderQtyE8),
    V: order.selfTradePreventionMode,
    // "Appears when the order is working on the book" (a stop before its trigger is not).
    ...(order.triggered && order.workingTime > 0 ? { W: order.workingTime } : {}),
    ...expiry(order, 'eR'),
  };
}
