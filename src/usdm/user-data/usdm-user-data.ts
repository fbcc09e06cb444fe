/**
 * `usdmUserData(options)`: the USDⓈ-M user data stream of an account, kept alive. It creates a
 * listen key (`POST /fapi/v1/listenKey`), opens `<host>/private/ws/<listenKey>`, renews the key
 * every `keepaliveMs` (30 minutes: well inside its 60) on the scheduler, and starts again, with
 * backoff, when the socket closes, a keepalive fails (-1125 or no answer) or Binance sends
 * `listenKeyExpired`: POST returns the active key extended, or a new one.
 *
 * Events Binance sent while no socket was open are not replayed by Binance. They are never lost
 * silently: every interruption is a `status` (`interrupted`, with the reason), and the next
 * `open` carries `gapSince`, the time the stream stopped, so the caller can reconcile with REST
 * (`getOpenOrdersHttp`, `getPositionRiskHttp`, …) for that span.
 */
import {
  asyncScheduler,
  catchError,
  defer,
  EMPTY,
  filter,
  merge,
  mergeMap,
  Observable,
  retry,
  share,
  Subject,
  tap,
  throwError,
  timer,
  type SchedulerLike,
} from 'rxjs';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffConfig } from '../../connection/backoff';
import { BinanceApiError, BinanceRxError, type MalformedMessageError } from '../../errors';
import { DEFAULT_CONNECT_TIMEOUT_MS, limitDefaults } from '../../connection/options';
import type { LoggerOption } from '../../logging/logger';
import { LogNamespace } from '../../logging/namespaces';
import { resolveLogger } from '../../logging/resolve-logger';
import type { HttpClient } from '../../rest/http-client';
import { defaultWebSocket } from '../../socket/default-web-socket';
import type { WebSocketConstructor } from '../../socket/web-socket-like';
import type { UserDataMessage } from '../../ws-api/user-data';
import { createListenKeyHttp } from '../../../generated/usdm/operations/create-listen-key';
import { renewListenKeyHttp } from '../../../generated/usdm/operations/renew-listen-key';
import { marketStreamLimits } from '../../../generated/usdm/limits';
import { USDM_STREAM_HOST } from '../endpoints';
import { listenKeySocket, type ListenKeySocketItem } from './listen-key-socket';

/** Keepalive period: Binance keeps a key 60 minutes from its last keepalive. */
export const USDM_LISTEN_KEY_KEEPALIVE_MS = 30 * 60 * 1000;

/** Default `heartbeatTimeoutMs`: fstream's, from its ping interval (spec/usdm/limits.yaml). */
export const USDM_HEARTBEAT_TIMEOUT_MS =
  /* @__PURE__ */ limitDefaults(marketStreamLimits).heartbeatTimeoutMs;

/** A listen-key stream has no subscription id; its messages carry this one. */
export const LISTEN_KEY_SUBSCRIPTION_ID = -1;

/** How the listen key is created and renewed (default: the `*Http` calls on `client`). */
export interface ListenKeyApi {
  create(): Observable<{ readonly listenKey: string }>;
  renew(): Observable<unknown>;
}

export interface UsdmUserDataOptions {
  /** The REST client whose API key owns the stream (no signature is needed, only the key). */
  readonly client?: HttpClient;
  /** Replaces the `*Http` calls (tests, or another transport). */
  readonly listenKeys?: ListenKeyApi;
  /** Stream host (default `USDM_STREAM_HOST`; the local exchange's `urls.usdmStreamHost`). */
  readonly host?: string;
  readonly keepaliveMs?: number;
  readonly backoff?: Partial<BackoffConfig>;
  readonly scheduler?: SchedulerLike;
  readonly WebSocket?: WebSocketConstructor;
  readonly random?: () => number;
  /**
   * Silence after which a socket is dead, ms; `false`: never. Default 2.5 × fstream's ping
   * interval (3 minutes); the socket is probed at half of it.
   */
  readonly heartbeatTimeoutMs?: number | false;
  /** A socket not open this long is a failed attempt, ms (default 10 s); `false`: never. */
  readonly connectTimeoutMs?: number | false;
  /** Lifecycle under `binance-rx:ws-api`, frames under `binance-rx:raw:sent` / `:received`. */
  readonly logger?: LoggerOption;
  /** Frames that are not events (default: a warning in the log). */
  readonly onInvalid?: (error: MalformedMessageError) => void;
}

export type UsdmUserDataStatus =
  | { readonly kind: 'open'; readonly listenKey: string; readonly gapSince?: number }
  | {
      readonly kind: 'interrupted';
      readonly reason: 'closed' | 'keepaliveFailed' | 'listenKeyExpired' | 'createFailed';
      readonly at: number;
      readonly attempt: number;
      readonly delayMs: number;
      readonly error?: unknown;
    };

export interface UsdmUserData {
  /** The account's events (`on<Event>()` of `binance-rx/usdm` read them). Shared, started on first subscription. */
  readonly events$: Observable<UserDataMessage>;
  /** Opens and interruptions of the stream, while `events$` is subscribed. */
  readonly status$: Observable<UsdmUserDataStatus>;
}

