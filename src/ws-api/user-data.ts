/**
 * One account's user data stream on a WebSocket API session: subscribed on the server while
 * someone listens, again on every new socket and after `eventStreamTerminated`, unsubscribed (by
 * its `subscriptionId`) when the last listener leaves. The session's own account subscribes with
 * `userDataStream.subscribe` when the socket is logged on; every other account (and the own one
 * otherwise) with `userDataStream.subscribe.signature`, signed by that account's signer. A failed
 * subscription — Binance refused it, the signer failed (`SignerError`), the answer has no
 * numeric `subscriptionId` (`MalformedMessageError`), or no answer came within `requestTimeoutMs`
 * (`RequestTimeoutError`) — errors this account's listeners only; the next attempt waits for the
 * backoff delay, so a listener that retries is not a busy loop. Which account an event belongs to
 * is the socket's `UserDataRoutes`' business (user-data-feeds.ts).
 * A listen token stream (listen-token-feed.ts) is this feed with another subscription `request`,
 * and the `accepted` / `terminated` hooks for its renewals and expiries.
 */
import { map, Observable, type Subscription } from 'rxjs';
import {
  BinanceRxError,
  ConnectionClosedError,
  InvalidOptionError,
  MissingCredentialsError,
} from '../errors';
import { DEFAULT_BACKOFF, type BackoffConfig } from '../connection/backoff';
import type { Credentials } from '../signing/credentials';
import { timingParams } from '../signing/sign-request';
import { AttemptCounter } from '../supervisor/attempts';
import { answerOf, subscriptionIdOf } from './answer';
import { stringifyShallow } from '../socket/bounded-json';
import type { WsApiSubscriptionEvent } from './frames';
import type { ResolvedWsApiOptions } from './options';
import { signParams, type WsParams } from './sign-params';
import type { WsApiLink } from './socket';
import { guardedTimer } from '../supervisor/guard';

/** A user data event as Binance delivers it on the WebSocket API. */
export type UserDataMessage = Omit<WsApiSubscriptionEvent, 'kind'>;

const SUBSCRIBE = 'userDataStream.subscribe';
const SUBSCRIBE_SIGNED = 'userDataStream.subscribe.signature';
const UNSUBSCRIBE = 'userDataStream.unsubscribe';

/** A subscription request: the method and its parameters (signed when it needs it). */
export interface SubscribeRequest {
  readonly method: string;
  readonly params: WsParams;
}

interface Listener {
  next(message: UserDataMessage): void;
  error(error: unknown): void;
}

export interface UserDataContext {
  readonly config: ResolvedWsApiOptions;
  now(): number;
  /** The socket new work goes to, if it is open and ready for authenticated requests. */
  current(): WsApiLink | undefined;
}

/** Whose stream a feed is: its key in every socket's routes, and how it subscribes. */
export interface UserDataAccount {
  /** The API key (`''` for a session without credentials). */
  readonly key: string;
  /** The session's own account: `userDataStream.subscribe` when the socket is logged on. */
  readonly own: boolean;
  /** Signs `userDataStream.subscribe.signature`; a later first listener may bring others. */
  credentials: Credentials | undefined;
}

export class UserDataFeed {
  protected readonly listeners = new Set<Listener>();
  private readonly failures: AttemptCounter;
  private cooldown: Subscription | undefined;
  /** Events seen during a handover, when both sockets deliver them. */
  private seen: Set<string> | undefined;

  constructor(
    protected readonly context: UserDataContext,
    readonly account: UserDataAccount,
  ) {
    const { config } = context;
    this.failures = new AttemptCounter(defaults(config), config.random, config.socket.scheduler);
  }

  get listening(): boolean {
    return this.listeners.size > 0;
  }

  /** Listening, and not waiting out a failure: a new socket is ready only once this is subscribed. */
  get wanted(): boolean {
    return this.listening && this.cooldown === undefined;
  }

  readonly observable = new Observable<UserDataMessage>((subscriber) => {
    this.listeners.add(subscriber);
    const link = this.context.current();
    if (link !== undefined) this.subscribe(link);
    return () => {
      this.listeners.delete(subscriber);
      const current = this.context.current();
      if (this.listeners.size === 0 && current !== undefined) this.unsubscribe(current);
    };
  });

  /** Frames may now come twice (`start`), or not any more (`end`). */
  handover(phase: 'start' | 'end'): void {
    this.seen = phase === 'start' ? new Set() : undefined;
  }

  /** Subscribes on `link` (ready for authenticated requests) if someone listens. */
  subscribe(link: WsApiLink): void {
    if (this.listeners.size === 0 || this.cooldown !== undefined) return;
    const { key } = this.account;
    if (link.userData.holds(key)) return;
    const request = this.request(link);
    if (request instanceof BinanceRxError) return this.fail(request);
    link.userData.begin(key);
    const running = request.subscribe({
      next: ({ method, params }) => this.send(link, method, params),
      error: (error: unknown) => this.failed(link, error as BinanceRxError),
    });
    link.timers.add(running);
  }

