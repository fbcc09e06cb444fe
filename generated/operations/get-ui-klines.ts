// Generated from spec/operations/get-ui-klines.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-ui-klines';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetUiKlinesResponse: Validator = validate;

/** Parameters of UIKlines (`GET /api/v3/uiKlines`, WebSocket API `uiKlines`). */
export interface GetUiKlinesParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Kline interval. */
  interval: "1s" | "1m" | "3m" | "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "8h" | "12h" | "1d" | "3d" | "1w" | "1M";
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** Time zone klines open and close in, from -12:00 to +14:00 (default 0, UTC). */
  timeZone?: string;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
}

/** UIKlines: the response body with Binance's names. Candlestick bars tuned for charts; same parameters and bar layout as getKlines. */
export type GetUiKlinesResponse = Array<[openTime: number, open: string, high: string, low: string, close: string, volume: string, closeTime: number, quoteVolume: string, trades: number, takerBuyBaseVolume: string, takerBuyQuoteVolume: string, unused: string]>;

/** UIKlines, parsed: readable names; decimals are exact strings unless `parseGetUiKlinesResponse` is given a `decimal` converter. */
export type ParsedGetUiKlinesResponse<D = string> = Array<{ /** Open time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */ openTime: number; /** Open price. Exact decimal. */ open: D; /** High price. Exact decimal. */ high: D; /** Low price. Exact decimal. */ low: D; /** Close price. Exact decimal. */ close: D; /** Base asset volume. Exact decimal. */ volume: D; /** Close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */ closeTime: number; /** Quote asset volume. Exact decimal. */ quoteVolume: D; /** Number of trades. */ trades: number; /** Taker buy base asset volume. Exact decimal. */ takerBuyBaseVolume: D; /** Taker buy quote asset volume. Exact decimal. */ takerBuyQuoteVolume: D; /** Unused field; ignore it. */ unused: string; }>;

/** Descriptor of UIKlines: data the runtime interprets. */
export const getUiKlinesOperation: OperationDescriptor<GetUiKlinesParams, GetUiKlinesResponse> = { operation: "getUiKlines", security: "NONE", weight: 2, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"interval":{"type":"string","enum":["1s","1m","3m","5m","15m","30m","1h","2h","4h","6h","8h","12h","1d","3d","1w","1M"],"required":true},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"timeZone":{"type":"string","pattern":"^([+-]?(1[0-4]|0?[0-9])(:[0-5][0-9])?|0)$"},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/api/v3/uiKlines"}, wsApi: {"method":"uiKlines"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-ui-klines.json", validate: validateGetUiKlinesResponse };

/**
 * UIKlines: `GET /api/v3/uiKlines`. Candlestick bars tuned for charts; same parameters and bar layout as getKlines.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetUiKlinesResponse` if you want readable names. Weight 2. Security NONE.
 */
export function getUiKlinesHttp(params: GetUiKlinesParams, client?: HttpClient): Observable<GetUiKlinesResponse> {
  return requestHttp(getUiKlinesOperation, params, client);
}

/** UIKlines over the WebSocket API (`uiKlines`): returns a function that sends one request per subscription and emits its `result`. Candlestick bars tuned for charts; same parameters and bar layout as getKlines. Weight 2. Security NONE. */
export function getUiKlinesFactory(session: WsApiSession): (params: GetUiKlinesParams) => Observable<GetUiKlinesResponse> {
  return (params) => session.request(getUiKlinesOperation, params);
}

/** Maps a raw `GetUiKlinesResponse` to the readable `ParsedGetUiKlinesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetUiKlinesResponse<D = string>(raw: GetUiKlinesResponse, options?: ParseOptions<D>): ParsedGetUiKlinesResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ openTime: item0[0], open: decimal(item0[1]), high: decimal(item0[2]), low: decimal(item0[3]), close: decimal(item0[4]), volume: decimal(item0[5]), closeTime: item0[6], quoteVolume: decimal(item0[7]), trades: item0[8], takerBuyBaseVolume: decimal(item0[9]), takerBuyQuoteVolume: decimal(item0[10]), unused: item0[11] }));
}
