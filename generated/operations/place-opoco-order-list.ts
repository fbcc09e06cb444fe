// Generated from spec/operations/place-opoco-order-list.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import {
  requestHttp,
  decimalOf,
  type HttpClient,
  type OperationDescriptor,
  type ParseOptions,
  type Validator,
  type WsApiSession,
} from '../../src/generated-runtime';
import { validate } from '../validators/operations/place-opoco-order-list';
/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validatePlaceOpocoOrderListResponse: Validator = validate;

/** Parameters of New Order List - OPOCO (`POST /api/v3/orderList/opoco`, WebSocket API `orderList.place.opoco`). */
export interface PlaceOpocoOrderListParams {
  /** Trading pair such as BTCUSDT. */
  symbol: string;
  /** List client order id. */
  listClientOrderId?: string;
  /** Response detail: ACK, RESULT or FULL (with fills). MARKET and LIMIT default to FULL, others to ACK. */
  newOrderRespType?: 'ACK' | 'RESULT' | 'FULL';
  /** What happens when the order would trade against the same account (allowed modes depend on the symbol). */
  selfTradePreventionMode?:
    'NONE' | 'EXPIRE_MAKER' | 'EXPIRE_TAKER' | 'EXPIRE_BOTH' | 'DECREMENT' | 'TRANSFER';
  /** Working type. */
  workingType: 'LIMIT' | 'LIMIT_MAKER';
  /** Order side. */
  workingSide: 'BUY' | 'SELL';
  /** Working client order id. */
  workingClientOrderId?: string;
  /** Working price. Strings keep their exact digits. */
  workingPrice: string | number;
  /** Working quantity. Strings keep their exact digits. */
  workingQuantity: string | number;
  /** Working iceberg qty. Strings keep their exact digits. */
  workingIcebergQty?: string | number;
  /** Working time in force. */
  workingTimeInForce?: string;
  /** Working strategy id. */
  workingStrategyId?: number;
  /** Working strategy type. */
  workingStrategyType?: number;
  /** Working peg price type. */
  workingPegPriceType?: string;
  /** Working peg offset type. */
  workingPegOffsetType?: string;
  /** Working peg offset value. */
  workingPegOffsetValue?: number;
  /** Order side. */
  pendingSide: 'BUY' | 'SELL';
  /** Pending above type. */
  pendingAboveType:
    'STOP_LOSS_LIMIT' | 'STOP_LOSS' | 'LIMIT_MAKER' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT';
  /** Pending above client order id. */
  pendingAboveClientOrderId?: string;
  /** Pending above price. Strings keep their exact digits. */
  pendingAbovePrice?: string | number;
  /** Pending above stop price. Strings keep their exact digits. */
  pendingAboveStopPrice?: string | number;
  /** Pending above trailing delta. Strings keep their exact digits. */
  pendingAboveTrailingDelta?: string | number;
  /** Pending above iceberg qty. Strings keep their exact digits. */
  pendingAboveIcebergQty?: string | number;
  /** Pending above time in force. */
  pendingAboveTimeInForce?: string;
  /** Pending above strategy id. */
  pendingAboveStrategyId?: number;
  /** Pending above strategy type. */
  pendingAboveStrategyType?: number;
  /** Pending above peg price type. */
  pendingAbovePegPriceType?: string;
  /** Pending above peg offset type. */
  pendingAbovePegOffsetType?: string;
  /** Pending above peg offset value. */
  pendingAbovePegOffsetValue?: number;
  /** Pending below type. */
  pendingBelowType?: 'STOP_LOSS' | 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT';
  /** Pending below client order id. */
  pendingBelowClientOrderId?: string;
  /** Pending below price. Strings keep their exact digits. */
  pendingBelowPrice?: string | number;
  /** Pending below stop price. Strings keep their exact digits. */
  pendingBelowStopPrice?: string | number;
  /** Pending below trailing delta. Strings keep their exact digits. */
  pendingBelowTrailingDelta?: string | number;
  /** Pending below iceberg qty. Strings keep their exact digits. */
  pendingBelowIcebergQty?: string | number;
  /** Pending below time in force. */
  pendingBelowTimeInForce?: string;
  /** Pending below strategy id. */
  pendingBelowStrategyId?: number;
  /** Pending below strategy type. */
  pendingBelowStrategyType?: number;
  /** Pending below peg price type. */
  pendingBelowPegPriceType?: string;
  /** Pending below peg offset type. */
  pendingBelowPegOffsetType?: string;
  /** Pending below peg offset value. */
  pendingBelowPegOffsetValue?: number;
}

