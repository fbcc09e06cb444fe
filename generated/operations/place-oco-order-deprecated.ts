// Generated from spec/operations/place-oco-order-deprecated.yaml by codegen/. DO NOT EDIT.
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
import { validate } from '../validators/operations/place-oco-order-deprecated';
/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validatePlaceOcoOrderDeprecatedResponse: Validator = validate;

/** Parameters of New OCO - Deprecated (`POST /api/v3/order/oco`, WebSocket API `orderList.place`). */
export interface PlaceOcoOrderDeprecatedParams {
  /** Trading pair such as BTCUSDT. */
  symbol: string;
  /** List client order id. */
  listClientOrderId?: string;
  /** Order side. */
  side: 'BUY' | 'SELL';
  /** Quantity in the base asset. Strings keep their exact digits. */
  quantity: string | number;
  /** Limit client order id. */
  limitClientOrderId?: string;
  /** Limit price in the quote asset. Strings keep their exact digits. */
  price: string | number;
  /** Limit strategy id. */
  limitStrategyId?: number;
  /** Limit strategy type. */
  limitStrategyType?: number;
  /** Limit iceberg qty. Strings keep their exact digits. */
  limitIcebergQty?: string | number;
  /** Trailing delta. */
  trailingDelta?: number;
  /** Stop client order id. */
  stopClientOrderId?: string;
  /** Stop price. Strings keep their exact digits. */
  stopPrice: string | number;
  /** Stop strategy id. */
  stopStrategyId?: number;
  /** Stop strategy type. */
  stopStrategyType?: number;
  /** Stop limit price. Strings keep their exact digits. */
  stopLimitPrice?: string | number;
  /** Stop iceberg qty. Strings keep their exact digits. */
  stopIcebergQty?: string | number;
  /** Stop limit time in force. */
  stopLimitTimeInForce?: 'GTC' | 'FOK' | 'IOC';
  /** Response detail: ACK, RESULT or FULL (with fills). MARKET and LIMIT default to FULL, others to ACK. */
  newOrderRespType?: 'ACK' | 'RESULT' | 'FULL';
  /** What happens when the order would trade against the same account (allowed modes depend on the symbol). */
  selfTradePreventionMode?:
    'NONE' | 'EXPIRE_MAKER' | 'EXPIRE_TAKER' | 'EXPIRE_BOTH' | 'DECREMENT' | 'TRANSFER';
}

/** New OCO - Deprecated: the response body with Binance's names. Places an OCO pair the old way: a LIMIT_MAKER and a STOP_LOSS(_LIMIT) leg; use placeOcoOrderList instead. */
export interface PlaceOcoOrderDeprecatedResponse {
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
    /** Self trade prevention mode. */
    selfTradePreventionMode: string;
  }>;
}

/** New OCO - Deprecated, parsed: readable names; decimals are exact strings unless `parsePlaceOcoOrderDeprecatedResponse` is given a `decimal` converter. */
export interface ParsedPlaceOcoOrderDeprecatedResponse<D = string> {
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
    /** Self trade prevention mode. Wire field `selfTradePreventionMode`. */
    selfTradePreventionMode: string;
  }>;
}

/** Descriptor of New OCO - Deprecated: data the runtime interprets. */
export const placeOcoOrderDeprecatedOperation: OperationDescriptor<
  PlaceOcoOrderDeprecatedParams,
  PlaceOcoOrderDeprecatedResponse
> = {
  operation: 'placeOcoOrderDeprecated',
  security: 'TRADE',
  weight: 1,
  params: {
    symbol: { type: 'string', pattern: '^[A-Z0-9_.-]{1,20}$', required: true },
    listClientOrderId: { type: 'string' },
    side: { type: 'string', enum: ['BUY', 'SELL'], required: true },
    quantity: { type: 'decimal', minimum: 0, required: true },
    limitClientOrderId: { type: 'string' },
    price: { type: 'decimal', minimum: 0, required: true },
    limitStrategyId: { type: 'integer' },
    limitStrategyType: { type: 'integer' },
    limitIcebergQty: { type: 'decimal' },
    trailingDelta: { type: 'integer' },
    stopClientOrderId: { type: 'string' },
    stopPrice: { type: 'decimal', required: true },
    stopStrategyId: { type: 'integer' },
    stopStrategyType: { type: 'integer' },
    stopLimitPrice: { type: 'decimal' },
    stopIcebergQty: { type: 'decimal' },
    stopLimitTimeInForce: { type: 'string', enum: ['GTC', 'FOK', 'IOC'] },
    newOrderRespType: { type: 'string', enum: ['ACK', 'RESULT', 'FULL'] },
    selfTradePreventionMode: {
      type: 'string',
      enum: ['NONE', 'EXPIRE_MAKER', 'EXPIRE_TAKER', 'EXPIRE_BOTH', 'DECREMENT', 'TRANSFER'],
    },
  },
  rest: { method: 'POST', path: '/api/v3/order/oco' },
  wsApi: { method: 'orderList.place' },
  schemaId: 'https://binance-rx.dev/schemas/operations/place-oco-order-deprecated.json',
  validate: validatePlaceOcoOrderDeprecatedResponse,
};

/**
 * New OCO - Deprecated: `POST /api/v3/order/oco`. Places an OCO pair the old way: a LIMIT_MAKER and a STOP_LOSS(_LIMIT) leg; use placeOcoOrderList instead.
 *
 * Emits the full JSON body once, then completes; parse it with `parsePlaceOcoOrderDeprecatedResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function placeOcoOrderDeprecatedHttp(
  params: PlaceOcoOrderDeprecatedParams,
  client?: HttpClient,
): Observable<PlaceOcoOrderDeprecatedResponse> {
  return requestHttp(placeOcoOrderDeprecatedOperation, params, client);
}

/** New OCO - Deprecated over the WebSocket API (`orderList.place`): returns a function that sends one request per subscription and emits its `result`. Places an OCO pair the old way: a LIMIT_MAKER and a STOP_LOSS(_LIMIT) leg; use placeOcoOrderList instead. Weight 1. Security TRADE. */
export function placeOcoOrderDeprecatedFactory(
  session: WsApiSession,
): (params: PlaceOcoOrderDeprecatedParams) => Observable<PlaceOcoOrderDeprecatedResponse> {
  return (params) => session.request(placeOcoOrderDeprecatedOperation, params);
}

/** Maps a raw `PlaceOcoOrderDeprecatedResponse` to the readable `ParsedPlaceOcoOrderDeprecatedResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parsePlaceOcoOrderDeprecatedResponse<D = string>(
  raw: PlaceOcoOrderDeprecatedResponse,
  options?: ParseOptions<D>,
): ParsedPlaceOcoOrderDeprecatedResponse<D> {
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
      selfTradePreventionMode: item0.selfTradePreventionMode,
    })),
  };
}
