// Generated from spec/operations/get-open-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-open-orders';
import { spotProduct } from '../product';
import type { OrderConditionalFields, ParsedOrderConditionalFields, ParsedPegFields, ParsedPreventedMatchFields, PegFields, PreventedMatchFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOpenOrdersResponse: Validator = validate;

/** Parameters of Current open orders (`GET /api/v3/openOrders`, WebSocket API `openOrders.status`). */
export interface GetOpenOrdersParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol?: string;
}

/** Current open orders: the response body with Binance's names. The open orders of a symbol, or of every symbol. */
export type GetOpenOrdersResponse = Array<{
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

/** Current open orders, parsed: readable names; decimals are exact strings unless `parseGetOpenOrdersResponse` is given a `decimal` converter. */
export type ParsedGetOpenOrdersResponse<D = string> = Array<{
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

/** Descriptor of Current open orders: data the runtime interprets. */
export const getOpenOrdersOperation: OperationDescriptor<GetOpenOrdersParams, GetOpenOrdersResponse> = { operation: "getOpenOrders", security: "USER_DATA", weight: 80, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"}}, rest: {"method":"GET","path":"/api/v3/openOrders"}, wsApi: {"method":"openOrders.status"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-open-orders.json", validate: validateGetOpenOrdersResponse };

/**
 * Current open orders: `GET /api/v3/openOrders`. The open orders of a symbol, or of every symbol.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOpenOrdersResponse` if you want readable names. Weight 80 (With symbol: 6; without: 80.). Security USER_DATA.
 */
export function getOpenOrdersHttp(params?: GetOpenOrdersParams, client?: HttpClient): Observable<GetOpenOrdersResponse> {
  return requestHttp(getOpenOrdersOperation, params ?? {}, client);
}

/** Current open orders over the WebSocket API (`openOrders.status`): returns a function that sends one request per subscription and emits its `result`. The open orders of a symbol, or of every symbol. Weight 80 (With symbol: 6; without: 80.). Security USER_DATA. */
export function getOpenOrdersFactory(session: WsApiSession): (params?: GetOpenOrdersParams) => Observable<GetOpenOrdersResponse> {
  return (params) => session.request(getOpenOrdersOperation, params ?? {});
}

/** Maps a raw `GetOpenOrdersResponse` to the readable `ParsedGetOpenOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOpenOrdersResponse<D = string>(raw: GetOpenOrdersResponse, options?: ParseOptions<D>): ParsedGetOpenOrdersResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ symbol: item0.symbol, orderId: item0.orderId, orderListId: item0.orderListId, clientOrderId: item0.clientOrderId, price: decimal(item0.price), origQty: decimal(item0.origQty), executedQty: decimal(item0.executedQty), cumulativeQuoteQty: decimal(item0.cummulativeQuoteQty), status: item0.status, timeInForce: item0.timeInForce, type: item0.type, side: item0.side, time: item0.time, updateTime: item0.updateTime, isWorking: item0.isWorking, origQuoteOrderQty: decimal(item0.origQuoteOrderQty), workingTime: item0.workingTime, selfTradePreventionMode: item0.selfTradePreventionMode, icebergQty: optionalDecimal(item0.icebergQty), stopPrice: optionalDecimal(item0.stopPrice), strategyId: item0.strategyId, strategyType: item0.strategyType, trailingDelta: item0.trailingDelta, trailingTime: item0.trailingTime, usedSor: item0.usedSor, workingFloor: item0.workingFloor, expiryReason: item0.expiryReason, pegPriceType: item0.pegPriceType, pegOffsetType: item0.pegOffsetType, pegOffsetValue: item0.pegOffsetValue, peggedPrice: optionalDecimal(item0.peggedPrice), preventedMatchId: item0.preventedMatchId, preventedQuantity: optionalDecimal(item0.preventedQuantity) }));
}
