// Generated from spec/usdm/operations/cancel-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/cancel-order';
import { usdmProduct } from '../product';
import type { OrderFields, ParsedOrderFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCancelOrderResponse: Validator = validate;

/** Parameters of Cancel Order (`DELETE /fapi/v1/order`, WebSocket API `order.cancel`). */
export interface CancelOrderParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Client order id given when the order was placed. */
  origClientOrderId?: string;
}

/** Cancel Order: the response body with Binance's names. Cancels a working order, found by orderId or by its client order id; -2011 when there is none. */
export interface CancelOrderResponse extends OrderFields {
  /** Quantity filled before the cancel. Exact decimal. */
  cumQty: string;
  /** Quote amount filled. Sent only when: In the docs' example; the OpenAPI example of binance-connector-js (2026) lacks it. Exact decimal. */
  cumQuote?: string;
  /** Average fill price. Sent only when: In the docs' example; the OpenAPI example of binance-connector-js (2026) lacks it. Exact decimal. */
  avgPrice?: string;
}

/** Cancel Order, parsed: readable names; decimals are exact strings unless `parseCancelOrderResponse` is given a `decimal` converter. */
export interface ParsedCancelOrderResponse<D = string> extends ParsedOrderFields<D> {
  /** Quantity filled before the cancel. Exact decimal. */
  cumQty: D;
  /** Quote amount filled. Sent only when: In the docs' example; the OpenAPI example of binance-connector-js (2026) lacks it. Exact decimal. */
  cumQuote?: D | undefined;
  /** Average fill price. Sent only when: In the docs' example; the OpenAPI example of binance-connector-js (2026) lacks it. Exact decimal. */
  avgPrice?: D | undefined;
}

/** Descriptor of Cancel Order: data the runtime interprets. */
export const cancelOrderOperation: OperationDescriptor<CancelOrderParams, CancelOrderResponse> = { operation: "cancelOrder", security: "TRADE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"orderId":{"type":"integer","minimum":0},"origClientOrderId":{"type":"string"}}, anyOf: [["orderId","origClientOrderId"]], rest: {"method":"DELETE","path":"/fapi/v1/order"}, wsApi: {"method":"order.cancel"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/cancel-order.json", validate: validateCancelOrderResponse };

/**
 * Cancel Order: `DELETE /fapi/v1/order`. Cancels a working order, found by orderId or by its client order id; -2011 when there is none.
 *
 * Emits the full JSON body once, then completes; parse it with `parseCancelOrderResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function cancelOrderHttp(params: CancelOrderParams, client?: HttpClient): Observable<CancelOrderResponse> {
  return requestHttp(cancelOrderOperation, params, client);
}

/** Cancel Order over the WebSocket API (`order.cancel`): returns a function that sends one request per subscription and emits its `result`. Cancels a working order, found by orderId or by its client order id; -2011 when there is none. Weight 1. Security TRADE. */
export function cancelOrderFactory(session: WsApiSession): (params: CancelOrderParams) => Observable<CancelOrderResponse> {
  return (params) => session.request(cancelOrderOperation, params);
}

/** Maps a raw `CancelOrderResponse` to the readable `ParsedCancelOrderResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseCancelOrderResponse<D = string>(raw: CancelOrderResponse, options?: ParseOptions<D>): ParsedCancelOrderResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { cumQty: decimal(raw.cumQty), cumQuote: optionalDecimal(raw.cumQuote), avgPrice: optionalDecimal(raw.avgPrice), clientOrderId: raw.clientOrderId, executedQty: decimal(raw.executedQty), orderId: raw.orderId, origQty: decimal(raw.origQty), origType: raw.origType, price: decimal(raw.price), reduceOnly: raw.reduceOnly, side: raw.side, positionSide: raw.positionSide, status: raw.status, stopPrice: decimal(raw.stopPrice), closePosition: raw.closePosition, symbol: raw.symbol, timeInForce: raw.timeInForce, type: raw.type, updateTime: raw.updateTime, workingType: raw.workingType, priceProtect: raw.priceProtect, priceMatch: raw.priceMatch, selfTradePreventionMode: raw.selfTradePreventionMode, goodTillDate: raw.goodTillDate, activatePrice: optionalDecimal(raw.activatePrice), priceRate: optionalDecimal(raw.priceRate) };
}
