// Generated from spec/usdm/operations/get-open-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-open-order';
import { usdmProduct } from '../product';

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
export interface GetOpenOrderResponse {
  /** Average fill price. Exact decimal. */
  avgPrice: string;
  /** Quote amount filled so far. Exact decimal. */
  cumQuote: string;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Client order id. */
  clientOrderId: string;
  /** Quantity filled so far. Exact decimal. */
  executedQty: string;
  /** Order id. */
  orderId: number;
  /** Quantity ordered. Exact decimal. */
  origQty: string;
  /** Order type as placed (a triggered conditional order keeps its original type here). */
  origType: string;
  /** Limit price (0 for a market order). Exact decimal. */
  price: string;
  /** Whether the order may only reduce the position. */
  reduceOnly: boolean;
  /** BUY or SELL. */
  side: string;
  /** Position side: BOTH (one-way mode), LONG or SHORT (hedge mode). */
  positionSide: string;
  /** Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED, EXPIRED, EXPIRED_IN_MATCH). */
  status: string;
  /** Trigger price (0 when the order has none). Exact decimal. */
  stopPrice: string;
  /** Whether the order closes the whole position (close-all). */
  closePosition: boolean;
  /** Symbol. */
  symbol: string;
  /** Time in force (GTC, IOC, FOK, GTX, GTD). */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Last update of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Price a trigger follows: CONTRACT_PRICE or MARK_PRICE. */
  workingType: string;
  /** Whether the trigger price is protected. */
  priceProtect: boolean;
  /** Price match mode (NONE, OPPONENT, QUEUE, …). Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. */
  priceMatch?: string;
  /** Self-trade prevention mode. Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. */
  selfTradePreventionMode?: string;
  /** Automatic cancel time of a GTD order (0 otherwise). Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  goodTillDate?: number;
  /** Activation price of a trailing stop. Sent only when: Only for TRAILING_STOP_MARKET orders. Exact decimal. */
  activatePrice?: string;
  /** Callback rate of a trailing stop. Sent only when: Only for TRAILING_STOP_MARKET orders. Exact decimal. */
  priceRate?: string;
}

/** Query Current Open Order, parsed: readable names; decimals are exact strings unless `parseGetOpenOrderResponse` is given a `decimal` converter. */
export interface ParsedGetOpenOrderResponse<D = string> {
  /** Average fill price. Exact decimal. */
  avgPrice: D;
  /** Quote amount filled so far. Exact decimal. */
  cumQuote: D;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Client order id. */
  clientOrderId: string;
  /** Quantity filled so far. Exact decimal. */
  executedQty: D;
  /** Order id. */
  orderId: number;
  /** Quantity ordered. Exact decimal. */
  origQty: D;
  /** Order type as placed (a triggered conditional order keeps its original type here). */
  origType: string;
  /** Limit price (0 for a market order). Exact decimal. */
  price: D;
  /** Whether the order may only reduce the position. */
  reduceOnly: boolean;
  /** BUY or SELL. */
  side: string;
  /** Position side: BOTH (one-way mode), LONG or SHORT (hedge mode). */
  positionSide: string;
  /** Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED, EXPIRED, EXPIRED_IN_MATCH). */
  status: string;
  /** Trigger price (0 when the order has none). Exact decimal. */
  stopPrice: D;
  /** Whether the order closes the whole position (close-all). */
  closePosition: boolean;
  /** Symbol. */
  symbol: string;
  /** Time in force (GTC, IOC, FOK, GTX, GTD). */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Last update of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Price a trigger follows: CONTRACT_PRICE or MARK_PRICE. */
  workingType: string;
  /** Whether the trigger price is protected. */
  priceProtect: boolean;
  /** Price match mode (NONE, OPPONENT, QUEUE, …). Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. */
  priceMatch?: string | undefined;
  /** Self-trade prevention mode. Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. */
  selfTradePreventionMode?: string | undefined;
  /** Automatic cancel time of a GTD order (0 otherwise). Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  goodTillDate?: number | undefined;
  /** Activation price of a trailing stop. Sent only when: Only for TRAILING_STOP_MARKET orders. Exact decimal. */
  activatePrice?: D | undefined;
  /** Callback rate of a trailing stop. Sent only when: Only for TRAILING_STOP_MARKET orders. Exact decimal. */
  priceRate?: D | undefined;
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
