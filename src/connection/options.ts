import { asyncScheduler, type SchedulerLike } from 'rxjs';
import { withTimeUnit, type TimeUnit } from './time-unit';
import { marketStreamLimits } from '../../generated/limits';
import {
  productStreamUrl,
  type MarketStreamLimits,
  type ProductDescriptor,
  type StreamRoute,
} from '../product/descriptor';
import type { LoggerOption } from '../logging/logger';
import { LogNamespace } from '../logging/namespaces';
import { resolveLogger } from '../logging/resolve-logger';
import {
  openFailureLogger,
  openFailureWarning,
  type OpenFailureWarning,
} from '../socket/open-failure-warning';
import { resolveWebSocket, type WebSocketTransportOptions } from '../socket/transport';
import { DEFAULT_BACKOFF, type BackoffConfig } from './backoff';
import type { ConnectionRateConfig } from './connection-rate';
import { BINANCE_STREAM_URL } from './endpoints';
import type { SessionContext } from './socket-session';

/** Options of `publicWebsocketConnection`. Every one has a default. */
export interface ConnectionOptions extends WebSocketTransportOptions {
  /**
   * The product whose streams the connection carries (`usdmProduct` of `binance-rx/usdm`): the
   * defaults of `url` (its stream host and `route`) and of every limit below (its
   * `marketStreamLimits`: streams per socket, send rate, connection attempts, rotation,
   * heartbeat). Default Spot.
   */
  readonly product?: ProductDescriptor;
  /**
   * Pins the connection to one route where the product splits its streams by URL path (USDⓈ-M:
   * `public` book streams, `market` the rest). Left out (and no `url`), the connection routes:
   * each stream goes to a socket of the route its channel declares, opened as needed.
   */
  readonly route?: StreamRoute;
  /**
   * Host the product's stream URLs are built on (`<host>/<route>/stream`); default the product's
   * (`wss://fstream.binance.com`). The local exchange's `urls.usdmStreamHost` works.
   */
  readonly streamHost?: string;
  /**
   * Combined-stream endpoint of every socket (no routing); default the product's (Spot:
   * `BINANCE_STREAM_URL`). Any `ws://` URL works (tests, a local exchange).
   */
  readonly url?: string;
  /** Unit of payload timestamps (`timeUnit` URL parameter); Binance's default is MILLISECOND. */
  readonly timeUnit?: TimeUnit;
  /** Scheduler for every delay (flush spacing, ack timeouts, reconnects); default `asyncScheduler`. */
  readonly scheduler?: SchedulerLike;
  /** A logger for every namespace (`console` works), or a factory (`debugLogger('binance-rx:*')`); default silent. */
  readonly logger?: LoggerOption;
  /** Validate payloads against their JSON Schema; default `true`. `subscribe<Channel>` can override it. */
  readonly validate?: boolean;
  /** Reconnection backoff (partial configs fill in from `DEFAULT_BACKOFF`), or `false` not to reconnect. */
  readonly reconnect?: Partial<BackoffConfig> | false;
  /** Randomness of the backoff jitter, in [0, 1); default `Math.random`. */
  readonly random?: () => number;
  /**
   * Binance's limit on messages a client may send per second and connection (default 5; pongs count
   * too). The outbox sends at most one less per second, evenly spaced (every 250 ms by default).
   */
  readonly maxMessagesPerSecond?: number;
  /** How long a SUBSCRIBE / UNSUBSCRIBE waits for its reply; default 10 000 ms. */
  readonly ackTimeoutMs?: number;
  /**
   * A socket that receives nothing (message, ping or pong) for this long is dead or half-open: it
   * is dropped and replaced. Default 50 000 ms (2.5 × Binance's 20 s ping interval); `false` turns
   * it off. Needs a platform that shows ping frames (`ws` in Node); browsers answer pings unseen.
   */
  readonly heartbeatTimeoutMs?: number | false;
  /**
   * A socket that is not open this long after it was created counts as a failed attempt: it is
   * dropped and the next attempt follows the backoff. Default 10 000 ms; `false` waits for ever.
   */
  readonly connectTimeoutMs?: number | false;
  /**
   * Replace each socket after this long, without a gap: a new socket subscribes while the old one
   * still delivers, then the old one closes. Default 23.5 h (Binance closes sockets at 24 h);
   * `false` turns it off. A `serverShutdown` notice starts the same handover at once.
   */
  readonly rotateAfterMs?: number | false;
  /**
   * Streams one socket may carry (Binance: 1024). Beyond it, the connection opens another socket
   * (a shard) for the next streams, and closes a shard once its streams are all gone.
   */
  readonly maxStreamsPerSocket?: number;
  /**
   * Connection attempts allowed per window, shared by every socket of the connection: first
   * opens, shards, reconnects and rotations (Binance: 300 per 5 minutes per IP). An open beyond it
   * waits on the scheduler.
   */
  readonly connectionRate?: Partial<ConnectionRateConfig>;
}

