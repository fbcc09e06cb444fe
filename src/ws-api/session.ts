/**
 * A WebSocket API session: a connectable Observable of status and error events, plus `request`
 * (what every generated `<operation>Factory` calls) and `userData(credentials?)`. Nothing opens
 * before `connect()`. The session is a thin composition: the socket supervisor (src/supervisor/)
 * opens, watches, reconnects and rotates sockets; each socket's link (socket.ts) keeps its request
 * book; requests.ts, logon.ts and user-data-feeds.ts (one user-data.ts feed per account) each
 * handle their concern. Requests made before a socket is ready wait for it (within their
 * timeout). With an Ed25519 key the session logs on after every new socket. On `serverShutdown` or after `rotateAfterMs` a replacement socket is opened first,
 * and the old one closes once its requests are answered.
 */
import {
  BehaviorSubject,
  Observable,
  Subject,
  Subscription,
  throwError,
  type Connectable,
} from 'rxjs';
import { ConnectionRateLimiter } from '../connection/connection-rate';
import type { ConnectionErrorEvent, ConnectionStatusEvent } from '../connection/events';
import { ConnectionClosedError, InvalidOptionError, type BinanceRxError } from '../errors';
import type { OperationDescriptor } from '../operations/descriptor';
import { validateAnswers } from '../operations/validate-answer';
import { governedRequest } from '../rate-limit/governed-request';
import { createRateLimitGovernor, type RateLimitGovernor } from '../rate-limit/governor';
import type { Protocol } from '../supervisor/link';
import { supervise, type Supervisor, type SupervisorConfig } from '../supervisor/supervisor';
import type { WsApiRateLimit } from './frames';
import { logOn } from './logon';
import { resolveWsApiOptions, type ResolvedWsApiOptions, type WsApiOptions } from './options';
import { requester } from './requests';
import { WsApiLink } from './socket';
import type { Credentials } from '../signing/credentials';
import type { ListenTokenSource } from './listen-token-feed';
import type { UserDataMessage } from './user-data';
import { UserDataFeeds } from './user-data-feeds';
import { WaitingRoom } from './waiting-room';

export type { UserDataMessage } from './user-data';

/** A socket is ready: open and, with an Ed25519 key, logged on (or the logon failed). */
export interface WsApiSocketEvent {
  readonly type: 'socket';
  readonly socketId: number;
  readonly loggedOn: boolean;
}

export type WsApiSessionEvent = ConnectionStatusEvent | ConnectionErrorEvent | WsApiSocketEvent;

export interface WsApiSession extends Connectable<WsApiSessionEvent> {
  /** Sends one request per subscription; emits its `result`, then completes. */
  request<P extends object, R>(descriptor: OperationDescriptor<P, R>, params: P): Observable<R>;
  /** The `rateLimits` of the latest response that carried them. */
  readonly rateLimits$: Observable<readonly WsApiRateLimit[] | undefined>;
  /** The rate-limit governor every `request` waits on (`options.governor`, or the session's own). */
  readonly governor: RateLimitGovernor;
  /**
   * A user data stream (`executionReport`, `outboundAccountPosition`, …), subscribed on the server
   * while someone listens and restored after reconnects, rotations and terminations. Without
   * arguments, the session's own account (the same Observable each time). With `credentials`
   * (API key and signer; never a secret), another account on the same socket, subscribed with
   * `userDataStream.subscribe.signature`: its listeners share one subscription and get only its
   * events; its failures (`SignerError`, Binance's -2035 when the account is already subscribed
   * under another key) error only them. Invalid credentials error it with `InvalidOptionError`.
   * With `{ listenToken }` (a token source, e.g. `() => createMarginListenTokenHttp({}, rest)`), a
   * margin account's stream (`userDataStream.subscribe.listenToken`), renewed with a new token
   * before each expiry and restored after reconnects; listeners of one source object share it
   * (see listen-token-feed.ts).
   */
  userData(source?: Credentials | ListenTokenSource): Observable<UserDataMessage>;
  /** Server time minus local time, ms; added to every `timestamp`. */
  timeOffsetMs: number;
}

