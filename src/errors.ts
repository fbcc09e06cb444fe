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
  | 'CONNECTION_CLOSED';

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

/** A control request got no reply within its timeout. */
export class RequestTimeoutError extends BinanceRxError {
  override readonly name = 'RequestTimeoutError';
  declare readonly code: 'REQUEST_TIMEOUT';

  /**
   * @param method the request's method, e.g. `SUBSCRIBE`.
   * @param requestId the request `id`.
   * @param timeoutMs how long the runtime waited.
   * @param streams the streams of the request.
   */
  constructor(
    readonly method: string,
    readonly requestId: number,
    readonly timeoutMs: number,
    readonly streams: readonly string[] = [],
  ) {
    super('REQUEST_TIMEOUT', `${method} (request id ${requestId}) got no reply in ${timeoutMs} ms`);
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

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
