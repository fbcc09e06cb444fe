// Generated from spec/operations/sapi/get-margin-available-inventory.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-available-inventory';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginAvailableInventoryResponse: Validator = validate;

/** Parameters of Query Margin Available Inventory (USER_DATA) (`GET /sapi/v1/margin/available-inventory`). */
export interface GetMarginAvailableInventoryParams {
  /** Cross margin (MARGIN) or isolated margin (ISOLATED). */
  type: "MARGIN" | "ISOLATED";
}

/** Query Margin Available Inventory (USER_DATA): the response body with Binance's names. What Binance can still lend of each asset to cross margin (type MARGIN) or isolated margin accounts (ISOLATED): the market-wide pool, not the caller's own limit (that is getMarginMaxBorrowable). */
export interface GetMarginAvailableInventoryResponse {
  /** The amount Binance can lend of each asset, keyed by asset (BTC, USDT, ...). */
  assets: Record<string, string>;
  /** When the amounts were taken; the docs example (1699272487) reads as seconds since the epoch, so it is not typed as a millisecond timestamp. */
  updateTime: number;
}

/** Query Margin Available Inventory (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginAvailableInventoryResponse` is given a `decimal` converter. */
export interface ParsedGetMarginAvailableInventoryResponse<D = string> {
  /** The amount Binance can lend of each asset, keyed by asset (BTC, USDT, ...). */
  assets: Record<string, D>;
  /** When the amounts were taken; the docs example (1699272487) reads as seconds since the epoch, so it is not typed as a millisecond timestamp. */
  updateTime: number;
}

/** Descriptor of Query Margin Available Inventory (USER_DATA): data the runtime interprets. */
export const getMarginAvailableInventoryOperation: OperationDescriptor<GetMarginAvailableInventoryParams, GetMarginAvailableInventoryResponse> = { operation: "getMarginAvailableInventory", security: "USER_DATA", weight: 50, weightType: "UID", params: {"type":{"type":"string","required":true,"enum":["MARGIN","ISOLATED"]}}, rest: {"method":"GET","path":"/sapi/v1/margin/available-inventory"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-available-inventory.json", validate: validateGetMarginAvailableInventoryResponse };

/**
 * Query Margin Available Inventory (USER_DATA): `GET /sapi/v1/margin/available-inventory`. What Binance can still lend of each asset to cross margin (type MARGIN) or isolated margin accounts (ISOLATED): the market-wide pool, not the caller's own limit (that is getMarginMaxBorrowable).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginAvailableInventoryResponse` if you want readable names. Weight 50 (UID). Security USER_DATA.
 */
export function getMarginAvailableInventoryHttp(params: GetMarginAvailableInventoryParams, client?: HttpClient): Observable<GetMarginAvailableInventoryResponse> {
  return requestHttp(getMarginAvailableInventoryOperation, params, client);
}

/** Maps a raw `GetMarginAvailableInventoryResponse` to the readable `ParsedGetMarginAvailableInventoryResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginAvailableInventoryResponse<D = string>(raw: GetMarginAvailableInventoryResponse, options?: ParseOptions<D>): ParsedGetMarginAvailableInventoryResponse<D> {
  const decimal = decimalOf(options);
  return { assets: Object.fromEntries(Object.entries(raw.assets).map(([key0, value0]) => [key0, decimal(value0)])), updateTime: raw.updateTime };
}