/** Creates a WebSocket API session. */
export function wsApiSession(options: WsApiOptions = {}): WsApiSession {
  const config = resolveWsApiOptions(options);
  const { scheduler } = config.socket;
  const { credentials } = config;
  const logsOn = credentials?.keyType === 'ED25519' && credentials.sign !== undefined;
  const { product } = options;
  // The session's rate-limit governor, unless one is shared with REST clients: its product's rules
  // (Spot's when no product is given).
  const governor =
    options.governor ??
    createRateLimitGovernor({
      scheduler,
      logger: options.logger,
      ...(product ? { rateLimits: product.apiRateLimits } : {}),
    });
  const events = new Subject<WsApiSessionEvent>();
  const rateLimits = new BehaviorSubject<readonly WsApiRateLimit[] | undefined>(undefined);
  const requestIds = { next: 1 };
  let supervisor: Supervisor | undefined;
  let running: Subscription | undefined;

  const now = () => scheduler.now() + session.timeOffsetMs;
  const status = (event: Omit<ConnectionStatusEvent, 'type'>) =>
    events.next({ type: 'status', ...event });
  const report = (error: BinanceRxError) => events.next({ type: 'error', error });
  const current = () => {
    const link = supervisor?.current as WsApiLink | undefined;
    return link?.open ? link : undefined;
  };
  const room = new WaitingRoom(logsOn, current);
  const authenticated = () => {
    const link = current();
    return link !== undefined && room.readyFor(link, true) ? link : undefined;
  };

  const request = requester({ config, now, room, current: () => current() });
  const userData = new UserDataFeeds({ config, now, current: authenticated, report });

  /** A socket is open and, when the session logs on, the logon ended (either way). */
  function ready(link: WsApiLink): void {
    if (link !== current()) return;
    // The user data streams first, so that they are live before the requests waiting behind them.
    userData.subscribe(link);
    events.next({ type: 'socket', socketId: link.id, loggedOn: link.loggedOn });
    room.flush();
    link.socket.check();
  }

  const logonContext = { config, now, report, status, done: ready };
  const protocol = linkProtocol(config, requestIds, {
    opened: (link) => (logsOn ? logOn(link, logonContext) : ready(link)),
    event: (link, frame) => userData.deliver(link, frame),
    rateLimits: (limits) => {
      rateLimits.next(limits);
      // Binance's counts and limits correct the governor.
      governor.observeRateLimits(limits);
    },
    error: report,
    ready: (link) => room.readyFor(link, logsOn) && userData.readyOn(link),
  });

  const start = (lifecycle: Subscription): Supervisor =>
    supervise(supervisorConfig(config), protocol, {
      status,
      error: report,
      down: () => {},
      handover: (phase) => userData.handover(phase),
      ended: (gaveUp, reason) => {
        room.failAll(closedError(gaveUp, reason));
        userData.dispose();
        if (gaveUp) lifecycle.unsubscribe();
      },
    });

  const observable = new Observable<WsApiSessionEvent>((subscriber) =>
    events.subscribe(subscriber),
  );
  const session: WsApiSession = Object.assign(observable, {
    connect(): Subscription {
      if (running !== undefined && !running.closed) return running;
      const lifecycle = new Subscription(() => {
        if (running === lifecycle) running = undefined;
        supervisor?.stop('closed by client');
      });
      running = lifecycle;
      supervisor = start(lifecycle);
      return lifecycle;
    },
    request: governedRequests(governor, request, config),
    governor,
    rateLimits$: rateLimits.asObservable(),
    // Spot (the default) subscribes user data on its WebSocket API; USDⓈ-M's is a listen-key stream.
    userData:
      product === undefined || product.wsApiUserData === true
        ? (source?: Credentials | ListenTokenSource) => userData.observable(source)
        : noUserData(product.title),
    timeOffsetMs: 0,
  });
  return session;
}

/** `userData` where the product has no user data on its WebSocket API: fails at once. */
const noUserData = (product: string) => () =>
  throwError(
    () =>
      new InvalidOptionError(
        'wsApiSession',
        'userData',
        `${product} has no user data on its WebSocket API (use its listen-key stream)`,
      ),
  );

/** What ends the requests still waiting when the session's supervisor ends. */
const closedError = (gaveUp: boolean, reason: string) =>
  gaveUp
    ? new ConnectionClosedError(1006, reason)
    : new ConnectionClosedError(1000, 'closed by client');

/** `request` of the session: every request waits for the governor, then is sent and checked. */
function governedRequests(
  governor: RateLimitGovernor,
  request: ReturnType<typeof requester>,
  config: ResolvedWsApiOptions,
): WsApiSession['request'] {
  return <P extends object, R>(descriptor: OperationDescriptor<P, R>, params: P) =>
    governedRequest(governor, descriptor, params, () =>
      request(descriptor, params).pipe(
        validateAnswers<R>(
          descriptor as OperationDescriptor<object, unknown>,
          config.validateResponses,
        ),
      ),
    );
}

/** Each socket of the session as a WebSocket API link reporting to `listener`. */
function linkProtocol(
  config: ResolvedWsApiOptions,
  requestIds: { next: number },
  listener: ConstructorParameters<typeof WsApiLink>[2],
): Protocol {
  const context = {
    scheduler: config.socket.scheduler,
    log: config.socket.logger,
    rawReceived: config.loggers.rawReceived,
    requestIds,
    requestTimeoutMs: config.requestTimeoutMs,
  };
  return (socket) => new WsApiLink(socket, context, listener);
}

/** The supervisor of one `connect()`: the session's options, a connection budget of its own. */
function supervisorConfig(config: ResolvedWsApiOptions): SupervisorConfig {
  return {
    socket: config.socket,
    reconnect: config.reconnect,
    random: config.random,
    rotateAfterMs: config.rotateAfterMs,
    handoverTimeoutMs: config.requestTimeoutMs,
    limiter: new ConnectionRateLimiter(config.connectionRate, config.socket.scheduler),
    connectionRate: config.connectionRate,
    socketIds: { next: 1 },
    openFailures: config.openFailures,
  };
}
