// Generated from spec/usdm/operations/get-premium-index-klines.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-premium-index-klines';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetPremiumIndexKlinesResponse: Validator = validate;

/** Parameters of Premium index Kline Data (`GET /fapi/v1/premiumIndexKlines`). */
export interface GetPremiumIndexKlinesParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Kline interval. */
  interval: "1m" | "3m" | "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "8h" | "12h" | "1d" | "3d" | "1w" | "1M";
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; default 500, at most 1500. Default: `500`. */
  limit?: number;
}

/** Premium index Kline Data: the response body with Binance's names. Klines of a contract's premium index (the mark price's premium over the index, a signed ratio), by open time, oldest first; the most recent ones when no time range is given. The volume columns are unused (0). */
export type GetPremiumIndexKlinesResponse = Array<[openTime: number, open: string, high: string, low: string, close: string, unusedVolume: string, closeTime: number, unusedQuoteVolume: string, count: number, unusedTakerBuyBaseVolume: string, unusedTakerBuyQuoteVolume: string, unused: string]>;

/** Premium index Kline Data, parsed: readable names; decimals are exact strings unless `parseGetPremiumIndexKlinesResponse` is given a `decimal` converter. */
export type ParsedGetPremiumIndexKlinesResponse<D = string> = Array<{ /** Open time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */ openTime: number; /** Premium index at the open. Exact decimal. */ open: D; /** Highest premium index. Exact decimal. */ high: D; /** Lowest premium index. Exact decimal. */ low: D; /** Premium index at the close (or the latest). Exact decimal. */ close: D; /** Unused (0); ignore it. Exact decimal. */ unusedVolume: D; /** Close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */ closeTime: number; /** Unused (0); ignore it. Exact decimal. */ unusedQuoteVolume: D; /** Number of premium values in the bar. */ count: number; /** Unused (0); ignore it. Exact decimal. */ unusedTakerBuyBaseVolume: D; /** Unused (0); ignore it. Exact decimal. */ unusedTakerBuyQuoteVolume: D; /** Unused field; ignore it. */ unused: string; }>;

/** Descriptor of Premium index Kline Data: data the runtime interprets. */
export const getPremiumIndexKlinesOperation: OperationDescriptor<GetPremiumIndexKlinesParams, GetPremiumIndexKlinesResponse> = { operation: "getPremiumIndexKlines", security: "NONE", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"interval":{"type":"string","enum":["1m","3m","5m","15m","30m","1h","2h","4h","6h","8h","12h","1d","3d","1w","1M"],"required":true},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1500}}, rest: {"method":"GET","path":"/fapi/v1/premiumIndexKlines"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-premium-index-klines.json", validate: validateGetPremiumIndexKlinesResponse };

/**
 * Premium index Kline Data: `GET /fapi/v1/premiumIndexKlines`. Klines of a contract's premium index (the mark price's premium over the index, a signed ratio), by open time, oldest first; the most recent ones when no time range is given. The volume columns are unused (0).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetPremiumIndexKlinesResponse` if you want readable names. Weight 5 (By limit: [1,100): 1; [100,500): 2; [500,1000]: 5; above 1000: 10.). Security NONE.
 */
export function getPremiumIndexKlinesHttp(params: GetPremiumIndexKlinesParams, client?: HttpClient): Observable<GetPremiumIndexKlinesResponse> {
  return requestHttp(getPremiumIndexKlinesOperation, params, client);
}

/** Maps a raw `GetPremiumIndexKlinesResponse` to the readable `ParsedGetPremiumIndexKlinesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetPremiumIndexKlinesResponse<D = string>(raw: GetPremiumIndexKlinesResponse, options?: ParseOptions<D>): ParsedGetPremiumIndexKlinesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ openTime: item0[0], open: decimal(item0[1]), high: decimal(item0[2]), low: decimal(item0[3]), close: decimal(item0[4]), unusedVolume: decimal(item0[5]), closeTime: item0[6], unusedQuoteVolume: decimal(item0[7]), count: item0[8], unusedTakerBuyBaseVolume: decimal(item0[9]), unusedTakerBuyQuoteVolume: decimal(item0[10]), unused: item0[11] }));
}