/** Why one run of the stream ended, so that it starts again. */
class StreamEnded extends Error {
  constructor(
    readonly reason: Extract<UsdmUserDataStatus, { kind: 'interrupted' }>['reason'],
    readonly error?: unknown,
  ) {
    super(reason);
  }
}

/** Errors retrying cannot fix: no credentials, a signer failure, a key Binance refuses. */
const isFatal = (error: unknown): boolean =>
  error instanceof BinanceApiError
    ? error.status >= 400 && error.status < 500 && error.status !== 429
    : error instanceof BinanceRxError &&
      error.code !== 'CONNECTION_CLOSED' &&
      error.code !== 'HTTP_ERROR' &&
      error.code !== 'REQUEST_TIMEOUT';

export function usdmUserData(options: UsdmUserDataOptions): UsdmUserData {
  const scheduler = options.scheduler ?? asyncScheduler;
  const api = options.listenKeys ?? httpListenKeys(options.client);
  const host = (options.host ?? USDM_STREAM_HOST).replace(/\/+$/, '');
  const keepaliveMs = options.keepaliveMs ?? USDM_LISTEN_KEY_KEEPALIVE_MS;
  const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  const logger = resolveLogger(options.logger, LogNamespace.wsApi);
  const socket = {
    WebSocket: options.WebSocket ?? defaultWebSocket(),
    scheduler,
    heartbeatTimeoutMs: options.heartbeatTimeoutMs ?? USDM_HEARTBEAT_TIMEOUT_MS,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    loggers: {
      connection: logger,
      rawSent: resolveLogger(options.logger, LogNamespace.rawSent),
      rawReceived: resolveLogger(options.logger, LogNamespace.rawReceived),
    },
    onInvalid:
      options.onInvalid ??
      ((error: MalformedMessageError) => logger.warn('user data frame dropped', { error })),
    socketIds: { next: 1 },
  };
  const status = new Subject<UsdmUserDataStatus>();
  let gapSince: number | undefined;

  /** One run: a key, its socket and its keepalives, until one of them ends it. */
  const run = (): Observable<UserDataMessage> =>
    defer(() => api.create()).pipe(
      mergeMap(({ listenKey }) => {
        const items = listenKeySocket(`${host}/private/ws/${listenKey}`, socket);
        const keepalive = timer(keepaliveMs, keepaliveMs, scheduler).pipe(
          mergeMap(() =>
            api.renew().pipe(
              mergeMap(() => EMPTY),
              // Any failure, -1125 or none: the key may be gone, so start again.
              catchError((error: unknown) =>
                throwError(() => new StreamEnded('keepaliveFailed', error)),
              ),
            ),
          ),
        );
        return merge(items, keepalive as Observable<ListenKeySocketItem>).pipe(
          tap((item) => {
            if (item.kind !== 'open') return;
            status.next({
              kind: 'open',
              listenKey,
              ...(gapSince === undefined ? {} : { gapSince }),
            });
            gapSince = undefined;
          }),
          filter(
            (item): item is Extract<ListenKeySocketItem, { kind: 'event' }> =>
              item.kind === 'event',
          ),
          mergeMap(({ event }) =>
            event.e === 'listenKeyExpired'
              ? throwError(() => new StreamEnded('listenKeyExpired'))
              : [{ subscriptionId: LISTEN_KEY_SUBSCRIPTION_ID, event } as UserDataMessage],
          ),
        );
      }),
    );

  const events$ = run().pipe(
    retry({
      resetOnSuccess: true,
      delay: (error: unknown, attempt) => {
        const ended = toEnded(error);
        if (ended === undefined) return throwError(() => error);
        const delayMs =
          ended.reason === 'listenKeyExpired' ? 0 : backoffDelay(attempt, backoff, options.random);
        if (attempt > backoff.maxAttempts) return throwError(() => ended.error ?? error);
        gapSince ??= scheduler.now();
        status.next({
          kind: 'interrupted',
          reason: ended.reason,
          at: scheduler.now(),
          attempt,
          delayMs,
          ...(ended.error === undefined ? {} : { error: ended.error }),
        });
        return timer(delayMs, scheduler);
      },
    }),
    share(),
  );
  return { events$, status$: status.asObservable() };
}

/** An error of one run as the reason it ended, or undefined when it is fatal. */
function toEnded(error: unknown): StreamEnded | undefined {
  if (error instanceof StreamEnded) return error;
  if (isFatal(error)) return undefined;
  return new StreamEnded(
    error instanceof BinanceRxError && error.code === 'CONNECTION_CLOSED'
      ? 'closed'
      : 'createFailed',
    error,
  );
}

function httpListenKeys(client: HttpClient | undefined): ListenKeyApi {
  if (client === undefined) throw new TypeError('usdmUserData: give `client` (or `listenKeys`)');
  return {
    create: () => createListenKeyHttp({}, client),
    renew: () => renewListenKeyHttp({}, client),
  };
}
