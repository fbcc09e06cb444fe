// Generated from spec/usdm/operations/cancel-algo-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/cancel-algo-order';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCancelAlgoOrderResponse: Validator = validate;

/** Parameters of Cancel Algo Order (`DELETE /fapi/v1/algoOrder`, WebSocket API `algoOrder.cancel`). */
export interface CancelAlgoOrderParams {
  /** Algo order id assigned by Binance. */
  algoId?: number;
  /** Client algo id given when the algo order was placed. */
  clientAlgoId?: string;
}

/** Cancel Algo Order: the response body with Binance's names. Cancels a working algo (conditional) order, found by algoId or clientAlgoId: -2011 when there is none. Its ALGO_UPDATE says CANCELED. */
export interface CancelAlgoOrderResponse {
  /** Algo order id. */
  algoId: number;
  /** Client algo id. */
  clientAlgoId: string;
  /** "200" (a success; a string here, unlike the cancel-all answer). */
  code: string;
  /** What was done. */
  msg: string;
}

/** Cancel Algo Order, parsed: readable names; decimals are exact strings unless `parseCancelAlgoOrderResponse` is given a `decimal` converter. */
export interface ParsedCancelAlgoOrderResponse {
  /** Algo order id. */
  algoId: number;
  /** Client algo id. */
  clientAlgoId: string;
  /** "200" (a success; a string here, unlike the cancel-all answer). */
  code: string;
  /** What was done. */
  msg: string;
}

/** Descriptor of Cancel Algo Order: data the runtime interprets. */
export const cancelAlgoOrderOperation: OperationDescriptor<CancelAlgoOrderParams, CancelAlgoOrderResponse> = { operation: "cancelAlgoOrder", security: "TRADE", weight: 1, params: {"algoId":{"type":"integer","minimum":0},"clientAlgoId":{"type":"string","pattern":"^[.A-Z:/a-z0-9_-]{1,36}$"}}, anyOf: [["algoId","clientAlgoId"]], rest: {"method":"DELETE","path":"/fapi/v1/algoOrder"}, wsApi: {"method":"algoOrder.cancel"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/cancel-algo-order.json", validate: validateCancelAlgoOrderResponse };

/**
 * Cancel Algo Order: `DELETE /fapi/v1/algoOrder`. Cancels a working algo (conditional) order, found by algoId or clientAlgoId: -2011 when there is none. Its ALGO_UPDATE says CANCELED.
 *
 * Emits the full JSON body once, then completes; parse it with `parseCancelAlgoOrderResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function cancelAlgoOrderHttp(params: CancelAlgoOrderParams, client?: HttpClient): Observable<CancelAlgoOrderResponse> {
  return requestHttp(cancelAlgoOrderOperation, params, client);
}

/** Cancel Algo Order over the WebSocket API (`algoOrder.cancel`): returns a function that sends one request per subscription and emits its `result`. Cancels a working algo (conditional) order, found by algoId or clientAlgoId: -2011 when there is none. Its ALGO_UPDATE says CANCELED. Weight 1. Security TRADE. */
export function cancelAlgoOrderFactory(session: WsApiSession): (params: CancelAlgoOrderParams) => Observable<CancelAlgoOrderResponse> {
  return (params) => session.request(cancelAlgoOrderOperation, params);
}

/** Maps a raw `CancelAlgoOrderResponse` to the readable `ParsedCancelAlgoOrderResponse`. */
export function parseCancelAlgoOrderResponse(raw: CancelAlgoOrderResponse): ParsedCancelAlgoOrderResponse {
  return { algoId: raw.algoId, clientAlgoId: raw.clientAlgoId, code: raw.code, msg: raw.msg };
}
