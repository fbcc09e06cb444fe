/**
 * What an order is placed on and followed through: a WebSocket API session (Spot's
 * `addOrderFactory`), or a REST client with a listen-key user data stream (USDⓈ-M's
 * `usdmOrderFactory`, which also places on a futures `wsApiSession`). `wsApiSession` is one as it
 * is.
 */
import type { Observable, Unsubscribable } from 'rxjs';
import type { OperationDescriptor } from '../operations/descriptor';
import type { UserDataMessage } from '../ws-api/session';

/**
 * The venue's own news the order cares about: `{type: 'socket'}` a new connection (reports may
 * have been missed while none was open: a working order is looked up), `{type: 'status',
 * status: 'closed'}` the venue ended for good (an order in flight ends with
 * OrderOutcomeUnknownError).
 */
export interface OrderVenueEvent {
  readonly type: string;
  readonly status?: unknown;
}

export interface OrderVenue {
  /** Sends one request per subscription; emits its answer, then completes. */
  request<P extends object, R>(descriptor: OperationDescriptor<P, R>, params: P): Observable<R>;
  /** The account's user data, with the order reports (the same Observable each time). */
  userData(): Observable<UserDataMessage>;
  subscribe(next: (event: OrderVenueEvent) => void): Unsubscribable;
}
