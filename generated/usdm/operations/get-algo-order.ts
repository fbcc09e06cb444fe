// Generated from spec/usdm/operations/get-algo-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-algo-order';
import { usdmProduct } from '../product';

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
export interface GetAlgoOrderResponse {
  /** Algo order id (counts up per symbol). */
  algoId: number;
  /** Client algo id. */
  clientAlgoId: string;
  /** Algo type (CONDITIONAL). */
  algoType: string;
  /** Conditional order type: STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET or TRAILING_STOP_MARKET. */
  orderType: string;
  /** Symbol. */
  symbol: string;
  /** BUY or SELL. */
  side: string;
  /** Position side: BOTH (one-way mode), LONG or SHORT (hedge mode). */
  positionSide: string;
  /** Time in force of the order placed when triggered. */
  timeInForce: string;
  /** Quantity ordered (0 for close-all). Exact decimal. */
  quantity: string;
  /** Algo status: NEW, CANCELED, TRIGGERING, TRIGGERED, FINISHED, REJECTED or EXPIRED. */
  algoStatus: string;
  /** Price that triggers the order. Exact decimal. */
  triggerPrice: string;
  /** Limit price of the order placed when triggered (0 for the market types). Exact decimal. */
  price: string;
  /** Iceberg quantity (null in the docs' examples). Exact decimal. */
  icebergQuantity: string | null;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
  /** Price the trigger follows: CONTRACT_PRICE (last price) or MARK_PRICE. */
  workingType: string;
  /** Price match mode (NONE, OPPONENT, QUEUE, …). */
  priceMatch: string;
  /** Whether the order closes the whole position when triggered (close-all). */
  closePosition: boolean;
  /** Whether the trigger is price-protected. */
  priceProtect: boolean;
  /** Whether the order may only reduce the position. */
  reduceOnly: boolean;
  /** When the algo order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  createTime: number;
  /** Last update of the algo order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** When it was triggered (0 before). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  triggerTime: number;
  /** Automatic cancel time of a GTD order (0 otherwise). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  goodTillDate: number;
  /** Id of the order placed in the matching engine when triggered (empty before). */
  actualOrderId: string;
  /** Average fill price of that order (0 before). Exact decimal. */
  actualPrice: string;
  /** Order type placed in the matching engine. Sent only when: Only present when triggered (binance-connector-js; the docs' example, not triggered, lacks it). */
  actualType?: string;
  /** Quantity that order filled. Sent only when: Only present when filled or partially filled (binance-connector-js; the docs' example lacks it). Exact decimal. */
  actualQty?: string;
  /** Take-profit trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  tpTriggerPrice?: string;
  /** Take-profit price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  tpPrice?: string;
  /** Stop-loss trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  slTriggerPrice?: string;
  /** Stop-loss price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  slPrice?: string;
  /** Take-profit order type (empty when none). */
  tpOrderType: string;
}

/** Query Algo Order, parsed: readable names; decimals are exact strings unless `parseGetAlgoOrderResponse` is given a `decimal` converter. */
export interface ParsedGetAlgoOrderResponse<D = string> {
  /** Algo order id (counts up per symbol). */
  algoId: number;
  /** Client algo id. */
  clientAlgoId: string;
  /** Algo type (CONDITIONAL). */
  algoType: string;
  /** Conditional order type: STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET or TRAILING_STOP_MARKET. */
  orderType: string;
  /** Symbol. */
  symbol: string;
  /** BUY or SELL. */
  side: string;
  /** Position side: BOTH (one-way mode), LONG or SHORT (hedge mode). */
  positionSide: string;
  /** Time in force of the order placed when triggered. */
  timeInForce: string;
  /** Quantity ordered (0 for close-all). Exact decimal. */
  quantity: D;
  /** Algo status: NEW, CANCELED, TRIGGERING, TRIGGERED, FINISHED, REJECTED or EXPIRED. */
  algoStatus: string;
  /** Price that triggers the order. Exact decimal. */
  triggerPrice: D;
  /** Limit price of the order placed when triggered (0 for the market types). Exact decimal. */
  price: D;
  /** Iceberg quantity (null in the docs' examples). Exact decimal. */
  icebergQuantity: D | null;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
  /** Price the trigger follows: CONTRACT_PRICE (last price) or MARK_PRICE. */
  workingType: string;
  /** Price match mode (NONE, OPPONENT, QUEUE, …). */
  priceMatch: string;
  /** Whether the order closes the whole position when triggered (close-all). */
  closePosition: boolean;
  /** Whether the trigger is price-protected. */
  priceProtect: boolean;
  /** Whether the order may only reduce the position. */
  reduceOnly: boolean;
  /** When the algo order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  createTime: number;
  /** Last update of the algo order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** When it was triggered (0 before). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  triggerTime: number;
  /** Automatic cancel time of a GTD order (0 otherwise). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  goodTillDate: number;
  /** Id of the order placed in the matching engine when triggered (empty before). */
  actualOrderId: string;
  /** Average fill price of that order (0 before). Exact decimal. */
  actualPrice: D;
  /** Order type placed in the matching engine. Sent only when: Only present when triggered (binance-connector-js; the docs' example, not triggered, lacks it). */
  actualType?: string | undefined;
  /** Quantity that order filled. Sent only when: Only present when filled or partially filled (binance-connector-js; the docs' example lacks it). Exact decimal. */
  actualQty?: D | undefined;
  /** Take-profit trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  tpTriggerPrice?: D | undefined;
  /** Take-profit price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  tpPrice?: D | undefined;
  /** Stop-loss trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  slTriggerPrice?: D | undefined;
  /** Stop-loss price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  slPrice?: D | undefined;
  /** Take-profit order type (empty when none). */
  tpOrderType: string;
}

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
