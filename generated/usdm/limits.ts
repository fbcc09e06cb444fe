// Generated from spec/usdm/limits.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/**
 * Limits Binance applies to every connection to the USDⓈ-M market streams (fstream.binance.com), and the server's keep-alive behaviour.
 *
 * Source: usds-margined-futures/websocket-market-streams > Connect.
 */
export const marketStreamLimits = {
  /** Streams one connection may listen to; more need another connection. */
  maxStreamsPerConnection: 1024,
  /** Messages a client may send per second and connection; beyond it the connection is closed, and IPs repeatedly disconnected may be banned. */
  maxIncomingMessagesPerSecond: 10,
  /** Connection attempts per IP within `connectionAttemptsWindowMs`. The futures docs state no such limit; Spot's budget is kept as a conservative default. */
  connectionAttempts: 300,
  /** The window of `connectionAttempts` (5 minutes). */
  connectionAttemptsWindowMs: 300000,
  /** A connection is only valid this long (24 hours); expect a disconnect at the mark. */
  maxConnectionLifetimeMs: 86400000,
  /** The server sends a ping frame every 3 minutes; a client must answer with a pong. */
  serverPingIntervalMs: 180000,
  /** The server disconnects a client whose pong has not come back within 10 minutes. */
  pongTimeoutMs: 600000,
} as const;

/**
 * USDⓈ-M futures REST rate limits as `/fapi/v1/exchangeInfo` lists them (December 2026): request weight per IP, orders per account per 10 seconds and per minute. Separate from Spot's: a futures client has its own governor, and so has a futures WebSocket API session (`wsApiSession({ product: usdmProduct })`: ws-fapi answers report the same REQUEST_WEIGHT 2400 per minute in their `rateLimits`). The governor starts from these and replaces them with what `exchangeInfo` reports.
 *
 * Source: usds-margined-futures/general-info > LIMITS.
 */
export const apiRateLimits = [
  /** Request weight per IP per minute (`X-MBX-USED-WEIGHT-1M`). Over it: 429 with `Retry-After`; going on after a 429 gets the IP banned (418). */
  { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 2400 },
  /** Orders per account per 10 seconds (`X-MBX-ORDER-COUNT-10S`). */
  { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 300 },
  /** Orders per account per minute (`X-MBX-ORDER-COUNT-1M`). */
  { rateLimitType: 'ORDERS', interval: 'MINUTE', intervalNum: 1, limit: 1200 },
] as const;
