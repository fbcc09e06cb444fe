// Generated from spec/usdm/operations/modify-batch-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/modify-batch-orders';
import { usdmProduct } from '../product';
import type { BatchItemError, OrderFields, ParsedBatchItemError, ParsedOrderFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateModifyBatchOrdersResponse: Validator = validate;

/** Parameters of Modify Multiple Orders (`PUT /fapi/v1/batchOrders`). */
export interface ModifyBatchOrdersParams {
  /** The modifications, each with Modify Order's parameters; sent as a JSON array. At most 5 items. Each item needs `orderId` or `origClientOrderId`. */
  batchOrders: ReadonlyArray<{
    /** Order id assigned by Binance. */
    orderId?: number;
    /** Client order id given when the order was placed. */
    origClientOrderId?: string;
    /** Contract symbol such as BTCUSDT. */
    symbol: string;
    /** Side of the order (must be its side). */
    side: "BUY" | "SELL";
    /** New quantity. Strings keep their exact digits. */
    quantity: string | number;
    /** New limit price. Strings keep their exact digits. */
    price: string | number;
    /** Price the order at the book instead of `price` (LIMIT only). */
    priceMatch?: "OPPONENT" | "OPPONENT_5" | "OPPONENT_10" | "OPPONENT_20" | "QUEUE" | "QUEUE_5" | "QUEUE_10" | "QUEUE_20";
  }>;
}

/** Modify Multiple Orders: the response body with Binance's names. Changes the price and quantity of up to 5 working LIMIT orders in one request, each found by orderId or client order id, with Modify Order's rules. The answer lists one item per order in the order sent: the order as modified, or the error it got (the others are modified regardless). */
export type ModifyBatchOrdersResponse = Array<({
  /** Pair of the contract. */
  pair: string;
  /** Number of the modification. Sent only when: In binance-connector-js's response type; the docs' example lacks it. */
  modifyId?: number;
  /** Quantity filled so far. Exact decimal. */
  cumQty: string;
  /** Quote amount filled so far. Sent only when: Sent by the single Modify Order in the docs' example; neither example of this endpoint has it. Exact decimal. */
  cumQuote?: string;
  /** Average fill price. Sent only when: In the docs' example; binance-connector-js's response type lacks it. Exact decimal. */
  avgPrice?: string;
} & OrderFields) | (BatchItemError)>;

/** Modify Multiple Orders, parsed: readable names; decimals are exact strings unless `parseModifyBatchOrdersResponse` is given a `decimal` converter. */
export type ParsedModifyBatchOrdersResponse<D = string> = Array<({
  /** Pair of the contract. */
  pair: string;
  /** Number of the modification. Sent only when: In binance-connector-js's response type; the docs' example lacks it. */
  modifyId?: number | undefined;
  /** Quantity filled so far. Exact decimal. */
  cumQty: D;
  /** Quote amount filled so far. Sent only when: Sent by the single Modify Order in the docs' example; neither example of this endpoint has it. Exact decimal. */
  cumQuote?: D | undefined;
  /** Average fill price. Sent only when: In the docs' example; binance-connector-js's response type lacks it. Exact decimal. */
  avgPrice?: D | undefined;
} & ParsedOrderFields<D>) | (ParsedBatchItemError)>;

/** Descriptor of Modify Multiple Orders: data the runtime interprets. */
export const modifyBatchOrdersOperation: OperationDescriptor<ModifyBatchOrdersParams, ModifyBatchOrdersResponse> = { operation: "modifyBatchOrders", security: "TRADE", weight: 5, orders: 5, params: {"batchOrders":{"type":"objects","required":true,"maxItems":5,"anyOf":[["orderId","origClientOrderId"]],"fields":{"orderId":{"type":"integer","minimum":0},"origClientOrderId":{"type":"string"},"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"side":{"type":"string","enum":["BUY","SELL"],"required":true},"quantity":{"type":"decimal","minimum":0,"required":true},"price":{"type":"decimal","minimum":0,"required":true},"priceMatch":{"type":"string","enum":["OPPONENT","OPPONENT_5","OPPONENT_10","OPPONENT_20","QUEUE","QUEUE_5","QUEUE_10","QUEUE_20"]}}}}, rest: {"method":"PUT","path":"/fapi/v1/batchOrders"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/modify-batch-orders.json", validate: validateModifyBatchOrdersResponse };

/**
 * Modify Multiple Orders: `PUT /fapi/v1/batchOrders`. Changes the price and quantity of up to 5 working LIMIT orders in one request, each found by orderId or client order id, with Modify Order's rules. The answer lists one item per order in the order sent: the order as modified, or the error it got (the others are modified regardless).
 *
 * Emits the full JSON body once, then completes; parse it with `parseModifyBatchOrdersResponse` if you want readable names. Weight 5 (5 on the IP limit; 5 on the 10 s and 1 on the 1 min order limits (counted as 5 on both here, the larger).). Security TRADE.
 */
export function modifyBatchOrdersHttp(params: ModifyBatchOrdersParams, client?: HttpClient): Observable<ModifyBatchOrdersResponse> {
  return requestHttp(modifyBatchOrdersOperation, params, client);
}

/** Maps a raw `ModifyBatchOrdersResponse` to the readable `ParsedModifyBatchOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseModifyBatchOrdersResponse<D = string>(raw: ModifyBatchOrdersResponse, options?: ParseOptions<D>): ParsedModifyBatchOrdersResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ("pair" in item0 ? { pair: item0.pair, modifyId: item0.modifyId, cumQty: decimal(item0.cumQty), cumQuote: optionalDecimal(item0.cumQuote), avgPrice: optionalDecimal(item0.avgPrice), clientOrderId: item0.clientOrderId, executedQty: decimal(item0.executedQty), orderId: item0.orderId, origQty: decimal(item0.origQty), origType: item0.origType, price: decimal(item0.price), reduceOnly: item0.reduceOnly, side: item0.side, positionSide: item0.positionSide, status: item0.status, stopPrice: decimal(item0.stopPrice), closePosition: item0.closePosition, symbol: item0.symbol, timeInForce: item0.timeInForce, type: item0.type, updateTime: item0.updateTime, workingType: item0.workingType, priceProtect: item0.priceProtect, priceMatch: item0.priceMatch, selfTradePreventionMode: item0.selfTradePreventionMode, goodTillDate: item0.goodTillDate, activatePrice: optionalDecimal(item0.activatePrice), priceRate: optionalDecimal(item0.priceRate) } : { code: item0.code, msg: item0.msg }));
}
