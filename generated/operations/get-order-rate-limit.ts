// Generated from spec/operations/get-order-rate-limit.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-order-rate-limit';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOrderRateLimitResponse: Validator = validate;

/** Parameters of Query Unfilled Order Count (`GET /api/v3/rateLimit/order`, WebSocket API `account.rateLimits.orders`). It takes none. */
export type GetOrderRateLimitParams = Record<string, never>;

/** Query Unfilled Order Count: the response body with Binance's names. How many orders the account placed in each order-rate-limit interval. */
export type GetOrderRateLimitResponse = Array<{
  /** Kind of limit (ORDERS). */
  rateLimitType: string;
  /** SECOND, MINUTE or DAY. */
  interval: string;
  /** Number of intervals the limit spans. */
  intervalNum: number;
  /** Most orders allowed in the interval. */
  limit: number;
  /** Orders placed so far in the interval. */
  count: number;
}>;

/** Query Unfilled Order Count, parsed: readable names; decimals are exact strings unless `parseGetOrderRateLimitResponse` is given a `decimal` converter. */
export type ParsedGetOrderRateLimitResponse = Array<{
  /** Kind of limit (ORDERS). */
  rateLimitType: string;
  /** SECOND, MINUTE or DAY. */
  interval: string;
  /** Number of intervals the limit spans. */
  intervalNum: number;
  /** Most orders allowed in the interval. */
  limit: number;
  /** Orders placed so far in the interval. */
  count: number;
}>;

/** Descriptor of Query Unfilled Order Count: data the runtime interprets. */
export const getOrderRateLimitOperation: OperationDescriptor<GetOrderRateLimitParams, GetOrderRateLimitResponse> = { operation: "getOrderRateLimit", security: "USER_DATA", weight: 40, params: {}, rest: {"method":"GET","path":"/api/v3/rateLimit/order"}, wsApi: {"method":"account.rateLimits.orders"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-order-rate-limit.json", validate: validateGetOrderRateLimitResponse };

/**
 * Query Unfilled Order Count: `GET /api/v3/rateLimit/order`. How many orders the account placed in each order-rate-limit interval.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOrderRateLimitResponse` if you want readable names. Weight 40. Security USER_DATA.
 */
export function getOrderRateLimitHttp(params?: GetOrderRateLimitParams, client?: HttpClient): Observable<GetOrderRateLimitResponse> {
  return requestHttp(getOrderRateLimitOperation, params ?? {}, client);
}

/** Query Unfilled Order Count over the WebSocket API (`account.rateLimits.orders`): returns a function that sends one request per subscription and emits its `result`. How many orders the account placed in each order-rate-limit interval. Weight 40. Security USER_DATA. */
export function getOrderRateLimitFactory(session: WsApiSession): (params?: GetOrderRateLimitParams) => Observable<GetOrderRateLimitResponse> {
  return (params) => session.request(getOrderRateLimitOperation, params ?? {});
}

/** Maps a raw `GetOrderRateLimitResponse` to the readable `ParsedGetOrderRateLimitResponse`. */
export function parseGetOrderRateLimitResponse(raw: GetOrderRateLimitResponse): ParsedGetOrderRateLimitResponse {
  return raw.map((item0) => ({ rateLimitType: item0.rateLimitType, interval: item0.interval, intervalNum: item0.intervalNum, limit: item0.limit, count: item0.count }));
}
