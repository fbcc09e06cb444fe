// Generated from spec/usdm/operations/get-open-interest-hist.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-open-interest-hist';
import { usdmProduct } from '../product';
import type { ParsedStatsTimestamp, StatsTimestamp } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOpenInterestHistResponse: Validator = validate;

/** Parameters of Open Interest Statistics (`GET /futures/data/openInterestHist`). */
export interface GetOpenInterestHistParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Period of each statistics point. */
  period: "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "12h" | "1d";
  /** How many points to return; default 30, at most 500. Default: `30`. */
  limit?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
}

/** Open Interest Statistics: the response body with Binance's names. A contract's open interest over time, in contracts and in value, one point per period. Weight 0; limited to 1000 requests per 5 minutes per IP. The last month only; the most recent points without a time range. */
export type GetOpenInterestHistResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** Total open interest, in contracts. Exact decimal. */
  sumOpenInterest: string;
  /** Total open interest value, in the quote asset. Exact decimal. */
  sumOpenInterestValue: string;
  /** Circulating supply of the base asset as CoinMarketCap reports it. Sent only when: Sent since 2024 (binance-connector-js lists it, older docs examples lack it) Exact decimal. */
  CMCCirculatingSupply?: string;
} & StatsTimestamp>;

/** Open Interest Statistics, parsed: readable names; decimals are exact strings unless `parseGetOpenInterestHistResponse` is given a `decimal` converter. */
export type ParsedGetOpenInterestHistResponse<D = string> = Array<{
  /** Symbol. */
  symbol: string;
  /** Total open interest, in contracts. Exact decimal. */
  sumOpenInterest: D;
  /** Total open interest value, in the quote asset. Exact decimal. */
  sumOpenInterestValue: D;
  /** Circulating supply of the base asset as CoinMarketCap reports it. Sent only when: Sent since 2024 (binance-connector-js lists it, older docs examples lack it) Exact decimal. Wire field `CMCCirculatingSupply`. */
  cmcCirculatingSupply?: D | undefined;
} & ParsedStatsTimestamp>;

/** Descriptor of Open Interest Statistics: data the runtime interprets. */
export const getOpenInterestHistOperation: OperationDescriptor<GetOpenInterestHistParams, GetOpenInterestHistResponse> = { operation: "getOpenInterestHist", security: "NONE", weight: 0, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"period":{"type":"string","enum":["5m","15m","30m","1h","2h","4h","6h","12h","1d"],"required":true},"limit":{"type":"integer","minimum":1,"maximum":500},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0}}, rest: {"method":"GET","path":"/futures/data/openInterestHist"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-open-interest-hist.json", validate: validateGetOpenInterestHistResponse };

/**
 * Open Interest Statistics: `GET /futures/data/openInterestHist`. A contract's open interest over time, in contracts and in value, one point per period. Weight 0; limited to 1000 requests per 5 minutes per IP. The last month only; the most recent points without a time range.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOpenInterestHistResponse` if you want readable names. Weight 0 (1000 requests / 5 min / IP.). Security NONE.
 */
export function getOpenInterestHistHttp(params: GetOpenInterestHistParams, client?: HttpClient): Observable<GetOpenInterestHistResponse> {
  return requestHttp(getOpenInterestHistOperation, params, client);
}

/** Maps a raw `GetOpenInterestHistResponse` to the readable `ParsedGetOpenInterestHistResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOpenInterestHistResponse<D = string>(raw: GetOpenInterestHistResponse, options?: ParseOptions<D>): ParsedGetOpenInterestHistResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ symbol: item0.symbol, sumOpenInterest: decimal(item0.sumOpenInterest), sumOpenInterestValue: decimal(item0.sumOpenInterestValue), cmcCirculatingSupply: optionalDecimal(item0.CMCCirculatingSupply), timestamp: item0.timestamp }));
}
