// Generated from spec/usdm/operations/cancel-algo-open-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/cancel-algo-open-orders';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCancelAlgoOpenOrdersResponse: Validator = validate;

/** Parameters of Cancel All Algo Open Orders (`DELETE /fapi/v1/algoOpenOrders`). */
export interface CancelAlgoOpenOrdersParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
}

/** Cancel All Algo Open Orders: the response body with Binance's names. Cancels every working algo (conditional) order of one symbol; answers with a code-200 message, not the orders (each gets its ALGO_UPDATE CANCELED). */
export interface CancelAlgoOpenOrdersResponse {
  /** 200 (a success, despite the name). */
  code: number;
  /** What was done. */
  msg: string;
}

/** Cancel All Algo Open Orders, parsed: readable names; decimals are exact strings unless `parseCancelAlgoOpenOrdersResponse` is given a `decimal` converter. */
export interface ParsedCancelAlgoOpenOrdersResponse {
  /** 200 (a success, despite the name). */
  code: number;
  /** What was done. */
  msg: string;
}

/** Descriptor of Cancel All Algo Open Orders: data the runtime interprets. */
export const cancelAlgoOpenOrdersOperation: OperationDescriptor<CancelAlgoOpenOrdersParams, CancelAlgoOpenOrdersResponse> = { operation: "cancelAlgoOpenOrders", security: "TRADE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true}}, rest: {"method":"DELETE","path":"/fapi/v1/algoOpenOrders"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/cancel-algo-open-orders.json", validate: validateCancelAlgoOpenOrdersResponse };

/**
 * Cancel All Algo Open Orders: `DELETE /fapi/v1/algoOpenOrders`. Cancels every working algo (conditional) order of one symbol; answers with a code-200 message, not the orders (each gets its ALGO_UPDATE CANCELED).
 *
 * Emits the full JSON body once, then completes; parse it with `parseCancelAlgoOpenOrdersResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function cancelAlgoOpenOrdersHttp(params: CancelAlgoOpenOrdersParams, client?: HttpClient): Observable<CancelAlgoOpenOrdersResponse> {
  return requestHttp(cancelAlgoOpenOrdersOperation, params, client);
}

/** Maps a raw `CancelAlgoOpenOrdersResponse` to the readable `ParsedCancelAlgoOpenOrdersResponse`. */
export function parseCancelAlgoOpenOrdersResponse(raw: CancelAlgoOpenOrdersResponse): ParsedCancelAlgoOpenOrdersResponse {
  return { code: raw.code, msg: raw.msg };
}
