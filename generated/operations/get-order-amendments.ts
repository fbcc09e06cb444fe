// Generated from spec/operations/get-order-amendments.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-order-amendments';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOrderAmendmentsResponse: Validator = validate;

/** Parameters of Query Order Amendments (`GET /api/v3/order/amendments`, WebSocket API `order.amendments`). */
export interface GetOrderAmendmentsParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId: number;
  /** Execution id to start from. */
  fromExecutionId?: number;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
}

/** Query Order Amendments: the response body with Binance's names. The quantity amendments of an order, oldest first. */
export type GetOrderAmendmentsResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** Order id. */
  orderId: number;
  /** Execution id of the amendment. */
  executionId: number;
  /** Client order id before the amendment. */
  origClientOrderId: string;
  /** Client order id after the amendment. */
  newClientOrderId: string;
  /** Quantity before the amendment. Exact decimal. */
  origQty: string;
  /** Quantity after the amendment. Exact decimal. */
  newQty: string;
  /** When the amendment took effect. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>;

/** Query Order Amendments, parsed: readable names; decimals are exact strings unless `parseGetOrderAmendmentsResponse` is given a `decimal` converter. */
export type ParsedGetOrderAmendmentsResponse<D = string> = Array<{
  /** Symbol. */
  symbol: string;
  /** Order id. */
  orderId: number;
  /** Execution id of the amendment. */
  executionId: number;
  /** Client order id before the amendment. */
  origClientOrderId: string;
  /** Client order id after the amendment. */
  newClientOrderId: string;
  /** Quantity before the amendment. Exact decimal. */
  origQty: D;
  /** Quantity after the amendment. Exact decimal. */
  newQty: D;
  /** When the amendment took effect. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>;

/** Descriptor of Query Order Amendments: data the runtime interprets. */
export const getOrderAmendmentsOperation: OperationDescriptor<GetOrderAmendmentsParams, GetOrderAmendmentsResponse> = { operation: "getOrderAmendments", security: "USER_DATA", weight: 4, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"orderId":{"type":"integer","minimum":0,"required":true},"fromExecutionId":{"type":"integer"},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/api/v3/order/amendments"}, wsApi: {"method":"order.amendments"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-order-amendments.json", validate: validateGetOrderAmendmentsResponse };

/**
 * Query Order Amendments: `GET /api/v3/order/amendments`. The quantity amendments of an order, oldest first.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOrderAmendmentsResponse` if you want readable names. Weight 4. Security USER_DATA.
 */
export function getOrderAmendmentsHttp(params: GetOrderAmendmentsParams, client?: HttpClient): Observable<GetOrderAmendmentsResponse> {
  return requestHttp(getOrderAmendmentsOperation, params, client);
}

/** Query Order Amendments over the WebSocket API (`order.amendments`): returns a function that sends one request per subscription and emits its `result`. The quantity amendments of an order, oldest first. Weight 4. Security USER_DATA. */
export function getOrderAmendmentsFactory(session: WsApiSession): (params: GetOrderAmendmentsParams) => Observable<GetOrderAmendmentsResponse> {
  return (params) => session.request(getOrderAmendmentsOperation, params);
}

/** Maps a raw `GetOrderAmendmentsResponse` to the readable `ParsedGetOrderAmendmentsResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOrderAmendmentsResponse<D = string>(raw: GetOrderAmendmentsResponse, options?: ParseOptions<D>): ParsedGetOrderAmendmentsResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ symbol: item0.symbol, orderId: item0.orderId, executionId: item0.executionId, origClientOrderId: item0.origClientOrderId, newClientOrderId: item0.newClientOrderId, origQty: decimal(item0.origQty), newQty: decimal(item0.newQty), time: item0.time }));
}
