/** Options of `wsApiSession` and their defaults. */
import { withTimeUnit, type TimeUnit } from '../connection/time-unit';
import type { ValidateResponses } from '../operations/validate-answer';
import { asyncScheduler, type SchedulerLike } from 'rxjs';
import { DEFAULT_BACKOFF, type BackoffConfig } from '../connection/backoff';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_CONNECTION_RATE,
  DEFAULT_HEARTBEAT_TIMEOUT_MS,
  DEFAULT_ROTATE_AFTER_MS,
} from '../connection/options';
import type { ConnectionRateConfig } from '../connection/connection-rate';
import type { Logger, LoggerOption } from '../logging/logger';
import { LogNamespace } from '../logging/namespaces';
import { resolveLogger } from '../logging/resolve-logger';
import type { RateLimitGovernor } from '../rate-limit/governor';
import { InvalidOptionError } from '../errors';
import type { Credentials } from '../signing/credentials';
import { DEFAULT_SIGN_TIMEOUT_MS } from '../signing/run-signer';
import {
  openFailureLogger,
  openFailureWarning,
  type OpenFailureWarning,
} from '../socket/open-failure-warning';
import { resolveWebSocket, type WebSocketTransportOptions } from '../socket/transport';
import { BINANCE_WS_API_URL } from './endpoints';
import type { SocketContext } from '../supervisor/socket';
import type { ProductDescriptor } from '../product/descriptor';

export interface WsApiOptions extends WebSocketTransportOptions {
  /**
   * The product the session trades (`usdmProduct` of `binance-rx/usdm` for the futures WebSocket
   * API): the default of `url` (its `wsApiUrl`) and of the session's own governor's rules (its
   * `apiRateLimits`). Default Spot.
   */
  readonly product?: ProductDescriptor;
  /**
   * Default the product's `wsApiUrl` (Spot: `BINANCE_WS_API_URL`); the local exchange's
   * `urls.wsApi` (`urls.usdmWsApi` for futures) or a testnet's work the same.
   */
  readonly url?: string;
  /**
   * API key and signer. With `keyType: 'ED25519'` the session logs on (`session.logon`) on every
   * new socket and requests go unsigned; otherwise each signed request carries its signature.
   */
  readonly credentials?: Credentials;
  /** `recvWindow` sent with signed requests, ms; Binance's default (5000) when left out. */
  readonly recvWindow?: number;
  /** A request with no answer after this long (from subscription) errors, ms; default 10 000. */
  readonly requestTimeoutMs?: number;
  /** Scheduler for timeouts, reconnects and `timestamp`; default `asyncScheduler`. */
  readonly scheduler?: SchedulerLike;
  /** Logger or factory (namespaces `binance-rx:ws-api`, `binance-rx:raw:*`); default silent. */
  readonly logger?: LoggerOption;
  /** Reconnection backoff (partial configs fill in from `DEFAULT_BACKOFF`), or `false`. */
  readonly reconnect?: Partial<BackoffConfig> | false;
  /** Randomness of the backoff jitter, in [0, 1); default `Math.random`. */
  readonly random?: () => number;
  /**
   * Dead-socket detection as for market streams (`ConnectionOptions.heartbeatTimeoutMs`); default
   * 50 000 ms. Where ping frames are invisible, a silent socket is probed with the `ping` method.
   */
  readonly heartbeatTimeoutMs?: number | false;
  /**
   * Rate-limit governor of the session's requests; default a new one (on `scheduler`). Share one
   * with the REST clients of the same IP and account (`createHttpClient({ governor })`).
   */
  readonly governor?: RateLimitGovernor;
  /** A socket not open this long after its creation is a failed attempt, ms; default 10 000; `false`: never. */
  readonly connectTimeoutMs?: number | false;
  /**
   * Replace each socket after this long, without a gap (as on `serverShutdown`); default 23.5 h
   * (Binance closes WebSocket API connections at 24 h); `false` turns it off.
   */
  readonly rotateAfterMs?: number | false;
  /** Connection attempts allowed per window (Binance: 300 per 5 minutes per IP). */
  readonly connectionRate?: Partial<ConnectionRateConfig>;
  /**
   * How long the signer may take, ms; default 10 000. A slower signer fails what needed the
   * signature with `SignerError` (as does a signer that throws or rejects).
   */
  readonly signTimeoutMs?: number;
  /** Check answers against their schemas (`ValidateResponses`); default false. */
  readonly validateResponses?: ValidateResponses;
  /** Unit of answer and event timestamps (`timeUnit` URL parameter); Binance's default is MILLISECOND. */
  readonly timeUnit?: TimeUnit;
}

/** Default of `requestTimeoutMs`. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export interface ResolvedWsApiOptions {
  readonly socket: SocketContext;
  readonly loggers: { readonly session: Logger; readonly rawReceived: Logger };
  readonly credentials: Credentials | undefined;
  readonly recvWindow: number | undefined;
  readonly requestTimeoutMs: number;
  readonly reconnect: BackoffConfig | false;
  readonly random: () => number;
  readonly rotateAfterMs: number | false;
  readonly connectionRate: ConnectionRateConfig;
  readonly signTimeoutMs: number;
  readonly validateResponses?: ValidateResponses;
  /** Warns when sockets cannot open (to the console when there is no `logger`). */
  readonly openFailures: OpenFailureWarning;
}

/** `url`, else the product's WebSocket API, else Spot's; a product without one must be given `url`. */
function sessionUrl(options: WsApiOptions): string {
  if (options.url !== undefined) return options.url;
  const { product } = options;
  if (product === undefined) return BINANCE_WS_API_URL;
  if (product.wsApiUrl === undefined) {
    throw new InvalidOptionError(
      'wsApiSession',
      'url',
      `is needed: ${product.title} has no WebSocket API`,
    );
  }
  return product.wsApiUrl;
}

export function resolveWsApiOptions(options: WsApiOptions): ResolvedWsApiOptions {
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  if (!(requestTimeoutMs > 0))
    throw new InvalidOptionError('wsApiSession', 'requestTimeoutMs', 'must be a positive number');
  const signTimeoutMs = options.signTimeoutMs ?? DEFAULT_SIGN_TIMEOUT_MS;
  if (!(signTimeoutMs > 0)) {
    throw new InvalidOptionError('wsApiSession', 'signTimeoutMs', 'must be a positive number');
  }
  const logger = options.logger;
  const scheduler = options.scheduler ?? asyncScheduler;
  const session = resolveLogger(logger, LogNamespace.wsApi);
  return {
    socket: {
      url: withTimeUnit(sessionUrl(options), options.timeUnit),
      WebSocket: resolveWebSocket(options),
      scheduler,
      logger: session,
      rawSent: resolveLogger(logger, LogNamespace.rawSent),
      heartbeatTimeoutMs: options.heartbeatTimeoutMs ?? DEFAULT_HEARTBEAT_TIMEOUT_MS,
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    },
    loggers: { session, rawReceived: resolveLogger(logger, LogNamespace.rawReceived) },
    credentials: options.credentials,
    recvWindow: options.recvWindow,
    requestTimeoutMs,
    reconnect: options.reconnect === false ? false : { ...DEFAULT_BACKOFF, ...options.reconnect },
    random: options.random ?? Math.random,
    rotateAfterMs: options.rotateAfterMs ?? DEFAULT_ROTATE_AFTER_MS,
    connectionRate: { ...DEFAULT_CONNECTION_RATE, ...options.connectionRate },
    signTimeoutMs,
    validateResponses: options.validateResponses,
    openFailures: openFailureWarning(openFailureLogger(logger, session), scheduler),
  };
}
