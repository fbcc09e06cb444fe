// Generated from spec/operations/sapi/get-margin-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-order';
import { spotProduct } from '../product';
import type { MarginOrderFields, ParsedMarginOrderFields } from '../field-groups';

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
export type GetMarginOrderResponse = MarginOrderFields;

/** Query Margin Account's Order (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginOrderResponse` is given a `decimal` converter. */
export type ParsedGetMarginOrderResponse<D = string> = ParsedMarginOrderFields<D>;

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