/** New Order List - OPOCO: the response body with Binance's names. Places a working order and a pending OCO pair for the same quantity that starts once the working one fills. */
export interface PlaceOpocoOrderListResponse {
  /** Order list id. */
  orderListId: number;
  /** Contingency type. */
  contingencyType: string;
  /** List status type. */
  listStatusType: string;
  /** List order status. */
  listOrderStatus: string;
  /** List client order id. */
  listClientOrderId: string;
  /** Transaction time. Milliseconds since the Unix epoch. */
  transactionTime: number;
  /** Symbol. */
  symbol: string;
  /** Orders. */
  orders: Array<{
    /** Symbol. */
    symbol: string;
    /** Order id. */
    orderId: number;
    /** Client order id. */
    clientOrderId: string;
  }>;
  /** Order reports. */
  orderReports: Array<{
    /** Symbol. */
    symbol: string;
    /** Order id. */
    orderId: number;
    /** Order list id. */
    orderListId: number;
    /** Client order id. */
    clientOrderId: string;
    /** Transact time. Milliseconds since the Unix epoch. */
    transactTime: number;
    /** Price. Exact decimal, as Binance sends it. */
    price: string;
    /** Orig qty. Exact decimal, as Binance sends it. */
    origQty?: string;
    /** Executed qty. Exact decimal, as Binance sends it. */
    executedQty: string;
    /** Orig quote order qty. Exact decimal, as Binance sends it. */
    origQuoteOrderQty: string;
    /** Cumulative quote qty. Exact decimal, as Binance sends it. */
    cummulativeQuoteQty: string;
    /** Status. */
    status: string;
    /** Time in force. */
    timeInForce: string;
    /** Type. */
    type: string;
    /** Side. */
    side: string;
    /** Working time. Milliseconds since the Unix epoch. */
    workingTime: number;
    /** Self trade prevention mode. */
    selfTradePreventionMode: string;
    /** Stop price. Exact decimal, as Binance sends it. */
    stopPrice?: string;
  }>;
}

