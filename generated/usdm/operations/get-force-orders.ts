// Generated from spec/usdm/operations/get-force-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-force-orders';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetForceOrdersResponse: Validator = validate;

/** Parameters of User's Force Orders (`GET /fapi/v1/forceOrders`). */
export interface GetForceOrdersParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
  /** LIQUIDATION or ADL; both when left out. */
  autoCloseType?: "LIQUIDATION" | "ADL";
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; default 50, at most 100. Default: `50`. */
  limit?: number;
}

/** User's Force Orders: the response body with Binance's names. The account's liquidation and auto-deleveraging (ADL) orders, newest kept 7 days back from endTime when startTime is left out. */
export type GetForceOrdersResponse = Array<{
  /** Order id. */
  orderId: number;
  /** Symbol. */
  symbol: string;
  /** Order status. */
  status: string;
  /** Client order id (autoclose-… for a liquidation, adl_autoclose for ADL). */
  clientOrderId: string;
  /** Price. Exact decimal. */
  price: string;
  /** Average fill price. Exact decimal. */
  avgPrice: string;
  /** Quantity ordered. Exact decimal. */
  origQty: string;
  /** Quantity filled. Exact decimal. */
  executedQty: string;
  /** Quote amount filled. Exact decimal. */
  cumQuote: string;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Whether the order only reduces the position. */
  reduceOnly: boolean;
  /** Whether the order closes the position. */
  closePosition: boolean;
  /** BUY or SELL. */
  side: string;
  /** Position side. */
  positionSide: string;
  /** Trigger price (0). Exact decimal. */
  stopPrice: string;
  /** Price the trigger follows. */
  workingType: string;
  /** Order type as placed. */
  origType: string;
  /** Order time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Update time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}>;

/** User's Force Orders, parsed: readable names; decimals are exact strings unless `parseGetForceOrdersResponse` is given a `decimal` converter. */
export type ParsedGetForceOrdersResponse<D = string> = Array<{
  /** Order id. */
  orderId: number;
  /** Symbol. */
  symbol: string;
  /** Order status. */
  status: string;
  /** Client order id (autoclose-… for a liquidation, adl_autoclose for ADL). */
  clientOrderId: string;
  /** Price. Exact decimal. */
  price: D;
  /** Average fill price. Exact decimal. */
  avgPrice: D;
  /** Quantity ordered. Exact decimal. */
  origQty: D;
  /** Quantity filled. Exact decimal. */
  executedQty: D;
  /** Quote amount filled. Exact decimal. */
  cumQuote: D;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Whether the order only reduces the position. */
  reduceOnly: boolean;
  /** Whether the order closes the position. */
  closePosition: boolean;
  /** BUY or SELL. */
  side: string;
  /** Position side. */
  positionSide: string;
  /** Trigger price (0). Exact decimal. */
  stopPrice: D;
  /** Price the trigger follows. */
  workingType: string;
  /** Order type as placed. */
  origType: string;
  /** Order time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Update time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}>;

/** Descriptor of User's Force Orders: data the runtime interprets. */
export const getForceOrdersOperation: OperationDescriptor<GetForceOrdersParams, GetForceOrdersResponse> = { operation: "getForceOrders", security: "USER_DATA", weight: 50, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"},"autoCloseType":{"type":"string","enum":["LIQUIDATION","ADL"]},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":100}}, rest: {"method":"GET","path":"/fapi/v1/forceOrders"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-force-orders.json", validate: validateGetForceOrdersResponse };

/**
 * User's Force Orders: `GET /fapi/v1/forceOrders`. The account's liquidation and auto-deleveraging (ADL) orders, newest kept 7 days back from endTime when startTime is left out.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetForceOrdersResponse` if you want readable names. Weight 50 (symbol: 20; none: 50.). Security USER_DATA.
 */
export function getForceOrdersHttp(params?: GetForceOrdersParams, client?: HttpClient): Observable<GetForceOrdersResponse> {
  return requestHttp(getForceOrdersOperation, params ?? {}, client);
}

/** Maps a raw `GetForceOrdersResponse` to the readable `ParsedGetForceOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetForceOrdersResponse<D = string>(raw: GetForceOrdersResponse, options?: ParseOptions<D>): ParsedGetForceOrdersResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ orderId: item0.orderId, symbol: item0.symbol, status: item0.status, clientOrderId: item0.clientOrderId, price: decimal(item0.price), avgPrice: decimal(item0.avgPrice), origQty: decimal(item0.origQty), executedQty: decimal(item0.executedQty), cumQuote: decimal(item0.cumQuote), timeInForce: item0.timeInForce, type: item0.type, reduceOnly: item0.reduceOnly, closePosition: item0.closePosition, side: item0.side, positionSide: item0.positionSide, stopPrice: decimal(item0.stopPrice), workingType: item0.workingType, origType: item0.origType, time: item0.time, updateTime: item0.updateTime }));
}
