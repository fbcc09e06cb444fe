/**
 * The error hierarchy of binance-rx: one root class, one subclass per thing that can go wrong.
 * Every error has a `name`, a stable string `code` (safe to switch on; listed in docs/errors.md)
 * and the data a caller needs to act on it.
 */

/** Every stable error code binance-rx uses. */
export type BinanceRxErrorCode =
  | 'INVALID_PARAMETER'
  | 'SUBSCRIBE_REJECTED'
  | 'REQUEST_TIMEOUT'
  | 'SCHEMA_VALIDATION'
  | 'MALFORMED_MESSAGE'
  | 'UNEXPECTED_STREAM'
  | 'CONNECTION_CLOSED'
  | 'HANDSHAKE_REJECTED'
  | 'BINANCE_ERROR'
  | 'RATE_LIMITED'
  | 'IP_BANNED'
  | 'HTTP_ERROR'
  | 'MISSING_CREDENTIALS'
  | 'ILLEGAL_ORDER_TRANSITION';

/** Root of every error binance-rx throws or reports: `instanceof BinanceRxError` catches them all. */
export class BinanceRxError extends Error {
  override readonly name: string = 'BinanceRxError';
  /** Stable identifier of the kind of error; see docs/errors.md. */
  readonly code: BinanceRxErrorCode;

