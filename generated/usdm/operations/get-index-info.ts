// Generated from spec/usdm/operations/get-index-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-index-info';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetIndexInfoResponse: Validator = validate;

/** Parameters of Composite Index Symbol Information (`GET /fapi/v1/indexInfo`). */
export interface GetIndexInfoParams {
  /** A composite index symbol; every composite index when left out. */
  symbol?: string;
}

/** Composite Index Symbol Information: the response body with Binance's names. The components of composite index contracts (DEFIUSDT and the like), one entry per index. */
export type GetIndexInfoResponse = Array<{
  /** Symbol of the index contract. */
  symbol: string;
  /** Time of the composition. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** What the index is made of (baseAsset). */
  component: string;
  /** The index's components. */
  baseAssetList: Array<{
    /** Base asset. */
    baseAsset: string;
    /** Quote asset. */
    quoteAsset: string;
    /** Weight in quantity. Exact decimal. */
    weightInQuantity: string;
    /** Weight as a fraction of the index. Exact decimal. */
    weightInPercentage: string;
  }>;
}>;

/** Composite Index Symbol Information, parsed: readable names; decimals are exact strings unless `parseGetIndexInfoResponse` is given a `decimal` converter. */
export type ParsedGetIndexInfoResponse<D = string> = Array<{
  /** Symbol of the index contract. */
  symbol: string;
  /** Time of the composition. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** What the index is made of (baseAsset). */
  component: string;
  /** The index's components. */
  baseAssetList: Array<{
    /** Base asset. */
    baseAsset: string;
    /** Quote asset. */
    quoteAsset: string;
    /** Weight in quantity. Exact decimal. */
    weightInQuantity: D;
    /** Weight as a fraction of the index. Exact decimal. */
    weightInPercentage: D;
  }>;
}>;

/** Descriptor of Composite Index Symbol Information: data the runtime interprets. */
export const getIndexInfoOperation: OperationDescriptor<GetIndexInfoParams, GetIndexInfoResponse> = { operation: "getIndexInfo", security: "NONE", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/indexInfo"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-index-info.json", validate: validateGetIndexInfoResponse };

/**
 * Composite Index Symbol Information: `GET /fapi/v1/indexInfo`. The components of composite index contracts (DEFIUSDT and the like), one entry per index.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetIndexInfoResponse` if you want readable names. Weight 1. Security NONE.
 */
export function getIndexInfoHttp(params?: GetIndexInfoParams, client?: HttpClient): Observable<GetIndexInfoResponse> {
  return requestHttp(getIndexInfoOperation, params ?? {}, client);
}

/** Maps a raw `GetIndexInfoResponse` to the readable `ParsedGetIndexInfoResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetIndexInfoResponse<D = string>(raw: GetIndexInfoResponse, options?: ParseOptions<D>): ParsedGetIndexInfoResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ symbol: item0.symbol, time: item0.time, component: item0.component, baseAssetList: item0.baseAssetList.map((item1) => ({ baseAsset: item1.baseAsset, quoteAsset: item1.quoteAsset, weightInQuantity: decimal(item1.weightInQuantity), weightInPercentage: decimal(item1.weightInPercentage) })) }));
}
