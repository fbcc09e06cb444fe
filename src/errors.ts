/**
 * The error hierarchy of binance-rx: one root class, one subclass per thing that can go wrong.
 * Every error has a `name`, a stable string `code` (safe to switch on; listed in docs/errors.md)
 * and the data a caller needs to act on it.
 */
import { excerptOf } from './socket/bounded-json';

/** Every stable error code binance-rx uses. */
export type BinanceRxErrorCode =
  | 'INVALID_PARAMETER'
  | 'INVALID_OPTION'
  | 'SUBSCRIBE_REJECTED'
  | 'REQUEST_TIMEOUT'
  | 'SCHEMA_VALIDATION'
  | 'MALFORMED_MESSAGE'
  | 'UNEXPECTED_STREAM'
  | 'UNEXPECTED_RESPONSE'
  | 'UNEXPECTED_USER_DATA'
  | 'CONNECTION_CLOSED'
  | 'HANDSHAKE_REJECTED'
  | 'BINANCE_ERROR'
  | 'RATE_LIMITED'
  | 'IP_BANNED'
  | 'HTTP_ERROR'
  | 'MISSING_CREDENTIALS'
  | 'ILLEGAL_ORDER_TRANSITION'
  | 'RATE_LIMIT_WAIT'
  | 'UNKNOWN_ORDER_STATUS'
  | 'ORDER_OUTCOME_UNKNOWN'
  | 'SIGNER_FAILED'
  | 'LISTEN_TOKEN_FAILED'
  | 'LISTEN_TOKEN_EXPIRED'
  | 'CALLBACK_FAILED'
  | 'SBE_DECODE'
  | 'SBE_STREAM_UNAVAILABLE';

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

/**
 * A stream or request parameter failed its rule (required, type, pattern, enum, unknown key).
 * Thrown synchronously by `subscribe<Channel>`; the error of `*Http` and `*Factory` requests.
 */
export class InvalidParameterError extends BinanceRxError {
  override readonly name = 'InvalidParameterError';
  declare readonly code: 'INVALID_PARAMETER';

  /**
   * @param target the channel or operation the parameter belongs to, e.g. `ticker`, `getBook`.
   * @param parameter the parameter at fault, e.g. `symbol`.
   * @param value the value given.
   * @param rule what the value broke, e.g. `does not match ^[A-Z]+$`.
   */
  constructor(
    readonly target: string,
    readonly parameter: string,
    readonly value: unknown,
    readonly rule: string,
  ) {
    super('INVALID_PARAMETER', `${target}: parameter ${parameter}: ${show(value)} ${rule}`);
  }
}

/**
 * An option or a call does not fit what it configures: a non-positive timeout, no `fetch` to
 * send with, a REST-only operation asked of the WebSocket API. Thrown synchronously; nothing
 * was sent.
 */
export class InvalidOptionError extends BinanceRxError {
  override readonly name = 'InvalidOptionError';
  declare readonly code: 'INVALID_OPTION';

  constructor(
    /** What was being configured or called: `createHttpClient`, `wsApiSession`, `getBook`, … */
    readonly target: string,
    /** The option at fault, e.g. `timeoutMs`. */
    readonly option: string,
    readonly rule: string,
  ) {
    super('INVALID_OPTION', `${target}: ${option}: ${rule}`);
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
        ` (code ${binanceCode ?? '?'}: ${clip(binanceMessage)}, request id ${clip(String(requestId))})`,
    );
  }
}

/** A request (SUBSCRIBE, a WebSocket API request, a REST call) got no answer within its timeout. */
export class RequestTimeoutError extends BinanceRxError {
  override readonly name = 'RequestTimeoutError';
  declare readonly code: 'REQUEST_TIMEOUT';

  /**
   * @param method the request's method, e.g. `SUBSCRIBE`, `order.place`, `GET /api/v3/depth`.
   * @param requestId the request `id` (undefined on REST, and on the WebSocket API while the
   *   request still waited for a socket).
   * @param timeoutMs how long the runtime waited.
   * @param streams the streams of a SUBSCRIBE / UNSUBSCRIBE.
   * @param sent whether the request had left when it timed out (a socket carried it, or `fetch`
   *   was called): Binance may have acted on it. By default, whether it has a request id.
   */
  constructor(
    readonly method: string,
    readonly requestId: number | string | undefined,
    readonly timeoutMs: number,
    readonly streams: readonly string[] = [],
    readonly sent: boolean = requestId !== undefined,
  ) {
    const id = requestId === undefined ? '' : ` (request id ${requestId})`;
    super('REQUEST_TIMEOUT', `${method}${id} got no reply in ${timeoutMs} ms`);
  }
}

