// Generated from spec/operations/cancel-open-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/cancel-open-orders';
import { spotProduct } from '../product';
import type { OrderConditionalFields, ParsedOrderConditionalFields, ParsedPegFields, ParsedPreventedMatchFields, PegFields, PreventedMatchFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCancelOpenOrdersResponse: Validator = validate;

/** Parameters of Cancel All Open Orders on a Symbol (`DELETE /api/v3/openOrders`, WebSocket API `openOrders.cancelAll`). */
export interface CancelOpenOrdersParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
}

/** Cancel All Open Orders on a Symbol: the response body with Binance's names. Cancels every open order of a symbol, order lists included; the answer lists what was canceled. */
export type CancelOpenOrdersResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** Client order id the order had before this request. */
  origClientOrderId?: string;
  /** Order id. */
  orderId?: number;
  /** Order list id. */
  orderListId: number;
  /** Client order id. */
  clientOrderId?: string;
  /** When the request took effect. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactTime?: number;
  /** Limit price (0 when the order has none). Exact decimal. */
  price?: string;
  /** Quantity ordered. Exact decimal. */
  origQty?: string;
  /** Quantity filled so far. Exact decimal. */
  executedQty?: string;
  /** quoteOrderQty as sent (0 when not used). Exact decimal. */
  origQuoteOrderQty?: string;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. */
  cummulativeQuoteQty?: string;
  /** Order status (NEW, PENDING_NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH, …). */
  status?: string;
  /** Time in force (GTC, IOC or FOK). */
  timeInForce?: string;
  /** Order type. */
  type?: string;
  /** BUY or SELL. */
  side?: string;
  /** Self-trade prevention mode. */
  selfTradePreventionMode?: string;
  /** Kind of order list (OCO or OTO). */
  contingencyType?: string;
  /** List status (RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE). */
  listStatusType?: string;
  /** Order status of the list (EXECUTING, ALL_DONE or REJECT). */
  listOrderStatus?: string;
  /** Client id of the order list. */
  listClientOrderId?: string;
  /** When the request took effect. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactionTime?: number;
  /** The orders of the list, by id. */
  orders?: Array<{
    /** Symbol. */
    symbol: string;
    /** Order id. */
    orderId: number;
    /** Client order id. */
    clientOrderId: string;
  }>;
  /** Each order of the list, in the format newOrderRespType selects. */
  orderReports?: Array<{
    /** Symbol. */
    symbol: string;
    /** Client order id of the order before the cancel. */
    origClientOrderId: string;
    /** Order id. */
    orderId: number;
    /** Order list id; -1 unless the order is part of an order list. */
    orderListId: number;
    /** Client order id the cancel gave the order. */
    clientOrderId: string;
    /** When the request took effect. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    transactTime: number;
    /** Limit price (0 when the order has none). Exact decimal. */
    price: string;
    /** Quantity ordered. Exact decimal. */
    origQty: string;
    /** Quantity filled so far. Exact decimal. */
    executedQty: string;
    /** quoteOrderQty as sent (0 when not used). Exact decimal. */
    origQuoteOrderQty: string;
    /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. */
    cummulativeQuoteQty: string;
    /** Order status (NEW, PENDING_NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH, …). */
    status: string;
    /** Time in force (GTC, IOC or FOK). */
    timeInForce: string;
    /** Order type. */
    type: string;
    /** BUY or SELL. */
    side: string;
    /** Self-trade prevention mode. */
    selfTradePreventionMode: string;
  } & OrderConditionalFields & PegFields & PreventedMatchFields>;
} & OrderConditionalFields & PegFields & PreventedMatchFields>;

