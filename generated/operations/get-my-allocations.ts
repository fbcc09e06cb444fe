// Generated from spec/operations/get-my-allocations.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-my-allocations';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMyAllocationsResponse: Validator = validate;

/** Parameters of Query Allocations (`GET /api/v3/myAllocations`, WebSocket API `myAllocations`). */
export interface GetMyAllocationsParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** Allocation id to start from. */
  fromAllocationId?: number;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
  /** Order id assigned by Binance. */
  orderId?: number;
}

/** Query Allocations: the response body with Binance's names. Allocations from smart order routing for a symbol. */
export type GetMyAllocationsResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** Allocation id. */
  allocationId: number;
  /** Allocation type (SOR). */
  allocationType: string;
  /** Id of the account's order in the trade. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Price. Exact decimal. */
  price: string;
  /** Quantity allocated. Exact decimal. */
  qty: string;
  /** Quote amount allocated. Exact decimal. */
  quoteQty: string;
  /** Commission paid. Exact decimal. */
  commission: string;
  /** Asset the commission was paid in. */
  commissionAsset: string;
  /** Allocation time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Whether the account was the buyer. */
  isBuyer: boolean;
  /** Whether the account was the maker. */
  isMaker: boolean;
  /** Whether the account was the allocator. */
  isAllocator: boolean;
}>;

/** Query Allocations, parsed: readable names; decimals are exact strings unless `parseGetMyAllocationsResponse` is given a `decimal` converter. */
export type ParsedGetMyAllocationsResponse<D = string> = Array<{
  /** Symbol. */
  symbol: string;
  /** Allocation id. */
  allocationId: number;
  /** Allocation type (SOR). */
  allocationType: string;
  /** Id of the account's order in the trade. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Price. Exact decimal. */
  price: D;
  /** Quantity allocated. Exact decimal. */
  qty: D;
  /** Quote amount allocated. Exact decimal. */
  quoteQty: D;
  /** Commission paid. Exact decimal. */
  commission: D;
  /** Asset the commission was paid in. */
  commissionAsset: string;
  /** Allocation time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Whether the account was the buyer. */
  isBuyer: boolean;
  /** Whether the account was the maker. */
  isMaker: boolean;
  /** Whether the account was the allocator. */
  isAllocator: boolean;
}>;

/** Descriptor of Query Allocations: data the runtime interprets. */
export const getMyAllocationsOperation: OperationDescriptor<GetMyAllocationsParams, GetMyAllocationsResponse> = { operation: "getMyAllocations", security: "USER_DATA", weight: 20, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"fromAllocationId":{"type":"integer"},"limit":{"type":"integer","minimum":1,"maximum":1000},"orderId":{"type":"integer","minimum":0}}, rest: {"method":"GET","path":"/api/v3/myAllocations"}, wsApi: {"method":"myAllocations"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-my-allocations.json", validate: validateGetMyAllocationsResponse };

/**
 * Query Allocations: `GET /api/v3/myAllocations`. Allocations from smart order routing for a symbol.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMyAllocationsResponse` if you want readable names. Weight 20. Security USER_DATA.
 */
export function getMyAllocationsHttp(params: GetMyAllocationsParams, client?: HttpClient): Observable<GetMyAllocationsResponse> {
  return requestHttp(getMyAllocationsOperation, params, client);
}

/** Query Allocations over the WebSocket API (`myAllocations`): returns a function that sends one request per subscription and emits its `result`. Allocations from smart order routing for a symbol. Weight 20. Security USER_DATA. */
export function getMyAllocationsFactory(session: WsApiSession): (params: GetMyAllocationsParams) => Observable<GetMyAllocationsResponse> {
  return (params) => session.request(getMyAllocationsOperation, params);
}

/** Maps a raw `GetMyAllocationsResponse` to the readable `ParsedGetMyAllocationsResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMyAllocationsResponse<D = string>(raw: GetMyAllocationsResponse, options?: ParseOptions<D>): ParsedGetMyAllocationsResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ symbol: item0.symbol, allocationId: item0.allocationId, allocationType: item0.allocationType, orderId: item0.orderId, orderListId: item0.orderListId, price: decimal(item0.price), qty: decimal(item0.qty), quoteQty: decimal(item0.quoteQty), commission: decimal(item0.commission), commissionAsset: item0.commissionAsset, time: item0.time, isBuyer: item0.isBuyer, isMaker: item0.isMaker, isAllocator: item0.isAllocator }));
}
