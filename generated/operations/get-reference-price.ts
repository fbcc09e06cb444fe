// Generated from spec/operations/get-reference-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-reference-price';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetReferencePriceResponse: Validator = validate;

/** Parameters of Query Reference Price (`GET /api/v3/referencePrice`, WebSocket API `referencePrice`). */
export interface GetReferencePriceParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
}

/** Query Reference Price: the response body with Binance's names. The reference price of a symbol and when it was valid, or -2043 when the symbol never had one. */
export type GetReferencePriceResponse = ({
  /** Symbol. */
  symbol: string;
  /** Reference price; null when none is valid now. Exact decimal. */
  referencePrice: string | null;
  /** When the reference price was valid. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  timestamp: number;
}) | ({
  /** Binance error code: -2043 (no reference price). */
  code: -2043;
  /** Binance's message (This symbol doesn't have a reference price.). */
  msg: string;
});

/** Query Reference Price, parsed: readable names; decimals are exact strings unless `parseGetReferencePriceResponse` is given a `decimal` converter. */
export type ParsedGetReferencePriceResponse<D = string> = ({
  /** Symbol. */
  symbol: string;
  /** Reference price; null when none is valid now. Exact decimal. */
  referencePrice: D | null;
  /** When the reference price was valid. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  timestamp: number;
}) | ({
  /** Binance error code: -2043 (no reference price). */
  code: -2043;
  /** Binance's message (This symbol doesn't have a reference price.). */
  msg: string;
});

/** Descriptor of Query Reference Price: data the runtime interprets. */
export const getReferencePriceOperation: OperationDescriptor<GetReferencePriceParams, GetReferencePriceResponse> = { operation: "getReferencePrice", security: "NONE", weight: 2, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true}}, rest: {"method":"GET","path":"/api/v3/referencePrice"}, wsApi: {"method":"referencePrice"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-reference-price.json", validate: validateGetReferencePriceResponse };

/**
 * Query Reference Price: `GET /api/v3/referencePrice`. The reference price of a symbol and when it was valid, or -2043 when the symbol never had one.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetReferencePriceResponse` if you want readable names. Weight 2. Security NONE.
 */
export function getReferencePriceHttp(params: GetReferencePriceParams, client?: HttpClient): Observable<GetReferencePriceResponse> {
  return requestHttp(getReferencePriceOperation, params, client);
}

/** Query Reference Price over the WebSocket API (`referencePrice`): returns a function that sends one request per subscription and emits its `result`. The reference price of a symbol and when it was valid, or -2043 when the symbol never had one. Weight 2. Security NONE. */
export function getReferencePriceFactory(session: WsApiSession): (params: GetReferencePriceParams) => Observable<GetReferencePriceResponse> {
  return (params) => session.request(getReferencePriceOperation, params);
}

/** Maps a raw `GetReferencePriceResponse` to the readable `ParsedGetReferencePriceResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetReferencePriceResponse<D = string>(raw: GetReferencePriceResponse, options?: ParseOptions<D>): ParsedGetReferencePriceResponse<D> {
  const decimal = decimalOf(options);
  return ("symbol" in raw ? { symbol: raw.symbol, referencePrice: raw.referencePrice === null ? null : decimal(raw.referencePrice), timestamp: raw.timestamp } : { code: raw.code, msg: raw.msg });
}
