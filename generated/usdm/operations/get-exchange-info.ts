// Generated from spec/usdm/operations/get-exchange-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-exchange-info';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validateGetExchangeInfoResponse: Validator = validate;

/** Parameters of Exchange Information (`GET /fapi/v1/exchangeInfo`). It takes none. */
export type GetExchangeInfoParams = Record<string, never>;

/** Exchange Information: the response body with Binance's names. Trading rules and contract information: rate limits, margin assets, and for every contract its type, delivery and onboard dates, precisions, filters, order types and time in force. */
export interface GetExchangeInfoResponse {
  /** Exchange filters (none are documented). */
  exchangeFilters: Array<Record<string, never>>;
  /** The rate limits that apply. */
  rateLimits: Array<{
    /** SECOND or MINUTE. */
    interval: string;
    /** Number of intervals the limit spans. */
    intervalNum: number;
    /** The limit. */
    limit: number;
    /** REQUEST_WEIGHT or ORDERS. */
    rateLimitType: string;
  }>;
  /** Server time. Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). */
  serverTime: number;
  /** Margin assets. */
  assets: Array<{
    /** Asset. */
    asset: string;
    /** Whether the asset can be used as margin in multi-assets mode. */
    marginAvailable: boolean;
    /** Auto-exchange threshold in multi-assets mode (null when not set). Exact decimal, as Binance sends it. */
    autoAssetExchange: string | null;
  }>;
  /** Contracts. */
  symbols: Array<{
    /** Symbol. */
    symbol: string;
    /** Underlying pair. */
    pair: string;
    /** PERPETUAL, CURRENT_QUARTER, NEXT_QUARTER, or others for special contracts. */
    contractType: string;
    /** Delivery date (far in the future for a perpetual). Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). */
    deliveryDate: number;
    /** Onboard date. Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). */
    onboardDate: number;
    /** Contract status (TRADING, PENDING_TRADING, SETTLING, …). */
    status: string;
    /** Ignore. Exact decimal, as Binance sends it. */
    maintMarginPercent: string;
    /** Ignore. Exact decimal, as Binance sends it. */
    requiredMarginPercent: string;
    /** Base asset. */
    baseAsset: string;
    /** Quote asset. */
    quoteAsset: string;
    /** Margin asset. */
    marginAsset: string;
    /** Price precision; not the tick size (see PRICE_FILTER). */
    pricePrecision: number;
    /** Quantity precision; not the step size (see LOT_SIZE). */
    quantityPrecision: number;
    /** Base asset precision. */
    baseAssetPrecision: number;
    /** Quote asset precision. */
    quotePrecision: number;
    /** Underlying type (COIN, INDEX, …). */
    underlyingType: string;
    /** Underlying sub-types. */
    underlyingSubType: Array<string>;
    /** Settlement plan. Sent only when: Sent for some contracts only */
    settlePlan?: number;
    /** Threshold for algo orders with priceProtect. Exact decimal, as Binance sends it. */
    triggerProtect: string;
    /** Liquidation fee rate. Exact decimal, as Binance sends it. */
    liquidationFee: string;
    /** The most a market order may deviate from the mark price. Exact decimal, as Binance sends it. */
    marketTakeBound: string;
    /** Symbol filters; the fields of each depend on its filterType. */
    filters: Array<{
      /** PRICE_FILTER, LOT_SIZE, MARKET_LOT_SIZE, MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS, MIN_NOTIONAL, PERCENT_PRICE, … */
      filterType: string;
    }>;
    /** Order types. */
    orderTypes: Array<string>;
    /** Time in force values. */
    timeInForce: Array<string>;
  }>;
  /** Time zone of the server (UTC). */
  timezone: string;
}

