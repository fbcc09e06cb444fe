// Generated from spec/usdm/operations/get-open-algo-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-open-algo-orders';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
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
export type GetOpenAlgoOrdersResponse = Array<{
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
  /** Quantity ordered (0 for close-all). Exact decimal, as Binance sends it. */
  quantity: string;
  /** Algo status: NEW, CANCELED, TRIGGERING, TRIGGERED, FINISHED, REJECTED or EXPIRED. */
  algoStatus: string;
  /** Price that triggers the order. Exact decimal, as Binance sends it. */
  triggerPrice: string;
  /** Limit price of the order placed when triggered (0 for the market types). Exact decimal, as Binance sends it. */
  price: string;
  /** Iceberg quantity (null in the docs' examples). Exact decimal, as Binance sends it. */
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
  /** When the algo order was placed. Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). */
  createTime: number;
  /** Last update of the algo order. Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). */
  updateTime: number;
  /** When it was triggered (0 before). Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). */
  triggerTime: number;
  /** Automatic cancel time of a GTD order (0 otherwise). Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). */
  goodTillDate: number;
  /** Id of the order placed in the matching engine when triggered (empty before). */
  actualOrderId: string;
  /** Average fill price of that order (0 before). Exact decimal, as Binance sends it. */
  actualPrice: string;
  /** Order type placed in the matching engine. Sent only when: Only present when triggered (binance-connector-js; the docs' example, not triggered, lacks it). */
  actualType?: string;
  /** Quantity that order filled. Sent only when: Only present when filled or partially filled (binance-connector-js; the docs' example lacks it). Exact decimal, as Binance sends it. */
  actualQty?: string;
  /** Take-profit trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal, as Binance sends it. */
  tpTriggerPrice?: string;
  /** Take-profit price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal, as Binance sends it. */
  tpPrice?: string;
  /** Stop-loss trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal, as Binance sends it. */
  slTriggerPrice?: string;
  /** Stop-loss price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal, as Binance sends it. */
  slPrice?: string;
  /** Take-profit order type (empty when none). */
  tpOrderType: string;
}>;

/** Current All Algo Open Orders, parsed: readable names; decimals are exact strings unless `parseGetOpenAlgoOrdersResponse` is given a `decimal` converter. */
export type ParsedGetOpenAlgoOrdersResponse<D = string> = Array<{
  /** Algo order id (counts up per symbol). Wire field `algoId`. */
  algoId: number;
  /** Client algo id. Wire field `clientAlgoId`. */
  clientAlgoId: string;
  /** Algo type (CONDITIONAL). Wire field `algoType`. */
  algoType: string;
  /** Conditional order type: STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET or TRAILING_STOP_MARKET. Wire field `orderType`. */
  orderType: string;
  /** Symbol. Wire field `symbol`. */
  symbol: string;
  /** BUY or SELL. Wire field `side`. */
  side: string;
  /** Position side: BOTH (one-way mode), LONG or SHORT (hedge mode). Wire field `positionSide`. */
  positionSide: string;
  /** Time in force of the order placed when triggered. Wire field `timeInForce`. */
  timeInForce: string;
  /** Quantity ordered (0 for close-all). Exact decimal, as Binance sends it. Wire field `quantity`. */
  quantity: D;
  /** Algo status: NEW, CANCELED, TRIGGERING, TRIGGERED, FINISHED, REJECTED or EXPIRED. Wire field `algoStatus`. */
  algoStatus: string;
  /** Price that triggers the order. Exact decimal, as Binance sends it. Wire field `triggerPrice`. */
  triggerPrice: D;
  /** Limit price of the order placed when triggered (0 for the market types). Exact decimal, as Binance sends it. Wire field `price`. */
  price: D;
  /** Iceberg quantity (null in the docs' examples). Exact decimal, as Binance sends it. Wire field `icebergQuantity`. */
  icebergQuantity: D | null;
  /** Self-trade prevention mode. Wire field `selfTradePreventionMode`. */
  selfTradePreventionMode: string;
  /** Price the trigger follows: CONTRACT_PRICE (last price) or MARK_PRICE. Wire field `workingType`. */
  workingType: string;
  /** Price match mode (NONE, OPPONENT, QUEUE, …). Wire field `priceMatch`. */
  priceMatch: string;
  /** Whether the order closes the whole position when triggered (close-all). Wire field `closePosition`. */
  closePosition: boolean;
  /** Whether the trigger is price-protected. Wire field `priceProtect`. */
  priceProtect: boolean;
  /** Whether the order may only reduce the position. Wire field `reduceOnly`. */
  reduceOnly: boolean;
  /** When the algo order was placed. Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). Wire field `createTime`. */
  createTime: number;
  /** Last update of the algo order. Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). Wire field `updateTime`. */
  updateTime: number;
  /** When it was triggered (0 before). Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). Wire field `triggerTime`. */
  triggerTime: number;
  /** Automatic cancel time of a GTD order (0 otherwise). Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). Wire field `goodTillDate`. */
  goodTillDate: number;
  /** Id of the order placed in the matching engine when triggered (empty before). Wire field `actualOrderId`. */
  actualOrderId: string;
  /** Average fill price of that order (0 before). Exact decimal, as Binance sends it. Wire field `actualPrice`. */
  actualPrice: D;
  /** Order type placed in the matching engine. Sent only when: Only present when triggered (binance-connector-js; the docs' example, not triggered, lacks it). Wire field `actualType`. */
  actualType?: string;
  /** Quantity that order filled. Sent only when: Only present when filled or partially filled (binance-connector-js; the docs' example lacks it). Exact decimal, as Binance sends it. Wire field `actualQty`. */
  actualQty?: D;
  /** Take-profit trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal, as Binance sends it. Wire field `tpTriggerPrice`. */
  tpTriggerPrice?: D;
  /** Take-profit price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal, as Binance sends it. Wire field `tpPrice`. */
  tpPrice?: D;
  /** Stop-loss trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal, as Binance sends it. Wire field `slTriggerPrice`. */
  slTriggerPrice?: D;
  /** Stop-loss price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal, as Binance sends it. Wire field `slPrice`. */
  slPrice?: D;
  /** Take-profit order type (empty when none). Wire field `tpOrderType`. */
  tpOrderType: string;
}>;

/** Descriptor of Current All Algo Open Orders: data the runtime interprets. */
export const getOpenAlgoOrdersOperation: OperationDescriptor<GetOpenAlgoOrdersParams, GetOpenAlgoOrdersResponse> = { operation: "getOpenAlgoOrders", security: "USER_DATA", weight: 1, params: {"algoType":{"type":"string","enum":["CONDITIONAL"]},"symbol":{"type":"string","pattern":"^[A-Z0-9_.-]{1,30}$"},"algoId":{"type":"integer","minimum":0}}, rest: {"method":"GET","path":"/fapi/v1/openAlgoOrders"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-open-algo-orders.json", validate: validateGetOpenAlgoOrdersResponse };

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
