// Generated from spec/operations/place-oco-order-list.yaml by codegen/. DO NOT EDIT.
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
import { validate } from '../validators/operations/place-oco-order-list';
/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validatePlaceOcoOrderListResponse: Validator = validate;

/** Parameters of New Order list - OCO (`POST /api/v3/orderList/oco`, WebSocket API `orderList.place.oco`). */
export interface PlaceOcoOrderListParams {
  /** Trading pair such as BTCUSDT. */
  symbol: string;
  /** List client order id. */
  listClientOrderId?: string;
  /** Order side. */
  side: 'BUY' | 'SELL';
  /** Quantity in the base asset. Strings keep their exact digits. */
  quantity: string | number;
  /** Above type. */
  aboveType: 'STOP_LOSS_LIMIT' | 'STOP_LOSS' | 'LIMIT_MAKER' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT';
  /** Above client order id. */
  aboveClientOrderId?: string;
  /** Above iceberg qty. */
  aboveIcebergQty?: number;
  /** Above price. Strings keep their exact digits. */
  abovePrice?: string | number;
  /** Above stop price. Strings keep their exact digits. */
  aboveStopPrice?: string | number;
  /** Above trailing delta. */
  aboveTrailingDelta?: number;
  /** Above time in force. */
  aboveTimeInForce?: 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT_LIMIT';
  /** Above strategy id. */
  aboveStrategyId?: number;
  /** Above strategy type. */
  aboveStrategyType?: number;
  /** Above peg price type. */
  abovePegPriceType?: string;
  /** Above peg offset type. */
  abovePegOffsetType?: string;
  /** Above peg offset value. */
  abovePegOffsetValue?: number;
  /** Below type. */
  belowType: 'STOP_LOSS' | 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT' | 'TAKE_PROFIT_LIMIT';
  /** Below client order id. */
  belowClientOrderId?: string;
  /** Below iceberg qty. */
  belowIcebergQty?: number;
  /** Below price. Strings keep their exact digits. */
  belowPrice?: string | number;
  /** Below stop price. Strings keep their exact digits. */
  belowStopPrice?: string | number;
  /** Below trailing delta. */
  belowTrailingDelta?: number;
  /** Below time in force. */
  belowTimeInForce?: 'STOP_LOSS_LIMIT' | 'TAKE_PROFIT_LIMIT';
  /** Below strategy id. */
  belowStrategyId?: number;
  /** Below strategy type. */
  belowStrategyType?: number;
  /** Below peg price type. */
  belowPegPriceType?: string;
  /** Below peg offset type. */
  belowPegOffsetType?: string;
  /** Below peg offset value. */
  belowPegOffsetValue?: number;
  /** Response detail: ACK, RESULT or FULL (with fills). MARKET and LIMIT default to FULL, others to ACK. */
  newOrderRespType?: 'ACK' | 'RESULT' | 'FULL';
  /** What happens when the order would trade against the same account (allowed modes depend on the symbol). */
  selfTradePreventionMode?:
    'NONE' | 'EXPIRE_MAKER' | 'EXPIRE_TAKER' | 'EXPIRE_BOTH' | 'DECREMENT' | 'TRANSFER';
}

/** New Order list - OCO: the response body with Binance's names. Places two orders of which the first to trade expires the other (one above, one below the market). */
export interface PlaceOcoOrderListResponse {
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
    origQty: string;
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
    /** Stop price. Exact decimal, as Binance sends it. */
    stopPrice?: string;
    /** Working time. */
    workingTime: number;
    /** Iceberg qty. Exact decimal, as Binance sends it. */
    icebergQty?: string;
    /** Self trade prevention mode. */
    selfTradePreventionMode: string;
  }>;
}

/** New Order list - OCO, parsed: readable names; decimals are exact strings unless `parsePlaceOcoOrderListResponse` is given a `decimal` converter. */
export interface ParsedPlaceOcoOrderListResponse<D = string> {
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
    origQty: D;
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
    /** Stop price. Exact decimal, as Binance sends it. Wire field `stopPrice`. */
    stopPrice?: D;
    /** Working time. Wire field `workingTime`. */
    workingTime: number;
    /** Iceberg qty. Exact decimal, as Binance sends it. Wire field `icebergQty`. */
    icebergQty?: D;
    /** Self trade prevention mode. Wire field `selfTradePreventionMode`. */
    selfTradePreventionMode: string;
  }>;
}

/** Descriptor of New Order list - OCO: data the runtime interprets. */
export const placeOcoOrderListOperation: OperationDescriptor<
  PlaceOcoOrderListParams,
  PlaceOcoOrderListResponse
