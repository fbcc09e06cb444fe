// Generated from spec/usdm/operations/get-basis.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-basis';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetBasisResponse: Validator = validate;

/** Parameters of Basis (`GET /futures/data/basis`). */
export interface GetBasisParams {
  /** Underlying pair such as BTCUSDT (a perpetual's pair is its symbol). */
  pair: string;
  /** Contract type: PERPETUAL, CURRENT_QUARTER, NEXT_QUARTER or TRADIFI_PERPETUAL. */
  contractType: "PERPETUAL" | "CURRENT_QUARTER" | "NEXT_QUARTER";
  /** Period of each statistics point. */
  period: "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "12h" | "1d";
  /** How many points to return; default 30, at most 500. Default: `30`. */
  limit?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
}

/** Basis: the response body with Binance's names. The basis of a pair's contract of one type (futures price less index price, and its rate), one point per period. Weight 0. The last 30 days only; the most recent points without a time range. */
export type GetBasisResponse = Array<{
  /** Index price. Exact decimal. */
  indexPrice: string;
  /** Contract type. */
  contractType: string;
  /** Basis divided by the index price. Exact decimal. */
  basisRate: string;
  /** The contract's price. Exact decimal. */
  futuresPrice: string;
  /** Annualized basis rate; an empty string for a perpetual. */
  annualizedBasisRate: string;
  /** Futures price less index price. Exact decimal. */
  basis: string;
  /** Pair. */
  pair: string;
  /** Time of the point. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  timestamp: number;
}>;

/** Basis, parsed: readable names; decimals are exact strings unless `parseGetBasisResponse` is given a `decimal` converter. */
export type ParsedGetBasisResponse<D = string> = Array<{
  /** Index price. Exact decimal. */
  indexPrice: D;
  /** Contract type. */
  contractType: string;
  /** Basis divided by the index price. Exact decimal. */
  basisRate: D;
  /** The contract's price. Exact decimal. */
  futuresPrice: D;
  /** Annualized basis rate; an empty string for a perpetual. */
  annualizedBasisRate: string;
  /** Futures price less index price. Exact decimal. */
  basis: D;
  /** Pair. */
  pair: string;
  /** Time of the point. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  timestamp: number;
}>;

/** Descriptor of Basis: data the runtime interprets. */
export const getBasisOperation: OperationDescriptor<GetBasisParams, GetBasisResponse> = { operation: "getBasis", security: "NONE", weight: 0, params: {"pair":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"contractType":{"type":"string","enum":["PERPETUAL","CURRENT_QUARTER","NEXT_QUARTER"],"required":true},"period":{"type":"string","enum":["5m","15m","30m","1h","2h","4h","6h","12h","1d"],"required":true},"limit":{"type":"integer","minimum":1,"maximum":500},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0}}, rest: {"method":"GET","path":"/futures/data/basis"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-basis.json", validate: validateGetBasisResponse };

/**
 * Basis: `GET /futures/data/basis`. The basis of a pair's contract of one type (futures price less index price, and its rate), one point per period. Weight 0. The last 30 days only; the most recent points without a time range.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetBasisResponse` if you want readable names. Weight 0. Security NONE.
 */
export function getBasisHttp(params: GetBasisParams, client?: HttpClient): Observable<GetBasisResponse> {
  return requestHttp(getBasisOperation, params, client);
}

/** Maps a raw `GetBasisResponse` to the readable `ParsedGetBasisResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetBasisResponse<D = string>(raw: GetBasisResponse, options?: ParseOptions<D>): ParsedGetBasisResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ indexPrice: decimal(item0.indexPrice), contractType: item0.contractType, basisRate: decimal(item0.basisRate), futuresPrice: decimal(item0.futuresPrice), annualizedBasisRate: item0.annualizedBasisRate, basis: decimal(item0.basis), pair: item0.pair, timestamp: item0.timestamp }));
}