/**
 * A payload did not match its JSON Schema. A channel's payload was not emitted; an operation's
 * answer (with `validateResponses`) was emitted, then this reported.
 */
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
   * @param operation the operation whose answer failed (`validateResponses`); undefined for streams.
   */
  constructor(
    readonly stream: string,
    readonly schemaId: string,
    readonly instancePath: string,
    readonly schemaPath: string,
    readonly reason: string,
    readonly payload: unknown,
    readonly operation?: string,
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

/** Why an SBE frame could not be decoded (`SbeDecodeError.reason`). */
export type SbeDecodeReason =
  'truncated' | 'unknown-schema' | 'unknown-version' | 'unknown-template' | 'invalid-value';

/** A binary SBE frame could not be decoded; it was dropped and the connection goes on. */
export class SbeDecodeError extends BinanceRxError {
  override readonly name = 'SbeDecodeError';
  declare readonly code: 'SBE_DECODE';

  /**
   * @param reason what was wrong with the frame.
   * @param detail what was read and where (field, offset, values).
   * @param templateId the message header's template id, when the header could be read.
   */
  constructor(
    readonly reason: SbeDecodeReason,
    readonly detail: string,
    readonly templateId?: number,
  ) {
    super('SBE_DECODE', `SBE frame not decoded (${reason}): ${detail}`);
  }
}

/**
 * A stream subscribed on an SBE connection that SBE market data does not carry (a kline, a
 * ticker, `@depth5`, …), or not in the shape asked. Errors that subscription when the connection
 * hands it a socket; nothing was sent.
 */
export class SbeStreamUnavailableError extends BinanceRxError {
  override readonly name = 'SbeStreamUnavailableError';
  declare readonly code: 'SBE_STREAM_UNAVAILABLE';

  /**
   * @param stream the stream name subscribed, e.g. `btcusdt@kline_1m`.
   * @param rule why SBE cannot serve it, and what it can serve.
   */
  constructor(
    readonly stream: string,
    readonly rule: string,
  ) {
    super('SBE_STREAM_UNAVAILABLE', `${stream}: not on SBE market data: ${rule}`);
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
    super('UNEXPECTED_STREAM', `message for ${clip(stream)}, not subscribed on socket ${socketId}`);
  }
}

/**
 * A WebSocket API response arrived for no pending request: the late answer of a request that
 * timed out or was unsubscribed, a second answer to one id, or an id this session never sent.
 * Dropped; the session goes on.
 */
export class UnexpectedResponseError extends BinanceRxError {
  override readonly name = 'UnexpectedResponseError';
  declare readonly code: 'UNEXPECTED_RESPONSE';

  /**
   * @param requestId the response's `id` (`null` when Binance could not read the request's).
   * @param status the response's `status`.
   * @param socketId id of the socket it arrived on.
   */
  constructor(
    readonly requestId: string | number | null,
    readonly status: number,
    readonly socketId: number,
  ) {
    const id = typeof requestId === 'string' ? `'${requestId.slice(0, 64)}'` : String(requestId);
    super(
      'UNEXPECTED_RESPONSE',
      `response (status ${status}) to no pending request, id ${id}, on socket ${socketId}`,
    );
  }
}

/**
 * A WebSocket API user data event carried a `subscriptionId` the session never held on that
 * socket (a subscription made by hand with a `userDataStream.subscribe*` factory, or a server
 * that misroutes). Reported once per socket and id; every such event is dropped, the session
 * goes on. Events of a subscription the session let go (unsubscribed, terminated) are not errors.
 */
export class UnexpectedUserDataError extends BinanceRxError {
  override readonly name = 'UnexpectedUserDataError';
  declare readonly code: 'UNEXPECTED_USER_DATA';

  /**
   * @param subscriptionId the event's `subscriptionId`.
   * @param socketId id of the socket it arrived on.
   */
  constructor(
    readonly subscriptionId: number,
    readonly socketId: number,
  ) {
    super(
      'UNEXPECTED_USER_DATA',
      `user data event of subscription ${subscriptionId}, which the session does not hold on socket ${socketId}; dropped`,
    );
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
      `${request.operation} (${request.method}): Binance error ${binanceCode}: ${clip(binanceMessage)} (status ${status})`,
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
  /** The host the request went to (`api.binance.com`), when no response arrived. */
  readonly host: string | undefined;

  constructor(
    readonly request: RequestInfo,
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    /** The first 200 characters of the body, or the network error's message and causes. */
    readonly excerpt: string,
    options?: ErrorOptions & { readonly host?: string },
  ) {
    super(
      'HTTP_ERROR',
      status === 0 && options?.host !== undefined
        ? `${request.operation} (${request.method}): no response from ${options.host}: ${excerpt}`
        : `${request.operation} (${request.method}): HTTP ${status || 'failed'}: ${excerpt}`,
      options,
    );
    this.host = options?.host;
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

/** Text from a frame, for a message: at most 200 characters (the property keeps all of it). */
function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** A given value for a message: bounded in depth and length, whatever the caller passed. */
/**
 * An order report carried a status the stage table does not know (not a string, or not one of
 * Binance's order statuses, e.g. `PENDING_CANCEL`, `constructor`), or none where Binance always
 * sends one (an executionReport without `X`: `status` is `(undefined)`): it moved nothing, the
 * order keeps its stage. Passed to the order factory's `onInvalid` (default: logged).
 */
export class UnknownOrderStatusError extends BinanceRxError {
  override readonly name = 'UnknownOrderStatusError';
  declare readonly code: 'UNKNOWN_ORDER_STATUS';

  constructor(
    /** The order's client order id. */
    readonly clientOrderId: string,
    /** The status as received (a string cut to 100 characters, or the value's type). */
    readonly status: string,
    /** Where the report came from: `response`, `executionReport` or `orderStatus`. */
    readonly source: string,
    /** The stage the order stays in. */
    readonly stage: string,
  ) {
    super(
      'UNKNOWN_ORDER_STATUS',
      `order ${clientOrderId}: status ${status} (from ${source}) moves nothing; stays ${stage}`,
    );
  }
}

/** Why the order factory stopped following an order whose outcome it does not know. */
export type OrderOutcomeUnknownReason = 'deadline' | 'sessionClosed';

/**
 * The order factory cannot say where an order is: order.place ended without a conclusive answer
 * (-1006/-1007, a timeout, a dropped, silent or shut-down socket) and Binance did not tell where
 * the order is before the deadline, or the session was closed while the order was in flight or
 * working. The order may exist on Binance: look it up (order.status by `clientOrderId`) before
 * placing it again. Never a guessed stage.
 */
export class OrderOutcomeUnknownError extends BinanceRxError {
  override readonly name = 'OrderOutcomeUnknownError';
  declare readonly code: 'ORDER_OUTCOME_UNKNOWN';

  constructor(
    /** The client order id the order was placed with (what to look it up by). */
    readonly clientOrderId: string,
    readonly symbol: string,
    /** The last stage reported (`unknown`, `submitted`, or a working stage when the session closed). */
    readonly lastStage: string,
    /** `deadline`: reconciliation ran out of time; `sessionClosed`: the session was closed. */
    readonly reason: OrderOutcomeUnknownReason,
    /** What made the outcome unknown and what failed while looking it up, oldest first. */
    readonly causes: readonly unknown[],
    /** The last order.status answer, when one arrived. */
    readonly lastOrderStatus?: unknown,
  ) {
    super(
      'ORDER_OUTCOME_UNKNOWN',
      `order ${clientOrderId} (${symbol}): outcome unknown (${reason === 'deadline' ? 'deadline passed' : 'session closed'}), last known stage ${lastStage}` +
        (causes.length > 0 ? `; causes: ${causes.map(describe).join('; ')}` : ''),
      { cause: causes.at(-1) },
    );
  }
}

const describe = (cause: unknown): string =>
  cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);

function show(value: unknown): string {
  if (typeof value === 'string')
    return `'${value.length > 200 ? `${value.slice(0, 200)}…` : value}'`;
  if (value === undefined) return 'undefined';
  return excerptOf(value);
}

/**
 * The rate-limit governor refused to send a request because it could not be sent within
 * `maxWaitMs`: a limit is used up until later (the daily ORDERS count, a long `Retry-After`).
 * Nothing was sent.
 */
export class RateLimitWaitError extends BinanceRxError {
  override readonly name = 'RateLimitWaitError';
  declare readonly code: 'RATE_LIMIT_WAIT';

  constructor(
    readonly request: RequestInfo,
    /** What it waits for: a rule such as `ORDERS 200000/1d`, or `429 pause`. */
    readonly limit: string,
    /** How long it would have to wait, ms (`Infinity`: it waited `maxWaitMs` already). */
    readonly waitMs: number,
    readonly maxWaitMs: number,
  ) {
    super(
      'RATE_LIMIT_WAIT',
      `${request.operation} (${request.method}): not sent: ${limit} leaves no room for ${Number.isFinite(waitMs) ? `${Math.ceil(waitMs)} ms` : 'an unknown time'}, over maxWaitMs ${maxWaitMs}`,
    );
  }
}

/**
 * The user's signer failed: it threw, its promise rejected, or it did not answer within
 * `signTimeoutMs`. Nothing was sent for the request that needed the signature.
 */
export class SignerError extends BinanceRxError {
  override readonly name = 'SignerError';
  declare readonly code: 'SIGNER_FAILED';

  constructor(
    /** What needed the signature: an operation (`placeOrder`), `logon` or `userData`. */
    readonly operation: string,
    /** `threw`, `rejected` or `timeout`. */
    readonly failure: 'threw' | 'rejected' | 'timeout',
    /** How long the signer was given, ms (for `timeout`). */
    readonly timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(
      'SIGNER_FAILED',
      `${operation}: the signer ${failure === 'timeout' ? `gave no signature within ${timeoutMs} ms` : `${failure}: ${causeText(options?.cause)}`}`,
      options,
    );
  }
}

/**
 * A listen token user data stream (`session.userData({ listenToken })`) could not get or use a
 * token: the token source failed, gave no token, gave one without a `token` text and an
 * `expirationTime`, or took longer than `requestTimeoutMs`; or, when renewing, Binance refused the
 * new token. On subscribing it errors the stream's listeners (nothing was subscribed); on renewing
 * it is reported as a session error event and the renewal is tried again at half the time left,
 * while the current subscription still runs.
 */
export class ListenTokenError extends BinanceRxError {
  override readonly name = 'ListenTokenError';
  declare readonly code: 'LISTEN_TOKEN_FAILED';

  constructor(
    /** `subscribe` (no subscription yet) or `renew` (the current one runs until `expirationTime`). */
    readonly phase: 'subscribe' | 'renew',
    /** What went wrong, in words. */
    readonly reason: string,
    /** When the current subscription expires (`renew` only), ms. */
    readonly expirationTime?: number,
    options?: ErrorOptions,
  ) {
    const until =
      expirationTime === undefined ? '' : ` (the subscription expires at ${expirationTime})`;
    super('LISTEN_TOKEN_FAILED', `listen token ${phase}: ${reason}${until}`, options);
  }
}

/**
 * A listen token subscription reached its `expirationTime` without being renewed (Binance ended
 * it, or the time passed): events between then and the new subscription may be missing. Reported
 * as a session error event; the stream subscribes again with a new token by itself.
 */
export class ListenTokenExpiredError extends BinanceRxError {
  override readonly name = 'ListenTokenExpiredError';
  declare readonly code: 'LISTEN_TOKEN_EXPIRED';

  constructor(
    /** When the subscription expired, ms. */
    readonly expirationTime: number | undefined,
    readonly socketId: number,
  ) {
    super(
      'LISTEN_TOKEN_EXPIRED',
      `listen token subscription on socket ${socketId} expired${expirationTime === undefined ? '' : ` at ${expirationTime}`} without renewal; subscribing again with a new token (events in between may be missing)`,
    );
  }
}

/**
 * Code run from a socket callback (`onopen`, `onmessage`, `onclose`, `onerror`, or a listener they
 * call) threw, or a callback the caller gave (`validateResponses`). The exception was caught at
 * the edge and reported; the socket goes on.
 */
export class CallbackError extends BinanceRxError {
  override readonly name = 'CallbackError';
  declare readonly code: 'CALLBACK_FAILED';

  constructor(
    /** `open`, `message`, `close`, `error`, … or the option's name (`validateResponses`). */
    readonly callback: string,
    /** The socket whose callback it was; `undefined` when it ran on no socket. */
    readonly socketId: number | undefined,
    options?: ErrorOptions,
  ) {
    super(
      'CALLBACK_FAILED',
      `${socketId === undefined ? '' : `socket ${socketId}: `}${callback} handler threw: ${causeText(options?.cause)}`,
      options,
    );
  }
}

/** A short text for an unknown thrown value (never its stack). */
function causeText(cause: unknown): string {
  if (cause instanceof Error) return cause.message.slice(0, 200);
  try {
    return String(cause).slice(0, 200);
  } catch {
    return 'an unprintable value';
  }
}
