/**
 * The user data stream subscriptions of one WebSocket API connection (`web-socket-api.md`, "User
 * Data Stream subscription"): ids counted from 0 per connection, one active subscription per
 * account, at most 1000 active and 65 535 over the connection's life. Each delivers the account's
 * events as `{subscriptionId, event}`; ending one sends `eventStreamTerminated` on it
 * (`user-data-stream.md`, "Event Stream Terminated").
 */
import { ApiError } from '../api/errors';
import type { UserEvents } from '../engine/user-events';

/**
 * How a subscription started: bound to the session's logon, by a signed request, or with a
 * margin account's listen token (ends at the token's expiry unless a newer token extends it).
 */
export type SubscriptionKind = 'logon' | 'signature' | 'listenToken';

/** Active subscriptions per connection (Binance: 1000). */
export const MAX_ACTIVE = 1000;
/** Subscriptions per connection over its lifetime (Binance: 65 535). */
export const MAX_LIFETIME = 65_535;

interface Active {
  readonly accountId: string;
  readonly kind: SubscriptionKind;
  readonly stop: () => void;
  /** The listen token's expiry timer. */
  expiry?: NodeJS.Timeout;
}

export class UserStreamSubscriptions {
  private readonly active = new Map<number, Active>();
  private started = 0;

  constructor(
    private readonly userEvents: UserEvents,
    /** Sends one frame on the connection. */
    private readonly send: (message: object) => void,
  ) {}

  /** Starts delivering `accountId`'s events; returns the new subscription's id. */
  start(accountId: string, kind: SubscriptionKind): number {
    for (const subscription of this.active.values()) {
      if (subscription.accountId === accountId) {
        throw new ApiError(-2035, 'User Data Stream subscription already active.');
      }
    }
    if (this.active.size >= MAX_ACTIVE) {
      throw new ApiError(
        -1191,
        `Too many subscriptions. Connection may create up to '${MAX_ACTIVE}' subscriptions at a time.`,
      );
    }
    if (this.started >= MAX_LIFETIME) {
      throw new ApiError(-2042, 'Maximum subscription ID reached for this connection.');
    }
    const subscriptionId = this.started++;
    const stop = this.userEvents.listen(accountId, (event) => this.send({ subscriptionId, event }));
    this.active.set(subscriptionId, { accountId, kind, stop });
    return subscriptionId;
  }

  /**
   * Starts (or, for an account already subscribed here by listen token, extends) the listen token
   * subscription of `accountId` until `expirationTime`; returns its id.
   */
  startListenToken(accountId: string, expirationTime: number, now: number): number {
    let subscriptionId = [...this.active].find(
      ([, s]) => s.accountId === accountId && s.kind === 'listenToken',
    )?.[0];
    subscriptionId ??= this.start(accountId, 'listenToken');
    const subscription = this.active.get(subscriptionId)!;
    clearTimeout(subscription.expiry);
    const id = subscriptionId;
    // Never before the expiry: a timer runs on the monotonic clock and may fire while the wall
    // clock (the event's `E`) is still a millisecond short of it; then it waits the rest.
    const expire = (delay: number) => {
      subscription.expiry = setTimeout(() => {
        const at = Date.now();
        if (at < expirationTime) expire(expirationTime - at);
        else this.end(id, at);
      }, delay);
      subscription.expiry.unref();
    };
    expire(expirationTime - now);
    return subscriptionId;
  }

  has(subscriptionId: number): boolean {
    return this.active.has(subscriptionId);
  }

  /** Active subscription ids, oldest first. */
  ids(): number[] {
    return [...this.active.keys()];
  }

  get size(): number {
    return this.active.size;
  }

  /** Ends one subscription with `eventStreamTerminated`; false when it is not active. */
  end(subscriptionId: number, now: number): boolean {
    const subscription = this.active.get(subscriptionId);
    if (subscription === undefined) return false;
    subscription.stop();
    clearTimeout(subscription.expiry);
    this.active.delete(subscriptionId);
    this.send({ subscriptionId, event: { e: 'eventStreamTerminated', E: now } });
    return true;
  }

  /** Ends every subscription of `kind` (every one when `kind` is left out). */
  endAll(now: number, kind?: SubscriptionKind): void {
    for (const [subscriptionId, subscription] of [...this.active]) {
      if (kind === undefined || subscription.kind === kind) this.end(subscriptionId, now);
    }
  }

  /** Stops listening without telling anyone (the connection is gone). */
  dispose(): void {
    for (const subscription of this.active.values()) {
      subscription.stop();
      clearTimeout(subscription.expiry);
    }
    this.active.clear();
  }
}
