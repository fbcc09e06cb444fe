// Generated from spec/usdm/operations/modify-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/modify-order';
import { usdmProduct } from '../product';
import type { OrderFields, ParsedOrderFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateModifyOrderResponse: Validator = validate;

/** Parameters of Modify Order (`PUT /fapi/v1/order`, WebSocket API `order.modify`). */
export interface ModifyOrderParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Client order id given when the order was placed. */
  origClientOrderId?: string;
  /** Side of the order (must be its side). */
  side: "BUY" | "SELL";
  /** New quantity. Strings keep their exact digits. */
  quantity: string | number;
  /** New limit price. Strings keep their exact digits. */
  price: string | number;
  /** Price the order at the book instead of `price`. */
  priceMatch?: "OPPONENT" | "OPPONENT_5" | "OPPONENT_10" | "OPPONENT_20" | "QUEUE" | "QUEUE_5" | "QUEUE_10" | "QUEUE_20";
}

/** Modify Order: the response body with Binance's names. Changes the price and quantity of a working LIMIT order (found by orderId or client order id). The order keeps its id and loses its place in the queue; a new price that crosses the book trades at once. The quantity may not go below what has filled. */
export interface ModifyOrderResponse extends OrderFields {
  /** Pair of the contract. */
  pair: string;
  /** Number of the modification. Sent only when: In the docs' example of Modify Order. */
  modifyId?: number;
  /** Quantity filled so far. Exact decimal. */
  cumQty: string;
  /** Quote amount filled so far. Sent only when: In the docs' example; the OpenAPI example of binance-connector-js (2026) lacks it. Exact decimal. */
  cumQuote?: string;
  /** Average fill price. Sent only when: In the docs' example; the OpenAPI example of binance-connector-js (2026) lacks it. Exact decimal. */
  avgPrice?: string;
}

/** Modify Order, parsed: readable names; decimals are exact strings unless `parseModifyOrderResponse` is given a `decimal` converter. */
export interface ParsedModifyOrderResponse<D = string> extends ParsedOrderFields<D> {
  /** Pair of the contract. */
  pair: string;
  /** Number of the modification. Sent only when: In the docs' example of Modify Order. */
  modifyId?: number | undefined;
  /** Quantity filled so far. Exact decimal. */
  cumQty: D;
  /** Quote amount filled so far. Sent only when: In the docs' example; the OpenAPI example of binance-connector-js (2026) lacks it. Exact decimal. */
  cumQuote?: D | undefined;
  /** Average fill price. Sent only when: In the docs' example; the OpenAPI example of binance-connector-js (2026) lacks it. Exact decimal. */
  avgPrice?: D | undefined;
}

/** Descriptor of Modify Order: data the runtime interprets. */
export const modifyOrderOperation: OperationDescriptor<ModifyOrderParams, ModifyOrderResponse> = { operation: "modifyOrder", security: "TRADE", weight: 0, orders: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"orderId":{"type":"integer","minimum":0},"origClientOrderId":{"type":"string"},"side":{"type":"string","enum":["BUY","SELL"],"required":true},"quantity":{"type":"decimal","minimum":0,"required":true},"price":{"type":"decimal","minimum":0,"required":true},"priceMatch":{"type":"string","enum":["OPPONENT","OPPONENT_5","OPPONENT_10","OPPONENT_20","QUEUE","QUEUE_5","QUEUE_10","QUEUE_20"]}}, anyOf: [["orderId","origClientOrderId"]], rest: {"method":"PUT","path":"/fapi/v1/order"}, wsApi: {"method":"order.modify"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/modify-order.json", validate: validateModifyOrderResponse };

/**
 * Modify Order: `PUT /fapi/v1/order`. Changes the price and quantity of a working LIMIT order (found by orderId or client order id). The order keeps its id and loses its place in the queue; a new price that crosses the book trades at once. The quantity may not go below what has filled.
 *
 * Emits the full JSON body once, then completes; parse it with `parseModifyOrderResponse` if you want readable names. Weight 0 (0 on the IP limit; 1 on the 10 s and the 1 min order limits.). Security TRADE.
 */
export function modifyOrderHttp(params: ModifyOrderParams, client?: HttpClient): Observable<ModifyOrderResponse> {
  return requestHttp(modifyOrderOperation, params, client);
}

/** Modify Order over the WebSocket API (`order.modify`): returns a function that sends one request per subscription and emits its `result`. Changes the price and quantity of a working LIMIT order (found by orderId or client order id). The order keeps its id and loses its place in the queue; a new price that crosses the book trades at once. The quantity may not go below what has filled. Weight 0 (0 on the IP limit; 1 on the 10 s and the 1 min order limits.). Security TRADE. */
export function modifyOrderFactory(session: WsApiSession): (params: ModifyOrderParams) => Observable<ModifyOrderResponse> {
  return (params) => session.request(modifyOrderOperation, params);
}

/** Maps a raw `ModifyOrderResponse` to the readable `ParsedModifyOrderResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseModifyOrderResponse<D = string>(raw: ModifyOrderResponse, options?: ParseOptions<D>): ParsedModifyOrderResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { pair: raw.pair, modifyId: raw.modifyId, cumQty: decimal(raw.cumQty), cumQuote: optionalDecimal(raw.cumQuote), avgPrice: optionalDecimal(raw.avgPrice), clientOrderId: raw.clientOrderId, executedQty: decimal(raw.executedQty), orderId: raw.orderId, origQty: decimal(raw.origQty), origType: raw.origType, price: decimal(raw.price), reduceOnly: raw.reduceOnly, side: raw.side, positionSide: raw.positionSide, status: raw.status, stopPrice: decimal(raw.stopPrice), closePosition: raw.closePosition, symbol: raw.symbol, timeInForce: raw.timeInForce, type: raw.type, updateTime: raw.updateTime, workingType: raw.workingType, priceProtect: raw.priceProtect, priceMatch: raw.priceMatch, selfTradePreventionMode: raw.selfTradePreventionMode, goodTillDate: raw.goodTillDate, activatePrice: optionalDecimal(raw.activatePrice), priceRate: optionalDecimal(raw.priceRate) };
}
