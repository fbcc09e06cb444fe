/**
 * `addOrderFactory(session)`: the order factory bound to what the spec generates — the stage table
 * of spec/order-stages.yaml, order.place (spec/operations/place-order.yaml) and order.status
 * (spec/operations/get-order.yaml).
 *
 * @example
 * const addOrder = addOrderFactory(session);
 * addOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.001', price: '50000' })
 *   .subscribe(({ stage }) => console.log(stage)); // submitted, pending, open, …, filled
 */
import type { Observable } from 'rxjs';
import { getOrderOperation } from '../../generated/operations/get-order';
import {
  placeOrderOperation,
  type PlaceOrderParams,
  type PlaceOrderResponse,
} from '../../generated/operations/place-order';
import {
  orderStageTable,
  type OrderStageEvent,
  type OrderStageName,
} from '../../generated/order-stages';
import type { WsApiSession } from '../ws-api/session';
import {
  boundConfig,
  createOrderFactory,
  type BoundOrderFactoryOptions,
  type OrderUpdate,
} from './order-factory';

/** One stage of an order placed with `addOrderFactory`. */
export type OrderStage = OrderUpdate<OrderStageName, PlaceOrderParams, PlaceOrderResponse>;

/**
 * `newClientOrderId`, `logger`, `reconcile` (lookups while an order's outcome is unknown and their
 * `deadlineMs`), `scheduler`, `onInvalid` (reports whose order status is not in the table),
 * `stages` (your generated `orderStageTable`, when your order-stages.yaml maps more statuses).
 */
export type AddOrderOptions = BoundOrderFactoryOptions<OrderStageName, OrderStageEvent>;

/** The stage table of spec/order-stages.yaml and the events the factory raises itself. */
export const ORDER_STAGES = {
  table: orderStageTable,
  accepted: 'accepted',
  requestFailed: 'requestFailed',
  outcomeUnknown: 'outcomeUnknown',
} as const satisfies {
  table: typeof orderStageTable;
  accepted: OrderStageEvent;
  requestFailed: OrderStageEvent;
  outcomeUnknown: OrderStageEvent;
};

export function addOrderFactory(
  session: WsApiSession,
  options: AddOrderOptions = {},
): (order: PlaceOrderParams) => Observable<OrderStage> {
  return createOrderFactory<OrderStageName, OrderStageEvent, PlaceOrderParams, PlaceOrderResponse>(
    session,
    boundConfig({ ...ORDER_STAGES, place: placeOrderOperation, query: getOrderOperation }, options),
  );
}
