/**
 * `usdmAlgoOrderFactory(client, userData)`: USDⓈ-M algo (conditional) orders you can watch,
 * through the stage table of spec/usdm/algo-order-stages.yaml and the order code Spot's and
 * futures' ordinary orders use (src/orders/). The algo order is placed with REST
 * `POST /fapi/v1/algoOrder` (`clientAlgoId` generated when absent), its reports are the
 * ALGO_UPDATE events of `usdmUserData` (algo status `X`), and it is looked up with
 * `GET /fapi/v1/algoOrder` while its outcome is unknown and after every (re)opened user data
 * socket. Stages: submitted, pending, open (NEW), triggering, triggered (its order in the matching
 * engine: ALGO_UPDATE `ai`), then finished, canceled, rejected or expired. An algo status the
 * table does not know moves nothing (`UnknownOrderStatusError` to `onInvalid`): it is never
 * guessed. The order placed when it triggers is an ordinary order, reported by
 * ORDER_TRADE_UPDATE.
 *
 * @example
 * const addAlgoOrder = usdmAlgoOrderFactory(client, userData);
 * addAlgoOrder({ algoType: 'CONDITIONAL', symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_MARKET',
 *   triggerPrice: '60000', workingType: 'MARK_PRICE', closePosition: 'true' })
 *   .subscribe(({ stage }) => console.log(stage)); // submitted, pending, open, …, finished
 */
import type { Observable } from 'rxjs';
import {
  algoOrderStageTable,
  type AlgoOrderStageEvent,
  type AlgoOrderStageName,
} from '../../../generated/usdm/algo-order-stages';
import { getAlgoOrderOperation } from '../../../generated/usdm/operations/get-algo-order';
import {
  placeAlgoOrderOperation,
  type PlaceAlgoOrderParams,
  type PlaceAlgoOrderResponse,
} from '../../../generated/usdm/operations/place-algo-order';
import {
  boundConfig,
  createOrderFactory,
  type BoundOrderFactoryOptions,
  type OrderUpdate,
} from '../../orders/order-factory';
import type { OrderReportShape } from '../../orders/order-report';
import type { OrderWireNames } from '../../orders/order-wire-names';
import type { HttpClient } from '../../rest/http-client';
import type { UsdmUserData } from '../user-data/usdm-user-data';
import { usdmVenue } from './usdm-venue';

/** ALGO_UPDATE: the algo order's fields under `o` (`caid`, `aid`, `X`; no execution type). */
export const ALGO_UPDATE: OrderReportShape = {
  eventType: 'ALGO_UPDATE',
  nested: 'o',
  fields: {
    clientOrderId: 'caid',
    symbol: 's',
    orderId: 'aid',
    status: 'X',
    filled: 'aq',
    quantity: 'q',
  },
};

/** New / Query Algo Order: `clientAlgoId`, `algoId`, `algoStatus` (no symbol in the lookup). */
export const ALGO_ORDER_WIRE_NAMES: OrderWireNames = {
  newClientId: 'clientAlgoId',
  byClientId: (_symbol, clientAlgoId) => ({ clientAlgoId }),
  byId: (_symbol, algoId) => ({ algoId }),
  answer: { status: 'algoStatus', orderId: 'algoId', origQty: 'quantity' },
};

/** The stage table of spec/usdm/algo-order-stages.yaml and the events the factory raises itself. */
export const ALGO_ORDER_STAGES = {
  table: algoOrderStageTable,
  accepted: 'accepted',
  requestFailed: 'requestFailed',
  outcomeUnknown: 'outcomeUnknown',
} as const satisfies {
  table: typeof algoOrderStageTable;
  accepted: AlgoOrderStageEvent;
  requestFailed: AlgoOrderStageEvent;
  outcomeUnknown: AlgoOrderStageEvent;
};

/** One stage of an algo order placed with `usdmAlgoOrderFactory`. */
export type UsdmAlgoOrderStage = OrderUpdate<
  AlgoOrderStageName,
  PlaceAlgoOrderParams,
  PlaceAlgoOrderResponse
>;

/** The options of `usdmAlgoOrderFactory`, `stages` being your generated `algoOrderStageTable`. */
export type UsdmAlgoOrderOptions = BoundOrderFactoryOptions<
  AlgoOrderStageName,
  AlgoOrderStageEvent
>;

export function usdmAlgoOrderFactory(
  client: HttpClient,
  userData: UsdmUserData,
  options: UsdmAlgoOrderOptions = {},
): (order: PlaceAlgoOrderParams) => Observable<UsdmAlgoOrderStage> {
  return createOrderFactory<
    AlgoOrderStageName,
    AlgoOrderStageEvent,
    PlaceAlgoOrderParams,
    PlaceAlgoOrderResponse
  >(
    usdmVenue(client, userData),
    boundConfig(
      {
        ...ALGO_ORDER_STAGES,
        place: placeAlgoOrderOperation,
        query: getAlgoOrderOperation,
        report: ALGO_UPDATE,
        wire: ALGO_ORDER_WIRE_NAMES,
      },
      options,
    ),
  );
}
