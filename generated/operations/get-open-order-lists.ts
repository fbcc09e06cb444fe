// Generated from spec/operations/get-open-order-lists.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-open-order-lists';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOpenOrderListsResponse: Validator = validate;

/** Parameters of Query Open Order lists (`GET /api/v3/openOrderList`, WebSocket API `openOrderLists.status`). It takes none. */
export type GetOpenOrderListsParams = Record<string, never>;

/** Query Open Order lists: the response body with Binance's names. The order lists of the account that still have open orders. */
export type GetOpenOrderListsResponse = Array<{
  /** Order list id. */
  orderListId: number;
  /** Kind of order list (OCO or OTO). */
  contingencyType: string;
  /** List status (RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE). */
  listStatusType: string;
  /** Order status of the list (EXECUTING, ALL_DONE or REJECT). */
  listOrderStatus: string;
  /** Client id of the order list. */
  listClientOrderId: string;
  /** When the request took effect. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactionTime: number;
  /** Symbol. */
  symbol: string;
  /** The orders of the list, by id. */
  orders: Array<{
    /** Symbol. */
    symbol: string;
    /** Order id. */
    orderId: number;
    /** Client order id. */
    clientOrderId: string;
  }>;
}>;

/** Query Open Order lists, parsed: readable names; decimals are exact strings unless `parseGetOpenOrderListsResponse` is given a `decimal` converter. */
export type ParsedGetOpenOrderListsResponse = Array<{
  /** Order list id. */
  orderListId: number;
  /** Kind of order list (OCO or OTO). */
  contingencyType: string;
  /** List status (RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE). */
  listStatusType: string;
  /** Order status of the list (EXECUTING, ALL_DONE or REJECT). */
  listOrderStatus: string;
  /** Client id of the order list. */
  listClientOrderId: string;
  /** When the request took effect. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactionTime: number;
  /** Symbol. */
  symbol: string;
  /** The orders of the list, by id. */
  orders: Array<{
    /** Symbol. */
    symbol: string;
    /** Order id. */
    orderId: number;
    /** Client order id. */
    clientOrderId: string;
  }>;
}>;

/** Descriptor of Query Open Order lists: data the runtime interprets. */
export const getOpenOrderListsOperation: OperationDescriptor<GetOpenOrderListsParams, GetOpenOrderListsResponse> = { operation: "getOpenOrderLists", security: "USER_DATA", weight: 6, params: {}, rest: {"method":"GET","path":"/api/v3/openOrderList"}, wsApi: {"method":"openOrderLists.status"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-open-order-lists.json", validate: validateGetOpenOrderListsResponse };

/**
 * Query Open Order lists: `GET /api/v3/openOrderList`. The order lists of the account that still have open orders.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOpenOrderListsResponse` if you want readable names. Weight 6. Security USER_DATA.
 */
export function getOpenOrderListsHttp(params?: GetOpenOrderListsParams, client?: HttpClient): Observable<GetOpenOrderListsResponse> {
  return requestHttp(getOpenOrderListsOperation, params ?? {}, client);
}

/** Query Open Order lists over the WebSocket API (`openOrderLists.status`): returns a function that sends one request per subscription and emits its `result`. The order lists of the account that still have open orders. Weight 6. Security USER_DATA. */
export function getOpenOrderListsFactory(session: WsApiSession): (params?: GetOpenOrderListsParams) => Observable<GetOpenOrderListsResponse> {
  return (params) => session.request(getOpenOrderListsOperation, params ?? {});
}

/** Maps a raw `GetOpenOrderListsResponse` to the readable `ParsedGetOpenOrderListsResponse`. */
export function parseGetOpenOrderListsResponse(raw: GetOpenOrderListsResponse): ParsedGetOpenOrderListsResponse {
  return raw.map((item0) => ({ orderListId: item0.orderListId, contingencyType: item0.contingencyType, listStatusType: item0.listStatusType, listOrderStatus: item0.listOrderStatus, listClientOrderId: item0.listClientOrderId, transactionTime: item0.transactionTime, symbol: item0.symbol, orders: item0.orders.map((item1) => ({ symbol: item1.symbol, orderId: item1.orderId, clientOrderId: item1.clientOrderId })) }));
}
