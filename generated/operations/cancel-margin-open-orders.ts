// Generated from spec/operations/sapi/cancel-margin-open-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/cancel-margin-open-orders';
import { spotProduct } from '../product';
import type { MarginListOrderFields, MarginOrderListFields, ParsedMarginListOrderFields, ParsedMarginOrderListFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCancelMarginOpenOrdersResponse: Validator = validate;

/** Parameters of Margin Account Cancel all Open Orders on a Symbol (TRADE) (`DELETE /sapi/v1/margin/openOrders`). */
export interface CancelMarginOpenOrdersParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Margin account: TRUE for the isolated margin account of the symbol, FALSE (Binance's default) for the cross margin account. Sent as text, as Binance documents it. */
  isIsolated?: "TRUE" | "FALSE";
}

/** Margin Account Cancel all Open Orders on a Symbol (TRADE): the response body with Binance's names. Cancels every open order of a symbol in the cross margin account (or, with isIsolated TRUE, in the symbol's isolated margin account), order lists included: each plain order is listed as canceled, each order list once with its orders. With nothing open Binance answers -2011; pipe through acceptNoOpenOrders() to read that as an empty list. */
export type CancelMarginOpenOrdersResponse = Array<({
  /** Whether the order was in an isolated margin account. Sent only when: The docs mark it "if isolated margin". */
  isIsolated?: boolean;
} & MarginListOrderFields) | ({
  /** Each order of the list as canceled. */
  orderReports: Array<MarginListOrderFields>;
} & MarginOrderListFields)>;

/** Margin Account Cancel all Open Orders on a Symbol (TRADE), parsed: readable names; decimals are exact strings unless `parseCancelMarginOpenOrdersResponse` is given a `decimal` converter. */
export type ParsedCancelMarginOpenOrdersResponse<D = string> = Array<({
  /** Whether the order was in an isolated margin account. Sent only when: The docs mark it "if isolated margin". */
  isIsolated?: boolean | undefined;
} & ParsedMarginListOrderFields<D>) | ({
  /** Each order of the list as canceled. */
  orderReports: Array<ParsedMarginListOrderFields<D>>;
} & ParsedMarginOrderListFields)>;

/** Descriptor of Margin Account Cancel all Open Orders on a Symbol (TRADE): data the runtime interprets. */
export const cancelMarginOpenOrdersOperation: OperationDescriptor<CancelMarginOpenOrdersParams, CancelMarginOpenOrdersResponse> = { operation: "cancelMarginOpenOrders", security: "TRADE", weight: 1, weightType: "IP", params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"isIsolated":{"type":"string","enum":["TRUE","FALSE"]}}, rest: {"method":"DELETE","path":"/sapi/v1/margin/openOrders"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/cancel-margin-open-orders.json", validate: validateCancelMarginOpenOrdersResponse };

/**
 * Margin Account Cancel all Open Orders on a Symbol (TRADE): `DELETE /sapi/v1/margin/openOrders`. Cancels every open order of a symbol in the cross margin account (or, with isIsolated TRUE, in the symbol's isolated margin account), order lists included: each plain order is listed as canceled, each order list once with its orders. With nothing open Binance answers -2011; pipe through acceptNoOpenOrders() to read that as an empty list.
 *
 * Emits the full JSON body once, then completes; parse it with `parseCancelMarginOpenOrdersResponse` if you want readable names. Weight 1 (IP). Security TRADE.
 */
export function cancelMarginOpenOrdersHttp(params: CancelMarginOpenOrdersParams, client?: HttpClient): Observable<CancelMarginOpenOrdersResponse> {
  return requestHttp(cancelMarginOpenOrdersOperation, params, client);
}

/** Maps a raw `CancelMarginOpenOrdersResponse` to the readable `ParsedCancelMarginOpenOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseCancelMarginOpenOrdersResponse<D = string>(raw: CancelMarginOpenOrdersResponse, options?: ParseOptions<D>): ParsedCancelMarginOpenOrdersResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ("orderId" in item0 ? { isIsolated: item0.isIsolated, symbol: item0.symbol, origClientOrderId: item0.origClientOrderId, orderId: item0.orderId, orderListId: item0.orderListId, clientOrderId: item0.clientOrderId, transactTime: item0.transactTime, price: decimal(item0.price), origQty: decimal(item0.origQty), executedQty: decimal(item0.executedQty), cumulativeQuoteQty: decimal(item0.cummulativeQuoteQty), status: item0.status, timeInForce: item0.timeInForce, type: item0.type, side: item0.side, stopPrice: optionalDecimal(item0.stopPrice), icebergQty: optionalDecimal(item0.icebergQty), selfTradePreventionMode: item0.selfTradePreventionMode } : { orderReports: item0.orderReports.map((item1) => ({ symbol: item1.symbol, origClientOrderId: item1.origClientOrderId, orderId: item1.orderId, orderListId: item1.orderListId, clientOrderId: item1.clientOrderId, transactTime: item1.transactTime, price: decimal(item1.price), origQty: decimal(item1.origQty), executedQty: decimal(item1.executedQty), cumulativeQuoteQty: decimal(item1.cummulativeQuoteQty), status: item1.status, timeInForce: item1.timeInForce, type: item1.type, side: item1.side, stopPrice: optionalDecimal(item1.stopPrice), icebergQty: optionalDecimal(item1.icebergQty), selfTradePreventionMode: item1.selfTradePreventionMode })), orderListId: item0.orderListId, contingencyType: item0.contingencyType, listStatusType: item0.listStatusType, listOrderStatus: item0.listOrderStatus, listClientOrderId: item0.listClientOrderId, transactionTime: item0.transactionTime, symbol: item0.symbol, isIsolated: item0.isIsolated, orders: item0.orders.map((item1) => ({ symbol: item1.symbol, orderId: item1.orderId, clientOrderId: item1.clientOrderId })) }));
}
