// Generated from spec/usdm/operations/get-recent-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-recent-trades';
import { usdmProduct } from '../product';
import type { ParsedTradeRowFields, TradeRowFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetRecentTradesResponse: Validator = validate;

/** Parameters of Recent Trades List (`GET /fapi/v1/trades`). */
export interface GetRecentTradesParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
}

/** Recent Trades List: the response body with Binance's names. The latest market trades of one contract (market orders' fills only), oldest first. */
export type GetRecentTradesResponse = Array<TradeRowFields>;

/** Recent Trades List, parsed: readable names; decimals are exact strings unless `parseGetRecentTradesResponse` is given a `decimal` converter. */
export type ParsedGetRecentTradesResponse<D = string> = Array<ParsedTradeRowFields<D>>;

/** Descriptor of Recent Trades List: data the runtime interprets. */
export const getRecentTradesOperation: OperationDescriptor<GetRecentTradesParams, GetRecentTradesResponse> = { operation: "getRecentTrades", security: "NONE", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/fapi/v1/trades"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-recent-trades.json", validate: validateGetRecentTradesResponse };

/**
 * Recent Trades List: `GET /fapi/v1/trades`. The latest market trades of one contract (market orders' fills only), oldest first.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetRecentTradesResponse` if you want readable names. Weight 5. Security NONE.
 */
export function getRecentTradesHttp(params: GetRecentTradesParams, client?: HttpClient): Observable<GetRecentTradesResponse> {
  return requestHttp(getRecentTradesOperation, params, client);
}

/** Maps a raw `GetRecentTradesResponse` to the readable `ParsedGetRecentTradesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetRecentTradesResponse<D = string>(raw: GetRecentTradesResponse, options?: ParseOptions<D>): ParsedGetRecentTradesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ id: item0.id, price: decimal(item0.price), quantity: decimal(item0.qty), quoteQuantity: decimal(item0.quoteQty), time: item0.time, isBuyerMaker: item0.isBuyerMaker, isRpiTrade: item0.isRPITrade }));
}
