// Generated from spec/operations/get-all-order-lists.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-all-order-lists';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAllOrderListsResponse: Validator = validate;

/** Parameters of Query all Order lists (`GET /api/v3/allOrderList`, WebSocket API `allOrderLists`). */
export interface GetAllOrderListsParams {
  /** Id to start from (inclusive). */
  fromId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
}

/** Query all Order lists: the response body with Binance's names. Order lists of the account, from an id or in a time range. */
export type GetAllOrderListsResponse = Array<{
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

/** Query all Order lists, parsed: readable names; decimals are exact strings unless `parseGetAllOrderListsResponse` is given a `decimal` converter. */
export type ParsedGetAllOrderListsResponse = Array<{
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

/** Descriptor of Query all Order lists: data the runtime interprets. */
export const getAllOrderListsOperation: OperationDescriptor<GetAllOrderListsParams, GetAllOrderListsResponse> = { operation: "getAllOrderLists", security: "USER_DATA", weight: 20, params: {"fromId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/api/v3/allOrderList"}, wsApi: {"method":"allOrderLists"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-all-order-lists.json", validate: validateGetAllOrderListsResponse };

/**
 * Query all Order lists: `GET /api/v3/allOrderList`. Order lists of the account, from an id or in a time range.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAllOrderListsResponse` if you want readable names. Weight 20. Security USER_DATA.
 */
export function getAllOrderListsHttp(params?: GetAllOrderListsParams, client?: HttpClient): Observable<GetAllOrderListsResponse> {
  return requestHttp(getAllOrderListsOperation, params ?? {}, client);
}

/** Query all Order lists over the WebSocket API (`allOrderLists`): returns a function that sends one request per subscription and emits its `result`. Order lists of the account, from an id or in a time range. Weight 20. Security USER_DATA. */
export function getAllOrderListsFactory(session: WsApiSession): (params?: GetAllOrderListsParams) => Observable<GetAllOrderListsResponse> {
  return (params) => session.request(getAllOrderListsOperation, params ?? {});
}

/** Maps a raw `GetAllOrderListsResponse` to the readable `ParsedGetAllOrderListsResponse`. */
export function parseGetAllOrderListsResponse(raw: GetAllOrderListsResponse): ParsedGetAllOrderListsResponse {
  return raw.map((item0) => ({ orderListId: item0.orderListId, contingencyType: item0.contingencyType, listStatusType: item0.listStatusType, listOrderStatus: item0.listOrderStatus, listClientOrderId: item0.listClientOrderId, transactionTime: item0.transactionTime, symbol: item0.symbol, orders: item0.orders.map((item1) => ({ symbol: item1.symbol, orderId: item1.orderId, clientOrderId: item1.clientOrderId })) }));
}
