// Generated from spec/operations/get-exchange-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-exchange-info';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetExchangeInfoResponse: Validator = validate;

/** Parameters of Exchange information (`GET /api/v3/exchangeInfo`, WebSocket API `exchangeInfo`). */
export interface GetExchangeInfoParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol?: string;
  /** Several trading pairs, such as ["BTCUSDT","BNBUSDT"]. */
  symbols?: readonly string[];
  /** Only symbols with any of these permissions, such as ["SPOT"]. */
  permissions?: readonly string[];
  /** Fill in permissionSets (default true). */
  showPermissionSets?: boolean;
  /** Only symbols with this trading status; not with symbol or symbols. */
  symbolStatus?: "TRADING" | "HALT" | "BREAK";
}

/** Exchange information: the response body with Binance's names. Trading rules and symbol information: rate limits, filters, order types and permissions, for every symbol or the ones asked for. */
export interface GetExchangeInfoResponse {
  /** Time zone of the server (UTC). */
  timezone: string;
  /** Server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
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
  /** Symbols and their trading rules. */
  symbols: Array<{
    /** Symbol. */
    symbol: string;
    /** Trading status (enums.md > Symbol status: TRADING, END_OF_DAY, HALT, BREAK, CANCEL_ONLY). */
    status: string;
    /** Base asset shared by the group's symbols. */
    baseAsset: string;
    /** Decimals of the base asset. */
    baseAssetPrecision: number;
    /** Quote asset. */
    quoteAsset: string;
    /** Decimals of the quote asset (older name of quoteAssetPrecision). */
    quotePrecision: number;
    /** Decimals of the quote asset. */
    quoteAssetPrecision: number;
    /** Decimals of commissions paid in the base asset. */
    baseCommissionPrecision: number;
    /** Decimals of commissions paid in the quote asset. */
    quoteCommissionPrecision: number;
    /** Order types the symbol accepts. */
    orderTypes: Array<string>;
    /** Whether iceberg orders are allowed. */
    icebergAllowed: boolean;
    /** Whether OCO order lists are allowed. */
    ocoAllowed: boolean;
    /** Whether OTO order lists are allowed. Sent only when: Sent since 2024-04-10 (a newer field: answers recorded before lack it). */
    otoAllowed?: boolean;
    /** Whether OPO order lists are allowed. Sent only when: Sent since 2025-12-02 (a newer field: answers recorded before lack it). */
    opoAllowed?: boolean;
    /** Whether MARKET orders may give quoteOrderQty. */
    quoteOrderQtyMarketAllowed: boolean;
    /** Whether trailing stop orders are allowed. */
    allowTrailingStop: boolean;
    /** Whether cancel-replace is allowed. */
    cancelReplaceAllowed: boolean;
    /** Whether Order Amend Keep Priority is allowed. Sent only when: Sent since 2025-04-24 (a newer field: answers recorded before lack it). */
    amendAllowed?: boolean;
    /** Whether pegged orders are allowed. Sent only when: Sent since 2025-08 (a newer field: answers recorded before lack it). */
    pegInstructionsAllowed?: boolean;
    /** Whether spot trading is allowed. */
    isSpotTradingAllowed: boolean;
    /** Whether margin trading is allowed. */
    isMarginTradingAllowed: boolean;
    /** Filters an order on this symbol must pass. */
    filters: Array<{
      /** PRICE_FILTER, LOT_SIZE, NOTIONAL, MAX_NUM_ORDERS, … */
      filterType: string;
    }>;
    /** Permissions (older form; empty, see permissionSets). */
    permissions: Array<string>;
    /** Permission sets; trading the symbol needs one permission of every set. Sent only when: Sent since 2024-04-10 (a newer field; answers recorded before have only permissions). */
    permissionSets?: Array<Array<string>>;
    /** Self-trade prevention mode of orders that send none. */
    defaultSelfTradePreventionMode: string;
    /** Self-trade prevention modes orders may use. */
    allowedSelfTradePreventionModes: Array<string>;
  }>;
  /** Groups of symbols SOR can route across, one per base asset. Sent only when: Optional field. Present only when SOR is available (for the symbols asked). */
  sors?: Array<{
    /** Base asset shared by the group's symbols. */
    baseAsset: string;
    /** Symbols and their trading rules. */
    symbols: Array<string>;
  }>;
}

