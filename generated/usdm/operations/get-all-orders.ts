// Generated from spec/usdm/operations/get-all-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-all-orders';
import { usdmProduct } from '../product';
import type { OrderFields, ParsedOrderFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAllOrdersResponse: Validator = validate;

/** Parameters of All Orders (`GET /fapi/v1/allOrders`). */
export interface GetAllOrdersParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Start from this order id (inclusive); the newest orders otherwise. */
  orderId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many orders (default 500). */
  limit?: number;
}

/** All Orders: the response body with Binance's names. Orders of one symbol, working or not, oldest first from orderId (or from the newest limit orders); canceled or expired orders without fills are kept for 3 days only. */
export type GetAllOrdersResponse = Array<{
  /** Average fill price. Exact decimal. */
  avgPrice: string;
  /** Quote amount filled so far. Exact decimal. */
  cumQuote: string;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
} & OrderFields>;

/** All Orders, parsed: readable names; decimals are exact strings unless `parseGetAllOrdersResponse` is given a `decimal` converter. */
export type ParsedGetAllOrdersResponse<D = string> = Array<{
  /** Average fill price. Exact decimal. */
  avgPrice: D;
  /** Quote amount filled so far. Exact decimal. */
  cumQuote: D;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
} & ParsedOrderFields<D>>;

/** Descriptor of All Orders: data the runtime interprets. */
export const getAllOrdersOperation: OperationDescriptor<GetAllOrdersParams, GetAllOrdersResponse> = { operation: "getAllOrders", security: "USER_DATA", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"orderId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/fapi/v1/allOrders"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-all-orders.json", validate: validateGetAllOrdersResponse };

/**
 * All Orders: `GET /fapi/v1/allOrders`. Orders of one symbol, working or not, oldest first from orderId (or from the newest limit orders); canceled or expired orders without fills are kept for 3 days only.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAllOrdersResponse` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getAllOrdersHttp(params: GetAllOrdersParams, client?: HttpClient): Observable<GetAllOrdersResponse> {
  return requestHttp(getAllOrdersOperation, params, client);
}

/** Maps a raw `GetAllOrdersResponse` to the readable `ParsedGetAllOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAllOrdersResponse<D = string>(raw: GetAllOrdersResponse, options?: ParseOptions<D>): ParsedGetAllOrdersResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ avgPrice: decimal(item0.avgPrice), cumQuote: decimal(item0.cumQuote), time: item0.time, clientOrderId: item0.clientOrderId, executedQty: decimal(item0.executedQty), orderId: item0.orderId, origQty: decimal(item0.origQty), origType: item0.origType, price: decimal(item0.price), reduceOnly: item0.reduceOnly, side: item0.side, positionSide: item0.positionSide, status: item0.status, stopPrice: decimal(item0.stopPrice), closePosition: item0.closePosition, symbol: item0.symbol, timeInForce: item0.timeInForce, type: item0.type, updateTime: item0.updateTime, workingType: item0.workingType, priceProtect: item0.priceProtect, priceMatch: item0.priceMatch, selfTradePreventionMode: item0.selfTradePreventionMode, goodTillDate: item0.goodTillDate, activatePrice: optionalDecimal(item0.activatePrice), priceRate: optionalDecimal(item0.priceRate) }));
}
