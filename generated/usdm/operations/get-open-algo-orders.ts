// Generated from spec/usdm/operations/get-open-algo-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-open-algo-orders';
import { usdmProduct } from '../product';
import type { AlgoOrderFields, AlgoOrderStateFields, ParsedAlgoOrderFields, ParsedAlgoOrderStateFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOpenAlgoOrdersResponse: Validator = validate;

/** Parameters of Current All Algo Open Orders (`GET /fapi/v1/openAlgoOrders`). */
export interface GetOpenAlgoOrdersParams {
  /** Algo type (CONDITIONAL). */
  algoType?: "CONDITIONAL";
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
  /** Algo order id assigned by Binance. */
  algoId?: number;
}

/** Current All Algo Open Orders: the response body with Binance's names. The working algo (conditional) orders of one symbol, or of every symbol without one. */
export type GetOpenAlgoOrdersResponse = Array<AlgoOrderFields & AlgoOrderStateFields>;

/** Current All Algo Open Orders, parsed: readable names; decimals are exact strings unless `parseGetOpenAlgoOrdersResponse` is given a `decimal` converter. */
export type ParsedGetOpenAlgoOrdersResponse<D = string> = Array<ParsedAlgoOrderFields<D> & ParsedAlgoOrderStateFields<D>>;

/** Descriptor of Current All Algo Open Orders: data the runtime interprets. */
export const getOpenAlgoOrdersOperation: OperationDescriptor<GetOpenAlgoOrdersParams, GetOpenAlgoOrdersResponse> = { operation: "getOpenAlgoOrders", security: "USER_DATA", weight: 1, params: {"algoType":{"type":"string","enum":["CONDITIONAL"]},"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"},"algoId":{"type":"integer","minimum":0}}, rest: {"method":"GET","path":"/fapi/v1/openAlgoOrders"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-open-algo-orders.json", validate: validateGetOpenAlgoOrdersResponse };

/**
 * Current All Algo Open Orders: `GET /fapi/v1/openAlgoOrders`. The working algo (conditional) orders of one symbol, or of every symbol without one.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOpenAlgoOrdersResponse` if you want readable names. Weight 1 (symbol: 1; none: 40.). Security USER_DATA.
 */
export function getOpenAlgoOrdersHttp(params?: GetOpenAlgoOrdersParams, client?: HttpClient): Observable<GetOpenAlgoOrdersResponse> {
  return requestHttp(getOpenAlgoOrdersOperation, params ?? {}, client);
}

/** Maps a raw `GetOpenAlgoOrdersResponse` to the readable `ParsedGetOpenAlgoOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOpenAlgoOrdersResponse<D = string>(raw: GetOpenAlgoOrdersResponse, options?: ParseOptions<D>): ParsedGetOpenAlgoOrdersResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ algoId: item0.algoId, clientAlgoId: item0.clientAlgoId, algoType: item0.algoType, orderType: item0.orderType, symbol: item0.symbol, side: item0.side, positionSide: item0.positionSide, timeInForce: item0.timeInForce, quantity: decimal(item0.quantity), algoStatus: item0.algoStatus, triggerPrice: decimal(item0.triggerPrice), price: decimal(item0.price), icebergQuantity: item0.icebergQuantity === null ? null : decimal(item0.icebergQuantity), selfTradePreventionMode: item0.selfTradePreventionMode, workingType: item0.workingType, priceMatch: item0.priceMatch, closePosition: item0.closePosition, priceProtect: item0.priceProtect, reduceOnly: item0.reduceOnly, createTime: item0.createTime, updateTime: item0.updateTime, triggerTime: item0.triggerTime, goodTillDate: item0.goodTillDate, actualOrderId: item0.actualOrderId, actualPrice: decimal(item0.actualPrice), actualType: item0.actualType, actualQty: optionalDecimal(item0.actualQty), tpTriggerPrice: optionalDecimal(item0.tpTriggerPrice), tpPrice: optionalDecimal(item0.tpPrice), slTriggerPrice: optionalDecimal(item0.slTriggerPrice), slPrice: optionalDecimal(item0.slPrice), tpOrderType: item0.tpOrderType }));
}
