// Generated from spec/usdm/operations/get-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-order';
import { usdmProduct } from '../product';
import type { OrderFields, ParsedOrderFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOrderResponse: Validator = validate;

/** Parameters of Query Order (`GET /fapi/v1/order`, WebSocket API `order.status`). */
export interface GetOrderParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Client order id given when the order was placed. */
  origClientOrderId?: string;
}

/** Query Order: the response body with Binance's names. One order of the account, found by orderId or client order id: -2013 when there is none (canceled or expired orders without fills are kept for 3 days only). */
export interface GetOrderResponse extends OrderFields {
  /** Average fill price. Exact decimal. */
  avgPrice: string;
  /** Quote amount filled so far. Exact decimal. */
  cumQuote: string;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}

/** Query Order, parsed: readable names; decimals are exact strings unless `parseGetOrderResponse` is given a `decimal` converter. */
export interface ParsedGetOrderResponse<D = string> extends ParsedOrderFields<D> {
  /** Average fill price. Exact decimal. */
  avgPrice: D;
  /** Quote amount filled so far. Exact decimal. */
  cumQuote: D;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}

/** Descriptor of Query Order: data the runtime interprets. */
export const getOrderOperation: OperationDescriptor<GetOrderParams, GetOrderResponse> = { operation: "getOrder", security: "USER_DATA", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"orderId":{"type":"integer","minimum":0},"origClientOrderId":{"type":"string"}}, anyOf: [["orderId","origClientOrderId"]], rest: {"method":"GET","path":"/fapi/v1/order"}, wsApi: {"method":"order.status"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-order.json", validate: validateGetOrderResponse };

/**
 * Query Order: `GET /fapi/v1/order`. One order of the account, found by orderId or client order id: -2013 when there is none (canceled or expired orders without fills are kept for 3 days only).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOrderResponse` if you want readable names. Weight 1. Security USER_DATA.
 */
export function getOrderHttp(params: GetOrderParams, client?: HttpClient): Observable<GetOrderResponse> {
  return requestHttp(getOrderOperation, params, client);
}

/** Query Order over the WebSocket API (`order.status`): returns a function that sends one request per subscription and emits its `result`. One order of the account, found by orderId or client order id: -2013 when there is none (canceled or expired orders without fills are kept for 3 days only). Weight 1. Security USER_DATA. */
export function getOrderFactory(session: WsApiSession): (params: GetOrderParams) => Observable<GetOrderResponse> {
  return (params) => session.request(getOrderOperation, params);
}

/** Maps a raw `GetOrderResponse` to the readable `ParsedGetOrderResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOrderResponse<D = string>(raw: GetOrderResponse, options?: ParseOptions<D>): ParsedGetOrderResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { avgPrice: decimal(raw.avgPrice), cumQuote: decimal(raw.cumQuote), time: raw.time, clientOrderId: raw.clientOrderId, executedQty: decimal(raw.executedQty), orderId: raw.orderId, origQty: decimal(raw.origQty), origType: raw.origType, price: decimal(raw.price), reduceOnly: raw.reduceOnly, side: raw.side, positionSide: raw.positionSide, status: raw.status, stopPrice: decimal(raw.stopPrice), closePosition: raw.closePosition, symbol: raw.symbol, timeInForce: raw.timeInForce, type: raw.type, updateTime: raw.updateTime, workingType: raw.workingType, priceProtect: raw.priceProtect, priceMatch: raw.priceMatch, selfTradePreventionMode: raw.selfTradePreventionMode, goodTillDate: raw.goodTillDate, activatePrice: optionalDecimal(raw.activatePrice), priceRate: optionalDecimal(raw.priceRate) };
}
