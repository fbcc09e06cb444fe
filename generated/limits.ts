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
