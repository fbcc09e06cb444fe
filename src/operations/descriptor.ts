/**
 * The contract between generated/ and the runtime for requests: an operation is data.
 * The generator emits one `OperationDescriptor` per spec/operations/*.yaml; the REST client
 * (`src/rest/`) and the WebSocket API session (`src/ws-api/`) interpret it. Nothing
 * operation-specific lives in src/.
 */
import type { Validator } from '../channels/descriptor';
import type { ProductDescriptor } from '../product/descriptor';

/**
 * Binance's security types. NONE: public. USER_STREAM: API key only. USER_DATA and TRADE: API key
 * plus `timestamp` and a signature from the user's signer.
 */
export type SecurityType = 'NONE' | 'USER_STREAM' | 'USER_DATA' | 'TRADE';

/** One request parameter and the rules it is checked against before anything is sent. */
export interface OperationParam {
  /**
   * `decimal` values are sent as text: strings as given, numbers in plain notation with every
   * digit (`plainDecimal`); `list` values as a JSON array on REST and as an array on the
   * WebSocket API; `objects` (`batchOrders`) likewise, each item's decimals as JSON strings.
   */
  readonly type: 'string' | 'integer' | 'decimal' | 'boolean' | 'list' | 'objects';
  readonly required?: boolean;
  readonly enum?: readonly (string | number)[];
  readonly minimum?: number;
  readonly maximum?: number;
  /** Regular expression source the (string) value must match. */
  readonly pattern?: string;
  /** `list` only: what it holds (strings unless `integer`). */
  readonly itemType?: 'string' | 'integer';
  /** `list` and `objects`: the most items one request may carry. */
  readonly maxItems?: number;
  /** `objects` only: the rules of each item's fields. */
  readonly fields?: Readonly<Record<string, OperationParam>>;
  /** `objects` only: groups of item fields of which each item needs at least one. */
  readonly anyOf?: readonly (readonly string[])[];
}

export interface RestBinding {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the base URL, e.g. `/api/v3/depth` or `/sapi/v1/margin/order`. */
  readonly path: string;
}

export interface WsApiBinding {
  /** Method name, e.g. `order.place`. */
  readonly method: string;
}

/**
 * One REST endpoint and/or WebSocket API method. `Params` is the typed parameter object,
 * `Response` the raw response body (REST) or `result` (WebSocket API).
 */
export interface OperationDescriptor<Params extends object, Response> {
  /** camelCase operation name from the spec, e.g. `getBook`. */
  readonly operation: string;
  readonly security: SecurityType;
  /**
   * Request weight with default parameters; the rate-limit governor reserves it before sending
   * (Binance counts the real one, which some parameters raise; the usage headers correct it).
   */
  readonly weight: number;
  /**
   * SAPI endpoints (`/sapi/…`: margin, wallet, sub-account) only: the limit `weight` counts
   * against, the endpoint's own per-IP (12 000 / minute) or per-account (UID, 180 000 / minute)
   * budget. Those are not the /api rules the rate-limit governor counts (REQUEST_WEIGHT, ORDERS,
   * RAW_REQUESTS), so such requests are sent without it; a 429 still fails as `RateLimitedError`.
   */
  readonly weightType?: 'IP' | 'UID';
  /** Weight a successful request costs when it differs from `weight` (0 for orders and cancels). */
  readonly weightOnSuccess?: number;
  /** How much one request adds to the account's unfilled ORDERS count; absent: 0. */
  readonly orders?: number;
  readonly params: Readonly<Record<keyof Params & string, OperationParam>>;
  /** Groups of parameters of which at least one must be given (`orderId` or `origClientOrderId`). */
  readonly anyOf?: readonly (readonly (keyof Params & string)[])[];
  readonly rest?: RestBinding;
  readonly wsApi?: WsApiBinding;
  /**
   * The product the REST endpoint belongs to (its spec's `product.yaml`): a call without a client
   * goes to its host under its rate limits (`defaultHttpClient`). Unset: Spot's.
   */
  readonly product?: ProductDescriptor;
  /** `$id` of the response's JSON Schema. */
  readonly schemaId: string;
  /** Validator of the response, compiled ahead of time. */
  readonly validate: Validator;
  /** Phantom markers carrying the types; never set at runtime. */
  readonly __params?: Params;
  readonly __response?: Response;
}

/** The parameter type of a descriptor. */
export type ParamsOf<D> = D extends OperationDescriptor<infer P, unknown> ? P : never;
/** The response type of a descriptor. */
export type ResponseOf<D> = D extends OperationDescriptor<object, infer R> ? R : never;
