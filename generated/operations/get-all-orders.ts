// Generated from spec/operations/get-all-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import {
  requestHttp,
  decimalOf,
  type HttpClient,
  type OperationDescriptor,
  type ParseOptions,
  type Validator,
  type WsApiSession,
} from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-all-orders';
/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validateGetAllOrdersResponse: Validator = validate;

/** Parameters of All orders (`GET /api/v3/allOrders`, WebSocket API `allOrders`). */
export interface GetAllOrdersParams {
  /** Trading pair such as BTCUSDT. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; at most 1000. */
  limit?: number;
}

/** All orders: the response body with Binance's names. Orders of a symbol, open or not, from an order id or in a time range. */
export type GetAllOrdersResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** Order id. */
  orderId: number;
  /** Order list id. */
  orderListId: number;
  /** Client order id. */
  clientOrderId: string;
  /** Price. Exact decimal, as Binance sends it. */
  price: string;
  /** Orig qty. Exact decimal, as Binance sends it. */
  origQty: string;
  /** Executed qty. Exact decimal, as Binance sends it. */
  executedQty: string;
  /** Cumulative quote qty. Exact decimal, as Binance sends it. */
  cummulativeQuoteQty: string;
  /** Status. */
  status: string;
  /** Time in force. */
  timeInForce: string;
  /** Type. */
  type: string;
  /** Side. */
  side: string;
  /** Stop price. Exact decimal, as Binance sends it. */
  stopPrice?: string;
  /** Iceberg qty. Exact decimal, as Binance sends it. */
  icebergQty: string;
  /** Time. Milliseconds since the Unix epoch. */
  time: number;
  /** Update time. Milliseconds since the Unix epoch. */
  updateTime: number;
  /** Is working. */
  isWorking: boolean;
  /** Orig quote order qty. Exact decimal, as Binance sends it. */
  origQuoteOrderQty: string;
  /** Working time. Milliseconds since the Unix epoch. */
  workingTime: number;
  /** Self trade prevention mode. */
  selfTradePreventionMode: string;
}>;
/** All orders, parsed: readable names; decimals are exact strings unless `parseGetAllOrdersResponse` is given a `decimal` converter. */
export type ParsedGetAllOrdersResponse<D = string> = Array<{
  /** Symbol. Wire field `symbol`. */
  symbol: string;
  /** Order id. Wire field `orderId`. */
  orderId: number;
  /** Order list id. Wire field `orderListId`. */
  orderListId: number;
  /** Client order id. Wire field `clientOrderId`. */
  clientOrderId: string;
  /** Price. Exact decimal, as Binance sends it. Wire field `price`. */
  price: D;
  /** Orig qty. Exact decimal, as Binance sends it. Wire field `origQty`. */
  origQty: D;
  /** Executed qty. Exact decimal, as Binance sends it. Wire field `executedQty`. */
  executedQty: D;
  /** Cumulative quote qty. Exact decimal, as Binance sends it. Wire field `cummulativeQuoteQty`. */
  cumulativeQuoteQty: D;
  /** Status. Wire field `status`. */
  status: string;
  /** Time in force. Wire field `timeInForce`. */
  timeInForce: string;
  /** Type. Wire field `type`. */
  type: string;
  /** Side. Wire field `side`. */
  side: string;
  /** Stop price. Exact decimal, as Binance sends it. Wire field `stopPrice`. */
  stopPrice?: D;
  /** Iceberg qty. Exact decimal, as Binance sends it. Wire field `icebergQty`. */
  icebergQty: D;
  /** Time. Milliseconds since the Unix epoch. Wire field `time`. */
  time: number;
  /** Update time. Milliseconds since the Unix epoch. Wire field `updateTime`. */
  updateTime: number;
  /** Is working. Wire field `isWorking`. */
  isWorking: boolean;
  /** Orig quote order qty. Exact decimal, as Binance sends it. Wire field `origQuoteOrderQty`. */
  origQuoteOrderQty: D;
  /** Working time. Milliseconds since the Unix epoch. Wire field `workingTime`. */
  workingTime: number;
  /** Self trade prevention mode. Wire field `selfTradePreventionMode`. */
  selfTradePreventionMode: string;
}>;
/** Descriptor of All orders: data the runtime interprets. */
export const getAllOrdersOperation: OperationDescriptor<GetAllOrdersParams, GetAllOrdersResponse> =
  {
    operation: 'getAllOrders',
    security: 'USER_DATA',
    weight: 20,
    params: {
      symbol: { type: 'string', pattern: '^[A-Z0-9_.-]{1,20}$', required: true },
      orderId: { type: 'integer', minimum: 0 },
      startTime: { type: 'integer', minimum: 0 },
      endTime: { type: 'integer', minimum: 0 },
      limit: { type: 'integer', minimum: 1, maximum: 1000 },
    },
    rest: { method: 'GET', path: '/api/v3/allOrders' },
    wsApi: { method: 'allOrders' },
    schemaId: 'https://binance-rx.dev/schemas/operations/get-all-orders.json',
    validate: validateGetAllOrdersResponse,
  };

/**
 * All orders: `GET /api/v3/allOrders`. Orders of a symbol, open or not, from an order id or in a time range.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAllOrdersResponse` if you want readable names. Weight 20. Security USER_DATA.
 */
export function getAllOrdersHttp(
  params: GetAllOrdersParams,
  client?: HttpClient,
): Observable<GetAllOrdersResponse> {
  return requestHttp(getAllOrdersOperation, params, client);
}

/** All orders over the WebSocket API (`allOrders`): returns a function that sends one request per subscription and emits its `result`. Orders of a symbol, open or not, from an order id or in a time range. Weight 20. Security USER_DATA. */
export function getAllOrdersFactory(
  session: WsApiSession,
): (params: GetAllOrdersParams) => Observable<GetAllOrdersResponse> {
  return (params) => session.request(getAllOrdersOperation, params);
}

/** Maps a raw `GetAllOrdersResponse` to the readable `ParsedGetAllOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAllOrdersResponse<D = string>(
  raw: GetAllOrdersResponse,
  options?: ParseOptions<D>,
): ParsedGetAllOrdersResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({
    symbol: item0.symbol,
    orderId: item0.orderId,
    orderListId: item0.orderListId,
    clientOrderId: item0.clientOrderId,
    price: decimal(item0.price),
    origQty: decimal(item0.origQty),
    executedQty: decimal(item0.executedQty),
    cumulativeQuoteQty: decimal(item0.cummulativeQuoteQty),
    status: item0.status,
    timeInForce: item0.timeInForce,
    type: item0.type,
    side: item0.side,
    stopPrice: item0.stopPrice === undefined ? undefined : decimal(item0.stopPrice),
    icebergQty: decimal(item0.icebergQty),
    time: item0.time,
    updateTime: item0.updateTime,
    isWorking: item0.isWorking,
    origQuoteOrderQty: decimal(item0.origQuoteOrderQty),
    workingTime: item0.workingTime,
    selfTradePreventionMode: item0.selfTradePreventionMode,
  }));
}
