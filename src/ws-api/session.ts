/**
 * A WebSocket API session: a connectable Observable of status and error events, plus `request`
 * (what every generated `<operation>Factory` calls) and `userData()`. Nothing opens before
 * `connect()`. Requests made before a socket is open wait for it (within their timeout); each is
 * sent once, correlated by id and answered with its `result` or a typed error. With an Ed25519
 * key the session logs on after every new socket; the user data stream is subscribed again after
 * every new socket and after `eventStreamTerminated`. On `serverShutdown` a replacement socket is
 * opened first, and the old one closes once its requests are answered.
 */
import { BehaviorSubject, Observable, Subject, Subscription, type Connectable } from 'rxjs';
import { backoffDelay } from '../connection/backoff';
import type { ConnectionErrorEvent, ConnectionStatusEvent } from '../connection/events';
import {
  BinanceRxError,
  ConnectionClosedError,
  MissingCredentialsError,
  RequestTimeoutError,
  type RequestInfo,
} from '../errors';
import { checkParams } from '../operations/check-params';
import type { OperationDescriptor } from '../operations/descriptor';
import { requireCredentials, timingParams } from '../signing/sign-request';
import { answerOf, type Answer } from './answer';
import type { WsApiRateLimit, WsApiResponse, WsApiSubscriptionEvent } from './frames';
import { resolveWsApiOptions, type WsApiOptions } from './options';
import { securedParams, signParams, type WsParams } from './sign-params';
import { openWsApiSocket, type WsApiSocket } from './socket';

/** A socket is ready: open and, with an Ed25519 key, logged on (or the logon failed). */
export interface WsApiSocketEvent {
  readonly type: 'socket';
  readonly socketId: number;
  readonly loggedOn: boolean;
}

export type WsApiSessionEvent = ConnectionStatusEvent | ConnectionErrorEvent | WsApiSocketEvent;

/** A user data event as Binance delivers it on the WebSocket API. */
export type UserDataMessage = Omit<WsApiSubscriptionEvent, 'kind'>;

export interface WsApiSession extends Connectable<WsApiSessionEvent> {
  /** Sends one request per subscription; emits its `result`, then completes. */
  request<P extends object, R>(descriptor: OperationDescriptor<P, R>, params: P): Observable<R>;
  /** The `rateLimits` of the latest response that carried them. */
  readonly rateLimits$: Observable<readonly WsApiRateLimit[] | undefined>;
  /**
   * The account's user data stream (`executionReport`, `outboundAccountPosition`, …), subscribed
   * on the server while someone listens and restored after reconnects and terminations.
   */
  userData(): Observable<UserDataMessage>;
  /** Server time minus local time, ms; added to every `timestamp`. */
  timeOffsetMs: number;
}

/** Methods the session itself sends (`web-socket-api.md`). */
const LOGON = 'session.logon';
const USER_DATA_SUBSCRIBE = 'userDataStream.subscribe';
const USER_DATA_SUBSCRIBE_SIGNED = 'userDataStream.subscribe.signature';
const USER_DATA_UNSUBSCRIBE = 'userDataStream.unsubscribe';

/** Gets a request's response, or the error that ended its socket. */
type Settle = (outcome: WsApiResponse | BinanceRxError) => void;

/** The result of a response, or the error it (or the socket) ended with. */
const outcomeOf = (outcome: WsApiResponse | BinanceRxError, request: RequestInfo): Answer =>
  outcome instanceof BinanceRxError ? outcome : answerOf(outcome, request);

interface Live {
  readonly socket: WsApiSocket;
  open: boolean;
  loggedOn: boolean;
  logonError?: BinanceRxError;
  readonly pending: Map<number, Settle>;
  userSubscription?: number;
  userSubscribing: boolean;
}

interface Waiter {
  /** Needs an authenticated socket (a logged-on one when the session logs on). */
  readonly auth: boolean;
  start(live: Live): void;
  fail(error: BinanceRxError): void;
}

