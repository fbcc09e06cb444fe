// Generated from spec/usdm/operations/get-constituents.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-constituents';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetConstituentsResponse: Validator = validate;

/** Parameters of Query Index Price Constituents (`GET /fapi/v1/constituents`). */
export interface GetConstituentsParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
}

/** Query Index Price Constituents: the response body with Binance's names. The exchanges and markets a contract's index price is made of, with their prices and weights (a TradFi perpetual's constituent prices are hidden as -1). */
export interface GetConstituentsResponse {
  /** Symbol. */
  symbol: string;
  /** Time of the values. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** One entry per constituent market. */
  constituents: Array<{
    /** Exchange. */
    exchange: string;
    /** The market's symbol on that exchange. */
    symbol: string;
    /** Its price (-1: hidden, for TradFi perpetuals). Sent only when: Sent since 2025; the docs' older example has exchange and symbol only Exact decimal. */
    price?: string;
    /** Its weight in the index. Sent only when: Sent since 2025; the docs' older example has exchange and symbol only Exact decimal. */
    weight?: string;
  }>;
}

/** Query Index Price Constituents, parsed: readable names; decimals are exact strings unless `parseGetConstituentsResponse` is given a `decimal` converter. */
export interface ParsedGetConstituentsResponse<D = string> {
  /** Symbol. */
  symbol: string;
  /** Time of the values. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** One entry per constituent market. */
  constituents: Array<{
    /** Exchange. */
    exchange: string;
    /** The market's symbol on that exchange. */
    symbol: string;
    /** Its price (-1: hidden, for TradFi perpetuals). Sent only when: Sent since 2025; the docs' older example has exchange and symbol only Exact decimal. */
    price?: D | undefined;
    /** Its weight in the index. Sent only when: Sent since 2025; the docs' older example has exchange and symbol only Exact decimal. */
    weight?: D | undefined;
  }>;
}

/** Descriptor of Query Index Price Constituents: data the runtime interprets. */
export const getConstituentsOperation: OperationDescriptor<GetConstituentsParams, GetConstituentsResponse> = { operation: "getConstituents", security: "NONE", weight: 2, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true}}, rest: {"method":"GET","path":"/fapi/v1/constituents"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-constituents.json", validate: validateGetConstituentsResponse };

/**
 * Query Index Price Constituents: `GET /fapi/v1/constituents`. The exchanges and markets a contract's index price is made of, with their prices and weights (a TradFi perpetual's constituent prices are hidden as -1).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetConstituentsResponse` if you want readable names. Weight 2. Security NONE.
 */
export function getConstituentsHttp(params: GetConstituentsParams, client?: HttpClient): Observable<GetConstituentsResponse> {
  return requestHttp(getConstituentsOperation, params, client);
}

/** Maps a raw `GetConstituentsResponse` to the readable `ParsedGetConstituentsResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetConstituentsResponse<D = string>(raw: GetConstituentsResponse, options?: ParseOptions<D>): ParsedGetConstituentsResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { symbol: raw.symbol, time: raw.time, constituents: raw.constituents.map((item0) => ({ exchange: item0.exchange, symbol: item0.symbol, price: optionalDecimal(item0.price), weight: optionalDecimal(item0.weight) })) };
}
