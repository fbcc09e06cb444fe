// Generated from spec/operations/sapi/get-margin-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-order';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginOrderResponse: Validator = validate;

/** Parameters of Query Margin Account's Order (USER_DATA) (`GET /sapi/v1/margin/order`). */
export interface GetMarginOrderParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Margin account: TRUE for the isolated margin account of the symbol, FALSE (Binance's default) for the cross margin account. Sent as text, as Binance documents it. */
  isIsolated?: "TRUE" | "FALSE";
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Client order id given when the order was placed. */
  origClientOrderId?: string;
}

/** Query Margin Account's Order (USER_DATA): the response body with Binance's names. One order of the cross margin account (or, with isIsolated TRUE, of the symbol's isolated margin account), found by orderId or by the client order id it was placed with. */
export interface GetMarginOrderResponse {
  /** Client order id. */
  clientOrderId: string;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. */
  cummulativeQuoteQty: string;
  /** Quantity filled so far. Exact decimal. */
  executedQty: string;
  /** Visible quantity of an iceberg order (0 when not one). Exact decimal. */
  icebergQty: string;
  /** Whether the order is on the book (or its trigger is armed). */
  isWorking: boolean;
  /** Order id. */
  orderId: number;
  /** Quantity ordered. Exact decimal. */
  origQty: string;
  /** Limit price (0 when the order has none). Exact decimal. */
  price: string;
  /** BUY or SELL. */
  side: string;
  /** Order status. */
  status: string;
  /** Trigger price (0 when the order has none). Exact decimal. */
  stopPrice: string;
  /** Symbol. */
  symbol: string;
  /** Whether the order is in an isolated margin account. Sent only when: The docs mark it "if isolated margin". */
  isIsolated?: boolean;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
  /** Last change of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Query Margin Account's Order (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginOrderResponse` is given a `decimal` converter. */
export interface ParsedGetMarginOrderResponse<D = string> {
  /** Client order id. */
  clientOrderId: string;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. Wire field `cummulativeQuoteQty`. */
  cumulativeQuoteQty: D;
  /** Quantity filled so far. Exact decimal. */
  executedQty: D;
  /** Visible quantity of an iceberg order (0 when not one). Exact decimal. */
  icebergQty: D;
  /** Whether the order is on the book (or its trigger is armed). */
  isWorking: boolean;
  /** Order id. */
  orderId: number;
  /** Quantity ordered. Exact decimal. */
  origQty: D;
  /** Limit price (0 when the order has none). Exact decimal. */
  price: D;
  /** BUY or SELL. */
  side: string;
  /** Order status. */
  status: string;
  /** Trigger price (0 when the order has none). Exact decimal. */
  stopPrice: D;
  /** Symbol. */
  symbol: string;
  /** Whether the order is in an isolated margin account. Sent only when: The docs mark it "if isolated margin". */
  isIsolated?: boolean | undefined;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
  /** Last change of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Descriptor of Query Margin Account's Order (USER_DATA): data the runtime interprets. */
export const getMarginOrderOperation: OperationDescriptor<GetMarginOrderParams, GetMarginOrderResponse> = { operation: "getMarginOrder", security: "USER_DATA", weight: 10, weightType: "IP", params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"isIsolated":{"type":"string","enum":["TRUE","FALSE"]},"orderId":{"type":"integer","minimum":0},"origClientOrderId":{"type":"string"}}, anyOf: [["orderId","origClientOrderId"]], rest: {"method":"GET","path":"/sapi/v1/margin/order"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-order.json", validate: validateGetMarginOrderResponse };

/**
 * Query Margin Account's Order (USER_DATA): `GET /sapi/v1/margin/order`. One order of the cross margin account (or, with isIsolated TRUE, of the symbol's isolated margin account), found by orderId or by the client order id it was placed with.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginOrderResponse` if you want readable names. Weight 10 (IP). Security USER_DATA.
 */
export function getMarginOrderHttp(params: GetMarginOrderParams, client?: HttpClient): Observable<GetMarginOrderResponse> {
  return requestHttp(getMarginOrderOperation, params, client);
}

/** Maps a raw `GetMarginOrderResponse` to the readable `ParsedGetMarginOrderResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginOrderResponse<D = string>(raw: GetMarginOrderResponse, options?: ParseOptions<D>): ParsedGetMarginOrderResponse<D> {
  const decimal = decimalOf(options);
  return { clientOrderId: raw.clientOrderId, cumulativeQuoteQty: decimal(raw.cummulativeQuoteQty), executedQty: decimal(raw.executedQty), icebergQty: decimal(raw.icebergQty), isWorking: raw.isWorking, orderId: raw.orderId, origQty: decimal(raw.origQty), price: decimal(raw.price), side: raw.side, status: raw.status, stopPrice: decimal(raw.stopPrice), symbol: raw.symbol, isIsolated: raw.isIsolated, time: raw.time, timeInForce: raw.timeInForce, type: raw.type, selfTradePreventionMode: raw.selfTradePreventionMode, updateTime: raw.updateTime };
}