/** Creates a WebSocket API session. */
export function wsApiSession(options: WsApiOptions = {}): WsApiSession {
  const config = resolveWsApiOptions(options);
  const { scheduler, loggers } = config.socket;
  const log = loggers.session;
  const { credentials, requestTimeoutMs } = config;
  const logsOn = credentials?.keyType === 'ED25519' && credentials.sign !== undefined;

  const events = new Subject<WsApiSessionEvent>();
  const rateLimits = new BehaviorSubject<readonly WsApiRateLimit[] | undefined>(undefined);
  const waiters = new Set<Waiter>();
  const userListeners = new Set<{ next(m: UserDataMessage): void; error(e: unknown): void }>();
  const retiring = new Set<Live>();
  let seenDuringOverlap = new Set<string>();
  let current: Live | undefined;
  let running: Subscription | undefined;
  let nextRequestId = 1;
  let sockets = 0;
  let attempt = 0;

  const now = () => scheduler.now() + session.timeOffsetMs;
  const status = (event: Omit<ConnectionStatusEvent, 'type'>) =>
    events.next({ type: 'status', ...event });
  const report = (error: BinanceRxError) => events.next({ type: 'error', error });
  const readyFor = (live: Live, auth: boolean) =>
    live.open && (!auth || !logsOn || live.loggedOn || live.logonError !== undefined);

  function enqueue(waiter: Waiter): void {
    if (current !== undefined && readyFor(current, waiter.auth)) {
      if (waiter.auth && logsOn && current.logonError) waiter.fail(current.logonError);
      else waiter.start(current);
      return;
    }
    waiters.add(waiter);
  }

  function flush(): void {
    for (const waiter of [...waiters]) {
      if (current === undefined || !readyFor(current, waiter.auth)) continue;
      waiters.delete(waiter);
      enqueue(waiter);
    }
  }

  /** Sends `method`; `answer` gets the outcome or the error that ended the socket. */
  function transmit(
    live: Live,
    method: string,
    params: WsParams,
    answer: Settle,
  ): number | undefined {
    const id = nextRequestId++;
    live.pending.set(id, answer);
    if (live.socket.transmit(JSON.stringify({ id, method, params }))) return id;
    live.pending.delete(id);
    return undefined;
  }

  function respond(live: Live, frame: WsApiResponse): void {
    if (frame.rateLimits !== undefined) rateLimits.next(frame.rateLimits);
    const answer = typeof frame.id === 'number' ? live.pending.get(frame.id) : undefined;
    if (answer === undefined) {
      log.warn('response to no pending request', {
        socket: live.socket.id,
        id: frame.id,
        status: frame.status,
      });
      return;
    }
    live.pending.delete(frame.id as number);
    answer(frame);
    retireDrained();
  }

  function request<P extends object, R>(
    descriptor: OperationDescriptor<P, R>,
    params: P,
  ): Observable<R> {
    return new Observable<R>((subscriber) => {
      const binding = descriptor.wsApi;
      let checked: WsParams;
      try {
        if (binding === undefined) {
          throw new TypeError(`${descriptor.operation} has no WebSocket API method (REST only)`);
        }
        checked = checkParams(descriptor as OperationDescriptor<object, unknown>, params);
        requireCredentials(descriptor.operation, descriptor.security, credentials);
      } catch (error) {
        subscriber.error(error);
        return;
      }
      const method = binding.method;
      const info: RequestInfo = {
        operation: descriptor.operation,
        method,
        params: params as Readonly<Record<string, unknown>>,
      };
      let live: Live | undefined;
      let id: number | undefined;
      let finished = false;
      const cleanup = () => {
        finished = true;
        timer.unsubscribe();
        waiters.delete(waiter);
        if (live !== undefined && id !== undefined) live.pending.delete(id);
      };
      const fail = (error: unknown) => {
        if (finished) return;
        cleanup();
        subscriber.error(error);
      };
      const timer = scheduler.schedule(
        () => fail(new RequestTimeoutError(method, id, requestTimeoutMs)),
        requestTimeoutMs,
      );
      const waiter: Waiter = {
        auth: descriptor.security !== 'NONE',
        fail,
        start(socket) {
          live = socket;
          const secured = securedParams(descriptor.security, checked, {
            credentials,
            loggedOn: socket.loggedOn,
            now: now(),
            recvWindow: config.recvWindow,
          });
          const send = (sent: WsParams) => {
            if (finished) return;
            if (socket !== current || !socket.open) {
              enqueue(waiter);
              return;
            }
            id = transmit(socket, method, sent, (response) => {
              if (finished) return;
              cleanup();
              const outcome = outcomeOf(response, { ...info, requestId: id });
              if (outcome instanceof BinanceRxError) subscriber.error(outcome);
              else {
                subscriber.next(outcome.result as R);
                subscriber.complete();
              }
            });
            if (id === undefined) enqueue(waiter);
          };
          if (secured instanceof Promise) secured.then(send, fail);
          else send(secured);
        },
      };
      enqueue(waiter);
      return () => {
        if (!finished) cleanup();
      };
    });
  }

  function logon(live: Live): void {
    const params = { apiKey: credentials!.apiKey, ...timingParams(now(), config.recvWindow) };
    const send = (signed: WsParams) => {
      transmit(live, LOGON, signed, (response) => {
        const outcome = outcomeOf(response, { operation: 'logon', method: LOGON, params: {} });
        if (outcome instanceof BinanceRxError) {
          live.logonError = outcome;
          log.error('logon failed', { socket: live.socket.id, reason: outcome.message });
          report(outcome);
        } else {
          live.loggedOn = true;
          log.info('logged on', { socket: live.socket.id });
        }
        ready(live);
      });
    };
    const signed = signParams(params, credentials!);
    if (signed instanceof Promise) {
      signed.then(send, (error: unknown) => {
        live.logonError = new BinanceRxError(
          'MISSING_CREDENTIALS',
          `signer failed: ${String(error)}`,
        );
        report(live.logonError);
        ready(live);
      });
    } else send(signed);
  }

  function ready(live: Live): void {
    if (live !== current) return;
    // The user data stream first, so that it is live before the requests waiting behind it.
    if (userListeners.size > 0) subscribeUserData(live);
    events.next({ type: 'socket', socketId: live.socket.id, loggedOn: live.loggedOn });
    flush();
    retireDrained();
  }

  function subscribeUserData(live: Live): void {
    if (live.userSubscription !== undefined || live.userSubscribing || !readyFor(live, true))
      return;
    if (credentials === undefined || (!live.loggedOn && credentials.sign === undefined)) {
      const error = new MissingCredentialsError(
        'userData',
        credentials ? 'sign' : 'apiKey',
        'USER_STREAM',
      );
      for (const listener of [...userListeners]) listener.error(error);
      return;
    }
    live.userSubscribing = true;
    const method = live.loggedOn ? USER_DATA_SUBSCRIBE : USER_DATA_SUBSCRIBE_SIGNED;
    const send = (params: WsParams) => {
      const sent = transmit(live, method, params, (response) => {
        live.userSubscribing = false;
        const outcome = outcomeOf(response, { operation: 'userData', method, params: {} });
        if (outcome instanceof BinanceRxError) {
          if (live.open) for (const listener of [...userListeners]) listener.error(outcome);
          return;
        }
        live.userSubscription = (outcome.result as { subscriptionId: number }).subscriptionId;
        log.info('user data stream subscribed', {
          socket: live.socket.id,
          subscriptionId: live.userSubscription,
        });
        if (userListeners.size === 0) unsubscribeUserData(live);
        retireDrained();
      });
      if (sent === undefined) live.userSubscribing = false;
    };
    if (live.loggedOn) send({});
    else {
      const signed = signParams(
        { apiKey: credentials.apiKey, ...timingParams(now(), config.recvWindow) },
        credentials,
      );
      if (signed instanceof Promise)
        signed.then(send, (error: unknown) =>
          report(new BinanceRxError('MISSING_CREDENTIALS', `signer failed: ${String(error)}`)),
        );
      else send(signed);
    }
  }

  function unsubscribeUserData(live: Live): void {
    const subscriptionId = live.userSubscription;
    if (subscriptionId === undefined) return;
    live.userSubscription = undefined;
    transmit(live, USER_DATA_UNSUBSCRIBE, { subscriptionId }, () => retireDrained());
  }

  function deliver(live: Live, frame: WsApiSubscriptionEvent): void {
    if (frame.subscriptionId !== live.userSubscription) {
      log.debug('event of another subscription', {
        socket: live.socket.id,
        subscriptionId: frame.subscriptionId,
      });
      return;
    }
    if (retiring.size > 0) {
      const key = JSON.stringify(frame.event);
      if (seenDuringOverlap.has(key)) return;
      seenDuringOverlap.add(key);
    }
    const message: UserDataMessage = { subscriptionId: frame.subscriptionId, event: frame.event };
    for (const listener of [...userListeners]) listener.next(message);
    if (frame.event.e === 'eventStreamTerminated') {
      live.userSubscription = undefined;
      if (live === current && userListeners.size > 0) subscribeUserData(live);
    }
  }

  /** Closes retiring sockets once the replacement is ready and their requests are answered. */
  function retireDrained(): void {
    if (retiring.size === 0 || current === undefined || !readyFor(current, logsOn)) return;
    if (userListeners.size > 0 && current.userSubscription === undefined) return;
    for (const old of [...retiring]) {
      if (old.pending.size > 0) continue;
      retiring.delete(old);
      old.socket.dispose('replaced');
      log.info('replaced', { socket: old.socket.id, by: current.socket.id });
    }
    if (retiring.size === 0) seenDuringOverlap = new Set();
  }

  function failPending(live: Live, error: BinanceRxError): void {
    const answers = [...live.pending.values()];
    live.pending.clear();
    for (const answer of answers) answer(error);
  }

  function open(): void {
    sockets += 1;
    const id = sockets;
    log.info('connecting', { attempt, socket: id });
    status({ status: 'connecting', attempt });
    let live: Live;
    try {
      live = {
        socket: openWsApiSocket(id, config.socket, {
          open: () => {
            config.openFailures.opened();
            live.open = true;
            attempt = 0;
            status({ status: 'open' });
            if (logsOn) logon(live);
            else ready(live);
          },
          response: (frame) => respond(live, frame),
          event: (frame) => deliver(live, frame),
          shutdown: () => rotate(live),
          error: report,
          close: (code, reason) => closed(live, code, reason),
        }),
        open: false,
        loggedOn: false,
        pending: new Map(),
        userSubscribing: false,
      };
    } catch (cause) {
      scheduleReconnect(cause instanceof Error ? cause.message : String(cause));
      return;
    }
    current = live;
  }

  function rotate(live: Live): void {
    if (live !== current) return;
    log.warn('server shutting down; opening a replacement socket', { socket: live.socket.id });
    current = undefined;
    retiring.add(live);
    const deadline = scheduler.schedule(() => {
      if (!retiring.delete(live)) return;
      failPending(live, new ConnectionClosedError(1001, 'serverShutdown'));
      live.socket.dispose('replaced');
    }, requestTimeoutMs);
    running?.add(deadline);
    open();
  }

  function closed(live: Live, code: number, reason: string): void {
    live.open = false;
    failPending(live, new ConnectionClosedError(code, reason));
    if (retiring.delete(live)) return;
    if (live !== current) return;
    current = undefined;
    report(new ConnectionClosedError(code, reason));
    scheduleReconnect(`closed (${code}${reason ? `: ${reason}` : ''})`);
  }

  function scheduleReconnect(reason: string): void {
    if (running === undefined || running.closed) return;
    if (config.reconnect === false) {
      config.openFailures.closed(config.socket.url, reason, undefined);
      finish(reason, new ConnectionClosedError(1006, reason));
      return;
    }
    attempt += 1;
    const delayMs = backoffDelay(attempt, config.reconnect, config.random);
    config.openFailures.closed(config.socket.url, reason, delayMs);
    log.info('reconnecting', { attempt, delayMs, reason });
    status({ status: 'reconnecting', attempt, delayMs, reason });
    running.add(scheduler.schedule(open, delayMs));
  }

  /** Ends the session: fails everything still waiting, closes every socket, says why. */
  function finish(reason: string, error: BinanceRxError): void {
    const lifecycle = running;
    running = undefined;
    stop(error);
    log.info('closed', { reason });
    status({ status: 'closed', reason });
    lifecycle?.unsubscribe();
  }

  /** Fails everything still waiting and closes every socket. */
  function stop(error: BinanceRxError): void {
    for (const waiter of [...waiters]) waiter.fail(error);
    waiters.clear();
    for (const live of [current, ...retiring]) {
      if (live === undefined) continue;
      failPending(live, error);
      live.socket.dispose();
    }
    retiring.clear();
    current = undefined;
  }

  const observable = new Observable<WsApiSessionEvent>((subscriber) =>
    events.subscribe(subscriber),
  );
  const userData$ = new Observable<UserDataMessage>((subscriber) => {
    userListeners.add(subscriber);
    if (current !== undefined) subscribeUserData(current);
    return () => {
      userListeners.delete(subscriber);
      if (userListeners.size === 0 && current !== undefined) unsubscribeUserData(current);
    };
  });

  const session: WsApiSession = Object.assign(observable, {
    connect(): Subscription {
      if (running !== undefined && !running.closed) return running;
      const lifecycle = new Subscription(() => {
        if (running === lifecycle)
          finish('closed by client', new ConnectionClosedError(1000, 'closed by client'));
      });
      running = lifecycle;
      open();
      return lifecycle;
    },
    request,
    rateLimits$: rateLimits.asObservable(),
    userData: () => userData$,
    timeOffsetMs: 0,
  });
  return session;
}