  /**
   * The subscription request for `link`: `userDataStream.subscribe` when the session's own
   * account is logged on there, `userDataStream.subscribe.signature` signed by the account's
   * signer otherwise; an error when there is nothing to sign with.
   */
  protected request(link: WsApiLink): Observable<SubscribeRequest> | BinanceRxError {
    const { credentials, own } = this.account;
    const logon = own && link.loggedOn;
    if (credentials === undefined || (!logon && credentials.sign === undefined)) {
      const missing = credentials ? 'sign' : 'apiKey';
      return new MissingCredentialsError('userData', missing, 'USER_STREAM');
    }
    const method = logon ? SUBSCRIBE : SUBSCRIBE_SIGNED;
    return this.params(logon, credentials).pipe(map((params) => ({ method, params })));
  }

  /** Binance confirmed a subscription on `link` and someone still listens (`result`: its answer). */
  protected accepted(_link: WsApiLink, _result: unknown): void {}

  /** Binance ended this account's subscription on `link` (`eventStreamTerminated`). */
  protected terminated(_link: WsApiLink): void {}

  unsubscribe(link: WsApiLink): void {
    const subscriptionId = link.userData.remove(this.account.key);
    if (subscriptionId === undefined) return;
    link.transmit(UNSUBSCRIBE, { subscriptionId }, () => {});
  }

  /** An event of this account's subscription on `link`. */
  deliver(link: WsApiLink, frame: WsApiSubscriptionEvent): void {
    if (this.seen !== undefined) {
      // Bounded: an event nested too deep to stringify safely is delivered without the check.
      const key = stringifyShallow(frame.event);
      if (key !== undefined && this.seen.has(key)) return;
      if (key !== undefined) this.seen.add(key);
    }
    const message: UserDataMessage = { subscriptionId: frame.subscriptionId, event: frame.event };
    for (const listener of [...this.listeners]) listener.next(message);
    if (frame.event.e === 'eventStreamTerminated') {
      link.userData.remove(this.account.key);
      this.terminated(link);
      if (link === this.context.current()) this.subscribe(link);
    }
  }

  /** Cancels a pending retry (the session ended; a later `connect()` starts afresh). */
  dispose(): void {
    this.cooldown?.unsubscribe();
    this.cooldown = undefined;
    this.failures.reset();
  }

  private params(logon: boolean, credentials: Credentials): Observable<WsParams> {
    const { config, now } = this.context;
    if (logon) return new Observable((s) => (s.next({}), s.complete()));
    const params = { apiKey: credentials.apiKey, ...timingParams(now(), config.recvWindow) };
    const signing = {
      operation: 'userData',
      scheduler: config.socket.scheduler,
      signTimeoutMs: config.signTimeoutMs,
    };
    return signParams(params, credentials, signing);
  }

  /** Sends a subscription request on `link` and reads its answer. */
  protected send(
    link: WsApiLink,
    method: string,
    params: WsParams,
    answered: (result: unknown, id: number) => void = (result, id) =>
      this.subscribed(link, id, result),
    failed: (error: BinanceRxError) => void = (error) => this.failed(link, error),
  ): void {
    link.request(method, params, (response) => {
      const outcome =
        response instanceof BinanceRxError
          ? response
          : answerOf(response, { operation: 'userData', method, params: {} });
      const id = outcome instanceof BinanceRxError ? outcome : subscriptionIdOf(outcome, method);
      if (id instanceof BinanceRxError) return failed(id);
      answered((outcome as { result: unknown }).result, id);
    });
  }

  private subscribed(link: WsApiLink, subscriptionId: number, result: unknown): void {
    const holder = link.userData.accountOf(subscriptionId);
    if (holder !== undefined && holder !== this.account.key) {
      // Two streams of this session answered with one subscription (two listen token sources
      // of one margin account): its events cannot be told apart, so this one stops here.
      const rule = `names the stream subscription ${subscriptionId} another userData() of this session holds; share one source`;
      return this.failed(link, new InvalidOptionError('userData', 'listenToken', rule));
    }
    link.userData.add(this.account.key, subscriptionId);
    this.failures.reset();
    this.context.config.socket.logger.info('user data stream subscribed', {
      socket: link.id,
      subscriptionId,
    });
    if (this.listeners.size === 0) this.unsubscribe(link);
    else this.accepted(link, result);
    link.socket.check();
  }

  protected failed(link: WsApiLink, error: BinanceRxError): void {
    link.userData.abandon(this.account.key);
    // The socket went: the stream is subscribed again on the next one, nobody needs to know.
    if (error instanceof ConnectionClosedError && !link.open) return;
    this.fail(error);
  }

  /** Errors every listener of this account; the next attempt waits for the backoff delay. */
  private fail(error: BinanceRxError): void {
    const delayMs = this.failures.failed()?.delayMs ?? 0;
    const { scheduler } = this.context.config.socket;
    // What the subscription throws errors the listeners, like a failed one, and waits again.
    const retry = (thrown: BinanceRxError) => this.fail(thrown);
    this.cooldown = guardedTimer(
      scheduler,
      'user data retry',
      retry,
      () => {
        this.cooldown = undefined;
        const link = this.context.current();
        if (link !== undefined) this.subscribe(link);
      },
      delayMs,
    );
    for (const listener of [...this.listeners]) listener.error(error);
  }
}

/** The session's backoff (Binance's default when it does not reconnect), never giving up. */
function defaults(config: ResolvedWsApiOptions): BackoffConfig {
  const backoff = config.reconnect === false ? DEFAULT_BACKOFF : config.reconnect;
  return { ...backoff, maxAttempts: Number.POSITIVE_INFINITY };
}
