// Generated from spec/usdm/operations/get-top-long-short-position-ratio.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-top-long-short-position-ratio';
import { usdmProduct } from '../product';
import type { LongShortFields, ParsedLongShortFields, ParsedStatsTimestamp, StatsTimestamp } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetTopLongShortPositionRatioResponse: Validator = validate;

/** Parameters of Top Trader Long/Short Ratio (Positions) (`GET /futures/data/topLongShortPositionRatio`). */
export interface GetTopLongShortPositionRatioParams {
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

/** Top Trader Long/Short Ratio (Positions): the response body with Binance's names. The share of the top 20 % accounts' open positions (by margin balance) that is long and short on a contract, and their ratio, per period (the fields keep the account names). Weight 0; limited to 1000 requests per 5 minutes per IP. The last 30 days only; the most recent points without a time range. */
export type GetTopLongShortPositionRatioResponse = Array<LongShortFields & StatsTimestamp>;

/** Top Trader Long/Short Ratio (Positions), parsed: readable names; decimals are exact strings unless `parseGetTopLongShortPositionRatioResponse` is given a `decimal` converter. */
export type ParsedGetTopLongShortPositionRatioResponse<D = string> = Array<ParsedLongShortFields<D> & ParsedStatsTimestamp>;

/** Descriptor of Top Trader Long/Short Ratio (Positions): data the runtime interprets. */
export const getTopLongShortPositionRatioOperation: OperationDescriptor<GetTopLongShortPositionRatioParams, GetTopLongShortPositionRatioResponse> = { operation: "getTopLongShortPositionRatio", security: "NONE", weight: 0, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"period":{"type":"string","enum":["5m","15m","30m","1h","2h","4h","6h","12h","1d"],"required":true},"limit":{"type":"integer","minimum":1,"maximum":500},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0}}, rest: {"method":"GET","path":"/futures/data/topLongShortPositionRatio"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-top-long-short-position-ratio.json", validate: validateGetTopLongShortPositionRatioResponse };

/**
 * Top Trader Long/Short Ratio (Positions): `GET /futures/data/topLongShortPositionRatio`. The share of the top 20 % accounts' open positions (by margin balance) that is long and short on a contract, and their ratio, per period (the fields keep the account names). Weight 0; limited to 1000 requests per 5 minutes per IP. The last 30 days only; the most recent points without a time range.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetTopLongShortPositionRatioResponse` if you want readable names. Weight 0 (1000 requests / 5 min / IP.). Security NONE.
 */
export function getTopLongShortPositionRatioHttp(params: GetTopLongShortPositionRatioParams, client?: HttpClient): Observable<GetTopLongShortPositionRatioResponse> {
  return requestHttp(getTopLongShortPositionRatioOperation, params, client);
}

/** Maps a raw `GetTopLongShortPositionRatioResponse` to the readable `ParsedGetTopLongShortPositionRatioResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetTopLongShortPositionRatioResponse<D = string>(raw: GetTopLongShortPositionRatioResponse, options?: ParseOptions<D>): ParsedGetTopLongShortPositionRatioResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ symbol: item0.symbol, longShortRatio: decimal(item0.longShortRatio), longAccount: decimal(item0.longAccount), shortAccount: decimal(item0.shortAccount), timestamp: item0.timestamp }));
}
