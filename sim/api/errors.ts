/**
 * Binance's error replies (`errors.md`): `{code, msg}` with the documented codes and messages.
 * Handlers throw `ApiError`; each transport turns it into its own envelope (REST status + body,
 * WebSocket API `{id, status, error}`).
 */

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly msg: string,
    /** HTTP status on REST and `status` on the WebSocket API. */
    readonly status = 400,
  ) {
    super(`${code} ${msg}`);
    this.name = 'ApiError';
  }

  /** Extra detail some errors carry (cancel-replace outcomes). */
  data?: unknown;

  toJSON(): { code: number; msg: string; data?: unknown } {
    return this.data === undefined
      ? { code: this.code, msg: this.msg }
      : { code: this.code, msg: this.msg, data: this.data };
  }
}

export const errors = {
  noReferencePrice: () => new ApiError(-2043, "This symbol doesn't have a reference price."),
  unknown: () =>
    new ApiError(-1000, 'An unknown error occurred while processing the request.', 500),
  /** -1000 for what Binance offers and the local exchange does not (`what` names it). */
  notSimulated: (what: string) =>
    new ApiError(-1000, `${what} not simulated by the local exchange.`),
  unauthorized: () => new ApiError(-1002, 'You are not authorized to execute this request.', 401),
  timestampOutside: () =>
    new ApiError(-1021, 'Timestamp for this request is outside of the recvWindow.'),
  timestampAhead: () =>
    new ApiError(-1021, "Timestamp for this request was 1000ms ahead of the server's time."),
  badSignature: () => new ApiError(-1022, 'Signature for this request is not valid.'),
  illegalChars: (param: string, legal: string) =>
    new ApiError(
      -1100,
      `Illegal characters found in parameter '${param}'; legal range is '${legal}'.`,
    ),
  duplicateParam: () => new ApiError(-1101, 'Duplicate values for a parameter detected.'),
  mandatory: (param: string) =>
    new ApiError(
      -1102,
      `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`,
    ),
  eitherMandatory: (a: string, b: string) =>
    new ApiError(-1102, `Param '${a}' or '${b}' must be sent, but both were empty/null!`),
  unknownParam: () => new ApiError(-1103, 'An unknown parameter was sent.'),
  notRequired: (param: string) =>
    new ApiError(-1106, `Parameter '${param}' sent when not required.`),
  badPrecision: (param: string) =>
    new ApiError(-1111, `Parameter '${param}' has too much precision.`),
  noDepth: () => new ApiError(-1112, 'No orders on book for symbol.'),
  tifNotRequired: () => new ApiError(-1114, 'TimeInForce parameter sent when not required.'),
  invalidTif: () => new ApiError(-1115, 'Invalid timeInForce.'),
  invalidOrderType: () => new ApiError(-1116, 'Invalid orderType.'),
  invalidSide: () => new ApiError(-1117, 'Invalid side.'),
  badInterval: () => new ApiError(-1120, 'Invalid interval.'),
  badSymbol: () => new ApiError(-1121, 'Invalid symbol.'),
  invalidParam: (param: string) =>
    new ApiError(-1130, `Data sent for parameter '${param}' is not valid.`),
  /** -1013 with a filter-failure or order-placement message (`errors.md`, "Filter failures"). */
  invalidMessage: (msg: string) => new ApiError(-1013, msg),
  newOrderRejected: (msg: string) => new ApiError(-2010, msg),
  insufficientBalance: () =>
    new ApiError(-2010, 'Account has insufficient balance for requested action.'),
  cancelRejected: (msg = 'Unknown order sent.') => new ApiError(-2011, msg),
  noSuchOrder: () => new ApiError(-2013, 'Order does not exist.'),
  badApiKeyFormat: () => new ApiError(-2014, 'API-key format invalid.', 401),
  rejectedKey: () => new ApiError(-2015, 'Invalid API-key, IP, or permissions for action.', 401),
  /** Margin (`margin_trading` docs, "Error Codes"). */
  exceedsMaxBorrow: () =>
    new ApiError(-3006, 'Your borrow amount has exceed maximum borrow amount.'),
  exceedsLiability: () => new ApiError(-3015, 'Repay amount exceeds borrow amount.'),
  /** `userDataStream.subscribe.listenToken` with a token that is unknown or expired (margin docs). */
  invalidListenToken: () => new ApiError(-1209, 'Invalid listenToken.'),
} as const;