/** Exchange information, parsed: readable names; decimals are exact strings unless `parseGetExchangeInfoResponse` is given a `decimal` converter. */
export interface ParsedGetExchangeInfoResponse {
  /** Time zone of the server (UTC). */
  timezone: string;
  /** Server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
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
  /** Symbols and their trading rules. */
  symbols: Array<{
    /** Symbol. */
    symbol: string;
    /** Trading status (enums.md > Symbol status: TRADING, END_OF_DAY, HALT, BREAK, CANCEL_ONLY). */
    status: string;
    /** Base asset shared by the group's symbols. */
    baseAsset: string;
    /** Decimals of the base asset. */
    baseAssetPrecision: number;
    /** Quote asset. */
    quoteAsset: string;
    /** Decimals of the quote asset (older name of quoteAssetPrecision). */
    quotePrecision: number;
    /** Decimals of the quote asset. */
    quoteAssetPrecision: number;
    /** Decimals of commissions paid in the base asset. */
    baseCommissionPrecision: number;
    /** Decimals of commissions paid in the quote asset. */
    quoteCommissionPrecision: number;
    /** Order types the symbol accepts. */
    orderTypes: Array<string>;
    /** Whether iceberg orders are allowed. */
    icebergAllowed: boolean;
    /** Whether OCO order lists are allowed. */
    ocoAllowed: boolean;
    /** Whether OTO order lists are allowed. Sent only when: Sent since 2024-04-10 (a newer field: answers recorded before lack it). */
    otoAllowed?: boolean | undefined;
    /** Whether OPO order lists are allowed. Sent only when: Sent since 2025-12-02 (a newer field: answers recorded before lack it). */
    opoAllowed?: boolean | undefined;
    /** Whether MARKET orders may give quoteOrderQty. */
    quoteOrderQtyMarketAllowed: boolean;
    /** Whether trailing stop orders are allowed. */
    allowTrailingStop: boolean;
    /** Whether cancel-replace is allowed. */
    cancelReplaceAllowed: boolean;
    /** Whether Order Amend Keep Priority is allowed. Sent only when: Sent since 2025-04-24 (a newer field: answers recorded before lack it). */
    amendAllowed?: boolean | undefined;
    /** Whether pegged orders are allowed. Sent only when: Sent since 2025-08 (a newer field: answers recorded before lack it). */
    pegInstructionsAllowed?: boolean | undefined;
    /** Whether spot trading is allowed. */
    isSpotTradingAllowed: boolean;
    /** Whether margin trading is allowed. */
    isMarginTradingAllowed: boolean;
    /** Filters an order on this symbol must pass. */
    filters: Array<{
      /** PRICE_FILTER, LOT_SIZE, NOTIONAL, MAX_NUM_ORDERS, … */
      filterType: string;
    }>;
    /** Permissions (older form; empty, see permissionSets). */
    permissions: Array<string>;
    /** Permission sets; trading the symbol needs one permission of every set. Sent only when: Sent since 2024-04-10 (a newer field; answers recorded before have only permissions). */
    permissionSets?: Array<Array<string>> | undefined;
    /** Self-trade prevention mode of orders that send none. */
    defaultSelfTradePreventionMode: string;
    /** Self-trade prevention modes orders may use. */
    allowedSelfTradePreventionModes: Array<string>;
  }>;
  /** Groups of symbols SOR can route across, one per base asset. Sent only when: Optional field. Present only when SOR is available (for the symbols asked). */
  sors?: Array<{
    /** Base asset shared by the group's symbols. */
    baseAsset: string;
    /** Symbols and their trading rules. */
    symbols: Array<string>;
  }> | undefined;
}

