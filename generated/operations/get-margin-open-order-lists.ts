// Generated from spec/operations/sapi/get-margin-open-order-lists.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-open-order-lists';
import { spotProduct } from '../product';
import type { MarginOrderListFields, ParsedMarginOrderListFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginOpenOrderListsResponse: Validator = validate;

/** Parameters of Query Margin Account's Open OCO (USER_DATA) (`GET /sapi/v1/margin/openOrderList`). */
export interface GetMarginOpenOrderListsParams {
  /** Margin account: TRUE for the isolated margin account of the symbol, FALSE (Binance's default) for the cross margin account. Sent as text, as Binance documents it. */
  isIsolated?: "TRUE" | "FALSE";
  /** Trading pair; mandatory with isIsolated TRUE, not taken for cross margin. */
  symbol?: string;
}

/** Query Margin Account's Open OCO (USER_DATA): the response body with Binance's names. The order lists still executing in the cross margin account (or, with isIsolated TRUE and symbol, in that isolated margin account). */
export type GetMarginOpenOrderListsResponse = Array<MarginOrderListFields>;

/** Query Margin Account's Open OCO (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginOpenOrderListsResponse` is given a `decimal` converter. */
export type ParsedGetMarginOpenOrderListsResponse = Array<ParsedMarginOrderListFields>;

/** Descriptor of Query Margin Account's Open OCO (USER_DATA): data the runtime interprets. */
export const getMarginOpenOrderListsOperation: OperationDescriptor<GetMarginOpenOrderListsParams, GetMarginOpenOrderListsResponse> = { operation: "getMarginOpenOrderLists", security: "USER_DATA", weight: 10, weightType: "IP", params: {"isIsolated":{"type":"string","enum":["TRUE","FALSE"]},"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"}}, rest: {"method":"GET","path":"/sapi/v1/margin/openOrderList"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-open-order-lists.json", validate: validateGetMarginOpenOrderListsResponse };

/**
 * Query Margin Account's Open OCO (USER_DATA): `GET /sapi/v1/margin/openOrderList`. The order lists still executing in the cross margin account (or, with isIsolated TRUE and symbol, in that isolated margin account).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginOpenOrderListsResponse` if you want readable names. Weight 10 (IP). Security USER_DATA.
 */
export function getMarginOpenOrderListsHttp(params?: GetMarginOpenOrderListsParams, client?: HttpClient): Observable<GetMarginOpenOrderListsResponse> {
  return requestHttp(getMarginOpenOrderListsOperation, params ?? {}, client);
}

/** Maps a raw `GetMarginOpenOrderListsResponse` to the readable `ParsedGetMarginOpenOrderListsResponse`. */
export function parseGetMarginOpenOrderListsResponse(raw: GetMarginOpenOrderListsResponse): ParsedGetMarginOpenOrderListsResponse {
  return raw.map((item0) => ({ orderListId: item0.orderListId, contingencyType: item0.contingencyType, listStatusType: item0.listStatusType, listOrderStatus: item0.listOrderStatus, listClientOrderId: item0.listClientOrderId, transactionTime: item0.transactionTime, symbol: item0.symbol, isIsolated: item0.isIsolated, orders: item0.orders.map((item1) => ({ symbol: item1.symbol, orderId: item1.orderId, clientOrderId: item1.clientOrderId })) }));
}
