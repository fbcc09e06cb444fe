/**
 * A user data stream opened with a listen token (Binance's margin docs, "listenToken Subscription
 * Methods"): the margin account's `executionReport`, `outboundAccountPosition`, `balanceUpdate`
 * and `listStatus` on the Spot WebSocket API. Each subscription asks the token source for a token
 * (`createMarginListenTokenHttp`, usually) and sends `userDataStream.subscribe.listenToken`. Binance
 * does not renew it: before `expirationTime` (by `renewBeforeMs`, at most half the time left) a new
 * token is subscribed the same way, which extends the subscription. A failed renewal is reported
 * (`ListenTokenError`, phase `renew`) and tried again at half the time left; a subscription that
 * expires all the same (Binance's `eventStreamTerminated`, or its `expirationTime` passing) is
 * reported (`ListenTokenExpiredError`) and subscribed again with a new token. Every timer runs on
 * the session's scheduler and belongs to the socket, so it ends with it.
 */
import { defer, map, Observable, take, timeout, type Subscription } from 'rxjs';
import {
  ConnectionClosedError,
  ListenTokenError,
  ListenTokenExpiredError,
  type BinanceRxError,
} from '../errors';
import type { WsApiLink } from './socket';
import {
  UserDataFeed,
  type SubscribeRequest,
  type UserDataAccount,
  type UserDataContext,
} from './user-data';
import { guardedTimer } from '../supervisor/guard';

/** A listen token as `POST /sapi/v1/userListenToken` answers it. */
export interface ListenToken {
  readonly token: string;
  /** When the token (and a subscription made with it) expires, ms. */
  readonly expirationTime: number;
}

/** Where a listen token stream gets its tokens, and when it renews them. */
export interface ListenTokenSource {
  /**
   * Creates a token; its first value is used. Usually `() => createMarginListenTokenHttp({},
   * client)`, or `{ isIsolated: true, symbol }` for an isolated margin account.
   */
  readonly listenToken: () => Observable<ListenToken>;
  /** How long before `expirationTime` to renew, ms (default 300 000; at most half the time left). */
  readonly renewBeforeMs?: number;
}

const SUBSCRIBE_LISTEN_TOKEN = 'userDataStream.subscribe.listenToken';
const UNSUBSCRIBE = 'userDataStream.unsubscribe';
export const DEFAULT_RENEW_BEFORE_MS = 300_000;
/** Below this much time left a failed renewal is not tried again: the subscription expires. */
const LAST_RENEWAL_MS = 1_000;

export class ListenTokenFeed extends UserDataFeed {
  /** The renewal and expiry timers of the current subscription. */
  private timers: Subscription | undefined;
  private expiresAt: number | undefined;
  /** The token of the subscription request on its way (its expiry, if the answer has none). */
  private sent: ListenToken | undefined;

  constructor(
    context: UserDataContext,
    account: UserDataAccount,
    private readonly source: ListenTokenSource,
    private readonly report: (error: BinanceRxError) => void,
  ) {
    super(context, account);
  }

  override unsubscribe(link: WsApiLink): void {
    this.disarm();
    super.unsubscribe(link);
  }

  protected override request(): Observable<SubscribeRequest> {
    return this.token('subscribe').pipe(
      map((token) => {
        this.sent = token;
        return { method: SUBSCRIBE_LISTEN_TOKEN, params: { listenToken: token.token } };
      }),
    );
  }

  protected override accepted(link: WsApiLink, result: unknown): void {
    const expirationTime = expirationOf(result) ?? this.sent?.expirationTime;
    if (expirationTime === undefined) return this.disarm();
    this.arm(link, expirationTime);
  }

  /** Binance ended it: expired (the feed subscribes again right after). */
  protected override terminated(link: WsApiLink): void {
    this.expired(link, false);
  }

  /** Renews at `expirationTime` minus `renewBeforeMs` (at most half the time left); expires then. */
  private arm(link: WsApiLink, expirationTime: number, renewInMs?: number): void {
    this.disarm();
    const { scheduler } = this.context.config.socket;
    const left = Math.max(0, expirationTime - this.context.now());
    const before = Math.min(this.source.renewBeforeMs ?? DEFAULT_RENEW_BEFORE_MS, left / 2);
    this.expiresAt = expirationTime;
    const { report } = this;
    const renewAt = renewInMs ?? left - before;
    const timers = guardedTimer(
      scheduler,
      'listen token renewal',
      report,
      () => this.renew(link),
      renewAt,
    );
    const expiry = () => this.expiredAt(link, expirationTime);
    timers.add(guardedTimer(scheduler, 'listen token expiry', report, expiry, left));
    link.timers.add(timers);
    this.timers = timers;
  }

