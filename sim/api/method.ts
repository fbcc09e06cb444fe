/**
 * One API method, implemented once and served by both transports: REST (`rest`) and the
 * WebSocket API (`wsApi`). Transports do the envelope, authentication and rate limits; the
 * handler only reads parameters and returns the result (or throws an `ApiError`).
 */
import type { Params } from './params';

/** Binance's security types (`rest-api.md`, "Endpoint security type"). */
export type Security = 'NONE' | 'USER_STREAM' | 'USER_DATA' | 'TRADE';

export interface RestBinding {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Full path, `/api/v3/order` or `/sapi/v1/margin/order`. */
  readonly path: string;
}

/** The authenticated caller of a signed method. */
export interface Caller {
  readonly apiKey: string;
  /** Account id the key belongs to. */
  readonly accountId: string;
}

export interface CallContext {
  /** Exchange time of the request, ms. */
  readonly now: number;
  /** Present for every method whose security is not NONE. */
  readonly caller?: Caller;
  /** `rest` or `ws-api`: a few results differ (REST `order/test` returns `{}` too). */
  readonly transport: 'rest' | 'ws-api';
}

export interface ApiMethod {
  /** WebSocket API method name (`order.place`); absent when REST-only. */
  readonly wsApi?: string;
  /** REST binding; absent when WebSocket-API-only. */
  readonly rest?: RestBinding;
  readonly security: Security;
  /** Request weight, fixed or depending on the parameters (`depth` by `limit`). */
  readonly weight: number | ((params: Params) => number);
  /**
   * SAPI methods (`/sapi/…`): the weight counts against this endpoint's own IP or UID budget
   * (`X-SAPI-USED-IP-WEIGHT-1M` / `X-SAPI-USED-UID-WEIGHT-1M`), not the /api request weight.
   */
  readonly weightType?: 'IP' | 'UID';
  /** What one request adds to the order-rate limits (`X-MBX-ORDER-COUNT-*`): Binance's "Unfilled Order Count". */
  readonly orders?: number;
  /** Costs no weight when it succeeds (order placements and cancellations since 2026-04-02). */
  readonly freeWhenSuccessful?: boolean;
  handle(params: Params, ctx: CallContext): unknown;
}

export const weightOf = (method: ApiMethod, params: Params): number =>
  typeof method.weight === 'number' ? method.weight : method.weight(params);
