// Generated from spec/operations/sapi/get-margin-open-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-open-orders';
import { spotProduct } from '../product';
import type { MarginOrderFields, ParsedMarginOrderFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginOpenOrdersResponse: Validator = validate;

/** Parameters of Query Margin Account's Open Orders (USER_DATA) (`GET /sapi/v1/margin/openOrders`). */
export interface GetMarginOpenOrdersParams {
  /** Trading pair such as BTCUSDT; mandatory with isIsolated TRUE. */
  symbol?: string;
  /** Margin account: TRUE for the isolated margin account of the symbol, FALSE (Binance's default) for the cross margin account. Sent as text, as Binance documents it. */
  isIsolated?: "TRUE" | "FALSE";
}

/** Query Margin Account's Open Orders (USER_DATA): the response body with Binance's names. The open orders of the cross margin account, of one symbol or of every symbol; with isIsolated TRUE, of the symbol's isolated margin account (symbol is then mandatory). */
export type GetMarginOpenOrdersResponse = Array<MarginOrderFields>;

/** Query Margin Account's Open Orders (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginOpenOrdersResponse` is given a `decimal` converter. */
export type ParsedGetMarginOpenOrdersResponse<D = string> = Array<ParsedMarginOrderFields<D>>;

/** Descriptor of Query Margin Account's Open Orders (USER_DATA): data the runtime interprets. */
export const getMarginOpenOrdersOperation: OperationDescriptor<GetMarginOpenOrdersParams, GetMarginOpenOrdersResponse> = { operation: "getMarginOpenOrders", security: "USER_DATA", weight: 10, weightType: "IP", params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"isIsolated":{"type":"string","enum":["TRUE","FALSE"]}}, rest: {"method":"GET","path":"/sapi/v1/margin/openOrders"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-open-orders.json", validate: validateGetMarginOpenOrdersResponse };

/**
 * Query Margin Account's Open Orders (USER_DATA): `GET /sapi/v1/margin/openOrders`. The open orders of the cross margin account, of one symbol or of every symbol; with isIsolated TRUE, of the symbol's isolated margin account (symbol is then mandatory).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginOpenOrdersResponse` if you want readable names. Weight 10 (IP) (Without symbol, Binance counts one request per symbol trading on the exchange.). Security USER_DATA.
 */
export function getMarginOpenOrdersHttp(params?: GetMarginOpenOrdersParams, client?: HttpClient): Observable<GetMarginOpenOrdersResponse> {
  return requestHttp(getMarginOpenOrdersOperation, params ?? {}, client);
}

/** Maps a raw `GetMarginOpenOrdersResponse` to the readable `ParsedGetMarginOpenOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginOpenOrdersResponse<D = string>(raw: GetMarginOpenOrdersResponse, options?: ParseOptions<D>): ParsedGetMarginOpenOrdersResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ clientOrderId: item0.clientOrderId, cumulativeQuoteQty: decimal(item0.cummulativeQuoteQty), executedQty: decimal(item0.executedQty), icebergQty: decimal(item0.icebergQty), isWorking: item0.isWorking, orderId: item0.orderId, origQty: decimal(item0.origQty), price: decimal(item0.price), side: item0.side, status: item0.status, stopPrice: decimal(item0.stopPrice), symbol: item0.symbol, isIsolated: item0.isIsolated, time: item0.time, timeInForce: item0.timeInForce, type: item0.type, selfTradePreventionMode: item0.selfTradePreventionMode, updateTime: item0.updateTime }));
}
