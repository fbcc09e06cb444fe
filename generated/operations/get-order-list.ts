// Generated from spec/operations/get-order-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-order-list';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOrderListResponse: Validator = validate;

/** Parameters of Query Order list (`GET /api/v3/orderList`, WebSocket API `orderList.status`). */
export interface GetOrderListParams {
  /** Order list id. */
  orderListId?: number;
  /** Client order id given when the order was placed. */
  origClientOrderId?: string;
}

/** Query Order list: the response body with Binance's names. Where an order list stands, by id or client id. */
export interface GetOrderListResponse {
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
}

/** Query Order list, parsed: readable names; decimals are exact strings unless `parseGetOrderListResponse` is given a `decimal` converter. */
export interface ParsedGetOrderListResponse {
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
}

/** Descriptor of Query Order list: data the runtime interprets. */
export const getOrderListOperation: OperationDescriptor<GetOrderListParams, GetOrderListResponse> = { operation: "getOrderList", security: "USER_DATA", weight: 4, params: {"orderListId":{"type":"integer"},"origClientOrderId":{"type":"string"}}, anyOf: [["orderListId","origClientOrderId"]], rest: {"method":"GET","path":"/api/v3/orderList"}, wsApi: {"method":"orderList.status"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-order-list.json", validate: validateGetOrderListResponse };

/**
 * Query Order list: `GET /api/v3/orderList`. Where an order list stands, by id or client id.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOrderListResponse` if you want readable names. Weight 4. Security USER_DATA.
 */
export function getOrderListHttp(params: GetOrderListParams, client?: HttpClient): Observable<GetOrderListResponse> {
  return requestHttp(getOrderListOperation, params, client);
}

/** Query Order list over the WebSocket API (`orderList.status`): returns a function that sends one request per subscription and emits its `result`. Where an order list stands, by id or client id. Weight 4. Security USER_DATA. */
export function getOrderListFactory(session: WsApiSession): (params: GetOrderListParams) => Observable<GetOrderListResponse> {
  return (params) => session.request(getOrderListOperation, params);
}

/** Maps a raw `GetOrderListResponse` to the readable `ParsedGetOrderListResponse`. */
export function parseGetOrderListResponse(raw: GetOrderListResponse): ParsedGetOrderListResponse {
  return { orderListId: raw.orderListId, contingencyType: raw.contingencyType, listStatusType: raw.listStatusType, listOrderStatus: raw.listOrderStatus, listClientOrderId: raw.listClientOrderId, transactionTime: raw.transactionTime, symbol: raw.symbol, orders: raw.orders.map((item0) => ({ symbol: item0.symbol, orderId: item0.orderId, clientOrderId: item0.clientOrderId })) };
}