> = {
  operation: 'placeOcoOrderList',
  security: 'TRADE',
  weight: 1,
  params: {
    symbol: { type: 'string', pattern: '^[A-Z0-9_.-]{1,20}$', required: true },
    listClientOrderId: { type: 'string' },
    side: { type: 'string', enum: ['BUY', 'SELL'], required: true },
    quantity: { type: 'decimal', minimum: 0, required: true },
    aboveType: {
      type: 'string',
      enum: ['STOP_LOSS_LIMIT', 'STOP_LOSS', 'LIMIT_MAKER', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'],
      required: true,
    },
    aboveClientOrderId: { type: 'string' },
    aboveIcebergQty: { type: 'integer' },
    abovePrice: { type: 'decimal' },
    aboveStopPrice: { type: 'decimal' },
    aboveTrailingDelta: { type: 'integer' },
    aboveTimeInForce: { type: 'string', enum: ['STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'] },
    aboveStrategyId: { type: 'integer' },
    aboveStrategyType: { type: 'integer' },
    abovePegPriceType: { type: 'string' },
    abovePegOffsetType: { type: 'string' },
    abovePegOffsetValue: { type: 'integer' },
    belowType: {
      type: 'string',
      enum: ['STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'],
      required: true,
    },
    belowClientOrderId: { type: 'string' },
    belowIcebergQty: { type: 'integer' },
    belowPrice: { type: 'decimal' },
    belowStopPrice: { type: 'decimal' },
    belowTrailingDelta: { type: 'integer' },
    belowTimeInForce: { type: 'string', enum: ['STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'] },
    belowStrategyId: { type: 'integer' },
    belowStrategyType: { type: 'integer' },
    belowPegPriceType: { type: 'string' },
    belowPegOffsetType: { type: 'string' },
    belowPegOffsetValue: { type: 'integer' },
    newOrderRespType: { type: 'string', enum: ['ACK', 'RESULT', 'FULL'] },
    selfTradePreventionMode: {
      type: 'string',
      enum: ['NONE', 'EXPIRE_MAKER', 'EXPIRE_TAKER', 'EXPIRE_BOTH', 'DECREMENT', 'TRANSFER'],
    },
  },
  rest: { method: 'POST', path: '/api/v3/orderList/oco' },
  wsApi: { method: 'orderList.place.oco' },
  schemaId: 'https://binance-rx.dev/schemas/operations/place-oco-order-list.json',
  validate: validatePlaceOcoOrderListResponse,
};

/**
 * New Order list - OCO: `POST /api/v3/orderList/oco`. Places two orders of which the first to trade expires the other (one above, one below the market).
 *
 * Emits the full JSON body once, then completes; parse it with `parsePlaceOcoOrderListResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function placeOcoOrderListHttp(
  params: PlaceOcoOrderListParams,
  client?: HttpClient,
): Observable<PlaceOcoOrderListResponse> {
  return requestHttp(placeOcoOrderListOperation, params, client);
}

/** New Order list - OCO over the WebSocket API (`orderList.place.oco`): returns a function that sends one request per subscription and emits its `result`. Places two orders of which the first to trade expires the other (one above, one below the market). Weight 1. Security TRADE. */
export function placeOcoOrderListFactory(
  session: WsApiSession,
): (params: PlaceOcoOrderListParams) => Observable<PlaceOcoOrderListResponse> {
  return (params) => session.request(placeOcoOrderListOperation, params);
}

/** Maps a raw `PlaceOcoOrderListResponse` to the readable `ParsedPlaceOcoOrderListResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parsePlaceOcoOrderListResponse<D = string>(
  raw: PlaceOcoOrderListResponse,
  options?: ParseOptions<D>,
): ParsedPlaceOcoOrderListResponse<D> {
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
      origQty: decimal(item0.origQty),
      executedQty: decimal(item0.executedQty),
      origQuoteOrderQty: decimal(item0.origQuoteOrderQty),
      cumulativeQuoteQty: decimal(item0.cummulativeQuoteQty),
      status: item0.status,
      timeInForce: item0.timeInForce,
      type: item0.type,
      side: item0.side,
      stopPrice: item0.stopPrice === undefined ? undefined : decimal(item0.stopPrice),
      workingTime: item0.workingTime,
      icebergQty: item0.icebergQty === undefined ? undefined : decimal(item0.icebergQty),
      selfTradePreventionMode: item0.selfTradePreventionMode,
    })),
  };
}