/** Descriptor of Exchange information: data the runtime interprets. */
export const getExchangeInfoOperation: OperationDescriptor<GetExchangeInfoParams, GetExchangeInfoResponse> = { operation: "getExchangeInfo", security: "NONE", weight: 20, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"symbols":{"type":"list"},"permissions":{"type":"list"},"showPermissionSets":{"type":"boolean"},"symbolStatus":{"type":"string","enum":["TRADING","HALT","BREAK"]}}, rest: {"method":"GET","path":"/api/v3/exchangeInfo"}, wsApi: {"method":"exchangeInfo"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-exchange-info.json", validate: validateGetExchangeInfoResponse };

/**
 * Exchange information: `GET /api/v3/exchangeInfo`. Trading rules and symbol information: rate limits, filters, order types and permissions, for every symbol or the ones asked for.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetExchangeInfoResponse` if you want readable names. Weight 20. Security NONE.
 */
export function getExchangeInfoHttp(params?: GetExchangeInfoParams, client?: HttpClient): Observable<GetExchangeInfoResponse> {
  return requestHttp(getExchangeInfoOperation, params ?? {}, client);
}

/** Exchange information over the WebSocket API (`exchangeInfo`): returns a function that sends one request per subscription and emits its `result`. Trading rules and symbol information: rate limits, filters, order types and permissions, for every symbol or the ones asked for. Weight 20. Security NONE. */
export function getExchangeInfoFactory(session: WsApiSession): (params?: GetExchangeInfoParams) => Observable<GetExchangeInfoResponse> {
  return (params) => session.request(getExchangeInfoOperation, params ?? {});
}

/** Maps a raw `GetExchangeInfoResponse` to the readable `ParsedGetExchangeInfoResponse`. */
export function parseGetExchangeInfoResponse(raw: GetExchangeInfoResponse): ParsedGetExchangeInfoResponse {
  return { timezone: raw.timezone, serverTime: raw.serverTime, rateLimits: raw.rateLimits.map((item0) => ({ rateLimitType: item0.rateLimitType, interval: item0.interval, intervalNum: item0.intervalNum, limit: item0.limit })), exchangeFilters: raw.exchangeFilters.map((item0) => ({ filterType: item0.filterType })), symbols: raw.symbols.map((item0) => ({ symbol: item0.symbol, status: item0.status, baseAsset: item0.baseAsset, baseAssetPrecision: item0.baseAssetPrecision, quoteAsset: item0.quoteAsset, quotePrecision: item0.quotePrecision, quoteAssetPrecision: item0.quoteAssetPrecision, baseCommissionPrecision: item0.baseCommissionPrecision, quoteCommissionPrecision: item0.quoteCommissionPrecision, orderTypes: item0.orderTypes, icebergAllowed: item0.icebergAllowed, ocoAllowed: item0.ocoAllowed, otoAllowed: item0.otoAllowed, opoAllowed: item0.opoAllowed, quoteOrderQtyMarketAllowed: item0.quoteOrderQtyMarketAllowed, allowTrailingStop: item0.allowTrailingStop, cancelReplaceAllowed: item0.cancelReplaceAllowed, amendAllowed: item0.amendAllowed, pegInstructionsAllowed: item0.pegInstructionsAllowed, isSpotTradingAllowed: item0.isSpotTradingAllowed, isMarginTradingAllowed: item0.isMarginTradingAllowed, filters: item0.filters.map((item1) => ({ filterType: item1.filterType })), permissions: item0.permissions, permissionSets: item0.permissionSets, defaultSelfTradePreventionMode: item0.defaultSelfTradePreventionMode, allowedSelfTradePreventionModes: item0.allowedSelfTradePreventionModes })), sors: raw.sors === undefined ? undefined : raw.sors.map((item0) => ({ baseAsset: item0.baseAsset, symbols: item0.symbols })) };
}
