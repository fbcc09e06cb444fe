/** The namespaces binance-rx logs under, in the `debug` convention (`binance-rx:*` enables all). */
export const LogNamespace = {
  /** Socket lifecycle: connecting, open, close, reconnect. */
  connection: 'binance-rx:connection',
  /** SUBSCRIBE / UNSUBSCRIBE requests, acks, rejections, timeouts. */
  subscriptions: 'binance-rx:subscriptions',
  /** REST requests: method, path, status, used weight (never keys or signatures). */
  rest: 'binance-rx:rest',
  /** The rate-limit governor: pauses after 429, bans (418), requests refused for waiting too long. */
  rateLimit: 'binance-rx:rate-limit',
  /** WebSocket API requests and replies, session logon, user data stream. */
  wsApi: 'binance-rx:ws-api',
  /** Orders placed with `addOrderFactory`: every stage, illegal transitions, reconciliation. */
  orders: 'binance-rx:orders',
  /** Every frame sent, redacted, with the scheduler's timestamp. */
  rawSent: 'binance-rx:raw:sent',
  /** Every frame received, redacted, with the scheduler's timestamp. */
  rawReceived: 'binance-rx:raw:received',
} as const;

/** One of the namespaces in `LogNamespace`. */
export type LogNamespace = (typeof LogNamespace)[keyof typeof LogNamespace];