  private disarm(): void {
    this.timers?.unsubscribe();
    this.timers = undefined;
    this.expiresAt = undefined;
  }

  /** Subscribes a new token on `link`; the same subscription, extended (or a new one, mapped). */
  private renew(link: WsApiLink): void {
    const { key } = this.account;
    const before = link.userData.idOf(key);
    if (before === undefined || !this.listening) return;
    const expiring = this.expiresAt;
    const renewal = this.token('renew').subscribe({
      next: (token) =>
        this.send(
          link,
          SUBSCRIBE_LISTEN_TOKEN,
          { listenToken: token.token },
          (result, id) =>
            this.renewed(link, before, id, expirationOf(result) ?? token.expirationTime),
          (error) => this.renewalFailed(link, expiring, error),
        ),
      error: (error: BinanceRxError) => this.renewalFailed(link, expiring, error),
    });
    link.timers.add(renewal);
  }

  private renewed(link: WsApiLink, before: number, id: number, expirationTime: number): void {
    const routes = link.userData;
    if (routes.idOf(this.account.key) !== before) return; // expired or let go meanwhile
    if (id !== before) {
      // Binance answered with another subscription: the new one carries the events from now on.
      routes.remove(this.account.key);
      routes.add(this.account.key, id);
      link.transmit(UNSUBSCRIBE, { subscriptionId: before }, () => {});
    }
    this.context.config.socket.logger.info('listen token renewed', {
      socket: link.id,
      subscriptionId: id,
      expirationTime,
    });
    this.arm(link, expirationTime);
  }

  /** Reported; tried again at half the time left, unless the subscription is about to expire. */
  private renewalFailed(
    link: WsApiLink,
    expiring: number | undefined,
    error: BinanceRxError,
  ): void {
    // The socket went: the next one subscribes afresh.
    if (error instanceof ConnectionClosedError && !link.open) return;
    const problem =
      error instanceof ListenTokenError
        ? error
        : new ListenTokenError('renew', error.message, expiring, { cause: error });
    this.report(problem);
    if (expiring === undefined || this.expiresAt !== expiring) return;
    const left = expiring - this.context.now();
    if (left > LAST_RENEWAL_MS) this.arm(link, expiring, left / 2);
  }

  /** The expiry timer fired: the subscription was not renewed in time. */
  private expiredAt(link: WsApiLink, expirationTime: number): void {
    if (this.expiresAt !== expirationTime || link.userData.idOf(this.account.key) === undefined) {
      return;
    }
    link.userData.remove(this.account.key);
    this.expired(link, true);
  }

  private expired(link: WsApiLink, resubscribe: boolean): void {
    const expirationTime = this.expiresAt;
    this.disarm();
    this.report(new ListenTokenExpiredError(expirationTime, link.id));
    if (resubscribe && link === this.context.current()) this.subscribe(link);
  }

  /** The first token of the source, checked; every failure a `ListenTokenError` of `phase`. */
  private token(phase: 'subscribe' | 'renew'): Observable<ListenToken> {
    const { config } = this.context;
    const fail = (reason: string, cause?: unknown) =>
      new ListenTokenError(phase, reason, phase === 'renew' ? this.expiresAt : undefined, {
        cause,
      });
    return defer(() => this.source.listenToken()).pipe(
      take(1),
      timeout({
        first: config.requestTimeoutMs,
        scheduler: config.socket.scheduler,
        with: () => {
          throw fail(`the token source gave no token within ${config.requestTimeoutMs} ms`);
        },
      }),
      map((token) => {
        if (isListenToken(token)) return token;
        throw fail('the token source gave no {token, expirationTime}');
      }),
      (tokens) =>
        new Observable<ListenToken>((subscriber) => {
          let given = false;
          return tokens.subscribe({
            next: (token) => ((given = true), subscriber.next(token)),
            complete: () =>
              given
                ? subscriber.complete()
                : subscriber.error(fail('the token source completed without a token')),
            error: (error: unknown) =>
              subscriber.error(
                error instanceof ListenTokenError
                  ? error
                  : fail(`the token source failed: ${messageOf(error)}`, error),
              ),
          });
        }),
    );
  }
}

const isListenToken = (value: unknown): value is ListenToken =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ListenToken).token === 'string' &&
  (value as ListenToken).token !== '' &&
  Number.isFinite((value as ListenToken).expirationTime);

/** The `expirationTime` of a `userDataStream.subscribe.listenToken` answer, if it has one. */
const expirationOf = (result: unknown): number | undefined => {
  const time =
    typeof result === 'object' && result !== null
      ? (result as { expirationTime?: unknown }).expirationTime
      : undefined;
  return typeof time === 'number' && Number.isFinite(time) ? time : undefined;
};

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
