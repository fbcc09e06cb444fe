// Generated from spec/operations/get-all-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-all-orders';
import { spotProduct } from '../product';
import type { OrderConditionalFields, ParsedOrderConditionalFields, ParsedPegFields, ParsedPreventedMatchFields, PegFields, PreventedMatchFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAllOrdersResponse: Validator = validate;

/** Parameters of All orders (`GET /api/v3/allOrders`, WebSocket API `allOrders`). */
export interface GetAllOrdersParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
}

/** All orders: the response body with Binance's names. Orders of a symbol, open or not, from an order id or in a time range. */
export type GetAllOrdersResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** Order id. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Client order id. */
  clientOrderId: string;
  /** Limit price (0 when the order has none). Exact decimal. */
  price: string;
  /** Quantity ordered. Exact decimal. */
  origQty: string;
  /** Quantity filled so far. Exact decimal. */
  executedQty: string;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. */
  cummulativeQuoteQty: string;
  /** Order status (NEW, PENDING_NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH, …). */
  status: string;
  /** Time in force (GTC, IOC or FOK). */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** BUY or SELL. */
  side: string;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Last change of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Whether the order is on the book (or its trigger is armed). */
  isWorking: boolean;
  /** quoteOrderQty as sent (0 when not used). Exact decimal. */
  origQuoteOrderQty: string;
  /** When the order started working on the book; -1 while it is pending. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  workingTime: number;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
} & OrderConditionalFields & PegFields & PreventedMatchFields>;

/** All orders, parsed: readable names; decimals are exact strings unless `parseGetAllOrdersResponse` is given a `decimal` converter. */
export type ParsedGetAllOrdersResponse<D = string> = Array<{
  /** Symbol. */
  symbol: string;
  /** Order id. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Client order id. */
  clientOrderId: string;
  /** Limit price (0 when the order has none). Exact decimal. */
  price: D;
  /** Quantity ordered. Exact decimal. */
  origQty: D;
  /** Quantity filled so far. Exact decimal. */
  executedQty: D;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. Wire field `cummulativeQuoteQty`. */
  cumulativeQuoteQty: D;
  /** Order status (NEW, PENDING_NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH, …). */
  status: string;
  /** Time in force (GTC, IOC or FOK). */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** BUY or SELL. */
  side: string;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Last change of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Whether the order is on the book (or its trigger is armed). */
  isWorking: boolean;
  /** quoteOrderQty as sent (0 when not used). Exact decimal. */
  origQuoteOrderQty: D;
  /** When the order started working on the book; -1 while it is pending. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  workingTime: number;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
} & ParsedOrderConditionalFields<D> & ParsedPegFields<D> & ParsedPreventedMatchFields<D>>;

/** Descriptor of All orders: data the runtime interprets. */
export const getAllOrdersOperation: OperationDescriptor<GetAllOrdersParams, GetAllOrdersResponse> = { operation: "getAllOrders", security: "USER_DATA", weight: 20, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"orderId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/api/v3/allOrders"}, wsApi: {"method":"allOrders"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-all-orders.json", validate: validateGetAllOrdersResponse };

/**
 * All orders: `GET /api/v3/allOrders`. Orders of a symbol, open or not, from an order id or in a time range.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAllOrdersResponse` if you want readable names. Weight 20. Security USER_DATA.
 */
export function getAllOrdersHttp(params: GetAllOrdersParams, client?: HttpClient): Observable<GetAllOrdersResponse> {
  return requestHttp(getAllOrdersOperation, params, client);
}

/** All orders over the WebSocket API (`allOrders`): returns a function that sends one request per subscription and emits its `result`. Orders of a symbol, open or not, from an order id or in a time range. Weight 20. Security USER_DATA. */
export function getAllOrdersFactory(session: WsApiSession): (params: GetAllOrdersParams) => Observable<GetAllOrdersResponse> {
  return (params) => session.request(getAllOrdersOperation, params);
}

/** Maps a raw `GetAllOrdersResponse` to the readable `ParsedGetAllOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAllOrdersResponse<D = string>(raw: GetAllOrdersResponse, options?: ParseOptions<D>): ParsedGetAllOrdersResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ symbol: item0.symbol, orderId: item0.orderId, orderListId: item0.orderListId, clientOrderId: item0.clientOrderId, price: decimal(item0.price), origQty: decimal(item0.origQty), executedQty: decimal(item0.executedQty), cumulativeQuoteQty: decimal(item0.cummulativeQuoteQty), status: item0.status, timeInForce: item0.timeInForce, type: item0.type, side: item0.side, time: item0.time, updateTime: item0.updateTime, isWorking: item0.isWorking, origQuoteOrderQty: decimal(item0.origQuoteOrderQty), workingTime: item0.workingTime, selfTradePreventionMode: item0.selfTradePreventionMode, icebergQty: optionalDecimal(item0.icebergQty), stopPrice: optionalDecimal(item0.stopPrice), strategyId: item0.strategyId, strategyType: item0.strategyType, trailingDelta: item0.trailingDelta, trailingTime: item0.trailingTime, usedSor: item0.usedSor, workingFloor: item0.workingFloor, expiryReason: item0.expiryReason, pegPriceType: item0.pegPriceType, pegOffsetType: item0.pegOffsetType, pegOffsetValue: item0.pegOffsetValue, peggedPrice: optionalDecimal(item0.peggedPrice), preventedMatchId: item0.preventedMatchId, preventedQuantity: optionalDecimal(item0.preventedQuantity) }));
}
