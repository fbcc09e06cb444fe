// Generated from spec/usdm/operations/get-asset-index.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-asset-index';
import { usdmProduct } from '../product';
import type { AssetIndexFields, ParsedAssetIndexFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAssetIndexResponse: Validator = validate;

/** Parameters of Multi-Assets Mode Asset Index (`GET /fapi/v1/assetIndex`). */
export interface GetAssetIndexParams {
  /** Asset pair such as ADAUSD; every asset when left out. */
  symbol?: string;
}

/** Multi-Assets Mode Asset Index: the response body with Binance's names. The index price of the assets usable as margin in Multi-Assets mode (`BTCUSD` for BTC), with the buffers and rates at which they are valued as collateral: one object with `symbol`, an array without. */
export type GetAssetIndexResponse = (AssetIndexFields) | (Array<AssetIndexFields>);

/** Multi-Assets Mode Asset Index, parsed: readable names; decimals are exact strings unless `parseGetAssetIndexResponse` is given a `decimal` converter. */
export type ParsedGetAssetIndexResponse<D = string> = (ParsedAssetIndexFields<D>) | (Array<ParsedAssetIndexFields<D>>);

/** Descriptor of Multi-Assets Mode Asset Index: data the runtime interprets. */
export const getAssetIndexOperation: OperationDescriptor<GetAssetIndexParams, GetAssetIndexResponse> = { operation: "getAssetIndex", security: "NONE", weight: 10, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/assetIndex"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-asset-index.json", validate: validateGetAssetIndexResponse };

/**
 * Multi-Assets Mode Asset Index: `GET /fapi/v1/assetIndex`. The index price of the assets usable as margin in Multi-Assets mode (`BTCUSD` for BTC), with the buffers and rates at which they are valued as collateral: one object with `symbol`, an array without.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAssetIndexResponse` if you want readable names. Weight 10 (symbol: 1; none: 10.). Security NONE.
 */
export function getAssetIndexHttp(params?: GetAssetIndexParams, client?: HttpClient): Observable<GetAssetIndexResponse> {
  return requestHttp(getAssetIndexOperation, params ?? {}, client);
}

/** Maps a raw `GetAssetIndexResponse` to the readable `ParsedGetAssetIndexResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetAssetIndexResponse<D = string>(raw: GetAssetIndexResponse, options?: ParseOptions<D>): ParsedGetAssetIndexResponse<D> {
  const decimal = decimalOf(options);
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, time: item0.time, index: decimal(item0.index), bidBuffer: decimal(item0.bidBuffer), askBuffer: decimal(item0.askBuffer), bidRate: decimal(item0.bidRate), askRate: decimal(item0.askRate), autoExchangeBidBuffer: decimal(item0.autoExchangeBidBuffer), autoExchangeAskBuffer: decimal(item0.autoExchangeAskBuffer), autoExchangeBidRate: decimal(item0.autoExchangeBidRate), autoExchangeAskRate: decimal(item0.autoExchangeAskRate) })) : { symbol: raw.symbol, time: raw.time, index: decimal(raw.index), bidBuffer: decimal(raw.bidBuffer), askBuffer: decimal(raw.askBuffer), bidRate: decimal(raw.bidRate), askRate: decimal(raw.askRate), autoExchangeBidBuffer: decimal(raw.autoExchangeBidBuffer), autoExchangeAskBuffer: decimal(raw.autoExchangeAskBuffer), autoExchangeBidRate: decimal(raw.autoExchangeBidRate), autoExchangeAskRate: decimal(raw.autoExchangeAskRate) };
}
