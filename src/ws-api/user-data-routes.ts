/**
 * The user data subscriptions of one WebSocket API socket (`web-socket-api.md`, "User Data Stream
 * subscription": one per account, each with its own `subscriptionId`): which account each
 * `subscriptionId` belongs to, which accounts are being subscribed, and the ids the session held
 * and gave up (their last events, and the `eventStreamTerminated` of an unsubscribe, may still
 * come). Ids are per socket, so an event is only ever routed with the table of the socket it came
 * on: during a handover or after a reconnect, the same id on two sockets names two subscriptions.
 */

/** Ids kept as "reported" per socket; beyond, unknown ids are only logged. */
const MAX_REPORTED = 1024;

/** Who an event of a `subscriptionId` is for. */
export type Route =
  | { readonly kind: 'account'; readonly account: string }
  /** The session held it and let it go (unsubscribed, terminated). */
  | { readonly kind: 'retired' }
  /** Never held on this socket; `first`: the first event of this id here. */
  | { readonly kind: 'unknown'; readonly first: boolean };

export class UserDataRoutes {
  private readonly accounts = new Map<number, string>();
  private readonly ids = new Map<string, number>();
  private readonly subscribing = new Set<string>();
  private readonly retired = new Set<number>();
  private readonly reported = new Set<number>();

  /** The subscription of `account` on this socket, once Binance confirmed it. */
  idOf(account: string): number | undefined {
    return this.ids.get(account);
  }

  /** The account a confirmed `subscriptionId` belongs to here. */
  accountOf(subscriptionId: number): string | undefined {
    return this.accounts.get(subscriptionId);
  }

  /** `account` is subscribed or being subscribed here. */
  holds(account: string): boolean {
    return this.ids.has(account) || this.subscribing.has(account);
  }

  /** A subscription request for `account` is on its way. */
  begin(account: string): void {
    this.subscribing.add(account);
  }

  /** The subscription request for `account` ended without a subscription. */
  abandon(account: string): void {
    this.subscribing.delete(account);
  }

  /** Binance confirmed `account`'s subscription as `subscriptionId`. */
  add(account: string, subscriptionId: number): void {
    this.subscribing.delete(account);
    this.ids.set(account, subscriptionId);
    this.accounts.set(subscriptionId, account);
    this.retired.delete(subscriptionId);
  }

  /** Forgets `account`'s subscription; returns its id (undefined when it had none). */
  remove(account: string): number | undefined {
    const subscriptionId = this.ids.get(account);
    if (subscriptionId === undefined) return undefined;
    this.ids.delete(account);
    this.accounts.delete(subscriptionId);
    this.retired.add(subscriptionId);
    return subscriptionId;
  }

  route(subscriptionId: number): Route {
    const account = this.accounts.get(subscriptionId);
    if (account !== undefined) return { kind: 'account', account };
    if (this.retired.has(subscriptionId)) return { kind: 'retired' };
    const first = !this.reported.has(subscriptionId) && this.reported.size < MAX_REPORTED;
    if (first) this.reported.add(subscriptionId);
    return { kind: 'unknown', first };
  }
}
