// Generated from spec/usdm/operations/get-order-rate-limit.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-order-rate-limit';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOrderRateLimitResponse: Validator = validate;

/** Parameters of Query User Rate Limit (`GET /fapi/v1/rateLimit/order`). It takes none. */
export type GetOrderRateLimitParams = Record<string, never>;

/** Query User Rate Limit: the response body with Binance's names. The account's order rate limits. */
export type GetOrderRateLimitResponse = Array<{
  /** ORDERS. */
  rateLimitType: string;
  /** SECOND, MINUTE or DAY. */
  interval: string;
  /** How many intervals the window spans. */
  intervalNum: number;
  /** Orders allowed in the window. */
  limit: number;
}>;

/** Query User Rate Limit, parsed: readable names; decimals are exact strings unless `parseGetOrderRateLimitResponse` is given a `decimal` converter. */
export type ParsedGetOrderRateLimitResponse = Array<{
  /** ORDERS. */
  rateLimitType: string;
  /** SECOND, MINUTE or DAY. */
  interval: string;
  /** How many intervals the window spans. */
  intervalNum: number;
  /** Orders allowed in the window. */
  limit: number;
}>;

/** Descriptor of Query User Rate Limit: data the runtime interprets. */
export const getOrderRateLimitOperation: OperationDescriptor<GetOrderRateLimitParams, GetOrderRateLimitResponse> = { operation: "getOrderRateLimit", security: "USER_DATA", weight: 1, params: {}, rest: {"method":"GET","path":"/fapi/v1/rateLimit/order"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-order-rate-limit.json", validate: validateGetOrderRateLimitResponse };

/**
 * Query User Rate Limit: `GET /fapi/v1/rateLimit/order`. The account's order rate limits.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOrderRateLimitResponse` if you want readable names. Weight 1. Security USER_DATA.
 */
export function getOrderRateLimitHttp(params?: GetOrderRateLimitParams, client?: HttpClient): Observable<GetOrderRateLimitResponse> {
  return requestHttp(getOrderRateLimitOperation, params ?? {}, client);
}

/** Maps a raw `GetOrderRateLimitResponse` to the readable `ParsedGetOrderRateLimitResponse`. */
export function parseGetOrderRateLimitResponse(raw: GetOrderRateLimitResponse): ParsedGetOrderRateLimitResponse {
  return raw.map((item0) => ({ rateLimitType: item0.rateLimitType, interval: item0.interval, intervalNum: item0.intervalNum, limit: item0.limit }));
}
