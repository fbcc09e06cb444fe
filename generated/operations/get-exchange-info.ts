// Generated from spec/operations/get-exchange-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import {
  requestHttp,
  type HttpClient,
  type OperationDescriptor,
  type Validator,
  type WsApiSession,
} from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-exchange-info';
/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validateGetExchangeInfoResponse: Validator = validate;

/** Parameters of Exchange information (`GET /api/v3/exchangeInfo`, WebSocket API `exchangeInfo`). */
export interface GetExchangeInfoParams {
  /** Trading pair such as BTCUSDT. */
  symbol?: string;
  /** Several trading pairs, such as ["BTCUSDT","BNBUSDT"]. */
  symbols?: readonly string[];
  /** Permissions. */
  permissions?: string;
  /** Show permission sets. */
  showPermissionSets?: boolean;
  /** Symbol status. */
  symbolStatus?: 'TRADING' | 'HALT' | 'BREAK';
}

/** Exchange information: the response body with Binance's names. Trading rules and symbol information: rate limits, filters, order types and permissions, for every symbol or the ones asked for. */
export interface GetExchangeInfoResponse {
  /** Timezone. */
  timezone: string;
  /** Server time. Milliseconds since the Unix epoch. */
  serverTime: number;
  /** The rate limits that apply (weight and order counts). */
  rateLimits: Array<{
    /** REQUEST_WEIGHT, ORDERS or RAW_REQUESTS. */
    rateLimitType: string;
    /** SECOND, MINUTE or DAY. */
    interval: string;
    /** Number of intervals the limit spans. */
    intervalNum: number;
    /** The limit. */
    limit: number;
  }>;
  /** Filters that apply to the whole exchange. */
  exchangeFilters: Array<{
    /** EXCHANGE_MAX_NUM_ORDERS, EXCHANGE_MAX_NUM_ALGO_ORDERS, … */
    filterType: string;
  }>;
  /** Symbols. */
  symbols: Array<{
    /** Symbol. */
    symbol: string;
    /** Status. */
    status: string;
    /** Base asset. */
    baseAsset: string;
    /** Base asset precision. */
    baseAssetPrecision: number;
    /** Quote asset. */
    quoteAsset: string;
    /** Quote precision. */
    quotePrecision: number;
    /** Quote asset precision. */
    quoteAssetPrecision: number;
    /** Base commission precision. */
    baseCommissionPrecision: number;
    /** Quote commission precision. */
    quoteCommissionPrecision: number;
    /** Order types. */
    orderTypes: Array<string>;
    /** Iceberg allowed. */
    icebergAllowed: boolean;
    /** Oco allowed. */
    ocoAllowed: boolean;
    /** Oto allowed. */
    otoAllowed: boolean;
    /** Opo allowed. */
    opoAllowed: boolean;
    /** Quote order qty market allowed. */
    quoteOrderQtyMarketAllowed: boolean;
    /** Allow trailing stop. */
    allowTrailingStop: boolean;
    /** Cancel replace allowed. */
    cancelReplaceAllowed: boolean;
    /** Amend allowed. */
    amendAllowed: boolean;
    /** Peg instructions allowed. */
    pegInstructionsAllowed: boolean;
    /** Is spot trading allowed. */
    isSpotTradingAllowed: boolean;
    /** Is margin trading allowed. */
    isMarginTradingAllowed: boolean;
    /** Filters an order on this symbol must pass. */
    filters: Array<{
      /** PRICE_FILTER, LOT_SIZE, NOTIONAL, MAX_NUM_ORDERS, … */
      filterType: string;
    }>;
    /** Permissions. */
    permissions: Array<string>;
    /** Permission sets; trading the symbol needs one permission of every set. */
    permissionSets: Array<Array<string>>;
    /** Default self trade prevention mode. */
    defaultSelfTradePreventionMode: string;
    /** Allowed self trade prevention modes. */
    allowedSelfTradePreventionModes: Array<string>;
  }>;
  /** Sors. */
  sors: Array<{
    /** Base asset. */
    baseAsset: string;
    /** Symbols. */
    symbols: Array<string>;
  }>;
}

