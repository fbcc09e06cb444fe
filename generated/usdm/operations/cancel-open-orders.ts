// Generated from spec/usdm/operations/cancel-open-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/cancel-open-orders';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCancelOpenOrdersResponse: Validator = validate;

/** Parameters of Cancel All Open Orders (`DELETE /fapi/v1/allOpenOrders`). */
export interface CancelOpenOrdersParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
}

/** Cancel All Open Orders: the response body with Binance's names. Cancels every working order of one symbol; answers with a code-200 message, not the orders. */
export interface CancelOpenOrdersResponse {
  /** 200 (a success, despite the name). */
  code: number;
  /** What was done. */
  msg: string;
}

/** Cancel All Open Orders, parsed: readable names; decimals are exact strings unless `parseCancelOpenOrdersResponse` is given a `decimal` converter. */
export interface ParsedCancelOpenOrdersResponse {
  /** 200 (a success, despite the name). */
  code: number;
  /** What was done. */
  msg: string;
}

/** Descriptor of Cancel All Open Orders: data the runtime interprets. */
export const cancelOpenOrdersOperation: OperationDescriptor<CancelOpenOrdersParams, CancelOpenOrdersResponse> = { operation: "cancelOpenOrders", security: "TRADE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true}}, rest: {"method":"DELETE","path":"/fapi/v1/allOpenOrders"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/cancel-open-orders.json", validate: validateCancelOpenOrdersResponse };

/**
 * Cancel All Open Orders: `DELETE /fapi/v1/allOpenOrders`. Cancels every working order of one symbol; answers with a code-200 message, not the orders.
 *
 * Emits the full JSON body once, then completes; parse it with `parseCancelOpenOrdersResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function cancelOpenOrdersHttp(params: CancelOpenOrdersParams, client?: HttpClient): Observable<CancelOpenOrdersResponse> {
  return requestHttp(cancelOpenOrdersOperation, params, client);
}

/** Maps a raw `CancelOpenOrdersResponse` to the readable `ParsedCancelOpenOrdersResponse`. */
export function parseCancelOpenOrdersResponse(raw: CancelOpenOrdersResponse): ParsedCancelOpenOrdersResponse {
  return { code: raw.code, msg: raw.msg };
}
