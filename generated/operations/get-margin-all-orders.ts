// Generated from spec/operations/sapi/get-margin-all-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-all-orders';
import { spotProduct } from '../product';
import type { MarginOrderFields, ParsedMarginOrderFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginAllOrdersResponse: Validator = validate;

/** Parameters of Query Margin Account's All Orders (USER_DATA) (`GET /sapi/v1/margin/allOrders`). */
export interface GetMarginAllOrdersParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Margin account: TRUE for the isolated margin account of the symbol, FALSE (Binance's default) for the cross margin account. Sent as text, as Binance documents it. */
  isIsolated?: "TRUE" | "FALSE";
  /** Orders with this id or a later one. */
  orderId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many orders. Default: `500`. */
  limit?: number;
}

/** Query Margin Account's All Orders (USER_DATA): the response body with Binance's names. Orders of one symbol in the cross margin account (or, with isIsolated TRUE, in the symbol's isolated margin account): open, canceled or filled; from orderId on when it is sent, else the most recent. */
export type GetMarginAllOrdersResponse = Array<MarginOrderFields>;

/** Query Margin Account's All Orders (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginAllOrdersResponse` is given a `decimal` converter. */
export type ParsedGetMarginAllOrdersResponse<D = string> = Array<ParsedMarginOrderFields<D>>;

/** Descriptor of Query Margin Account's All Orders (USER_DATA): data the runtime interprets. */
export const getMarginAllOrdersOperation: OperationDescriptor<GetMarginAllOrdersParams, GetMarginAllOrdersResponse> = { operation: "getMarginAllOrders", security: "USER_DATA", weight: 200, weightType: "IP", params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"isIsolated":{"type":"string","enum":["TRUE","FALSE"]},"orderId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":500}}, rest: {"method":"GET","path":"/sapi/v1/margin/allOrders"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-all-orders.json", validate: validateGetMarginAllOrdersResponse };

/**
 * Query Margin Account's All Orders (USER_DATA): `GET /sapi/v1/margin/allOrders`. Orders of one symbol in the cross margin account (or, with isIsolated TRUE, in the symbol's isolated margin account): open, canceled or filled; from orderId on when it is sent, else the most recent.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginAllOrdersResponse` if you want readable names. Weight 200 (IP) (Also at most 60 requests a minute per IP. startTime to endTime: less than 24 hours.). Security USER_DATA.
 */
export function getMarginAllOrdersHttp(params: GetMarginAllOrdersParams, client?: HttpClient): Observable<GetMarginAllOrdersResponse> {
  return requestHttp(getMarginAllOrdersOperation, params, client);
}

/** Maps a raw `GetMarginAllOrdersResponse` to the readable `ParsedGetMarginAllOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginAllOrdersResponse<D = string>(raw: GetMarginAllOrdersResponse, options?: ParseOptions<D>): ParsedGetMarginAllOrdersResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ clientOrderId: item0.clientOrderId, cumulativeQuoteQty: decimal(item0.cummulativeQuoteQty), executedQty: decimal(item0.executedQty), icebergQty: decimal(item0.icebergQty), isWorking: item0.isWorking, orderId: item0.orderId, origQty: decimal(item0.origQty), price: decimal(item0.price), side: item0.side, status: item0.status, stopPrice: decimal(item0.stopPrice), symbol: item0.symbol, isIsolated: item0.isIsolated, time: item0.time, timeInForce: item0.timeInForce, type: item0.type, selfTradePreventionMode: item0.selfTradePreventionMode, updateTime: item0.updateTime }));
}
