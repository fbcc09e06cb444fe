/**
 * The Algo Service's answers and events in Binance's shapes: New Algo Order
 * (`placeAlgoOrder`), the algo order queries (`getAlgoOrder`, `getOpenAlgoOrders`,
 * `getAllAlgoOrders`), ALGO_UPDATE and CONDITIONAL_ORDER_TRIGGER_REJECT (spec/usdm/).
 */
import { formatE8 } from '../../engine/amounts';
import type { Order } from '../../engine/order';
import type { AlgoOrder } from './algo-order';
import { averagePriceE8 } from './events';

/** `algoOrderFields` of spec/usdm/field-groups.yaml. */
function algoOrderFields(algo: AlgoOrder) {
  return {
    algoId: algo.algoId,
    clientAlgoId: algo.clientAlgoId,
    algoType: 'CONDITIONAL',
    orderType: algo.orderType,
    symbol: algo.symbol,
    side: algo.side,
    positionSide: algo.positionSide,
    timeInForce: algo.timeInForce,
    quantity: formatE8(algo.quantityE8),
    algoStatus: algo.status,
    triggerPrice: formatE8(algo.triggerPriceE8),
    price: formatE8(algo.priceE8),
    icebergQuantity: null,
    selfTradePreventionMode: algo.selfTradePreventionMode,
    workingType: algo.workingType,
    priceMatch: 'NONE',
    closePosition: algo.closePosition,
    priceProtect: algo.priceProtect,
    reduceOnly: algo.reduceOnly,
    createTime: algo.createTime,
    updateTime: algo.updateTime,
    triggerTime: algo.triggerTime,
    goodTillDate: 0,
  };
}

/** New Algo Order: trailing stops' activatePrice / callbackRate, empty for the other types. */
export const placeAlgoAnswer = (algo: AlgoOrder) => ({
  ...algoOrderFields(algo),
  activatePrice: algo.activatePriceE8 === undefined ? '' : formatE8(algo.activatePriceE8),
  callbackRate: algo.callbackRate ?? '',
});

/** Query Algo Order and the lists: the order placed once triggered (`actual…`). */
export const queryAlgoAnswer = (algo: AlgoOrder, actual: Order | undefined) => ({
  ...algoOrderFields(algo),
  actualOrderId: actual === undefined ? '' : String(actual.orderId),
  actualPrice: formatE8(actual === undefined ? 0 : averagePriceE8(actual)),
  ...(actual === undefined ? {} : { actualType: actual.type }),
  ...(actual === undefined || actual.executedQtyE8 === 0
    ? {}
    : { actualQty: formatE8(actual.executedQtyE8) }),
  tpTriggerPrice: '0',
  tpPrice: '0',
  slTriggerPrice: '0',
  slPrice: '0',
  tpOrderType: '',
});

/** ALGO_UPDATE: `ap` / `aq` / `act` only once its order is in the matching engine. */
export const algoUpdate = (algo: AlgoOrder, actual: Order | undefined, now: number) => ({
  e: 'ALGO_UPDATE',
  T: now,
  E: now,
  o: {
    caid: algo.clientAlgoId,
    aid: algo.algoId,
    at: 'CONDITIONAL',
    o: algo.orderType,
    s: algo.symbol,
    S: algo.side,
    ps: algo.positionSide,
    f: algo.timeInForce,
    q: formatE8(algo.quantityE8),
    X: algo.status,
    ai: actual === undefined ? '' : String(actual.orderId),
    ...(actual === undefined
      ? {}
      : {
          ap: formatE8(averagePriceE8(actual)),
          aq: formatE8(actual.executedQtyE8),
          act: actual.type,
        }),
    tp: formatE8(algo.triggerPriceE8),
    p: formatE8(algo.priceE8),
    V: algo.selfTradePreventionMode,
    wt: algo.workingType,
    pm: 'NONE',
    cp: algo.closePosition,
    pP: algo.priceProtect,
    R: algo.reduceOnly,
    tt: algo.triggerTime,
    gtd: 0,
    ...(algo.failedReason === undefined ? {} : { rm: algo.failedReason }),
  },
});

/** CONDITIONAL_ORDER_TRIGGER_REJECT: the triggered order the matching engine refused. */
export const triggerReject = (order: Order, reason: string, now: number) => ({
  e: 'CONDITIONAL_ORDER_TRIGGER_REJECT',
  E: now,
  T: now,
  or: { s: order.symbol, i: order.orderId, r: reason },
});