/** Exchange information, parsed: readable names; decimals are exact strings unless `parseGetExchangeInfoResponse` is given a `decimal` converter. */
export interface ParsedGetExchangeInfoResponse {
  /** Timezone. Wire field `timezone`. */
  timezone: string;
  /** Server time. Milliseconds since the Unix epoch. Wire field `serverTime`. */
  serverTime: number;
  /** The rate limits that apply (weight and order counts). Wire field `rateLimits`. */
  rateLimits: Array<{
    /** REQUEST_WEIGHT, ORDERS or RAW_REQUESTS. Wire field `rateLimitType`. */
    rateLimitType: string;
    /** SECOND, MINUTE or DAY. Wire field `interval`. */
    interval: string;
    /** Number of intervals the limit spans. Wire field `intervalNum`. */
    intervalNum: number;
    /** The limit. Wire field `limit`. */
    limit: number;
  }>;
  /** Filters that apply to the whole exchange. Wire field `exchangeFilters`. */
  exchangeFilters: Array<{
    /** EXCHANGE_MAX_NUM_ORDERS, EXCHANGE_MAX_NUM_ALGO_ORDERS, … Wire field `filterType`. */
    filterType: string;
  }>;
  /** Symbols. Wire field `symbols`. */
  symbols: Array<{
    /** Symbol. Wire field `symbol`. */
    symbol: string;
    /** Status. Wire field `status`. */
    status: string;
    /** Base asset. Wire field `baseAsset`. */
    baseAsset: string;
    /** Base asset precision. Wire field `baseAssetPrecision`. */
    baseAssetPrecision: number;
    /** Quote asset. Wire field `quoteAsset`. */
    quoteAsset: string;
    /** Quote precision. Wire field `quotePrecision`. */
    quotePrecision: number;
    /** Quote asset precision. Wire field `quoteAssetPrecision`. */
    quoteAssetPrecision: number;
    /** Base commission precision. Wire field `baseCommissionPrecision`. */
    baseCommissionPrecision: number;
    /** Quote commission precision. Wire field `quoteCommissionPrecision`. */
    quoteCommissionPrecision: number;
    /** Order types. Wire field `orderTypes`. */
    orderTypes: Array<string>;
    /** Iceberg allowed. Wire field `icebergAllowed`. */
    icebergAllowed: boolean;
    /** Oco allowed. Wire field `ocoAllowed`. */
    ocoAllowed: boolean;
    /** Oto allowed. Wire field `otoAllowed`. */
    otoAllowed: boolean;
    /** Opo allowed. Wire field `opoAllowed`. */
    opoAllowed: boolean;
    /** Quote order qty market allowed. Wire field `quoteOrderQtyMarketAllowed`. */
    quoteOrderQtyMarketAllowed: boolean;
    /** Allow trailing stop. Wire field `allowTrailingStop`. */
    allowTrailingStop: boolean;
    /** Cancel replace allowed. Wire field `cancelReplaceAllowed`. */
    cancelReplaceAllowed: boolean;
    /** Amend allowed. Wire field `amendAllowed`. */
    amendAllowed: boolean;
    /** Peg instructions allowed. Wire field `pegInstructionsAllowed`. */
    pegInstructionsAllowed: boolean;
    /** Is spot trading allowed. Wire field `isSpotTradingAllowed`. */
    isSpotTradingAllowed: boolean;
    /** Is margin trading allowed. Wire field `isMarginTradingAllowed`. */
    isMarginTradingAllowed: boolean;
    /** Filters an order on this symbol must pass. Wire field `filters`. */
    filters: Array<{
      /** PRICE_FILTER, LOT_SIZE, NOTIONAL, MAX_NUM_ORDERS, … Wire field `filterType`. */
      filterType: string;
    }>;
    /** Permissions. Wire field `permissions`. */
    permissions: Array<string>;
    /** Permission sets; trading the symbol needs one permission of every set. Wire field `permissionSets`. */
    permissionSets: Array<Array<string>>;
    /** Default self trade prevention mode. Wire field `defaultSelfTradePreventionMode`. */
    defaultSelfTradePreventionMode: string;
    /** Allowed self trade prevention modes. Wire field `allowedSelfTradePreventionModes`. */
    allowedSelfTradePreventionModes: Array<string>;
  }>;
  /** Sors. Wire field `sors`. */
  sors: Array<{
    /** Base asset. Wire field `baseAsset`. */
    baseAsset: string;
    /** Symbols. Wire field `symbols`. */
    symbols: Array<string>;
  }>;
}

