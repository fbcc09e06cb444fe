// Generated from spec/usdm/operations/get-open-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-open-order';
import { usdmProduct } from '../product';
import type { OrderFields, ParsedOrderFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOpenOrderResponse: Validator = validate;

/** Parameters of Query Current Open Order (`GET /fapi/v1/openOrder`). */
export interface GetOpenOrderParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Client order id given when the order was placed. */
  origClientOrderId?: string;
}

/** Query Current Open Order: the response body with Binance's names. One open order of the account, found by orderId or client order id: -2013 "Order does not exist." when there is none or it is no longer open (filled, canceled, expired). */
export interface GetOpenOrderResponse extends OrderFields {
  /** Average fill price. Exact decimal. */
  avgPrice: string;
  /** Quote amount filled so far. Exact decimal. */
  cumQuote: string;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}

/** Query Current Open Order, parsed: readable names; decimals are exact strings unless `parseGetOpenOrderResponse` is given a `decimal` converter. */
export interface ParsedGetOpenOrderResponse<D = string> extends ParsedOrderFields<D> {
  /** Average fill price. Exact decimal. */
  avgPrice: D;
  /** Quote amount filled so far. Exact decimal. */
  cumQuote: D;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}

/** Descriptor of Query Current Open Order: data the runtime interprets. */
export const getOpenOrderOperation: OperationDescriptor<GetOpenOrderParams, GetOpenOrderResponse> = { operation: "getOpenOrder", security: "USER_DATA", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"orderId":{"type":"integer","minimum":0},"origClientOrderId":{"type":"string"}}, anyOf: [["orderId","origClientOrderId"]], rest: {"method":"GET","path":"/fapi/v1/openOrder"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-open-order.json", validate: validateGetOpenOrderResponse };

/**
 * Query Current Open Order: `GET /fapi/v1/openOrder`. One open order of the account, found by orderId or client order id: -2013 "Order does not exist." when there is none or it is no longer open (filled, canceled, expired).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOpenOrderResponse` if you want readable names. Weight 1. Security USER_DATA.
 */
export function getOpenOrderHttp(params: GetOpenOrderParams, client?: HttpClient): Observable<GetOpenOrderResponse> {
  return requestHttp(getOpenOrderOperation, params, client);
}

/** Maps a raw `GetOpenOrderResponse` to the readable `ParsedGetOpenOrderResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOpenOrderResponse<D = string>(raw: GetOpenOrderResponse, options?: ParseOptions<D>): ParsedGetOpenOrderResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { avgPrice: decimal(raw.avgPrice), cumQuote: decimal(raw.cumQuote), time: raw.time, clientOrderId: raw.clientOrderId, executedQty: decimal(raw.executedQty), orderId: raw.orderId, origQty: decimal(raw.origQty), origType: raw.origType, price: decimal(raw.price), reduceOnly: raw.reduceOnly, side: raw.side, positionSide: raw.positionSide, status: raw.status, stopPrice: decimal(raw.stopPrice), closePosition: raw.closePosition, symbol: raw.symbol, timeInForce: raw.timeInForce, type: raw.type, updateTime: raw.updateTime, workingType: raw.workingType, priceProtect: raw.priceProtect, priceMatch: raw.priceMatch, selfTradePreventionMode: raw.selfTradePreventionMode, goodTillDate: raw.goodTillDate, activatePrice: optionalDecimal(raw.activatePrice), priceRate: optionalDecimal(raw.priceRate) };
}
