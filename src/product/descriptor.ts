/**
 * The contract between generated/ and the runtime for a product (Spot, USDⓈ-M futures): where it
 * is served and its documented limits, as data. The generator emits one per spec directory
 * (`<name>Product` in `product.ts`, from `product.yaml` and `limits.yaml`); REST descriptors point
 * at theirs, and a connection or REST client given one takes its defaults from it. Nothing
 * product-specific lives in src/.
 */

/** Limits on market-stream connections, as `limits.yaml` `marketStreams` declares them. */
export interface MarketStreamLimits {
  readonly maxStreamsPerConnection: number;
  readonly maxIncomingMessagesPerSecond: number;
  readonly connectionAttempts: number;
  readonly connectionAttemptsWindowMs: number;
  readonly maxConnectionLifetimeMs: number;
  readonly serverPingIntervalMs: number;
  readonly pongTimeoutMs: number;
}

/** A URL route of a product that splits its market streams by path. */
export type StreamRoute = 'public' | 'market';

export interface ProductDescriptor {
  /** Short name (`spot`, `usdm`). */
  readonly name: string;
  readonly title: string;
  /** Production REST base URL: where a `*Http` call of the product goes without a client. */
  readonly restUrl: string;
  /** Production market-stream host (see `productStreamUrl`). */
  readonly streamHost: string;
  /**
   * The production WebSocket API endpoint, where the product has one: the default `url` of
   * `wsApiSession({ product })`.
   */
  readonly wsApiUrl?: string;
  /**
   * The WebSocket API subscribes user data streams (`userDataStream.subscribe`: Spot). Without it
   * (USDⓈ-M futures: user data is the listen-key stream), `session.userData()` fails at once.
   */
  readonly wsApiUserData?: boolean;
  /** The routes streams are split by (USDⓈ-M: `public`, `market`); empty: one endpoint serves all. */
  readonly streamRoutes: readonly StreamRoute[];
  /** Connection defaults: sharding, send rate, connection-attempt budget, rotation, heartbeat. */
  readonly marketStreamLimits: MarketStreamLimits;
  /**
   * The REST and WebSocket API rate limits a client or session of the product is governed by, in
   * `exchangeInfo` shape.
   */
  readonly apiRateLimits: readonly {
    readonly rateLimitType: string;
    readonly interval: string;
    readonly intervalNum: number;
    readonly limit: number;
  }[];
}

/**
 * The combined-stream URL of `route` on `host` (default the product's): `<host>/<route>/stream`,
 * or `<host>/stream` where the product has no routes.
 */
export function productStreamUrl(
  product: ProductDescriptor,
  route?: StreamRoute,
  host: string = product.streamHost,
): string {
  const base = host.replace(/\/+$/, '');
  return route === undefined ? `${base}/stream` : `${base}/${route}/stream`;
}
