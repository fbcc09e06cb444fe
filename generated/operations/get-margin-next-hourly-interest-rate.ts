// Generated from spec/operations/sapi/get-margin-next-hourly-interest-rate.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-next-hourly-interest-rate';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginNextHourlyInterestRateResponse: Validator = validate;

/** Parameters of Get future hourly interest rate (USER_DATA) (`GET /sapi/v1/margin/next-hourly-interest-rate`). */
export interface GetMarginNextHourlyInterestRateParams {
  /** Up to 20 assets separated by commas (BTC,ETH). */
  assets: string;
  /** Margin account: TRUE for the isolated margin account of the symbol, FALSE (Binance's default) for the cross margin account. Sent as text, as Binance documents it. */
  isIsolated: "TRUE" | "FALSE";
}

/** Get future hourly interest rate (USER_DATA): the response body with Binance's names. The interest rate the next hour will charge on what the caller borrows of each asset, for the cross margin account (isIsolated FALSE) or isolated margin (TRUE). */
export type GetMarginNextHourlyInterestRateResponse = Array<{
  /** Asset. */
  asset: string;
  /** The rate of the next interest hour, as a fraction of the principal. Exact decimal. */
  nextHourlyInterestRate: string;
}>;

/** Get future hourly interest rate (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginNextHourlyInterestRateResponse` is given a `decimal` converter. */
export type ParsedGetMarginNextHourlyInterestRateResponse<D = string> = Array<{
  /** Asset. */
  asset: string;
  /** The rate of the next interest hour, as a fraction of the principal. Exact decimal. */
  nextHourlyInterestRate: D;
}>;

/** Descriptor of Get future hourly interest rate (USER_DATA): data the runtime interprets. */
export const getMarginNextHourlyInterestRateOperation: OperationDescriptor<GetMarginNextHourlyInterestRateParams, GetMarginNextHourlyInterestRateResponse> = { operation: "getMarginNextHourlyInterestRate", security: "USER_DATA", weight: 100, weightType: "IP", params: {"assets":{"type":"string","required":true,"pattern":"^[A-Z0-9]{1,20}(,[A-Z0-9]{1,20}){0,19}$"},"isIsolated":{"type":"string","enum":["TRUE","FALSE"],"required":true}}, rest: {"method":"GET","path":"/sapi/v1/margin/next-hourly-interest-rate"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-next-hourly-interest-rate.json", validate: validateGetMarginNextHourlyInterestRateResponse };

/**
 * Get future hourly interest rate (USER_DATA): `GET /sapi/v1/margin/next-hourly-interest-rate`. The interest rate the next hour will charge on what the caller borrows of each asset, for the cross margin account (isIsolated FALSE) or isolated margin (TRUE).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginNextHourlyInterestRateResponse` if you want readable names. Weight 100 (IP). Security USER_DATA.
 */
export function getMarginNextHourlyInterestRateHttp(params: GetMarginNextHourlyInterestRateParams, client?: HttpClient): Observable<GetMarginNextHourlyInterestRateResponse> {
  return requestHttp(getMarginNextHourlyInterestRateOperation, params, client);
}

/** Maps a raw `GetMarginNextHourlyInterestRateResponse` to the readable `ParsedGetMarginNextHourlyInterestRateResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginNextHourlyInterestRateResponse<D = string>(raw: GetMarginNextHourlyInterestRateResponse, options?: ParseOptions<D>): ParsedGetMarginNextHourlyInterestRateResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ asset: item0.asset, nextHourlyInterestRate: decimal(item0.nextHourlyInterestRate) }));
}
