// Generated from spec/usdm/operations/cancel-batch-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/cancel-batch-orders';
import { usdmProduct } from '../product';
import type { BatchItemError, OrderFields, ParsedBatchItemError, ParsedOrderFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCancelBatchOrdersResponse: Validator = validate;

/** Parameters of Cancel Multiple Orders (`DELETE /fapi/v1/batchOrders`). */
export interface CancelBatchOrdersParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Order ids, sent as a JSON array ([1234567,2345678]). At most 10 items. */
  orderIdList?: readonly number[];
  /** Client order ids, sent as a JSON array (["my_id_1","my_id_2"]). At most 10 items. */
  origClientOrderIdList?: readonly string[];
}

/** Cancel Multiple Orders: the response body with Binance's names. Cancels up to 10 working orders of one symbol, by order ids or by client order ids (one list, not both: Binance refuses both). The answer lists one item per id in the order sent: the order as canceled, or the error it got (-2011 for an unknown order; the others are canceled regardless). */
export type CancelBatchOrdersResponse = Array<({
  /** Quantity filled before the cancel. Exact decimal. */
  cumQty: string;
  /** Quote amount filled. Sent only when: In the docs' example; binance-connector-js's response type lacks it. Exact decimal. */
  cumQuote?: string;
  /** Average fill price. Sent only when: Sent by the single Cancel Order in the docs' example; neither example of this endpoint has it. Exact decimal. */
  avgPrice?: string;
} & OrderFields) | (BatchItemError)>;

/** Cancel Multiple Orders, parsed: readable names; decimals are exact strings unless `parseCancelBatchOrdersResponse` is given a `decimal` converter. */
export type ParsedCancelBatchOrdersResponse<D = string> = Array<({
  /** Quantity filled before the cancel. Exact decimal. */
  cumQty: D;
  /** Quote amount filled. Sent only when: In the docs' example; binance-connector-js's response type lacks it. Exact decimal. */
  cumQuote?: D | undefined;
  /** Average fill price. Sent only when: Sent by the single Cancel Order in the docs' example; neither example of this endpoint has it. Exact decimal. */
  avgPrice?: D | undefined;
} & ParsedOrderFields<D>) | (ParsedBatchItemError)>;

/** Descriptor of Cancel Multiple Orders: data the runtime interprets. */
export const cancelBatchOrdersOperation: OperationDescriptor<CancelBatchOrdersParams, CancelBatchOrdersResponse> = { operation: "cancelBatchOrders", security: "TRADE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"orderIdList":{"type":"list","itemType":"integer","maxItems":10},"origClientOrderIdList":{"type":"list","maxItems":10}}, anyOf: [["orderIdList","origClientOrderIdList"]], rest: {"method":"DELETE","path":"/fapi/v1/batchOrders"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/cancel-batch-orders.json", validate: validateCancelBatchOrdersResponse };

/**
 * Cancel Multiple Orders: `DELETE /fapi/v1/batchOrders`. Cancels up to 10 working orders of one symbol, by order ids or by client order ids (one list, not both: Binance refuses both). The answer lists one item per id in the order sent: the order as canceled, or the error it got (-2011 for an unknown order; the others are canceled regardless).
 *
 * Emits the full JSON body once, then completes; parse it with `parseCancelBatchOrdersResponse` if you want readable names. Weight 1. Security TRADE.
 */
export function cancelBatchOrdersHttp(params: CancelBatchOrdersParams, client?: HttpClient): Observable<CancelBatchOrdersResponse> {
  return requestHttp(cancelBatchOrdersOperation, params, client);
}

/** Maps a raw `CancelBatchOrdersResponse` to the readable `ParsedCancelBatchOrdersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseCancelBatchOrdersResponse<D = string>(raw: CancelBatchOrdersResponse, options?: ParseOptions<D>): ParsedCancelBatchOrdersResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ("cumQty" in item0 ? { cumQty: decimal(item0.cumQty), cumQuote: optionalDecimal(item0.cumQuote), avgPrice: optionalDecimal(item0.avgPrice), clientOrderId: item0.clientOrderId, executedQty: decimal(item0.executedQty), orderId: item0.orderId, origQty: decimal(item0.origQty), origType: item0.origType, price: decimal(item0.price), reduceOnly: item0.reduceOnly, side: item0.side, positionSide: item0.positionSide, status: item0.status, stopPrice: decimal(item0.stopPrice), closePosition: item0.closePosition, symbol: item0.symbol, timeInForce: item0.timeInForce, type: item0.type, updateTime: item0.updateTime, workingType: item0.workingType, priceProtect: item0.priceProtect, priceMatch: item0.priceMatch, selfTradePreventionMode: item0.selfTradePreventionMode, goodTillDate: item0.goodTillDate, activatePrice: optionalDecimal(item0.activatePrice), priceRate: optionalDecimal(item0.priceRate) } : { code: item0.code, msg: item0.msg }));
}
