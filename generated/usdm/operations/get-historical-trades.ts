// Generated from spec/usdm/operations/get-historical-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-historical-trades';
import { usdmProduct } from '../product';
import type { ParsedTradeRowFields, TradeRowFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetHistoricalTradesResponse: Validator = validate;

/** Parameters of Old Trades Lookup (MARKET_DATA) (`GET /fapi/v1/historicalTrades`). */
export interface GetHistoricalTradesParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** How many to return; default 100, at most 500. Default: `100`. */
  limit?: number;
  /** Trade id to fetch from; the most recent trades when left out. */
  fromId?: number;
}

/** Old Trades Lookup (MARKET_DATA): the response body with Binance's names. Older market trades of one contract (fills in the order book only: no insurance fund or ADL trades), from a trade id or the most recent, oldest first; the last month only. MARKET_DATA: the request carries the API key, unsigned. */
export type GetHistoricalTradesResponse = Array<TradeRowFields>;

/** Old Trades Lookup (MARKET_DATA), parsed: readable names; decimals are exact strings unless `parseGetHistoricalTradesResponse` is given a `decimal` converter. */
export type ParsedGetHistoricalTradesResponse<D = string> = Array<ParsedTradeRowFields<D>>;

/** Descriptor of Old Trades Lookup (MARKET_DATA): data the runtime interprets. */
export const getHistoricalTradesOperation: OperationDescriptor<GetHistoricalTradesParams, GetHistoricalTradesResponse> = { operation: "getHistoricalTrades", security: "USER_STREAM", weight: 20, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"limit":{"type":"integer","minimum":1,"maximum":500},"fromId":{"type":"integer","minimum":0}}, rest: {"method":"GET","path":"/fapi/v1/historicalTrades"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-historical-trades.json", validate: validateGetHistoricalTradesResponse };

/**
 * Old Trades Lookup (MARKET_DATA): `GET /fapi/v1/historicalTrades`. Older market trades of one contract (fills in the order book only: no insurance fund or ADL trades), from a trade id or the most recent, oldest first; the last month only. MARKET_DATA: the request carries the API key, unsigned.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetHistoricalTradesResponse` if you want readable names. Weight 20. Security USER_STREAM.
 */
export function getHistoricalTradesHttp(params: GetHistoricalTradesParams, client?: HttpClient): Observable<GetHistoricalTradesResponse> {
  return requestHttp(getHistoricalTradesOperation, params, client);
}

/** Maps a raw `GetHistoricalTradesResponse` to the readable `ParsedGetHistoricalTradesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetHistoricalTradesResponse<D = string>(raw: GetHistoricalTradesResponse, options?: ParseOptions<D>): ParsedGetHistoricalTradesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ id: item0.id, price: decimal(item0.price), quantity: decimal(item0.qty), quoteQuantity: decimal(item0.quoteQty), time: item0.time, isBuyerMaker: item0.isBuyerMaker, isRpiTrade: item0.isRPITrade }));
}