/** Exchange Information, parsed: readable names; decimals are exact strings unless `parseGetExchangeInfoResponse` is given a `decimal` converter. */
export interface ParsedGetExchangeInfoResponse<D = string> {
  /** Exchange filters (none are documented). Wire field `exchangeFilters`. */
  exchangeFilters: Array<Record<string, never>>;
  /** The rate limits that apply. Wire field `rateLimits`. */
  rateLimits: Array<{
    /** SECOND or MINUTE. Wire field `interval`. */
    interval: string;
    /** Number of intervals the limit spans. Wire field `intervalNum`. */
    intervalNum: number;
    /** The limit. Wire field `limit`. */
    limit: number;
    /** REQUEST_WEIGHT or ORDERS. Wire field `rateLimitType`. */
    rateLimitType: string;
  }>;
  /** Server time. Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). Wire field `serverTime`. */
  serverTime: number;
  /** Margin assets. Wire field `assets`. */
  assets: Array<{
    /** Asset. Wire field `asset`. */
    asset: string;
    /** Whether the asset can be used as margin in multi-assets mode. Wire field `marginAvailable`. */
    marginAvailable: boolean;
    /** Auto-exchange threshold in multi-assets mode (null when not set). Exact decimal, as Binance sends it. Wire field `autoAssetExchange`. */
    autoAssetExchange: D | null;
  }>;
  /** Contracts. Wire field `symbols`. */
  symbols: Array<{
    /** Symbol. Wire field `symbol`. */
    symbol: string;
    /** Underlying pair. Wire field `pair`. */
    pair: string;
    /** PERPETUAL, CURRENT_QUARTER, NEXT_QUARTER, or others for special contracts. Wire field `contractType`. */
    contractType: string;
    /** Delivery date (far in the future for a perpetual). Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). Wire field `deliveryDate`. */
    deliveryDate: number;
    /** Onboard date. Milliseconds since the Unix epoch; microseconds with `timeUnit: 'MICROSECOND'` (see `EpochTime`). Wire field `onboardDate`. */
    onboardDate: number;
    /** Contract status (TRADING, PENDING_TRADING, SETTLING, …). Wire field `status`. */
    status: string;
    /** Ignore. Exact decimal, as Binance sends it. Wire field `maintMarginPercent`. */
    maintMarginPercent: D;
    /** Ignore. Exact decimal, as Binance sends it. Wire field `requiredMarginPercent`. */
    requiredMarginPercent: D;
    /** Base asset. Wire field `baseAsset`. */
    baseAsset: string;
    /** Quote asset. Wire field `quoteAsset`. */
    quoteAsset: string;
    /** Margin asset. Wire field `marginAsset`. */
    marginAsset: string;
    /** Price precision; not the tick size (see PRICE_FILTER). Wire field `pricePrecision`. */
    pricePrecision: number;
    /** Quantity precision; not the step size (see LOT_SIZE). Wire field `quantityPrecision`. */
    quantityPrecision: number;
    /** Base asset precision. Wire field `baseAssetPrecision`. */
    baseAssetPrecision: number;
    /** Quote asset precision. Wire field `quotePrecision`. */
    quotePrecision: number;
    /** Underlying type (COIN, INDEX, …). Wire field `underlyingType`. */
    underlyingType: string;
    /** Underlying sub-types. Wire field `underlyingSubType`. */
    underlyingSubType: Array<string>;
    /** Settlement plan. Sent only when: Sent for some contracts only Wire field `settlePlan`. */
    settlePlan?: number;
    /** Threshold for algo orders with priceProtect. Exact decimal, as Binance sends it. Wire field `triggerProtect`. */
    triggerProtect: D;
    /** Liquidation fee rate. Exact decimal, as Binance sends it. Wire field `liquidationFee`. */
    liquidationFee: D;
    /** The most a market order may deviate from the mark price. Exact decimal, as Binance sends it. Wire field `marketTakeBound`. */
    marketTakeBound: D;
    /** Symbol filters; the fields of each depend on its filterType. Wire field `filters`. */
    filters: Array<{
      /** PRICE_FILTER, LOT_SIZE, MARKET_LOT_SIZE, MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS, MIN_NOTIONAL, PERCENT_PRICE, … Wire field `filterType`. */
      filterType: string;
    }>;
    /** Order types. Wire field `orderTypes`. */
    orderTypes: Array<string>;
    /** Time in force values. Wire field `timeInForce`. */
    timeInForce: Array<string>;
  }>;
  /** Time zone of the server (UTC). Wire field `timezone`. */
  timezone: string;
}

/** Descriptor of Exchange Information: data the runtime interprets. */
export const getExchangeInfoOperation: OperationDescriptor<GetExchangeInfoParams, GetExchangeInfoResponse> = { operation: "getExchangeInfo", security: "NONE", weight: 1, params: {}, rest: {"method":"GET","path":"/fapi/v1/exchangeInfo"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-exchange-info.json", validate: validateGetExchangeInfoResponse };

/**
 * Exchange Information: `GET /fapi/v1/exchangeInfo`. Trading rules and contract information: rate limits, margin assets, and for every contract its type, delivery and onboard dates, precisions, filters, order types and time in force.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetExchangeInfoResponse` if you want readable names. Weight 1. Security NONE.
 */
export function getExchangeInfoHttp(params?: GetExchangeInfoParams, client?: HttpClient): Observable<GetExchangeInfoResponse> {
  return requestHttp(getExchangeInfoOperation, params ?? {}, client);
}

/** Maps a raw `GetExchangeInfoResponse` to the readable `ParsedGetExchangeInfoResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetExchangeInfoResponse<D = string>(raw: GetExchangeInfoResponse, options?: ParseOptions<D>): ParsedGetExchangeInfoResponse<D> {
  const decimal = decimalOf(options);
  return { exchangeFilters: raw.exchangeFilters.map(() => ({  })), rateLimits: raw.rateLimits.map((item0) => ({ interval: item0.interval, intervalNum: item0.intervalNum, limit: item0.limit, rateLimitType: item0.rateLimitType })), serverTime: raw.serverTime, assets: raw.assets.map((item0) => ({ asset: item0.asset, marginAvailable: item0.marginAvailable, autoAssetExchange: item0.autoAssetExchange === null ? null : decimal(item0.autoAssetExchange) })), symbols: raw.symbols.map((item0) => ({ symbol: item0.symbol, pair: item0.pair, contractType: item0.contractType, deliveryDate: item0.deliveryDate, onboardDate: item0.onboardDate, status: item0.status, maintMarginPercent: decimal(item0.maintMarginPercent), requiredMarginPercent: decimal(item0.requiredMarginPercent), baseAsset: item0.baseAsset, quoteAsset: item0.quoteAsset, marginAsset: item0.marginAsset, pricePrecision: item0.pricePrecision, quantityPrecision: item0.quantityPrecision, baseAssetPrecision: item0.baseAssetPrecision, quotePrecision: item0.quotePrecision, underlyingType: item0.underlyingType, underlyingSubType: item0.underlyingSubType, settlePlan: item0.settlePlan, triggerProtect: decimal(item0.triggerProtect), liquidationFee: decimal(item0.liquidationFee), marketTakeBound: decimal(item0.marketTakeBound), filters: item0.filters.map((item1) => ({ filterType: item1.filterType })), orderTypes: item0.orderTypes, timeInForce: item0.timeInForce })), timezone: raw.timezone };
}
