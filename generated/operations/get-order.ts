// Generated from spec/operations/get-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-order';

/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validateGetOrderResponse: Validator = validate;

/** Parameters of Query order (`GET /api/v3/order`, WebSocket API `order.status`). */
export interface GetOrderParams {
  /** Trading pair such as BTCUSDT. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Client order id given when the order was placed. */
  origClientOrderId?: string;
}

/** Query order: the response body with Binance's names. Where an order stands: its status, how much of it has filled, its prices. Find it by orderId or by the client order id it was placed with. */
export interface GetOrderResponse {
  /** Symbol. */
  symbol: string;
  /** Order id. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Client order id. */
  clientOrderId: string;
  /** Limit price. Exact decimal, as Binance sends it. */
  price: string;
  /** Quantity ordered. Exact decimal, as Binance sends it. */
  origQty: string;
  /** Quantity filled so far. Exact decimal, as Binance sends it. */
  executedQty: string;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal, as Binance sends it. */
  cummulativeQuoteQty: string;
  /** Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH). */
  status: string;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Order side. */
  side: string;
  /** Trigger price, when the order has one. Exact decimal, as Binance sends it. */
  stopPrice?: string;
  /** Iceberg quantity, when the order has one. Exact decimal, as Binance sends it. */
  icebergQty?: string;
  /** When the order was placed. Milliseconds since the Unix epoch. */
  time: number;
  /** Last change of the order. Milliseconds since the Unix epoch. */
  updateTime: number;
  /** Whether the order is on the book (or its stop is armed). */
  isWorking: boolean;
  /** When the order started working; -1 while it has not. Milliseconds since the Unix epoch. */
  workingTime: number;
  /** quoteOrderQty as sent. Exact decimal, as Binance sends it. */
  origQuoteOrderQty: string;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
}

/** Query order, parsed: readable names; decimals are exact strings unless `parseGetOrderResponse` is given a `decimal` converter. */
export interface ParsedGetOrderResponse<D = string> {
  /** Symbol. Wire field `symbol`. */
  symbol: string;
  /** Order id. Wire field `orderId`. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. Wire field `orderListId`. */
  orderListId: number;
  /** Client order id. Wire field `clientOrderId`. */
  clientOrderId: string;
  /** Limit price. Exact decimal, as Binance sends it. Wire field `price`. */
  price: D;
  /** Quantity ordered. Exact decimal, as Binance sends it. Wire field `origQty`. */
  origQty: D;
  /** Quantity filled so far. Exact decimal, as Binance sends it. Wire field `executedQty`. */
  executedQty: D;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal, as Binance sends it. Wire field `cummulativeQuoteQty`. */
  cumulativeQuoteQty: D;
  /** Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH). Wire field `status`. */
  status: string;
  /** Time in force. Wire field `timeInForce`. */
  timeInForce: string;
  /** Order type. Wire field `type`. */
  type: string;
  /** Order side. Wire field `side`. */
  side: string;
  /** Trigger price, when the order has one. Exact decimal, as Binance sends it. Wire field `stopPrice`. */
  stopPrice?: D;
  /** Iceberg quantity, when the order has one. Exact decimal, as Binance sends it. Wire field `icebergQty`. */
  icebergQty?: D;
  /** When the order was placed. Milliseconds since the Unix epoch. Wire field `time`. */
  time: number;
  /** Last change of the order. Milliseconds since the Unix epoch. Wire field `updateTime`. */
  updateTime: number;
  /** Whether the order is on the book (or its stop is armed). Wire field `isWorking`. */
  isWorking: boolean;
  /** When the order started working; -1 while it has not. Milliseconds since the Unix epoch. Wire field `workingTime`. */
  workingTime: number;
  /** quoteOrderQty as sent. Exact decimal, as Binance sends it. Wire field `origQuoteOrderQty`. */
  origQuoteOrderQty: D;
  /** Self-trade prevention mode. Wire field `selfTradePreventionMode`. */
  selfTradePreventionMode: string;
}

/** Descriptor of Query order: data the runtime interprets. */
export const getOrderOperation: OperationDescriptor<GetOrderParams, GetOrderResponse> = { operation: "getOrder", security: "USER_DATA", weight: 4, params: {"symbol":{"type":"string","pattern":"^[A-Z0-9_.-]{1,20}$","required":true},"orderId":{"type":"integer","minimum":0},"origClientOrderId":{"type":"string"}}, anyOf: [["orderId","origClientOrderId"]], rest: {"method":"GET","path":"/api/v3/order"}, wsApi: {"method":"order.status"}, schemaId: "https://binance-rx.dev/schemas/operations/get-order.json", validate: validateGetOrderResponse };

/**
 * Query order: `GET /api/v3/order`. Where an order stands: its status, how much of it has filled, its prices. Find it by orderId or by the client order id it was placed with.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOrderResponse` if you want readable names. Weight 4. Security USER_DATA.
 */
export function getOrderHttp(params: GetOrderParams, client?: HttpClient): Observable<GetOrderResponse> {
  return requestHttp(getOrderOperation, params, client);
}

/** Query order over the WebSocket API (`order.status`): returns a function that sends one request per subscription and emits its `result`. Where an order stands: its status, how much of it has filled, its prices. Find it by orderId or by the client order id it was placed with. Weight 4. Security USER_DATA. */
export function getOrderFactory(session: WsApiSession): (params: GetOrderParams) => Observable<GetOrderResponse> {
  return (params) => session.request(getOrderOperation, params);
}

/** Maps a raw `GetOrderResponse` to the readable `ParsedGetOrderResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOrderResponse<D = string>(raw: GetOrderResponse, options?: ParseOptions<D>): ParsedGetOrderResponse<D> {
  const decimal = decimalOf(options);
  return { symbol: raw.symbol, orderId: raw.orderId, orderListId: raw.orderListId, clientOrderId: raw.clientOrderId, price: decimal(raw.price), origQty: decimal(raw.origQty), executedQty: decimal(raw.executedQty), cumulativeQuoteQty: decimal(raw.cummulativeQuoteQty), status: raw.status, timeInForce: raw.timeInForce, type: raw.type, side: raw.side, stopPrice: raw.stopPrice === undefined ? undefined : decimal(raw.stopPrice), icebergQty: raw.icebergQty === undefined ? undefined : decimal(raw.icebergQty), time: raw.time, updateTime: raw.updateTime, isWorking: raw.isWorking, workingTime: raw.workingTime, origQuoteOrderQty: decimal(raw.origQuoteOrderQty), selfTradePreventionMode: raw.selfTradePreventionMode };
}