/** The defaults a product's limits give (Spot's: the `DEFAULT_…` constants). */
export function limitDefaults(limits: MarketStreamLimits): {
  rotateAfterMs: number;
  heartbeatTimeoutMs: number;
  maxStreamsPerSocket: number;
  connectionRate: ConnectionRateConfig;
  maxMessagesPerSecond: number;
} {
  return {
    rotateAfterMs: limits.maxConnectionLifetimeMs - 1_800_000,
    heartbeatTimeoutMs: 2.5 * limits.serverPingIntervalMs,
    maxStreamsPerSocket: limits.maxStreamsPerConnection,
    connectionRate: {
      maxAttempts: limits.connectionAttempts,
      windowMs: limits.connectionAttemptsWindowMs,
    },
    maxMessagesPerSecond: limits.maxIncomingMessagesPerSecond,
  };
}

const SPOT_DEFAULTS = /* @__PURE__ */ limitDefaults(marketStreamLimits);

/** Default of `rotateAfterMs` (Spot): half an hour before Binance's 24 h cap. */
export const DEFAULT_ROTATE_AFTER_MS = SPOT_DEFAULTS.rotateAfterMs;

/** Default of `heartbeatTimeoutMs` (Spot): 2.5 × Binance's server ping interval (20 s). */
export const DEFAULT_HEARTBEAT_TIMEOUT_MS = SPOT_DEFAULTS.heartbeatTimeoutMs;

/** Options with their defaults applied. */
export interface ResolvedConnectionOptions {
  readonly session: Omit<SessionContext, 'requestIds'>;
  /** The route of the first socket, when its product has routes. */
  readonly route: StreamRoute | undefined;
  /** The routes streams are placed on by their channel's `route` (empty: one URL for all). */
  readonly routes: readonly StreamRoute[];
  /** The URL of a socket of `route` (the connection's one URL when it does not route). */
  urlOf(route: StreamRoute | undefined): string;
  readonly reconnect: BackoffConfig | false;
  readonly random: () => number;
  readonly rotateAfterMs: number | false;
  readonly maxStreamsPerSocket: number;
  readonly connectionRate: ConnectionRateConfig;
  /** Warns when sockets cannot open (to the console when there is no `logger`). */
  readonly openFailures: OpenFailureWarning;
}

/** Default of `maxStreamsPerSocket`: Binance's limit. */
export const MAX_STREAMS_PER_SOCKET = SPOT_DEFAULTS.maxStreamsPerSocket;

/** Default of `connectionRate`: Binance's limit, 300 attempts per 5 minutes. */
export const DEFAULT_CONNECTION_RATE: ConnectionRateConfig = SPOT_DEFAULTS.connectionRate;

/** Default of `connectTimeoutMs`. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** Default of `ackTimeoutMs`. */
export const DEFAULT_ACK_TIMEOUT_MS = 10_000;

/** Default of `maxMessagesPerSecond`: Binance's limit. */
export const DEFAULT_MAX_MESSAGES_PER_SECOND = SPOT_DEFAULTS.maxMessagesPerSecond;

/** The connection's first route and the routes it places streams on, and each route's URL. */
function routing(options: ConnectionOptions) {
  const { product, url } = options;
  const all = product?.streamRoutes ?? [];
  const routes = url === undefined && options.route === undefined ? all : [];
  const urlOf = (route: StreamRoute | undefined): string =>
    withTimeUnit(
      url ?? (product ? productStreamUrl(product, route, options.streamHost) : BINANCE_STREAM_URL),
      options.timeUnit,
    );
  return { route: options.route ?? all[0], routes, urlOf };
}

/** Applies the defaults. */
export function resolveConnectionOptions(options: ConnectionOptions): ResolvedConnectionOptions {
  const logger = options.logger;
  const scheduler = options.scheduler ?? asyncScheduler;
  const connectionLogger = resolveLogger(logger, LogNamespace.connection);
  const defaults = limitDefaults(options.product?.marketStreamLimits ?? marketStreamLimits);
  const perSecond = options.maxMessagesPerSecond ?? defaults.maxMessagesPerSecond;
  const routed = routing(options);
  return {
    ...routed,
    session: {
      url: routed.urlOf(routed.route),
      WebSocket: resolveWebSocket(options),
      scheduler,
      validate: options.validate ?? true,
      ackTimeoutMs: options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS,
      heartbeatTimeoutMs: options.heartbeatTimeoutMs ?? defaults.heartbeatTimeoutMs,
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      sendSpacingMs: sendSpacingMs(perSecond),
      loggers: {
        connection: connectionLogger,
        subscriptions: resolveLogger(logger, LogNamespace.subscriptions),
        rawSent: resolveLogger(logger, LogNamespace.rawSent),
        rawReceived: resolveLogger(logger, LogNamespace.rawReceived),
      },
    },
    reconnect: options.reconnect === false ? false : { ...DEFAULT_BACKOFF, ...options.reconnect },
    random: options.random ?? Math.random,
    rotateAfterMs: options.rotateAfterMs ?? defaults.rotateAfterMs,
    maxStreamsPerSocket: options.maxStreamsPerSocket ?? defaults.maxStreamsPerSocket,
    connectionRate: { ...defaults.connectionRate, ...options.connectionRate },
    openFailures: openFailureWarning(openFailureLogger(logger, connectionLogger), scheduler),
  };
}

/** Time between two sent messages so that at most `limit - 1` (at least 1) leave per second. */
export function sendSpacingMs(limit: number): number {
  return Math.ceil(1000 / Math.max(1, Math.floor(limit) - 1));
}
