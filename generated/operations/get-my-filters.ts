// Generated from spec/operations/get-my-filters.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-my-filters';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMyFiltersResponse: Validator = validate;

/** Parameters of Query relevant filters (`GET /api/v3/myFilters`, WebSocket API `myFilters`). */
export interface GetMyFiltersParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
}

/** Query relevant filters: the response body with Binance's names. The filters that apply to the account on a symbol: exchange, symbol and asset filters. */
export interface GetMyFiltersResponse {
  /** Exchange filters that apply to the account. */
  exchangeFilters: Array<{
    /** Filter type; the other fields depend on it (filters.md). */
    filterType: string;
    /** Most open orders allowed (EXCHANGE_MAX_NUM_ORDERS, MAX_NUM_ORDERS). */
    maxNumOrders?: number;
  }>;
  /** Symbol filters that apply to the account on the symbol. */
  symbolFilters: Array<{
    /** Filter type; the other fields depend on it (filters.md). */
    filterType: string;
    /** Most open order lists allowed (MAX_NUM_ORDER_LISTS). */
    maxNumOrderLists?: number;
  }>;
  /** Asset filters that apply to the account. */
  assetFilters: Array<{
    /** Filter type; the other fields depend on it (filters.md). */
    filterType: string;
    /** Asset the filter limits (MAX_ASSET). */
    asset?: string;
    /** Most of the asset allowed (MAX_ASSET). Exact decimal. */
    limit?: string;
  }>;
}

/** Query relevant filters, parsed: readable names; decimals are exact strings unless `parseGetMyFiltersResponse` is given a `decimal` converter. */
export interface ParsedGetMyFiltersResponse<D = string> {
  /** Exchange filters that apply to the account. */
  exchangeFilters: Array<{
    /** Filter type; the other fields depend on it (filters.md). */
    filterType: string;
    /** Most open orders allowed (EXCHANGE_MAX_NUM_ORDERS, MAX_NUM_ORDERS). */
    maxNumOrders?: number | undefined;
  }>;
  /** Symbol filters that apply to the account on the symbol. */
  symbolFilters: Array<{
    /** Filter type; the other fields depend on it (filters.md). */
    filterType: string;
    /** Most open order lists allowed (MAX_NUM_ORDER_LISTS). */
    maxNumOrderLists?: number | undefined;
  }>;
  /** Asset filters that apply to the account. */
  assetFilters: Array<{
    /** Filter type; the other fields depend on it (filters.md). */
    filterType: string;
    /** Asset the filter limits (MAX_ASSET). */
    asset?: string | undefined;
    /** Most of the asset allowed (MAX_ASSET). Exact decimal. */
    limit?: D | undefined;
  }>;
}

/** Descriptor of Query relevant filters: data the runtime interprets. */
export const getMyFiltersOperation: OperationDescriptor<GetMyFiltersParams, GetMyFiltersResponse> = { operation: "getMyFilters", security: "USER_DATA", weight: 40, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true}}, rest: {"method":"GET","path":"/api/v3/myFilters"}, wsApi: {"method":"myFilters"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-my-filters.json", validate: validateGetMyFiltersResponse };

/**
 * Query relevant filters: `GET /api/v3/myFilters`. The filters that apply to the account on a symbol: exchange, symbol and asset filters.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMyFiltersResponse` if you want readable names. Weight 40. Security USER_DATA.
 */
export function getMyFiltersHttp(params: GetMyFiltersParams, client?: HttpClient): Observable<GetMyFiltersResponse> {
  return requestHttp(getMyFiltersOperation, params, client);
}

/** Query relevant filters over the WebSocket API (`myFilters`): returns a function that sends one request per subscription and emits its `result`. The filters that apply to the account on a symbol: exchange, symbol and asset filters. Weight 40. Security USER_DATA. */
export function getMyFiltersFactory(session: WsApiSession): (params: GetMyFiltersParams) => Observable<GetMyFiltersResponse> {
  return (params) => session.request(getMyFiltersOperation, params);
}

/** Maps a raw `GetMyFiltersResponse` to the readable `ParsedGetMyFiltersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMyFiltersResponse<D = string>(raw: GetMyFiltersResponse, options?: ParseOptions<D>): ParsedGetMyFiltersResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { exchangeFilters: raw.exchangeFilters.map((item0) => ({ filterType: item0.filterType, maxNumOrders: item0.maxNumOrders })), symbolFilters: raw.symbolFilters.map((item0) => ({ filterType: item0.filterType, maxNumOrderLists: item0.maxNumOrderLists })), assetFilters: raw.assetFilters.map((item0) => ({ filterType: item0.filterType, asset: item0.asset, limit: optionalDecimal(item0.limit) })) };
}
