// Generated from spec/operations/get-reference-price-calculation.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-reference-price-calculation';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetReferencePriceCalculationResponse: Validator = validate;

/** Parameters of Query Reference Price Calculation (`GET /api/v3/referencePrice/calculation`, WebSocket API `referencePrice.calculation`). */
export interface GetReferencePriceCalculationParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Only symbols with this trading status (-1220 for a single symbol that has another). */
  symbolStatus?: "TRADING" | "HALT" | "BREAK";
}

/** Query Reference Price Calculation: the response body with Binance's names. How the reference price of a symbol is computed (arithmetic mean over buckets, or external). */
export interface GetReferencePriceCalculationResponse {
  /** Symbol. */
  symbol: string;
  /** How the reference price is computed (ARITHMETIC_MEAN or EXTERNAL). */
  calculationType: string;
  /** Number of buckets averaged (ARITHMETIC_MEAN). */
  bucketCount?: number;
  /** Width of each bucket in milliseconds (ARITHMETIC_MEAN). */
  bucketWidthMs?: number;
  /** Id of the external calculation (EXTERNAL). */
  externalCalculationId?: number;
}

/** Query Reference Price Calculation, parsed: readable names; decimals are exact strings unless `parseGetReferencePriceCalculationResponse` is given a `decimal` converter. */
export interface ParsedGetReferencePriceCalculationResponse {
  /** Symbol. */
  symbol: string;
  /** How the reference price is computed (ARITHMETIC_MEAN or EXTERNAL). */
  calculationType: string;
  /** Number of buckets averaged (ARITHMETIC_MEAN). */
  bucketCount?: number | undefined;
  /** Width of each bucket in milliseconds (ARITHMETIC_MEAN). */
  bucketWidthMs?: number | undefined;
  /** Id of the external calculation (EXTERNAL). */
  externalCalculationId?: number | undefined;
}

/** Descriptor of Query Reference Price Calculation: data the runtime interprets. */
export const getReferencePriceCalculationOperation: OperationDescriptor<GetReferencePriceCalculationParams, GetReferencePriceCalculationResponse> = { operation: "getReferencePriceCalculation", security: "NONE", weight: 2, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"symbolStatus":{"type":"string","enum":["TRADING","HALT","BREAK"]}}, rest: {"method":"GET","path":"/api/v3/referencePrice/calculation"}, wsApi: {"method":"referencePrice.calculation"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-reference-price-calculation.json", validate: validateGetReferencePriceCalculationResponse };

/**
 * Query Reference Price Calculation: `GET /api/v3/referencePrice/calculation`. How the reference price of a symbol is computed (arithmetic mean over buckets, or external).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetReferencePriceCalculationResponse` if you want readable names. Weight 2. Security NONE.
 */
export function getReferencePriceCalculationHttp(params: GetReferencePriceCalculationParams, client?: HttpClient): Observable<GetReferencePriceCalculationResponse> {
  return requestHttp(getReferencePriceCalculationOperation, params, client);
}

/** Query Reference Price Calculation over the WebSocket API (`referencePrice.calculation`): returns a function that sends one request per subscription and emits its `result`. How the reference price of a symbol is computed (arithmetic mean over buckets, or external). Weight 2. Security NONE. */
export function getReferencePriceCalculationFactory(session: WsApiSession): (params: GetReferencePriceCalculationParams) => Observable<GetReferencePriceCalculationResponse> {
  return (params) => session.request(getReferencePriceCalculationOperation, params);
}

/** Maps a raw `GetReferencePriceCalculationResponse` to the readable `ParsedGetReferencePriceCalculationResponse`. */
export function parseGetReferencePriceCalculationResponse(raw: GetReferencePriceCalculationResponse): ParsedGetReferencePriceCalculationResponse {
  return { symbol: raw.symbol, calculationType: raw.calculationType, bucketCount: raw.bucketCount, bucketWidthMs: raw.bucketWidthMs, externalCalculationId: raw.externalCalculationId };
}
