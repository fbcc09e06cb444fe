// Generated from spec/usdm/operations/get-algo-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-algo-order';
import { usdmProduct } from '../product';
import type { AlgoOrderFields, AlgoOrderStateFields, ParsedAlgoOrderFields, ParsedAlgoOrderStateFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAlgoOrderResponse: Validator = validate;

/** Parameters of Query Algo Order (`GET /fapi/v1/algoOrder`). */
export interface GetAlgoOrderParams {
  /** Algo order id assigned by Binance. */
  algoId?: number;
  /** Client algo id given when the algo order was placed. */
  clientAlgoId?: string;
}

/** Query Algo Order: the response body with Binance's names. One algo (conditional) order of the account, found by algoId or clientAlgoId, with the order it placed once triggered. Not found: CANCELED or EXPIRED algo orders without fills after 3 days, and every algo order after 90 days. */
export type GetAlgoOrderResponse = AlgoOrderFields & AlgoOrderStateFields;

/** Query Algo Order, parsed: readable names; decimals are exact strings unless `parseGetAlgoOrderResponse` is given a `decimal` converter. */
export type ParsedGetAlgoOrderResponse<D = string> = ParsedAlgoOrderFields<D> & ParsedAlgoOrderStateFields<D>;

/** Descriptor of Query Algo Order: data the runtime interprets. */
export const getAlgoOrderOperation: OperationDescriptor<GetAlgoOrderParams, GetAlgoOrderResponse> = { operation: "getAlgoOrder", security: "USER_DATA", weight: 1, params: {"algoId":{"type":"integer","minimum":0},"clientAlgoId":{"type":"string","pattern":"^[.A-Z:/a-z0-9_-]{1,36}$"}}, anyOf: [["algoId","clientAlgoId"]], rest: {"method":"GET","path":"/fapi/v1/algoOrder"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-algo-order.json", validate: validateGetAlgoOrderResponse };

/**
 * Query Algo Order: `GET /fapi/v1/algoOrder`. One algo (conditional) order of the account, found by algoId or clientAlgoId, with the order it placed once triggered. Not found: CANCELED or EXPIRED algo orders without fills after 3 days, and every algo order after 90 days.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAlgoOrderResponse` if you want readable names. Weight 1. Security USER_DATA.
 */
export function getAlgoOrderHttp(params: GetAlgoOrderParams, client?: HttpClient): Observable<GetAlgoOrderResponse> {
  return requestHttp(getAlgoOrderOperation, params, client);
}

/** Maps a raw `GetAlgoOrderResponse` to the readable `ParsedGetAlgoOrderResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAlgoOrderResponse<D = string>(raw: GetAlgoOrderResponse, options?: ParseOptions<D>): ParsedGetAlgoOrderResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { algoId: raw.algoId, clientAlgoId: raw.clientAlgoId, algoType: raw.algoType, orderType: raw.orderType, symbol: raw.symbol, side: raw.side, positionSide: raw.positionSide, timeInForce: raw.timeInForce, quantity: decimal(raw.quantity), algoStatus: raw.algoStatus, triggerPrice: decimal(raw.triggerPrice), price: decimal(raw.price), icebergQuantity: raw.icebergQuantity === null ? null : decimal(raw.icebergQuantity), selfTradePreventionMode: raw.selfTradePreventionMode, workingType: raw.workingType, priceMatch: raw.priceMatch, closePosition: raw.closePosition, priceProtect: raw.priceProtect, reduceOnly: raw.reduceOnly, createTime: raw.createTime, updateTime: raw.updateTime, triggerTime: raw.triggerTime, goodTillDate: raw.goodTillDate, actualOrderId: raw.actualOrderId, actualPrice: decimal(raw.actualPrice), actualType: raw.actualType, actualQty: optionalDecimal(raw.actualQty), tpTriggerPrice: optionalDecimal(raw.tpTriggerPrice), tpPrice: optionalDecimal(raw.tpPrice), slTriggerPrice: optionalDecimal(raw.slTriggerPrice), slPrice: optionalDecimal(raw.slPrice), tpOrderType: raw.tpOrderType };
}
