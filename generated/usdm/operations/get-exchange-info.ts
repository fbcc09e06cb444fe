// Generated from spec/usdm/operations/get-exchange-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-exchange-info';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
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
  /** Server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  serverTime: number;
  /** Margin assets. */
  assets: Array<{
    /** Asset. */
    asset: string;
    /** Whether the asset can be used as margin in multi-assets mode. */
    marginAvailable: boolean;
    /** Auto-exchange threshold in multi-assets mode (null when not set). Exact decimal. */
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
    /** Delivery date (far in the future for a perpetual). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    deliveryDate: number;
    /** Onboard date. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    onboardDate: number;
    /** Contract status (TRADING, PENDING_TRADING, SETTLING, …). */
    status: string;
    /** Ignore. Exact decimal. */
    maintMarginPercent: string;
    /** Ignore. Exact decimal. */
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
    /** Threshold for algo orders with priceProtect. Exact decimal. */
    triggerProtect: string;
    /** Liquidation fee rate. Exact decimal. */
    liquidationFee: string;
    /** The most a market order may deviate from the mark price. Exact decimal. */
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
  /** Server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  serverTime: number;
  /** Margin assets. */
  assets: Array<{
    /** Asset. */
    asset: string;
    /** Whether the asset can be used as margin in multi-assets mode. */
    marginAvailable: boolean;
    /** Auto-exchange threshold in multi-assets mode (null when not set). Exact decimal. */
    autoAssetExchange: D | null;
  }>;
  /** Contracts. */
  symbols: Array<{
    /** Symbol. */
    symbol: string;
    /** Underlying pair. */
    pair: string;
    /** PERPETUAL, CURRENT_QUARTER, NEXT_QUARTER, or others for special contracts. */
    contractType: string;
    /** Delivery date (far in the future for a perpetual). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    deliveryDate: number;
    /** Onboard date. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    onboardDate: number;
    /** Contract status (TRADING, PENDING_TRADING, SETTLING, …). */
    status: string;
    /** Ignore. Exact decimal. */
    maintMarginPercent: D;
    /** Ignore. Exact decimal. */
    requiredMarginPercent: D;
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
    settlePlan?: number | undefined;
    /** Threshold for algo orders with priceProtect. Exact decimal. */
    triggerProtect: D;
    /** Liquidation fee rate. Exact decimal. */
    liquidationFee: D;
    /** The most a market order may deviate from the mark price. Exact decimal. */
    marketTakeBound: D;
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
