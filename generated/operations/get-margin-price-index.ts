// Generated from spec/operations/sapi/get-margin-price-index.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-price-index';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginPriceIndexResponse: Validator = validate;

/** Parameters of Query Margin PriceIndex (MARKET_DATA) (`GET /sapi/v1/margin/priceIndex`). */
export interface GetMarginPriceIndexParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
}

/** Query Margin PriceIndex (MARKET_DATA): the response body with Binance's names. The price index of a symbol, which margin uses to value assets and liabilities. Binance's security type MARKET_DATA: an API key, no signature (here USER_STREAM, the same rule). */
export interface GetMarginPriceIndexResponse {
  /** When the index was computed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  calcTime: number;
  /** Index price. Exact decimal. */
  price: string;
  /** Symbol. */
  symbol: string;
}

/** Query Margin PriceIndex (MARKET_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginPriceIndexResponse` is given a `decimal` converter. */
export interface ParsedGetMarginPriceIndexResponse<D = string> {
  /** When the index was computed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  calcTime: number;
  /** Index price. Exact decimal. */
  price: D;
  /** Symbol. */
  symbol: string;
}

/** Descriptor of Query Margin PriceIndex (MARKET_DATA): data the runtime interprets. */
export const getMarginPriceIndexOperation: OperationDescriptor<GetMarginPriceIndexParams, GetMarginPriceIndexResponse> = { operation: "getMarginPriceIndex", security: "USER_STREAM", weight: 10, weightType: "IP", params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true}}, rest: {"method":"GET","path":"/sapi/v1/margin/priceIndex"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-price-index.json", validate: validateGetMarginPriceIndexResponse };

/**
 * Query Margin PriceIndex (MARKET_DATA): `GET /sapi/v1/margin/priceIndex`. The price index of a symbol, which margin uses to value assets and liabilities. Binance's security type MARKET_DATA: an API key, no signature (here USER_STREAM, the same rule).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginPriceIndexResponse` if you want readable names. Weight 10 (IP). Security USER_STREAM.
 */
export function getMarginPriceIndexHttp(params: GetMarginPriceIndexParams, client?: HttpClient): Observable<GetMarginPriceIndexResponse> {
  return requestHttp(getMarginPriceIndexOperation, params, client);
}

/** Maps a raw `GetMarginPriceIndexResponse` to the readable `ParsedGetMarginPriceIndexResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginPriceIndexResponse<D = string>(raw: GetMarginPriceIndexResponse, options?: ParseOptions<D>): ParsedGetMarginPriceIndexResponse<D> {
  const decimal = decimalOf(options);
  return { calcTime: raw.calcTime, price: decimal(raw.price), symbol: raw.symbol };
}