/** New Order List - OPOCO, parsed: readable names; decimals are exact strings unless `parsePlaceOpocoOrderListResponse` is given a `decimal` converter. */
export interface ParsedPlaceOpocoOrderListResponse<D = string> {
  /** Order list id. Wire field `orderListId`. */
  orderListId: number;
  /** Contingency type. Wire field `contingencyType`. */
  contingencyType: string;
  /** List status type. Wire field `listStatusType`. */
  listStatusType: string;
  /** List order status. Wire field `listOrderStatus`. */
  listOrderStatus: string;
  /** List client order id. Wire field `listClientOrderId`. */
  listClientOrderId: string;
  /** Transaction time. Milliseconds since the Unix epoch. Wire field `transactionTime`. */
  transactionTime: number;
  /** Symbol. Wire field `symbol`. */
  symbol: string;
  /** Orders. Wire field `orders`. */
  orders: Array<{
    /** Symbol. Wire field `symbol`. */
    symbol: string;
    /** Order id. Wire field `orderId`. */
    orderId: number;
    /** Client order id. Wire field `clientOrderId`. */
    clientOrderId: string;
  }>;
  /** Order reports. Wire field `orderReports`. */
  orderReports: Array<{
    /** Symbol. Wire field `symbol`. */
    symbol: string;
    /** Order id. Wire field `orderId`. */
    orderId: number;
    /** Order list id. Wire field `orderListId`. */
    orderListId: number;
    /** Client order id. Wire field `clientOrderId`. */
    clientOrderId: string;
    /** Transact time. Milliseconds since the Unix epoch. Wire field `transactTime`. */
    transactTime: number;
    /** Price. Exact decimal, as Binance sends it. Wire field `price`. */
    price: D;
    /** Orig qty. Exact decimal, as Binance sends it. Wire field `origQty`. */
    origQty?: D;
    /** Executed qty. Exact decimal, as Binance sends it. Wire field `executedQty`. */
    executedQty: D;
    /** Orig quote order qty. Exact decimal, as Binance sends it. Wire field `origQuoteOrderQty`. */
    origQuoteOrderQty: D;
    /** Cumulative quote qty. Exact decimal, as Binance sends it. Wire field `cummulativeQuoteQty`. */
    cumulativeQuoteQty: D;
    /** Status. Wire field `status`. */
    status: string;
    /** Time in force. Wire field `timeInForce`. */
    timeInForce: string;
    /** Type. Wire field `type`. */
    type: string;
    /** Side. Wire field `side`. */
    side: string;
    /** Working time. Milliseconds since the Unix epoch. Wire field `workingTime`. */
    workingTime: number;
    /** Self trade prevention mode. Wire field `selfTradePreventionMode`. */
    selfTradePreventionMode: string;
    /** Stop price. Exact decimal, as Binance sends it. Wire field `stopPrice`. */
    stopPrice?: D;
  }>;
}

/** Descriptor of New Order List - OPOCO: data the runtime interprets. */
export const placeOpocoOrderListOperation: OperationDescriptor<
  PlaceOpocoOrderListParams,
  PlaceOpocoOrderListResponse
