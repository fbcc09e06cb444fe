// Generated from spec/usdm/operations/get-open-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-open-orders';
import { usdmProduct } from '../product';
import type { OrderFields, ParsedOrderFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOpenOrdersResponse: Validator = validate;

/** Parameters of Current All Open Orders (`GET /fapi/v1/openOrders`). */
export interface GetOpenOrdersParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Current All Open Orders: the response body with Binance's names. The working orders of one symbol, or of every symbol without one. */
export type GetOpenOrdersResponse = Array<{
  /** Average fill price. Exact decimal. */
  avgPrice: string;
  /** Quote amount filled so far. Exact decimal. */
  cumQuote: string;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
} & OrderFields>;

/** Current All Open Orders, parsed: readable names; decimals are exact strings unless `parseGetOpenOrdersResponse` is given a `decimal` converter. */
export type ParsedGetOpenOrdersResponse<D = string> = Array<{
  /** Average fill price. Exact decimal. */
  avgPrice: D;
  /** Quote amount filled so far. Exact decimal. */
  cumQuote: D;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
} & ParsedOrderFields<D>>;

/** Descriptor of Current All Open Orders: data the runtime interprets. */
export const getOpenOrdersOperation: OperationDescriptor<GetOpenOrdersParams, GetOpenOrdersResponse> = { operation: "getOpenOrders", security: "USER_DATA", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/openOrders"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-open-orders.json", validate: validateGetOpenOrdersResponse };

/**
 * Current All Open Orders: `GET /fapi/v1/openOrders`. The working orders of one symbol, or of every symbol without one.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOpenOrdersResponse` if you want readable names. Weight 1 (symbol: 1; none: 40.). Security USER_DATA.
 */
export function getOpenOrdersHttp(params?: GetOpenOrdersParams, client?: HttpClient): Observable<GetOpenOrdersResponse> {
  return requestHttp(getOpenOrdersOperation, params ?? {}, client);
}

/** Maps a raw `GetOpenOrdersResponse` to the readable `ParsedGetOpenOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOpenOrdersResponse<D = string>(raw: GetOpenOrdersResponse, options?: ParseOptions<D>): ParsedGetOpenOrdersResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ avgPrice: decimal(item0.avgPrice), cumQuote: decimal(item0.cumQuote), time: item0.time, clientOrderId: item0.clientOrderId, executedQty: decimal(item0.executedQty), orderId: item0.orderId, origQty: decimal(item0.origQty), origType: item0.origType, price: decimal(item0.price), reduceOnly: item0.reduceOnly, side: item0.side, positionSide: item0.positionSide, status: item0.status, stopPrice: decimal(item0.stopPrice), closePosition: item0.closePosition, symbol: item0.symbol, timeInForce: item0.timeInForce, type: item0.type, updateTime: item0.updateTime, workingType: item0.workingType, priceProtect: item0.priceProtect, priceMatch: item0.priceMatch, selfTradePreventionMode: item0.selfTradePreventionMode, goodTillDate: item0.goodTillDate, activatePrice: optionalDecimal(item0.activatePrice), priceRate: optionalDecimal(item0.priceRate) }));
}