/** Cancel All Open Orders on a Symbol, parsed: readable names; decimals are exact strings unless `parseCancelOpenOrdersResponse` is given a `decimal` converter. */
export type ParsedCancelOpenOrdersResponse<D = string> = Array<{
  /** Symbol. */
  symbol: string;
  /** Client order id the order had before this request. */
  origClientOrderId?: string | undefined;
  /** Order id. */
  orderId?: number | undefined;
  /** Order list id. */
  orderListId: number;
  /** Client order id. */
  clientOrderId?: string | undefined;
  /** When the request took effect. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactTime?: number | undefined;
  /** Limit price (0 when the order has none). Exact decimal. */
  price?: D | undefined;
  /** Quantity ordered. Exact decimal. */
  origQty?: D | undefined;
  /** Quantity filled so far. Exact decimal. */
  executedQty?: D | undefined;
  /** quoteOrderQty as sent (0 when not used). Exact decimal. */
  origQuoteOrderQty?: D | undefined;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. Wire field `cummulativeQuoteQty`. */
  cumulativeQuoteQty?: D | undefined;
  /** Order status (NEW, PENDING_NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH, …). */
  status?: string | undefined;
  /** Time in force (GTC, IOC or FOK). */
  timeInForce?: string | undefined;
  /** Order type. */
  type?: string | undefined;
  /** BUY or SELL. */
  side?: string | undefined;
  /** Self-trade prevention mode. */
  selfTradePreventionMode?: string | undefined;
  /** Kind of order list (OCO or OTO). */
  contingencyType?: string | undefined;
  /** List status (RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE). */
  listStatusType?: string | undefined;
  /** Order status of the list (EXECUTING, ALL_DONE or REJECT). */
  listOrderStatus?: string | undefined;
  /** Client id of the order list. */
  listClientOrderId?: string | undefined;
  /** When the request took effect. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactionTime?: number | undefined;
  /** The orders of the list, by id. */
  orders?: Array<{
    /** Symbol. */
    symbol: string;
    /** Order id. */
    orderId: number;
    /** Client order id. */
    clientOrderId: string;
  }> | undefined;
  /** Each order of the list, in the format newOrderRespType selects. */
  orderReports?: Array<{
    /** Symbol. */
    symbol: string;
    /** Client order id of the order before the cancel. */
    origClientOrderId: string;
    /** Order id. */
    orderId: number;
    /** Order list id; -1 unless the order is part of an order list. */
    orderListId: number;
    /** Client order id the cancel gave the order. */
    clientOrderId: string;
    /** When the request took effect. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    transactTime: number;
    /** Limit price (0 when the order has none). Exact decimal. */
    price: D;
    /** Quantity ordered. Exact decimal. */
    origQty: D;
    /** Quantity filled so far. Exact decimal. */
    executedQty: D;
    /** quoteOrderQty as sent (0 when not used). Exact decimal. */
    origQuoteOrderQty: D;
    /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. Wire field `cummulativeQuoteQty`. */
    cumulativeQuoteQty: D;
    /** Order status (NEW, PENDING_NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH, …). */
    status: string;
    /** Time in force (GTC, IOC or FOK). */
    timeInForce: string;
    /** Order type. */
    type: string;
    /** BUY or SELL. */
    side: string;
    /** Self-trade prevention mode. */
    selfTradePreventionMode: string;
  } & ParsedOrderConditionalFields<D> & ParsedPegFields<D> & ParsedPreventedMatchFields<D>> | undefined;
} & ParsedOrderConditionalFields<D> & ParsedPegFields<D> & ParsedPreventedMatchFields<D>>;

