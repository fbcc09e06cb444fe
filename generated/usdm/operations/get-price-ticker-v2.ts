// Generated from spec/usdm/operations/get-price-ticker-v2.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-price-ticker-v2';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetPriceTickerV2Response: Validator = validate;

/** Parameters of Symbol Price Ticker V2 (`GET /fapi/v2/ticker/price`). */
export interface GetPriceTickerV2Params {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Symbol Price Ticker V2: the response body with Binance's names. The latest price of one contract (an object) or all (an array); the v2 endpoint, with v1's answer (Binance's connector marks v1 deprecated). */
export type GetPriceTickerV2Response = ({
  /** Symbol. */
  symbol: string;
  /** Latest price. Exact decimal. */
  price: string;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Latest price. Exact decimal. */
  price: string;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>);

/** Symbol Price Ticker V2, parsed: readable names; decimals are exact strings unless `parseGetPriceTickerV2Response` is given a `decimal` converter. */
export type ParsedGetPriceTickerV2Response<D = string> = ({
  /** Symbol. */
  symbol: string;
  /** Latest price. Exact decimal. */
  price: D;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}) | (Array<{
  /** Symbol. */
  symbol: string;
  /** Latest price. Exact decimal. */
  price: D;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
}>);

/** Descriptor of Symbol Price Ticker V2: data the runtime interprets. */
export const getPriceTickerV2Operation: OperationDescriptor<GetPriceTickerV2Params, GetPriceTickerV2Response> = { operation: "getPriceTickerV2", security: "NONE", weight: 2, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v2/ticker/price"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-price-ticker-v2.json", validate: validateGetPriceTickerV2Response };

/**
 * Symbol Price Ticker V2: `GET /fapi/v2/ticker/price`. The latest price of one contract (an object) or all (an array); the v2 endpoint, with v1's answer (Binance's connector marks v1 deprecated).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetPriceTickerV2Response` if you want readable names. Weight 2 (symbol: 1; none: 2.). Security NONE.
 */
export function getPriceTickerV2Http(params?: GetPriceTickerV2Params, client?: HttpClient): Observable<GetPriceTickerV2Response> {
  return requestHttp(getPriceTickerV2Operation, params ?? {}, client);
}

/** Maps a raw `GetPriceTickerV2Response` to the readable `ParsedGetPriceTickerV2Response`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetPriceTickerV2Response<D = string>(raw: GetPriceTickerV2Response, options?: ParseOptions<D>): ParsedGetPriceTickerV2Response<D> {
  const decimal = decimalOf(options);
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, price: decimal(item0.price), time: item0.time })) : { symbol: raw.symbol, price: decimal(raw.price), time: raw.time };
}
