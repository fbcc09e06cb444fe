/**
 * The state of one WebSocket API connection that the `session.*` and `userDataStream.*` methods
 * act on (`web-socket-api.md`, "Session Authentication"): the logged-on key, when the connection
 * opened, its `returnRateLimits` default and its user data stream subscriptions. The WebSocket API
 * transport hands it to handlers in their call context (`sessionOf`).
 */
import { errors } from '../api/errors';
import type { CallContext, Caller } from '../api/method';
import type { UserStreamSubscriptions } from './subscriptions';

/** The key a connection logged on with (`session.logon`). */
export interface Logon extends Caller {
  /** The logon request's `timestamp`, as Binance reports `authorizedSince`. */
  readonly since: number;
}

/** `session.logon` / `session.status` / `session.logout` results. */
export interface SessionStatus {
  readonly apiKey: string | null;
  readonly authorizedSince: number | null;
  readonly connectedSince: number;
  readonly returnRateLimits: boolean;
  readonly serverTime: number;
  readonly userDataStream: boolean;
}

export class WsApiSession {
  private current: Logon | undefined;

  constructor(
    /** When the connection opened, ms. */
    readonly connectedSince: number,
    /** The connection's default (`?returnRateLimits=false` turns it off). */
    readonly returnRateLimits: boolean,
    readonly subscriptions: UserStreamSubscriptions,
  ) {}

  get logon(): Logon | undefined {
    return this.current;
  }

  /** Logs on with `caller`'s key; another key ends the subscription bound to the previous one. */
  logOn(caller: Caller, since: number, now: number): void {
    if (this.current !== undefined && this.current.apiKey !== caller.apiKey) {
      this.subscriptions.endAll(now, 'logon');
    }
    this.current = { apiKey: caller.apiKey, accountId: caller.accountId, since };
  }

  /** Forgets the key; only the subscription made with `userDataStream.subscribe` ends. */
  logOut(now: number): void {
    if (this.current === undefined) return;
    this.subscriptions.endAll(now, 'logon');
    this.current = undefined;
  }

  status(now: number): SessionStatus {
    return {
      apiKey: this.current?.apiKey ?? null,
      authorizedSince: this.current?.since ?? null,
      connectedSince: this.connectedSince,
      returnRateLimits: this.returnRateLimits,
      serverTime: now,
      userDataStream: this.subscriptions.size > 0,
    };
  }
}

/** The call context the WebSocket API gives handlers: the usual one plus the connection's session. */
export interface WsApiCallContext extends CallContext {
  readonly session: WsApiSession;
}

/** The session of a WebSocket API call (these methods have no REST binding, so there is one). */
export function sessionOf(ctx: CallContext): WsApiSession {
  const session = (ctx as Partial<WsApiCallContext>).session;
  if (session === undefined) throw errors.unknown();
  return session;
}
