// Generated from spec/operations/get-open-orders.yaml by codegen/. DO NOT EDIT.
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
import { validate } from '../validators/operations/get-open-orders';
/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validateGetOpenOrdersResponse: Validator = validate;

/** Parameters of Current open orders (`GET /api/v3/openOrders`, WebSocket API `openOrders.status`). */
export interface GetOpenOrdersParams {
  /** Trading pair such as BTCUSDT. */
  symbol?: string;
}

/** Current open orders: the response body with Binance's names. The open orders of a symbol, or of every symbol. */
export type GetOpenOrdersResponse = Array<{
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
/** Current open orders, parsed: readable names; decimals are exact strings unless `parseGetOpenOrdersResponse` is given a `decimal` converter. */
export type ParsedGetOpenOrdersResponse<D = string> = Array<{
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
/** Descriptor of Current open orders: data the runtime interprets. */
export const getOpenOrdersOperation: OperationDescriptor<
  GetOpenOrdersParams,
  GetOpenOrdersResponse
> = {
  operation: 'getOpenOrders',
  security: 'USER_DATA',
  weight: 6,
  params: { symbol: { type: 'string', pattern: '^[A-Z0-9_.-]{1,20}$' } },
  rest: { method: 'GET', path: '/api/v3/openOrders' },
  wsApi: { method: 'openOrders.status' },
  schemaId: 'https://binance-rx.dev/schemas/operations/get-open-orders.json',
  validate: validateGetOpenOrdersResponse,
};

/**
 * Current open orders: `GET /api/v3/openOrders`. The open orders of a symbol, or of every symbol.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOpenOrdersResponse` if you want readable names. Weight 6 (With symbol: 6; without: 80.). Security USER_DATA.
 */
export function getOpenOrdersHttp(
  params?: GetOpenOrdersParams,
  client?: HttpClient,
): Observable<GetOpenOrdersResponse> {
  return requestHttp(getOpenOrdersOperation, params ?? {}, client);
}

/** Current open orders over the WebSocket API (`openOrders.status`): returns a function that sends one request per subscription and emits its `result`. The open orders of a symbol, or of every symbol. Weight 6 (With symbol: 6; without: 80.). Security USER_DATA. */
export function getOpenOrdersFactory(
  session: WsApiSession,
): (params?: GetOpenOrdersParams) => Observable<GetOpenOrdersResponse> {
  return (params) => session.request(getOpenOrdersOperation, params ?? {});
}

/** Maps a raw `GetOpenOrdersResponse` to the readable `ParsedGetOpenOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOpenOrdersResponse<D = string>(
  raw: GetOpenOrdersResponse,
  options?: ParseOptions<D>,
): ParsedGetOpenOrdersResponse<D> {
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
