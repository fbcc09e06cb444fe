// Generated from spec/usdm/operations/get-my-trades.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-my-trades';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMyTradesResponse: Validator = validate;

/** Parameters of Account Trade List (`GET /fapi/v1/userTrades`). */
export interface GetMyTradesParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Only the trades of this order (with symbol). */
  orderId?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** Trade id to start from; cannot be sent with startTime or endTime. */
  fromId?: number;
  /** How many trades (default 500). */
  limit?: number;
}

/** Account Trade List: the response body with Binance's names. The account's trades of one symbol, with the realized PnL each closing trade booked; by orderId, from fromId, or within a time range of at most 7 days (the last 7 days without one). */
export type GetMyTradesResponse = Array<{
  /** Whether the account bought. */
  buyer: boolean;
  /** Commission paid. Exact decimal. */
  commission: string;
  /** Asset the commission was paid in. */
  commissionAsset: string;
  /** Trade id. */
  id: number;
  /** Whether the account's order was the maker. */
  maker: boolean;
  /** Order id. */
  orderId: number;
  /** Price. Exact decimal. */
  price: string;
  /** Quantity. Exact decimal. */
  qty: string;
  /** Price times quantity. Exact decimal. */
  quoteQty: string;
  /** PnL the trade realized (0 when it opened or added to a position). Exact decimal. */
  realizedPnl: string;
  /** BUY or SELL. */
  side: string;
  /** BOTH, LONG or SHORT. */
  positionSide: string;
  /** Symbol. */
  symbol: string;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>;

/** Account Trade List, parsed: readable names; decimals are exact strings unless `parseGetMyTradesResponse` is given a `decimal` converter. */
export type ParsedGetMyTradesResponse<D = string> = Array<{
  /** Whether the account bought. */
  buyer: boolean;
  /** Commission paid. Exact decimal. */
  commission: D;
  /** Asset the commission was paid in. */
  commissionAsset: string;
  /** Trade id. */
  id: number;
  /** Whether the account's order was the maker. */
  maker: boolean;
  /** Order id. */
  orderId: number;
  /** Price. Exact decimal. */
  price: D;
  /** Quantity. Exact decimal. Wire field `qty`. */
  quantity: D;
  /** Price times quantity. Exact decimal. Wire field `quoteQty`. */
  quoteQuantity: D;
  /** PnL the trade realized (0 when it opened or added to a position). Exact decimal. */
  realizedPnl: D;
  /** BUY or SELL. */
  side: string;
  /** BOTH, LONG or SHORT. */
  positionSide: string;
  /** Symbol. */
  symbol: string;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>;

/** Descriptor of Account Trade List: data the runtime interprets. */
export const getMyTradesOperation: OperationDescriptor<GetMyTradesParams, GetMyTradesResponse> = { operation: "getMyTrades", security: "USER_DATA", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"orderId":{"type":"integer","minimum":0},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"fromId":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/fapi/v1/userTrades"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-my-trades.json", validate: validateGetMyTradesResponse };

/**
 * Account Trade List: `GET /fapi/v1/userTrades`. The account's trades of one symbol, with the realized PnL each closing trade booked; by orderId, from fromId, or within a time range of at most 7 days (the last 7 days without one).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMyTradesResponse` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getMyTradesHttp(params: GetMyTradesParams, client?: HttpClient): Observable<GetMyTradesResponse> {
  return requestHttp(getMyTradesOperation, params, client);
}

/** Maps a raw `GetMyTradesResponse` to the readable `ParsedGetMyTradesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMyTradesResponse<D = string>(raw: GetMyTradesResponse, options?: ParseOptions<D>): ParsedGetMyTradesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ buyer: item0.buyer, commission: decimal(item0.commission), commissionAsset: item0.commissionAsset, id: item0.id, maker: item0.maker, orderId: item0.orderId, price: decimal(item0.price), quantity: decimal(item0.qty), quoteQuantity: decimal(item0.quoteQty), realizedPnl: decimal(item0.realizedPnl), side: item0.side, positionSide: item0.positionSide, symbol: item0.symbol, time: item0.time }));
}
