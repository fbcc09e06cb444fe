// Generated from spec/operations/get-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-order';
import { spotProduct } from '../product';
import type { OrderConditionalFields, ParsedOrderConditionalFields, ParsedPegFields, ParsedPreventedMatchFields, PegFields, PreventedMatchFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOrderResponse: Validator = validate;

/** Parameters of Query order (`GET /api/v3/order`, WebSocket API `order.status`). */
export interface GetOrderParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Client order id given when the order was placed. */
  origClientOrderId?: string;
}

/** Query order: the response body with Binance's names. Where an order stands: its status, how much of it has filled, its prices. Find it by orderId or by the client order id it was placed with. */
export interface GetOrderResponse extends OrderConditionalFields, PegFields, PreventedMatchFields {
  /** Symbol. */
  symbol: string;
  /** Order id. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Client order id. */
  clientOrderId: string;
  /** Limit price. Exact decimal. */
  price: string;
  /** Quantity ordered. Exact decimal. */
  origQty: string;
  /** Quantity filled so far. Exact decimal. */
  executedQty: string;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. */
  cummulativeQuoteQty: string;
  /** Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH). */
  status: string;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Order side. */
  side: string;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Last change of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Whether the order is on the book (or its stop is armed). */
  isWorking: boolean;
  /** When the order started working; -1 while it has not. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  workingTime: number;
  /** quoteOrderQty as sent. Exact decimal. */
  origQuoteOrderQty: string;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
}

/** Query order, parsed: readable names; decimals are exact strings unless `parseGetOrderResponse` is given a `decimal` converter. */
export interface ParsedGetOrderResponse<D = string> extends ParsedOrderConditionalFields<D>, ParsedPegFields<D>, ParsedPreventedMatchFields<D> {
  /** Symbol. */
  symbol: string;
  /** Order id. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Client order id. */
  clientOrderId: string;
  /** Limit price. Exact decimal. */
  price: D;
  /** Quantity ordered. Exact decimal. */
  origQty: D;
  /** Quantity filled so far. Exact decimal. */
  executedQty: D;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. Wire field `cummulativeQuoteQty`. */
  cumulativeQuoteQty: D;
  /** Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH). */
  status: string;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Order side. */
  side: string;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Last change of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Whether the order is on the book (or its stop is armed). */
  isWorking: boolean;
  /** When the order started working; -1 while it has not. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  workingTime: number;
  /** quoteOrderQty as sent. Exact decimal. */
  origQuoteOrderQty: D;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
}

/** Descriptor of Query order: data the runtime interprets. */
export const getOrderOperation: OperationDescriptor<GetOrderParams, GetOrderResponse> = { operation: "getOrder", security: "USER_DATA", weight: 4, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"orderId":{"type":"integer","minimum":0},"origClientOrderId":{"type":"string"}}, anyOf: [["orderId","origClientOrderId"]], rest: {"method":"GET","path":"/api/v3/order"}, wsApi: {"method":"order.status"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-order.json", validate: validateGetOrderResponse };

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
  const optionalDecimal = optionalOf(decimal);
  return { symbol: raw.symbol, orderId: raw.orderId, orderListId: raw.orderListId, clientOrderId: raw.clientOrderId, price: decimal(raw.price), origQty: decimal(raw.origQty), executedQty: decimal(raw.executedQty), cumulativeQuoteQty: decimal(raw.cummulativeQuoteQty), status: raw.status, timeInForce: raw.timeInForce, type: raw.type, side: raw.side, time: raw.time, updateTime: raw.updateTime, isWorking: raw.isWorking, workingTime: raw.workingTime, origQuoteOrderQty: decimal(raw.origQuoteOrderQty), selfTradePreventionMode: raw.selfTradePreventionMode, icebergQty: optionalDecimal(raw.icebergQty), stopPrice: optionalDecimal(raw.stopPrice), strategyId: raw.strategyId, strategyType: raw.strategyType, trailingDelta: raw.trailingDelta, trailingTime: raw.trailingTime, usedSor: raw.usedSor, workingFloor: raw.workingFloor, expiryReason: raw.expiryReason, pegPriceType: raw.pegPriceType, pegOffsetType: raw.pegOffsetType, pegOffsetValue: raw.pegOffsetValue, peggedPrice: optionalDecimal(raw.peggedPrice), preventedMatchId: raw.preventedMatchId, preventedQuantity: optionalDecimal(raw.preventedQuantity) };
}
