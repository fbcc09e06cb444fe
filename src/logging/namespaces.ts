/** The namespaces binance-rx logs under, in the `debug` convention (`binance-rx:*` enables all). */
export const LogNamespace = {
  /** Socket lifecycle: connecting, open, close, reconnect. */
  connection: 'binance-rx:connection',
  /** SUBSCRIBE / UNSUBSCRIBE requests, acks, rejections, timeouts. */
  subscriptions: 'binance-rx:subscriptions',
  /** Every frame sent, redacted, with the scheduler's timestamp. */
  rawSent: 'binance-rx:raw:sent',
  /** Every frame received, redacted, with the scheduler's timestamp. */
  rawReceived: 'binance-rx:raw:received',
} as const;

/** One of the namespaces in `LogNamespace`. */
export type LogNamespace = (typeof LogNamespace)[keyof typeof LogNamespace];
