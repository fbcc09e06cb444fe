/**
 * The user data streams of every account on one WebSocket API session (Binance since 2025-08-12:
 * several accounts per connection, one subscription per account). `observable()` is the session's
 * own account, `observable(credentials)` another account's, signed by its own signer; listeners of
 * one account (by API key) share one feed and so one subscription per socket (credentials with the
 * session's own API key are the session's account). Each event goes to the feed its socket's
 * routes name for its `subscriptionId`, and to no other. An event of an id the session gave up is
 * dropped with a debug line; one of an id it never held on that socket is reported once per socket
 * and id as an `UnexpectedUserDataError` event, then dropped.
 */
import { Observable, throwError } from 'rxjs';
import { InvalidOptionError, UnexpectedUserDataError, type BinanceRxError } from '../errors';
import type { Credentials } from '../signing/credentials';
import type { WsApiSubscriptionEvent } from './frames';
import { ListenTokenFeed, type ListenTokenSource } from './listen-token-feed';
import type { WsApiLink } from './socket';
import { UserDataFeed, type UserDataContext, type UserDataMessage } from './user-data';

export interface UserDataFeedsContext extends UserDataContext {
  /** Reports a session error event. */
  report(error: BinanceRxError): void;
}

export class UserDataFeeds {
  private readonly own: UserDataFeed;
  /**
   * Other accounts' feeds by API key. Kept when nobody listens (one small object per account
   * used): a subscription still being answered then finds the feed a new listener joined.
   */
  private readonly others = new Map<string, UserDataFeed>();
  /** Listen token streams by their source object (one subscription per source and socket). */
  private readonly byToken = new Map<ListenTokenSource, ListenTokenFeed>();
  private handingOver = false;

  constructor(private readonly context: UserDataFeedsContext) {
    const credentials = context.config.credentials;
    this.own = new UserDataFeed(context, {
      key: credentials?.apiKey ?? '',
      own: true,
      credentials,
    });
  }

  /** The session's own account, (`credentials`) another one, or a listen token stream. */
  observable(source?: Credentials | ListenTokenSource): Observable<UserDataMessage> {
    if (source === undefined) return this.own.observable;
    if (isTokenSource(source)) return this.tokenStream(source);
    const credentials = source;
    const problem = problemOf(credentials);
    if (problem !== undefined) {
      const [option, rule] = problem;
      return throwError(() => new InvalidOptionError('userData', option, rule));
    }
    if (credentials.apiKey === this.own.account.key) return this.own.observable;
    return new Observable<UserDataMessage>((subscriber) =>
      this.feedOf(credentials).observable.subscribe(subscriber),
    );
  }

  /** Every account that is listened to (and not waiting out a failure) is subscribed on `link`. */
  readyOn(link: WsApiLink): boolean {
    return this.all().every(
      (feed) => !feed.wanted || link.userData.idOf(feed.account.key) !== undefined,
    );
  }

  /** Subscribes every account listened to on `link` (ready for authenticated requests). */
  subscribe(link: WsApiLink): void {
    for (const feed of this.all()) feed.subscribe(link);
  }

  /** Routes an event by the `subscriptionId` of the socket it came on. */
  deliver(link: WsApiLink, frame: WsApiSubscriptionEvent): void {
    const route = link.userData.route(frame.subscriptionId);
    const feed = route.kind === 'account' ? this.feedByKey(route.account) : undefined;
    if (feed !== undefined) return feed.deliver(link, frame);
    const detail = { socket: link.id, subscriptionId: frame.subscriptionId, event: frame.event.e };
    if (route.kind === 'unknown' && route.first) {
      this.context.report(new UnexpectedUserDataError(frame.subscriptionId, link.id));
    } else this.context.config.socket.logger.debug('event of a subscription let go', detail);
  }

  handover(phase: 'start' | 'end'): void {
    this.handingOver = phase === 'start';
    for (const feed of this.all()) feed.handover(phase);
  }

  dispose(): void {
    for (const feed of this.all()) feed.dispose();
  }

  private all(): UserDataFeed[] {
    return [this.own, ...this.others.values(), ...this.byToken.values()];
  }

  /** The stream of a listen token source; every subscriber of the same source shares it. */
  private tokenStream(source: ListenTokenSource): Observable<UserDataMessage> {
    const renewBeforeMs = source.renewBeforeMs;
    if (renewBeforeMs !== undefined && !(Number.isFinite(renewBeforeMs) && renewBeforeMs >= 0)) {
      const rule = 'must be a finite number of ms, 0 or more';
      return throwError(() => new InvalidOptionError('userData', 'renewBeforeMs', rule));
    }
    let feed = this.byToken.get(source);
    if (feed === undefined) {
      const account = {
        key: `listenToken#${this.byToken.size + 1}`,
        own: false,
        credentials: undefined,
      };
      feed = new ListenTokenFeed(this.context, account, source, this.context.report);
      if (this.handingOver) feed.handover('start');
      this.byToken.set(source, feed);
    }
    return feed.observable;
  }

  private feedByKey(key: string): UserDataFeed | undefined {
    if (key === this.own.account.key) return this.own;
    return this.others.get(key) ?? [...this.byToken.values()].find((f) => f.account.key === key);
  }

  /** The feed of `credentials.apiKey`; its first listener's credentials sign for it. */
  private feedOf(credentials: Credentials): UserDataFeed {
    const existing = this.others.get(credentials.apiKey);
    if (existing !== undefined) {
      if (!existing.listening) existing.account.credentials = credentials;
      return existing;
    }
    const account = { key: credentials.apiKey, own: false, credentials };
    const feed = new UserDataFeed(this.context, account);
    if (this.handingOver) feed.handover('start');
    this.others.set(account.key, feed);
    return feed;
  }
}

/** `{ listenToken }` rather than credentials. */
const isTokenSource = (source: object): source is ListenTokenSource =>
  typeof source === 'object' &&
  source !== null &&
  typeof (source as { listenToken?: unknown }).listenToken === 'function';

/** What is wrong with another account's credentials: `[option, rule]`. */
function problemOf(credentials: Credentials): [string, string] | undefined {
  if (typeof credentials !== 'object' || credentials === null) {
    return ['credentials', 'must be an object {apiKey, sign}'];
  }
  const { apiKey, sign } = credentials as { apiKey?: unknown; sign?: unknown };
  if (typeof apiKey !== 'string' || apiKey === '') {
    return ['credentials.apiKey', 'must be a non-empty string'];
  }
  if (typeof sign !== 'function') {
    return ['credentials.sign', 'must be a signer function (userDataStream.subscribe.signature)'];
  }
  return undefined;
}