/** Descriptor of Cancel All Open Orders on a Symbol: data the runtime interprets. */
export const cancelOpenOrdersOperation: OperationDescriptor<CancelOpenOrdersParams, CancelOpenOrdersResponse> = { operation: "cancelOpenOrders", security: "TRADE", weight: 1, weightOnSuccess: 0, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true}}, rest: {"method":"DELETE","path":"/api/v3/openOrders"}, wsApi: {"method":"openOrders.cancelAll"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/cancel-open-orders.json", validate: validateCancelOpenOrdersResponse };

/**
 * Cancel All Open Orders on a Symbol: `DELETE /api/v3/openOrders`. Cancels every open order of a symbol, order lists included; the answer lists what was canceled.
 *
 * Emits the full JSON body once, then completes; parse it with `parseCancelOpenOrdersResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function cancelOpenOrdersHttp(params: CancelOpenOrdersParams, client?: HttpClient): Observable<CancelOpenOrdersResponse> {
  return requestHttp(cancelOpenOrdersOperation, params, client);
}

/** Cancel All Open Orders on a Symbol over the WebSocket API (`openOrders.cancelAll`): returns a function that sends one request per subscription and emits its `result`. Cancels every open order of a symbol, order lists included; the answer lists what was canceled. Weight 1. Security TRADE. */
export function cancelOpenOrdersFactory(session: WsApiSession): (params: CancelOpenOrdersParams) => Observable<CancelOpenOrdersResponse> {
  return (params) => session.request(cancelOpenOrdersOperation, params);
}

/** Maps a raw `CancelOpenOrdersResponse` to the readable `ParsedCancelOpenOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseCancelOpenOrdersResponse<D = string>(raw: CancelOpenOrdersResponse, options?: ParseOptions<D>): ParsedCancelOpenOrdersResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ symbol: item0.symbol, origClientOrderId: item0.origClientOrderId, orderId: item0.orderId, orderListId: item0.orderListId, clientOrderId: item0.clientOrderId, transactTime: item0.transactTime, price: optionalDecimal(item0.price), origQty: optionalDecimal(item0.origQty), executedQty: optionalDecimal(item0.executedQty), origQuoteOrderQty: optionalDecimal(item0.origQuoteOrderQty), cumulativeQuoteQty: optionalDecimal(item0.cummulativeQuoteQty), status: item0.status, timeInForce: item0.timeInForce, type: item0.type, side: item0.side, selfTradePreventionMode: item0.selfTradePreventionMode, contingencyType: item0.contingencyType, listStatusType: item0.listStatusType, listOrderStatus: item0.listOrderStatus, listClientOrderId: item0.listClientOrderId, transactionTime: item0.transactionTime, orders: item0.orders === undefined ? undefined : item0.orders.map((item1) => ({ symbol: item1.symbol, orderId: item1.orderId, clientOrderId: item1.clientOrderId })), orderReports: item0.orderReports === undefined ? undefined : item0.orderReports.map((item1) => ({ symbol: item1.symbol, origClientOrderId: item1.origClientOrderId, orderId: item1.orderId, orderListId: item1.orderListId, clientOrderId: item1.clientOrderId, transactTime: item1.transactTime, price: decimal(item1.price), origQty: decimal(item1.origQty), executedQty: decimal(item1.executedQty), origQuoteOrderQty: decimal(item1.origQuoteOrderQty), cumulativeQuoteQty: decimal(item1.cummulativeQuoteQty), status: item1.status, timeInForce: item1.timeInForce, type: item1.type, side: item1.side, selfTradePreventionMode: item1.selfTradePreventionMode, icebergQty: optionalDecimal(item1.icebergQty), stopPrice: optionalDecimal(item1.stopPrice), strategyId: item1.strategyId, strategyType: item1.strategyType, trailingDelta: item1.trailingDelta, trailingTime: item1.trailingTime, usedSor: item1.usedSor, workingFloor: item1.workingFloor, expiryReason: item1.expiryReason, pegPriceType: item1.pegPriceType, pegOffsetType: item1.pegOffsetType, pegOffsetValue: item1.pegOffsetValue, peggedPrice: optionalDecimal(item1.peggedPrice), preventedMatchId: item1.preventedMatchId, preventedQuantity: optionalDecimal(item1.preventedQuantity) })), icebergQty: optionalDecimal(item0.icebergQty), stopPrice: optionalDecimal(item0.stopPrice), strategyId: item0.strategyId, strategyType: item0.strategyType, trailingDelta: item0.trailingDelta, trailingTime: item0.trailingTime, usedSor: item0.usedSor, workingFloor: item0.workingFloor, expiryReason: item0.expiryReason, pegPriceType: item0.pegPriceType, pegOffsetType: item0.pegOffsetType, pegOffsetValue: item0.pegOffsetValue, peggedPrice: optionalDecimal(item0.peggedPrice), preventedMatchId: item0.preventedMatchId, preventedQuantity: optionalDecimal(item0.preventedQuantity) }));
}
