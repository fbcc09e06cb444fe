// Generated from spec/operations/get-my-filters.yaml by codegen/. DO NOT EDIT.
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
import { validate } from '../validators/operations/get-my-filters';
/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validateGetMyFiltersResponse: Validator = validate;

/** Parameters of Query relevant filters (`GET /api/v3/myFilters`, WebSocket API `myFilters`). */
export interface GetMyFiltersParams {
  /** Trading pair such as BTCUSDT. */
  symbol: string;
}

/** Query relevant filters: the response body with Binance's names. The filters that apply to the account on a symbol: exchange, symbol and asset filters. */
export interface GetMyFiltersResponse {
  /** Exchange filters. */
  exchangeFilters: Array<{
    /** Filter type. */
    filterType: string;
    /** Max num orders. */
    maxNumOrders: number;
  }>;
  /** Symbol filters. */
  symbolFilters: Array<{
    /** Filter type. */
    filterType: string;
    /** Max num order lists. */
    maxNumOrderLists: number;
  }>;
  /** Asset filters. */
  assetFilters: Array<{
    /** Filter type. */
    filterType: string;
    /** Asset. */
    asset: string;
    /** Limit. Exact decimal, as Binance sends it. */
    limit: string;
  }>;
}

/** Query relevant filters, parsed: readable names; decimals are exact strings unless `parseGetMyFiltersResponse` is given a `decimal` converter. */
export interface ParsedGetMyFiltersResponse<D = string> {
  /** Exchange filters. Wire field `exchangeFilters`. */
  exchangeFilters: Array<{
    /** Filter type. Wire field `filterType`. */
    filterType: string;
    /** Max num orders. Wire field `maxNumOrders`. */
    maxNumOrders: number;
  }>;
  /** Symbol filters. Wire field `symbolFilters`. */
  symbolFilters: Array<{
    /** Filter type. Wire field `filterType`. */
    filterType: string;
    /** Max num order lists. Wire field `maxNumOrderLists`. */
    maxNumOrderLists: number;
  }>;
  /** Asset filters. Wire field `assetFilters`. */
  assetFilters: Array<{
    /** Filter type. Wire field `filterType`. */
    filterType: string;
    /** Asset. Wire field `asset`. */
    asset: string;
    /** Limit. Exact decimal, as Binance sends it. Wire field `limit`. */
    limit: D;
  }>;
}

/** Descriptor of Query relevant filters: data the runtime interprets. */
export const getMyFiltersOperation: OperationDescriptor<GetMyFiltersParams, GetMyFiltersResponse> =
  {
    operation: 'getMyFilters',
    security: 'USER_DATA',
    weight: 40,
    params: { symbol: { type: 'string', pattern: '^[A-Z0-9_.-]{1,20}$', required: true } },
    rest: { method: 'GET', path: '/api/v3/myFilters' },
    wsApi: { method: 'myFilters' },
    schemaId: 'https://binance-rx.dev/schemas/operations/get-my-filters.json',
    validate: validateGetMyFiltersResponse,
  };

/**
 * Query relevant filters: `GET /api/v3/myFilters`. The filters that apply to the account on a symbol: exchange, symbol and asset filters.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMyFiltersResponse` if you want readable names. Weight 40. Security USER_DATA.
 */
export function getMyFiltersHttp(
  params: GetMyFiltersParams,
  client?: HttpClient,
): Observable<GetMyFiltersResponse> {
  return requestHttp(getMyFiltersOperation, params, client);
}

/** Query relevant filters over the WebSocket API (`myFilters`): returns a function that sends one request per subscription and emits its `result`. The filters that apply to the account on a symbol: exchange, symbol and asset filters. Weight 40. Security USER_DATA. */
export function getMyFiltersFactory(
  session: WsApiSession,
): (params: GetMyFiltersParams) => Observable<GetMyFiltersResponse> {
  return (params) => session.request(getMyFiltersOperation, params);
}

/** Maps a raw `GetMyFiltersResponse` to the readable `ParsedGetMyFiltersResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMyFiltersResponse<D = string>(
  raw: GetMyFiltersResponse,
  options?: ParseOptions<D>,
): ParsedGetMyFiltersResponse<D> {
  const decimal = decimalOf(options);
  return {
    exchangeFilters: raw.exchangeFilters.map((item0) => ({
      filterType: item0.filterType,
      maxNumOrders: item0.maxNumOrders,
    })),
    symbolFilters: raw.symbolFilters.map((item0) => ({
      filterType: item0.filterType,
      maxNumOrderLists: item0.maxNumOrderLists,
    })),
    assetFilters: raw.assetFilters.map((item0) => ({
      filterType: item0.filterType,
      asset: item0.asset,
      limit: decimal(item0.limit),
    })),
  };
}
