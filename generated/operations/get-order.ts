// Generated from spec/operations/get-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-order';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOrderResponse: Validator = validate;

/** Parameters of Query order (`GET /api/v3/order`, WebSocket API `order.status`). */
export interface GetOrderParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Client order id given when the order was placed. */
  origClientOrderId?: string;
}

/** Query order: the response body with Binance's names. Where an order stands: its status, how much of it has filled, its prices. Find it by orderId or by the client order id it was placed with. */
export interface GetOrderResponse {
  /** Symbol. */
  symbol: string;
  /** Order id. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Client order id. */
  clientOrderId: string;
  /** Limit price. Exact decimal. */
  price: string;
  /** Quantity ordered. Exact decimal. */
  origQty: string;
  /** Quantity filled so far. Exact decimal. */
  executedQty: string;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. */
  cummulativeQuoteQty: string;
  /** Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH). */
  status: string;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Order side. */
  side: string;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Last change of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Whether the order is on the book (or its stop is armed). */
  isWorking: boolean;
  /** When the order started working; -1 while it has not. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  workingTime: number;
  /** quoteOrderQty as sent. Exact decimal. */
  origQuoteOrderQty: string;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
  /** Visible quantity of an iceberg order. Sent only when: Appears only if the parameter icebergQty was sent in the request. Exact decimal. */
  icebergQty?: string;
  /** Price the order is triggered at. Sent only when: Appears for STOP_LOSS, TAKE_PROFIT, STOP_LOSS_LIMIT and TAKE_PROFIT_LIMIT orders. Exact decimal. */
  stopPrice?: string;
  /** Strategy id the order was labelled with. Sent only when: Appears if the parameter was populated in the request. */
  strategyId?: number;
  /** Strategy type the order was labelled with. Sent only when: Appears if the parameter was populated in the request. */
  strategyType?: number;
  /** Trailing distance in basis points. Sent only when: Appears for trailing stop orders. */
  trailingDelta?: number;
  /** When the trailing stop started tracking the price (milliseconds); -1 until then. Sent only when: Appears only for trailing stop orders. */
  trailingTime?: number;
  /** Whether the order used SOR. Sent only when: Appears when placing orders using SOR. */
  usedSor?: boolean;
  /** Who fills the order: EXCHANGE (the order book it was sent to) or SOR. Sent only when: Appears when placing orders using SOR. */
  workingFloor?: string;
  /** Why the order expired (enums.md > Expiry reasons: INSUFFICIENT_LIQUIDITY, EXECUTION_RULE_PRICE_RANGE_EXCEEDED, …). Sent only when: When the order has expired. */
  expiryReason?: string;
  /** Peg type (PRIMARY_PEG or MARKET_PEG). Sent only when: Only for pegged orders. */
  pegPriceType?: string;
  /** Peg offset type (PRICE_LEVEL). Sent only when: Only for pegged orders, if requested. */
  pegOffsetType?: string;
  /** Peg offset, in price levels. Sent only when: Only for pegged orders, if requested. */
  pegOffsetValue?: number;
  /** Price the order is currently pegged at. Sent only when: Only for pegged orders, once determined. Exact decimal. */
  peggedPrice?: string;
  /** Id of the prevented match (query it with symbol, getMyPreventedMatches). Sent only when: Appears only if the order expired due to STP. */
  preventedMatchId?: number;
  /** Order quantity that expired due to STP. Sent only when: Appears only if the order expired due to STP. Exact decimal. */
  preventedQuantity?: string;
}

