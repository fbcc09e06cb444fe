/** Options of `wsApiSession` and their defaults. */
import { asyncScheduler, type SchedulerLike } from 'rxjs';
import { DEFAULT_BACKOFF, type BackoffConfig } from '../connection/backoff';
import { DEFAULT_HEARTBEAT_TIMEOUT_MS } from '../connection/options';
import type { LoggerOption } from '../logging/logger';
import { LogNamespace } from '../logging/namespaces';
import { resolveLogger } from '../logging/resolve-logger';
import type { Credentials } from '../signing/credentials';
import {
  openFailureLogger,
  openFailureWarning,
  type OpenFailureWarning,
} from '../socket/open-failure-warning';
import { resolveWebSocket, type WebSocketTransportOptions } from '../socket/transport';
import { BINANCE_WS_API_URL } from './endpoints';
import type { WsApiSocketContext } from './socket';

export interface WsApiOptions extends WebSocketTransportOptions {
  /** Default `BINANCE_WS_API_URL`; the local exchange's `urls.wsApi` or the testnet's work the same. */
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
  /** Dead-socket detection as for market streams (`ConnectionOptions.heartbeatTimeoutMs`); default 50 000 ms. */
  readonly heartbeatTimeoutMs?: number | false;
}

/** Default of `requestTimeoutMs`. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export interface ResolvedWsApiOptions {
  readonly socket: WsApiSocketContext;
  readonly credentials: Credentials | undefined;
  readonly recvWindow: number | undefined;
  readonly requestTimeoutMs: number;
  readonly reconnect: BackoffConfig | false;
  readonly random: () => number;
  /** Warns when sockets cannot open (to the console when there is no `logger`). */
  readonly openFailures: OpenFailureWarning;
}

export function resolveWsApiOptions(options: WsApiOptions): ResolvedWsApiOptions {
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  if (!(requestTimeoutMs > 0))
    throw new RangeError('wsApiSession: requestTimeoutMs must be positive');
  const logger = options.logger;
  const scheduler = options.scheduler ?? asyncScheduler;
  const sessionLogger = resolveLogger(logger, LogNamespace.wsApi);
  return {
    socket: {
      url: options.url ?? BINANCE_WS_API_URL,
      WebSocket: resolveWebSocket(options),
      scheduler,
      loggers: {
        session: sessionLogger,
        rawSent: resolveLogger(logger, LogNamespace.rawSent),
        rawReceived: resolveLogger(logger, LogNamespace.rawReceived),
      },
      heartbeatTimeoutMs: options.heartbeatTimeoutMs ?? DEFAULT_HEARTBEAT_TIMEOUT_MS,
    },
    credentials: options.credentials,
    recvWindow: options.recvWindow,
    requestTimeoutMs,
    reconnect: options.reconnect === false ? false : { ...DEFAULT_BACKOFF, ...options.reconnect },
    random: options.random ?? Math.random,
    openFailures: openFailureWarning(openFailureLogger(logger, sessionLogger), scheduler),
  };
}
