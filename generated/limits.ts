// Generated from spec/limits.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/**
 * Limits Binance applies to every connection to the market streams (stream.binance.com), and the server's keep-alive behaviour.
 *
 * Source: web-socket-streams.md > General WSS information.
 */
export const marketStreamLimits = {
  /** Streams one connection may listen to; more need another connection. */
  maxStreamsPerConnection: 1024,
  /** Messages a client may send per second and connection (pings, pongs and JSON control messages all count); beyond it the connection is closed, and repeat offenders are banned. */
  maxIncomingMessagesPerSecond: 5,
  /** Connection attempts allowed per IP within `connectionAttemptsWindowMs`. */
  connectionAttempts: 300,
  /** The window of `connectionAttempts` (5 minutes). */
  connectionAttemptsWindowMs: 300000,
  /** A connection is only valid this long (24 hours); expect a disconnect at the mark. */
  maxConnectionLifetimeMs: 86400000,
  /** The server sends a ping frame this often; a client must answer with a pong. */
  serverPingIntervalMs: 20000,
  /** The server disconnects a client that has not answered a ping within this time. */
  pongTimeoutMs: 60000,
} as const;

/**
 * Binance's REST and WebSocket API rate limits as `exchangeInfo.rateLimits` lists them (December 2026): request weight per IP, unfilled orders per account, raw requests per IP. REST and the WebSocket API share them. The rate-limit governor starts from these and replaces them with what `exchangeInfo` or a WebSocket API `rateLimits` reports.
 *
 * Source: rest-api.md > LIMITS.
 */
export const apiRateLimits = [
  /** Request weight per IP per minute (`X-MBX-USED-WEIGHT-1M`). Over it: 429 with `Retry-After`; going on after a 429 gets the IP banned (418) for 2 minutes to 3 days. Since 2026-04-02 a successful order placement or cancellation costs 0 weight. */
  { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000 },
  /** Unfilled orders per account per 10 seconds (`X-MBX-ORDER-COUNT-10S`). Over it: -1015 "Too many new orders" with status 429. */
  { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 100 },
  /** Unfilled orders per account per day (`X-MBX-ORDER-COUNT-1D`). */
  { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 200000 },
  /** Requests of any weight per IP per 5 minutes (300 000 since 2026-04-02). */
  { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 300000 },
] as const;

/**
 * Binance's SAPI (`/sapi/…`: margin, wallet, sub-account) rate limits. They are per endpoint: each endpoint whose weight counts per IP (the operation's `weightType: IP`) has its own budget, and each endpoint counted per account (`weightType: UID`) has its own; none of them touches the /api REQUEST_WEIGHT, ORDERS or RAW_REQUESTS budgets. The rate-limit governor budgets each endpoint by these rules, corrected by the `X-SAPI-USED-IP-WEIGHT-1M` / `X-SAPI-USED-UID-WEIGHT-1M` headers of its answers.
 *
 * Source: margin_trading > General Info > LIMITS.
 */
export const sapiRateLimits = [
  /** Weight per endpoint per IP per minute (`X-SAPI-USED-IP-WEIGHT-1M`). Over it: 429 with `Retry-After`, for that endpoint only. */
  { weightType: 'IP', interval: 'MINUTE', intervalNum: 1, limit: 12000 },
  /** Weight per endpoint per account per minute (`X-SAPI-USED-UID-WEIGHT-1M`). Over it: 429 with `Retry-After`, for that endpoint only. */
  { weightType: 'UID', interval: 'MINUTE', intervalNum: 1, limit: 180000 },
] as const;