> = {
  operation: 'placeOpocoOrderList',
  security: 'TRADE',
  weight: 1,
  params: {
    symbol: { type: 'string', pattern: '^[A-Z0-9_.-]{1,20}$', required: true },
    listClientOrderId: { type: 'string' },
    newOrderRespType: { type: 'string', enum: ['ACK', 'RESULT', 'FULL'] },
    selfTradePreventionMode: {
      type: 'string',
      enum: ['NONE', 'EXPIRE_MAKER', 'EXPIRE_TAKER', 'EXPIRE_BOTH', 'DECREMENT', 'TRANSFER'],
    },
    workingType: { type: 'string', enum: ['LIMIT', 'LIMIT_MAKER'], required: true },
    workingSide: { type: 'string', enum: ['BUY', 'SELL'], required: true },
    workingClientOrderId: { type: 'string' },
    workingPrice: { type: 'decimal', required: true },
    workingQuantity: { type: 'decimal', required: true },
    workingIcebergQty: { type: 'decimal' },
    workingTimeInForce: { type: 'string' },
    workingStrategyId: { type: 'integer' },
    workingStrategyType: { type: 'integer' },
    workingPegPriceType: { type: 'string' },
    workingPegOffsetType: { type: 'string' },
    workingPegOffsetValue: { type: 'integer' },
    pendingSide: { type: 'string', enum: ['BUY', 'SELL'], required: true },
    pendingAboveType: {
      type: 'string',
      enum: ['STOP_LOSS_LIMIT', 'STOP_LOSS', 'LIMIT_MAKER', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'],
      required: true,
    },
    pendingAboveClientOrderId: { type: 'string' },
    pendingAbovePrice: { type: 'decimal' },
    pendingAboveStopPrice: { type: 'decimal' },
    pendingAboveTrailingDelta: { type: 'decimal' },
    pendingAboveIcebergQty: { type: 'decimal' },
    pendingAboveTimeInForce: { type: 'string' },
    pendingAboveStrategyId: { type: 'integer' },
    pendingAboveStrategyType: { type: 'integer' },
    pendingAbovePegPriceType: { type: 'string' },
    pendingAbovePegOffsetType: { type: 'string' },
    pendingAbovePegOffsetValue: { type: 'integer' },
    pendingBelowType: {
      type: 'string',
      enum: ['STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'],
    },
    pendingBelowClientOrderId: { type: 'string' },
    pendingBelowPrice: { type: 'decimal' },
    pendingBelowStopPrice: { type: 'decimal' },
    pendingBelowTrailingDelta: { type: 'decimal' },
    pendingBelowIcebergQty: { type: 'decimal' },
    pendingBelowTimeInForce: { type: 'string' },
    pendingBelowStrategyId: { type: 'integer' },
    pendingBelowStrategyType: { type: 'integer' },
    pendingBelowPegPriceType: { type: 'string' },
    pendingBelowPegOffsetType: { type: 'string' },
    pendingBelowPegOffsetValue: { type: 'integer' },
  },
  rest: { method: 'POST', path: '/api/v3/orderList/opoco' },
  wsApi: { method: 'orderList.place.opoco' },
  schemaId: 'https://binance-rx.dev/schemas/operations/place-opoco-order-list.json',
  validate: validatePlaceOpocoOrderListResponse,
};

/**
 * New Order List - OPOCO: `POST /api/v3/orderList/opoco`. Places a working order and a pending OCO pair for the same quantity that starts once the working one fills.
 *
 * Emits the full JSON body once, then completes; parse it with `parsePlaceOpocoOrderListResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function placeOpocoOrderListHttp(
  params: PlaceOpocoOrderListParams,
  client?: HttpClient,
): Observable<PlaceOpocoOrderListResponse> {
  return requestHttp(placeOpocoOrderListOperation, params, client);
}

/** New Order List - OPOCO over the WebSocket API (`orderList.place.opoco`): returns a function that sends one request per subscription and emits its `result`. Places a working order and a pending OCO pair for the same quantity that starts once the working one fills. Weight 1. Security TRADE. */
export function placeOpocoOrderListFactory(
  session: WsApiSession,
): (params: PlaceOpocoOrderListParams) => Observable<PlaceOpocoOrderListResponse> {
  return (params) => session.request(placeOpocoOrderListOperation, params);
}

/** Maps a raw `PlaceOpocoOrderListResponse` to the readable `ParsedPlaceOpocoOrderListResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parsePlaceOpocoOrderListResponse<D = string>(
  raw: PlaceOpocoOrderListResponse,
  options?: ParseOptions<D>,
): ParsedPlaceOpocoOrderListResponse<D> {
  const decimal = decimalOf(options);
  return {
    orderListId: raw.orderListId,
    contingencyType: raw.contingencyType,
    listStatusType: raw.listStatusType,
    listOrderStatus: raw.listOrderStatus,
    listClientOrderId: raw.listClientOrderId,
    transactionTime: raw.transactionTime,
    symbol: raw.symbol,
    orders: raw.orders.map((item0) => ({
      symbol: item0.symbol,
      orderId: item0.orderId,
      clientOrderId: item0.clientOrderId,
    })),
    orderReports: raw.orderReports.map((item0) => ({
      symbol: item0.symbol,
      orderId: item0.orderId,
      orderListId: item0.orderListId,
      clientOrderId: item0.clientOrderId,
      transactTime: item0.transactTime,
      price: decimal(item0.price),
      origQty: item0.origQty === undefined ? undefined : decimal(item0.origQty),
      executedQty: decimal(item0.executedQty),
      origQuoteOrderQty: decimal(item0.origQuoteOrderQty),
      cumulativeQuoteQty: decimal(item0.cummulativeQuoteQty),
      status: item0.status,
      timeInForce: item0.timeInForce,
      type: item0.type,
      side: item0.side,
      workingTime: item0.workingTime,
      selfTradePreventionMode: item0.selfTradePreventionMode,
      stopPrice: item0.stopPrice === undefined ? undefined : decimal(item0.stopPrice),
    })),
  };
}