/** Query order, parsed: readable names; decimals are exact strings unless `parseGetOrderResponse` is given a `decimal` converter. */
export interface ParsedGetOrderResponse<D = string> {
  /** Symbol. */
  symbol: string;
  /** Order id. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Client order id. */
  clientOrderId: string;
  /** Limit price. Exact decimal. */
  price: D;
  /** Quantity ordered. Exact decimal. */
  origQty: D;
  /** Quantity filled so far. Exact decimal. */
  executedQty: D;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. Wire field `cummulativeQuoteQty`. */
  cumulativeQuoteQty: D;
  /** Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH). */
  status: string;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Order side. */
  side: string;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Last change of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Whether the order is on the book (or its stop is armed). */
  isWorking: boolean;
  /** When the order started working; -1 while it has not. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  workingTime: number;
  /** quoteOrderQty as sent. Exact decimal. */
  origQuoteOrderQty: D;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
  /** Visible quantity of an iceberg order. Sent only when: Appears only if the parameter icebergQty was sent in the request. Exact decimal. */
  icebergQty?: D | undefined;
  /** Price the order is triggered at. Sent only when: Appears for STOP_LOSS, TAKE_PROFIT, STOP_LOSS_LIMIT and TAKE_PROFIT_LIMIT orders. Exact decimal. */
  stopPrice?: D | undefined;
  /** Strategy id the order was labelled with. Sent only when: Appears if the parameter was populated in the request. */
  strategyId?: number | undefined;
  /** Strategy type the order was labelled with. Sent only when: Appears if the parameter was populated in the request. */
  strategyType?: number | undefined;
  /** Trailing distance in basis points. Sent only when: Appears for trailing stop orders. */
  trailingDelta?: number | undefined;
  /** When the trailing stop started tracking the price (milliseconds); -1 until then. Sent only when: Appears only for trailing stop orders. */
  trailingTime?: number | undefined;
  /** Whether the order used SOR. Sent only when: Appears when placing orders using SOR. */
  usedSor?: boolean | undefined;
  /** Who fills the order: EXCHANGE (the order book it was sent to) or SOR. Sent only when: Appears when placing orders using SOR. */
  workingFloor?: string | undefined;
  /** Why the order expired (enums.md > Expiry reasons: INSUFFICIENT_LIQUIDITY, EXECUTION_RULE_PRICE_RANGE_EXCEEDED, …). Sent only when: When the order has expired. */
  expiryReason?: string | undefined;
  /** Peg type (PRIMARY_PEG or MARKET_PEG). Sent only when: Only for pegged orders. */
  pegPriceType?: string | undefined;
  /** Peg offset type (PRICE_LEVEL). Sent only when: Only for pegged orders, if requested. */
  pegOffsetType?: string | undefined;
  /** Peg offset, in price levels. Sent only when: Only for pegged orders, if requested. */
  pegOffsetValue?: number | undefined;
  /** Price the order is currently pegged at. Sent only when: Only for pegged orders, once determined. Exact decimal. */
  peggedPrice?: D | undefined;
  /** Id of the prevented match (query it with symbol, getMyPreventedMatches). Sent only when: Appears only if the order expired due to STP. */
  preventedMatchId?: number | undefined;
  /** Order quantity that expired due to STP. Sent only when: Appears only if the order expired due to STP. Exact decimal. */
  preventedQuantity?: D | undefined;
}

/** Descriptor of Query order: data the runtime interprets. */
export const getOrderOperation: OperationDescriptor<GetOrderParams, GetOrderResponse> = { operation: "getOrder", security: "USER_DATA", weight: 4, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"orderId":{"type":"integer","minimum":0},"origClientOrderId":{"type":"string"}}, anyOf: [["orderId","origClientOrderId"]], rest: {"method":"GET","path":"/api/v3/order"}, wsApi: {"method":"order.status"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-order.json", validate: validateGetOrderResponse };

/**
 * Query order: `GET /api/v3/order`. Where an order stands: its status, how much of it has filled, its prices. Find it by orderId or by the client order id it was placed with.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOrderResponse` if you want readable names. Weight 4. Security USER_DATA.
 */
export function getOrderHttp(params: GetOrderParams, client?: HttpClient): Observable<GetOrderResponse> {
  return requestHttp(getOrderOperation, params, client);
}

/** Query order over the WebSocket API (`order.status`): returns a function that sends one request per subscription and emits its `result`. Where an order stands: its status, how much of it has filled, its prices. Find it by orderId or by the client order id it was placed with. Weight 4. Security USER_DATA. */
export function getOrderFactory(session: WsApiSession): (params: GetOrderParams) => Observable<GetOrderResponse> {
  return (params) => session.request(getOrderOperation, params);
}

/** Maps a raw `GetOrderResponse` to the readable `ParsedGetOrderResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOrderResponse<D = string>(raw: GetOrderResponse, options?: ParseOptions<D>): ParsedGetOrderResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { symbol: raw.symbol, orderId: raw.orderId, orderListId: raw.orderListId, clientOrderId: raw.clientOrderId, price: decimal(raw.price), origQty: decimal(raw.origQty), executedQty: decimal(raw.executedQty), cumulativeQuoteQty: decimal(raw.cummulativeQuoteQty), status: raw.status, timeInForce: raw.timeInForce, type: raw.type, side: raw.side, time: raw.time, updateTime: raw.updateTime, isWorking: raw.isWorking, workingTime: raw.workingTime, origQuoteOrderQty: decimal(raw.origQuoteOrderQty), selfTradePreventionMode: raw.selfTradePreventionMode, icebergQty: optionalDecimal(raw.icebergQty), stopPrice: optionalDecimal(raw.stopPrice), strategyId: raw.strategyId, strategyType: raw.strategyType, trailingDelta: raw.trailingDelta, trailingTime: raw.trailingTime, usedSor: raw.usedSor, workingFloor: raw.workingFloor, expiryReason: raw.expiryReason, pegPriceType: raw.pegPriceType, pegOffsetType: raw.pegOffsetType, pegOffsetValue: raw.pegOffsetValue, peggedPrice: optionalDecimal(raw.peggedPrice), preventedMatchId: raw.preventedMatchId, preventedQuantity: optionalDecimal(raw.preventedQuantity) };
}
