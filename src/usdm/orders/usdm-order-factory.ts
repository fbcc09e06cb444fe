/**
 * `usdmOrderFactory(placer, userData)`: USDⓈ-M orders you can watch, through the same stage
 * table and order code as Spot's `addOrderFactory` (spec/order-stages.yaml, src/orders/). The
 * order is placed by `placer`, a REST client (`POST /fapi/v1/order`) or a futures WebSocket API
 * session (`wsApiSession({ product: usdmProduct })`, `order.place`; connected by you), with
 * `newOrderRespType` RESULT unless given; its reports are the ORDER_TRADE_UPDATE events of
 * `usdmUserData` (ws-fapi has no user data subscription: the listen-key stream carries them
 * either way), and it is looked up with `GET /fapi/v1/order` / `order.status` while its outcome
 * is unknown (a 5xx, -1006/-1007, no answer) and after every (re)opened user data socket, so
 * fills made while none was open are not missed.
 *
 * A modify order (`modifyOrderHttp` / `modifyOrderFactory`: `PUT /fapi/v1/order`,
 * `order.modify`; LIMIT orders, price and/or quantity changed, the order re-queued) is reported
 * by an ORDER_TRADE_UPDATE with execution type AMENDMENT: the order moves to `amended`, again
 * after each further modify (one whose price `p` or quantity `q` differs from the last
 * amendment's, so a price-only modify counts; the same report twice is one). AMENDMENT with a
 * status the stage table does not list moves nothing (`UnknownOrderStatusError` to `onInvalid`).
 *
 * @example
 * const userData = usdmUserData({ client });
 * const addOrder = usdmOrderFactory(client, userData); // or usdmOrderFactory(session, userData)
 * addOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' })
 *   .subscribe(({ stage }) => console.log(stage)); // submitted, pending, filled
 * // A resting LIMIT order, modified: submitted, pending, open, amended, (amended, …,) canceled.
 */
import type { Observable } from 'rxjs';
import type { OrderStageEvent, OrderStageName } from '../../../generated/order-stages';
import { getOrderOperation } from '../../../generated/usdm/operations/get-order';
import {
  placeOrderOperation,
  type PlaceOrderParams,
  type PlaceOrderResponse,
} from '../../../generated/usdm/operations/place-order';
import { ORDER_STAGES, type AddOrderOptions } from '../../orders/add-order-factory';
import { boundConfig, createOrderFactory, type OrderUpdate } from '../../orders/order-factory';
import { EXECUTION_REPORT, type OrderReportShape } from '../../orders/order-report';
import type { HttpClient } from '../../rest/http-client';
import type { WsApiSession } from '../../ws-api/session';
import type { UsdmUserData } from '../user-data/usdm-user-data';
import { usdmVenue } from './usdm-venue';

const { originalClientOrderId: _spotOnly, ...fields } = EXECUTION_REPORT.fields;

/**
 * USDⓈ-M's order report: ORDER_TRADE_UPDATE, whose order fields under `o` have the letters of
 * Spot's executionReport (`c`, `s`, `i`, `X`, `x`, `z`, `q`, `p`) and no `C`.
 */
export const ORDER_TRADE_UPDATE: OrderReportShape = {
  eventType: 'ORDER_TRADE_UPDATE',
  nested: 'o',
  // The event's transaction time, not `o.T` (the order's last trade time).
  time: 'T',
  fields,
};

/** One stage of a futures order placed with `usdmOrderFactory`. */
export type UsdmOrderStage = OrderUpdate<OrderStageName, PlaceOrderParams, PlaceOrderResponse>;

export function usdmOrderFactory(
  placer: HttpClient | WsApiSession,
  userData: UsdmUserData,
  options: AddOrderOptions = {},
): (order: PlaceOrderParams) => Observable<UsdmOrderStage> {
  return createOrderFactory<OrderStageName, OrderStageEvent, PlaceOrderParams, PlaceOrderResponse>(
    usdmVenue(placer, userData),
    boundConfig(
      {
        ...ORDER_STAGES,
        place: placeOrderOperation,
        query: getOrderOperation,
        report: ORDER_TRADE_UPDATE,
      },
      options,
    ),
  );
}
