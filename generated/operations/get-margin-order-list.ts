// Generated from spec/operations/sapi/get-margin-order-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-order-list';
import { spotProduct } from '../product';
import type { MarginOrderListFields, ParsedMarginOrderListFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginOrderListResponse: Validator = validate;

/** Parameters of Query Margin Account's OCO (USER_DATA) (`GET /sapi/v1/margin/orderList`). */
export interface GetMarginOrderListParams {
  /** Margin account: TRUE for the isolated margin account of the symbol, FALSE (Binance's default) for the cross margin account. Sent as text, as Binance documents it. */
  isIsolated?: "TRUE" | "FALSE";
  /** Trading pair; mandatory with isIsolated TRUE, not taken for cross margin. */
  symbol?: string;
  /** Order list id. */
  orderListId?: number;
  /** Client id the order list was placed with. */
  origClientOrderId?: string;
}

/** Query Margin Account's OCO (USER_DATA): the response body with Binance's names. One order list of the cross margin account (or, with isIsolated TRUE and symbol, of that isolated margin account), by orderListId or by the client id it was placed with. */
export type GetMarginOrderListResponse = MarginOrderListFields;

/** Query Margin Account's OCO (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginOrderListResponse` is given a `decimal` converter. */
export type ParsedGetMarginOrderListResponse = ParsedMarginOrderListFields;

/** Descriptor of Query Margin Account's OCO (USER_DATA): data the runtime interprets. */
export const getMarginOrderListOperation: OperationDescriptor<GetMarginOrderListParams, GetMarginOrderListResponse> = { operation: "getMarginOrderList", security: "USER_DATA", weight: 10, weightType: "IP", params: {"isIsolated":{"type":"string","enum":["TRUE","FALSE"]},"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"orderListId":{"type":"integer","minimum":0},"origClientOrderId":{"type":"string"}}, anyOf: [["orderListId","origClientOrderId"]], rest: {"method":"GET","path":"/sapi/v1/margin/orderList"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-order-list.json", validate: validateGetMarginOrderListResponse };

/**
 * Query Margin Account's OCO (USER_DATA): `GET /sapi/v1/margin/orderList`. One order list of the cross margin account (or, with isIsolated TRUE and symbol, of that isolated margin account), by orderListId or by the client id it was placed with.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginOrderListResponse` if you want readable names. Weight 10 (IP). Security USER_DATA.
 */
export function getMarginOrderListHttp(params: GetMarginOrderListParams, client?: HttpClient): Observable<GetMarginOrderListResponse> {
  return requestHttp(getMarginOrderListOperation, params, client);
}

/** Maps a raw `GetMarginOrderListResponse` to the readable `ParsedGetMarginOrderListResponse`. */
export function parseGetMarginOrderListResponse(raw: GetMarginOrderListResponse): ParsedGetMarginOrderListResponse {
  return { orderListId: raw.orderListId, contingencyType: raw.contingencyType, listStatusType: raw.listStatusType, listOrderStatus: raw.listOrderStatus, listClientOrderId: raw.listClientOrderId, transactionTime: raw.transactionTime, symbol: raw.symbol, isIsolated: raw.isIsolated, orders: raw.orders.map((item0) => ({ symbol: item0.symbol, orderId: item0.orderId, clientOrderId: item0.clientOrderId })) };
}