  /** Creates an error with its stable `code`; `options.cause` keeps the underlying error. */
  constructor(code: BinanceRxErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** A stream parameter failed its rule (required, type, pattern, enum, unknown key). Thrown synchronously. */
export class InvalidParameterError extends BinanceRxError {
  override readonly name = 'InvalidParameterError';
  declare readonly code: 'INVALID_PARAMETER';

  /**
   * @param channel camelCase channel name, e.g. `ticker`.
   * @param parameter the parameter at fault, e.g. `symbol`.
   * @param value the value given.
   * @param rule what the value broke, e.g. `does not match ^[A-Z]+$`.
   */
  constructor(
    readonly channel: string,
    readonly parameter: string,
    readonly value: unknown,
    readonly rule: string,
  ) {
    super('INVALID_PARAMETER', `${channel}: parameter ${parameter}: ${show(value)} ${rule}`);
  }
}

/** Binance answered a control request (SUBSCRIBE, UNSUBSCRIBE, …) with an error reply. */
export class SubscriptionRejectedError extends BinanceRxError {
  override readonly name = 'SubscriptionRejectedError';
  declare readonly code: 'SUBSCRIBE_REJECTED';

  /**
   * @param method the request's method, e.g. `SUBSCRIBE`.
   * @param streams the streams of the rejected request (empty when the reply had no usable id).
   * @param binanceCode Binance's error code (0–3 on market streams).
   * @param binanceMessage Binance's `msg`.
   * @param requestId the request `id`, or `null` when the reply did not carry one.
   */
  constructor(
    readonly method: string,
    readonly streams: readonly string[],
    readonly binanceCode: number | undefined,
    readonly binanceMessage: string,
    readonly requestId: number | string | null,
  ) {
    super(
      'SUBSCRIBE_REJECTED',
      `${method} ${streams.join(', ') || '(unknown streams)'} rejected by Binance` +
        ` (code ${binanceCode ?? '?'}: ${binanceMessage}, request id ${requestId})`,
    );
  }
}

/** A request (SUBSCRIBE, a WebSocket API request, a REST call) got no answer within its timeout. */
export class RequestTimeoutError extends BinanceRxError {
  override readonly name = 'RequestTimeoutError';
  declare readonly code: 'REQUEST_TIMEOUT';

  /**
   * @param method the request's method, e.g. `SUBSCRIBE`, `order.place`, `GET /api/v3/depth`.
   * @param requestId the request `id` (undefined on REST).
   * @param timeoutMs how long the runtime waited.
   * @param streams the streams of a SUBSCRIBE / UNSUBSCRIBE.
   */
  constructor(
    readonly method: string,
    readonly requestId: number | string | undefined,
    readonly timeoutMs: number,
    readonly streams: readonly string[] = [],
  ) {
    const id = requestId === undefined ? '' : ` (request id ${requestId})`;
    super('REQUEST_TIMEOUT', `${method}${id} got no reply in ${timeoutMs} ms`);
  }
}

/** A payload did not match its channel's JSON Schema; the message was not emitted. */
export class SchemaValidationError extends BinanceRxError {
  override readonly name = 'SchemaValidationError';
  declare readonly code: 'SCHEMA_VALIDATION';

  /**
   * @param stream the stream name, e.g. `btcusdt@ticker`.
   * @param schemaId `$id` of the schema.
   * @param instancePath JSON pointer into the payload, e.g. `/c`.
   * @param schemaPath JSON pointer into the schema, e.g. `#/properties/c/type`.
   * @param reason the validator's message, e.g. `must be string`.
   * @param payload the payload that failed.
   */
  constructor(
    readonly stream: string,
    readonly schemaId: string,
    readonly instancePath: string,
    readonly schemaPath: string,
    readonly reason: string,
    readonly payload: unknown,
  ) {
    super(
      'SCHEMA_VALIDATION',
      `${stream}: payload ${instancePath || '(root)'} ${reason} (${schemaId}${schemaPath})`,
    );
  }
}

/** A frame was not JSON (or not text); the connection goes on. */
export class MalformedMessageError extends BinanceRxError {
  override readonly name = 'MalformedMessageError';
  declare readonly code: 'MALFORMED_MESSAGE';

  /**
   * @param excerpt the first characters of the frame (at most 200).
   * @param reason why it could not be read.
   */
  constructor(
    readonly excerpt: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super('MALFORMED_MESSAGE', `malformed frame (${reason}): ${excerpt}`, options);
  }
}

/** A message arrived for a stream nobody subscribed to on that socket. */
export class UnexpectedStreamError extends BinanceRxError {
  override readonly name = 'UnexpectedStreamError';
  declare readonly code: 'UNEXPECTED_STREAM';

  /**
   * @param stream the stream name the message carried.
   * @param socketId id of the socket it arrived on.
   */
  constructor(
    readonly stream: string,
    readonly socketId: number,
  ) {
    super('UNEXPECTED_STREAM', `message for ${stream}, not subscribed on socket ${socketId}`);
  }
}

/** The socket closed without being asked to (the connection reconnects unless told not to). */
export class ConnectionClosedError extends BinanceRxError {
  override readonly name = 'ConnectionClosedError';
  declare readonly code: 'CONNECTION_CLOSED';

  /**
   * @param closeCode the WebSocket close code (1006: closed abnormally).
   * @param closeReason the close reason, often empty.
   */
  constructor(
    readonly closeCode: number,
    readonly closeReason: string,
    options?: ErrorOptions,
  ) {
    super(
      'CONNECTION_CLOSED',
      `connection closed (${closeCode}${closeReason ? `: ${closeReason}` : ''})`,
      options,
    );
  }
}

/** What a request error carries about the request that failed (never its signature). */
export interface RequestInfo {
  /** camelCase operation name, e.g. `placeOrder`. */
  readonly operation: string;
  /** `GET /api/v3/order` on REST, `order.place` on the WebSocket API. */
  readonly method: string;
  /** The parameters as the caller gave them. */
  readonly params: Readonly<Record<string, unknown>>;
  /** WebSocket API request id. */
  readonly requestId?: string | number;
}

/**
 * The server answered the WebSocket handshake with a 4xx status other than 429 / 418 (a wrong
 * path, a refused API key): the URL or the credentials are wrong, not the network. Reported as a
 * connection `error` event on every attempt; the connection still retries on its backoff.
 */
export class HandshakeRejectedError extends BinanceRxError {
  override readonly name = 'HandshakeRejectedError';
  declare readonly code: 'HANDSHAKE_REJECTED';

  /**
   * @param url the URL the socket tried to open.
   * @param status the HTTP status of the answer.
   * @param body the start of the answer's body (up to 1 000 characters; also in the message).
   */
  constructor(
    readonly url: string,
    readonly status: number,
    readonly body: string,
  ) {
    super('HANDSHAKE_REJECTED', `WebSocket handshake to ${url} rejected: HTTP ${status} ${body}`);
  }
}

/** Binance answered a request with `{code, msg}` (REST) or `{status, error: {code, msg}}`. */
export class BinanceApiError extends BinanceRxError {
  override readonly name: string = 'BinanceApiError';
  declare readonly code: 'BINANCE_ERROR' | 'RATE_LIMITED' | 'IP_BANNED';

  /**
   * @param request the request that failed.
   * @param status HTTP status (REST) or the response's `status` (WebSocket API).
   * @param binanceCode Binance's error code, e.g. -1121 (`errors.md`).
   * @param binanceMessage Binance's `msg`, e.g. `Invalid symbol.`.
   */
  constructor(
    readonly request: RequestInfo,
    readonly status: number,
    readonly binanceCode: number,
    readonly binanceMessage: string,
    code: 'BINANCE_ERROR' | 'RATE_LIMITED' | 'IP_BANNED' = 'BINANCE_ERROR',
  ) {
    super(
      code,
      `${request.operation} (${request.method}): Binance error ${binanceCode}: ${binanceMessage} (status ${status})`,
    );
  }
}

/** 429: a rate limit is exceeded. Wait `retryAfterMs` (`retryRateLimited()` does it) or be banned. */
export class RateLimitedError extends BinanceApiError {
  override readonly name = 'RateLimitedError';
  declare readonly code: 'RATE_LIMITED';

  constructor(
    request: RequestInfo,
    binanceCode: number,
    binanceMessage: string,
    /** From `Retry-After` (REST) or `retryAfter` (WebSocket API); undefined when not sent. */
    readonly retryAfterMs: number | undefined,
  ) {
    super(request, 429, binanceCode, binanceMessage, 'RATE_LIMITED');
  }
}

/** 418: the IP is banned for going on after 429s. Never retried automatically. */
export class IpBannedError extends BinanceApiError {
  override readonly name = 'IpBannedError';
  declare readonly code: 'IP_BANNED';

  constructor(
    request: RequestInfo,
    binanceCode: number,
    binanceMessage: string,
    /** How long the ban lasts, from `Retry-After`. */
    readonly retryAfterMs: number | undefined,
  ) {
    super(request, 418, binanceCode, binanceMessage, 'IP_BANNED');
  }
}

/** The HTTP exchange failed without a Binance error body: network error, 5xx, not JSON. */
export class HttpError extends BinanceRxError {
  override readonly name = 'HttpError';
  declare readonly code: 'HTTP_ERROR';

  constructor(
    readonly request: RequestInfo,
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    /** The first 200 characters of the body, or the network error's message. */
    readonly excerpt: string,
    options?: ErrorOptions,
  ) {
    super(
      'HTTP_ERROR',
      `${request.operation} (${request.method}): HTTP ${status || 'failed'}: ${excerpt}`,
      options,
    );
  }
}

/** A request needs an API key or a signer that the client was not given. Nothing was sent. */
export class MissingCredentialsError extends BinanceRxError {
  override readonly name = 'MissingCredentialsError';
  declare readonly code: 'MISSING_CREDENTIALS';

  constructor(
    readonly operation: string,
    /** `apiKey` or `sign`. */
    readonly missing: 'apiKey' | 'sign',
    readonly security: string,
  ) {
    super(
      'MISSING_CREDENTIALS',
      `${operation} is ${security} and needs credentials.${missing}; pass credentials to the client`,
    );
  }
}

/** An order report does not fit the stage table (a fill after a cancel): reported, never swallowed. */
export class IllegalOrderTransitionError extends BinanceRxError {
  override readonly name = 'IllegalOrderTransitionError';
  declare readonly code: 'ILLEGAL_ORDER_TRANSITION';

  constructor(
    /** The order's client order id. */
    readonly clientOrderId: string,
    /** The stage the order was in. */
    readonly from: string,
    /** The event that does not apply (`fill`, `cancel`, …). */
    readonly event: string,
    /** Where the event came from: `response`, `executionReport` or `orderStatus`. */
    readonly source: string,
    readonly reason: string,
  ) {
    super(
      'ILLEGAL_ORDER_TRANSITION',
      `order ${clientOrderId}: ${event} (from ${source}) in stage ${from}: ${reason}`,
    );
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