/** Descriptor of Exchange information: data the runtime interprets. */
export const getExchangeInfoOperation: OperationDescriptor<
  GetExchangeInfoParams,
  GetExchangeInfoResponse
> = {
  operation: 'getExchangeInfo',
  security: 'NONE',
  weight: 20,
  params: {
    symbol: { type: 'string', pattern: '^[A-Z0-9_.-]{1,20}$' },
    symbols: { type: 'list' },
    permissions: { type: 'string' },
    showPermissionSets: { type: 'boolean' },
    symbolStatus: { type: 'string', enum: ['TRADING', 'HALT', 'BREAK'] },
  },
  rest: { method: 'GET', path: '/api/v3/exchangeInfo' },
  wsApi: { method: 'exchangeInfo' },
  schemaId: 'https://binance-rx.dev/schemas/operations/get-exchange-info.json',
  validate: validateGetExchangeInfoResponse,
};

/**
 * Exchange information: `GET /api/v3/exchangeInfo`. Trading rules and symbol information: rate limits, filters, order types and permissions, for every symbol or the ones asked for.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetExchangeInfoResponse` if you want readable names. Weight 20. Security NONE.
 */
export function getExchangeInfoHttp(
  params?: GetExchangeInfoParams,
  client?: HttpClient,
): Observable<GetExchangeInfoResponse> {
  return requestHttp(getExchangeInfoOperation, params ?? {}, client);
}

/** Exchange information over the WebSocket API (`exchangeInfo`): returns a function that sends one request per subscription and emits its `result`. Trading rules and symbol information: rate limits, filters, order types and permissions, for every symbol or the ones asked for. Weight 20. Security NONE. */
export function getExchangeInfoFactory(
  session: WsApiSession,
): (params?: GetExchangeInfoParams) => Observable<GetExchangeInfoResponse> {
  return (params) => session.request(getExchangeInfoOperation, params ?? {});
}

/** Maps a raw `GetExchangeInfoResponse` to the readable `ParsedGetExchangeInfoResponse`. */
export function parseGetExchangeInfoResponse(
  raw: GetExchangeInfoResponse,
): ParsedGetExchangeInfoResponse {
  return {
    timezone: raw.timezone,
    serverTime: raw.serverTime,
    rateLimits: raw.rateLimits.map((item0) => ({
      rateLimitType: item0.rateLimitType,
      interval: item0.interval,
      intervalNum: item0.intervalNum,
      limit: item0.limit,
    })),
    exchangeFilters: raw.exchangeFilters.map((item0) => ({ filterType: item0.filterType })),
    symbols: raw.symbols.map((item0) => ({
      symbol: item0.symbol,
      status: item0.status,
      baseAsset: item0.baseAsset,
      baseAssetPrecision: item0.baseAssetPrecision,
      quoteAsset: item0.quoteAsset,
      quotePrecision: item0.quotePrecision,
      quoteAssetPrecision: item0.quoteAssetPrecision,
      baseCommissionPrecision: item0.baseCommissionPrecision,
      quoteCommissionPrecision: item0.quoteCommissionPrecision,
      orderTypes: item0.orderTypes,
      icebergAllowed: item0.icebergAllowed,
      ocoAllowed: item0.ocoAllowed,
      otoAllowed: item0.otoAllowed,
      opoAllowed: item0.opoAllowed,
      quoteOrderQtyMarketAllowed: item0.quoteOrderQtyMarketAllowed,
      allowTrailingStop: item0.allowTrailingStop,
      cancelReplaceAllowed: item0.cancelReplaceAllowed,
      amendAllowed: item0.amendAllowed,
      pegInstructionsAllowed: item0.pegInstructionsAllowed,
      isSpotTradingAllowed: item0.isSpotTradingAllowed,
      isMarginTradingAllowed: item0.isMarginTradingAllowed,
      filters: item0.filters.map((item1) => ({ filterType: item1.filterType })),
      permissions: item0.permissions,
      permissionSets: item0.permissionSets,
      defaultSelfTradePreventionMode: item0.defaultSelfTradePreventionMode,
      allowedSelfTradePreventionModes: item0.allowedSelfTradePreventionModes,
    })),
    sors: raw.sors.map((item0) => ({ baseAsset: item0.baseAsset, symbols: item0.symbols })),
  };
}
