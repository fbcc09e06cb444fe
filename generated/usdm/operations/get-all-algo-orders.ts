// Generated from spec/usdm/operations/get-all-algo-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-all-algo-orders';
import { usdmProduct } from '../product';
import type { AlgoOrderFields, AlgoOrderStateFields, ParsedAlgoOrderFields, ParsedAlgoOrderStateFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAllAlgoOrdersResponse: Validator = validate;

/** Parameters of Query All Algo Orders (`GET /fapi/v1/allAlgoOrders`). */
export interface GetAllAlgoOrdersParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Algo order id to start from (inclusive). */
  algoId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** Page of the results. */
  page?: number;
  /** How many algo orders (default 500, at most 1000). Default: `500`. */
  limit?: number;
}

/** Query All Algo Orders: the response body with Binance's names. The algo (conditional) orders of one symbol in any status: from algoId on when it is given, the most recent otherwise, within 7 days (the last 7 days by default). */
export type GetAllAlgoOrdersResponse = Array<AlgoOrderFields & AlgoOrderStateFields>;

/** Query All Algo Orders, parsed: readable names; decimals are exact strings unless `parseGetAllAlgoOrdersResponse` is given a `decimal` converter. */
export type ParsedGetAllAlgoOrdersResponse<D = string> = Array<ParsedAlgoOrderFields<D> & ParsedAlgoOrderStateFields<D>>;

/** Descriptor of Query All Algo Orders: data the runtime interprets. */
export const getAllAlgoOrdersOperation: OperationDescriptor<GetAllAlgoOrdersParams, GetAllAlgoOrdersResponse> = { operation: "getAllAlgoOrders", security: "USER_DATA", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"algoId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"page":{"type":"integer","minimum":1},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/fapi/v1/allAlgoOrders"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-all-algo-orders.json", validate: validateGetAllAlgoOrdersResponse };

/**
 * Query All Algo Orders: `GET /fapi/v1/allAlgoOrders`. The algo (conditional) orders of one symbol in any status: from algoId on when it is given, the most recent otherwise, within 7 days (the last 7 days by default).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAllAlgoOrdersResponse` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getAllAlgoOrdersHttp(params: GetAllAlgoOrdersParams, client?: HttpClient): Observable<GetAllAlgoOrdersResponse> {
  return requestHttp(getAllAlgoOrdersOperation, params, client);
}

/** Maps a raw `GetAllAlgoOrdersResponse` to the readable `ParsedGetAllAlgoOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAllAlgoOrdersResponse<D = string>(raw: GetAllAlgoOrdersResponse, options?: ParseOptions<D>): ParsedGetAllAlgoOrdersResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ algoId: item0.algoId, clientAlgoId: item0.clientAlgoId, algoType: item0.algoType, orderType: item0.orderType, symbol: item0.symbol, side: item0.side, positionSide: item0.positionSide, timeInForce: item0.timeInForce, quantity: decimal(item0.quantity), algoStatus: item0.algoStatus, triggerPrice: decimal(item0.triggerPrice), price: decimal(item0.price), icebergQuantity: item0.icebergQuantity === null ? null : decimal(item0.icebergQuantity), selfTradePreventionMode: item0.selfTradePreventionMode, workingType: item0.workingType, priceMatch: item0.priceMatch, closePosition: item0.closePosition, priceProtect: item0.priceProtect, reduceOnly: item0.reduceOnly, createTime: item0.createTime, updateTime: item0.updateTime, triggerTime: item0.triggerTime, goodTillDate: item0.goodTillDate, actualOrderId: item0.actualOrderId, actualPrice: decimal(item0.actualPrice), actualType: item0.actualType, actualQty: optionalDecimal(item0.actualQty), tpTriggerPrice: optionalDecimal(item0.tpTriggerPrice), tpPrice: optionalDecimal(item0.tpPrice), slTriggerPrice: optionalDecimal(item0.slTriggerPrice), slPrice: optionalDecimal(item0.slPrice), tpOrderType: item0.tpOrderType }));
}
