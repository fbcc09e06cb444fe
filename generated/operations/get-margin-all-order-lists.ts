// Generated from spec/operations/sapi/get-margin-all-order-lists.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-all-order-lists';
import { spotProduct } from '../product';
import type { MarginOrderListFields, ParsedMarginOrderListFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginAllOrderListsResponse: Validator = validate;

/** Parameters of Query Margin Account's all OCO (USER_DATA) (`GET /sapi/v1/margin/allOrderList`). */
export interface GetMarginAllOrderListsParams {
  /** Margin account: TRUE for the isolated margin account of the symbol, FALSE (Binance's default) for the cross margin account. Sent as text, as Binance documents it. */
  isIsolated?: "TRUE" | "FALSE";
  /** Trading pair; mandatory with isIsolated TRUE, not taken for cross margin. */
  symbol?: string;
  /** Order list id to start from; startTime and endTime cannot be sent with it. */
  fromId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many order lists. Default: `500`. */
  limit?: number;
}

/** Query Margin Account's all OCO (USER_DATA): the response body with Binance's names. The order lists of the cross margin account (or, with isIsolated TRUE and symbol, of that isolated margin account), from fromId on or within a time range; the most recent ones without either. */
export type GetMarginAllOrderListsResponse = Array<MarginOrderListFields>;

/** Query Margin Account's all OCO (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginAllOrderListsResponse` is given a `decimal` converter. */
export type ParsedGetMarginAllOrderListsResponse = Array<ParsedMarginOrderListFields>;

/** Descriptor of Query Margin Account's all OCO (USER_DATA): data the runtime interprets. */
export const getMarginAllOrderListsOperation: OperationDescriptor<GetMarginAllOrderListsParams, GetMarginAllOrderListsResponse> = { operation: "getMarginAllOrderLists", security: "USER_DATA", weight: 200, weightType: "IP", params: {"isIsolated":{"type":"string","enum":["TRUE","FALSE"]},"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"fromId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/sapi/v1/margin/allOrderList"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-all-order-lists.json", validate: validateGetMarginAllOrderListsResponse };

/**
 * Query Margin Account's all OCO (USER_DATA): `GET /sapi/v1/margin/allOrderList`. The order lists of the cross margin account (or, with isIsolated TRUE and symbol, of that isolated margin account), from fromId on or within a time range; the most recent ones without either.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginAllOrderListsResponse` if you want readable names. Weight 200 (IP). Security USER_DATA.
 */
export function getMarginAllOrderListsHttp(params?: GetMarginAllOrderListsParams, client?: HttpClient): Observable<GetMarginAllOrderListsResponse> {
  return requestHttp(getMarginAllOrderListsOperation, params ?? {}, client);
}

/** Maps a raw `GetMarginAllOrderListsResponse` to the readable `ParsedGetMarginAllOrderListsResponse`. */
export function parseGetMarginAllOrderListsResponse(raw: GetMarginAllOrderListsResponse): ParsedGetMarginAllOrderListsResponse {
  return raw.map((item0) => ({ orderListId: item0.orderListId, contingencyType: item0.contingencyType, listStatusType: item0.listStatusType, listOrderStatus: item0.listOrderStatus, listClientOrderId: item0.listClientOrderId, transactionTime: item0.transactionTime, symbol: item0.symbol, isIsolated: item0.isIsolated, orders: item0.orders.map((item1) => ({ symbol: item1.symbol, orderId: item1.orderId, clientOrderId: item1.clientOrderId })) }));
}
