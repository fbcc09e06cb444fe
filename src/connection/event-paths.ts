/**
 * A connection's events, each kind on a path of its own, so that what one kind costs does not grow
 * with the subscribers of the others. A message reaches the subscribers of the whole connection
 * and of its messages (`keepMessagesOnly()`: usually one, the stream router), never the N
 * subscriptions waiting for new sockets (`filterNewSocketOnly()`), nor those watching status or
 * errors. The operators in src/operators/ find these paths when they are applied to the connection
 * itself (`connection.pipe(filterNewSocketOnly())`) and fall back to filtering any other source.
 */
import { Observable, Subject, type Subscriber } from 'rxjs';
import type { BinanceRxError } from '../errors';
import type { ConnectionEvent, ConnectionStatusEvent, NewSocketEvent } from './events';

/** The shared Observables of one connection, one per kind of event. */
export interface ConnectionPaths {
  /** `socket` events; a subscriber arriving while a socket is open gets that one first. */
  readonly sockets: Observable<NewSocketEvent>;
  /** The `data` of each `message` event. */
  readonly messages: Observable<unknown>;
  readonly status: Observable<ConnectionStatusEvent>;
  readonly errors: Observable<BinanceRxError>;
}

const registered = new WeakMap<object, ConnectionPaths>();

/** The paths of `source` when it is a connection (not a piped or wrapped one), else `undefined`. */
export function connectionPathsOf(source: Observable<unknown>): ConnectionPaths | undefined {
  return registered.get(source);
}

/**
 * Where a connection's events go: `emit` sends each to the subscribers of the whole connection and
 * to the one path of its kind. The `message` event object is only made when someone subscribed to
 * the whole connection.
 */
export class EventPaths implements ConnectionPaths {
  /** The socket replayed to late subscribers (of the whole connection and of `sockets`). */
  current: NewSocketEvent | undefined;
  readonly all: Observable<ConnectionEvent>;
  readonly sockets: Observable<NewSocketEvent>;
  readonly messages: Observable<unknown>;
  readonly status: Observable<ConnectionStatusEvent>;
  readonly errors: Observable<BinanceRxError>;
  private readonly allSubject = new Subject<ConnectionEvent>();
  private readonly socketSubject = new Subject<NewSocketEvent>();
  /** Subscribers of `messages`; replaced, never changed, so a delivery reads a fixed list. */
  private messageSubscribers: readonly Subscriber<unknown>[] = [];
  private readonly statusSubject = new Subject<ConnectionStatusEvent>();
  private readonly errorSubject = new Subject<BinanceRxError>();

  constructor() {
    this.all = this.replaying(this.allSubject);
    this.sockets = this.replaying(this.socketSubject);
    // The hottest path (every frame): a plain list of subscribers rather than a Subject, whose
    // `next` wraps each delivery in a closure.
    this.messages = new Observable<unknown>((subscriber) => {
      this.messageSubscribers = [...this.messageSubscribers, subscriber];
      return () => {
        this.messageSubscribers = this.messageSubscribers.filter((s) => s !== subscriber);
      };
    });
    this.status = this.statusSubject.asObservable();
    this.errors = this.errorSubject.asObservable();
  }

  /** Registers `connection` (an Observable of `all`): the operators will find the paths on it. */
  register<C extends Observable<ConnectionEvent>>(connection: C): C {
    registered.set(connection, this);
    return connection;
  }

  /** A frame's parsed value. */
  message(data: unknown): void {
    const subscribers = this.messageSubscribers;
    for (let i = 0; i < subscribers.length; i += 1) subscribers[i]!.next(data);
    if (this.allSubject.observed) this.allSubject.next({ type: 'message', data });
  }

  emit(event: ConnectionEvent): void {
    switch (event.type) {
      case 'message':
        this.message(event.data);
        return;
      case 'socket':
        this.socketSubject.next(event);
        break;
      case 'status':
        this.statusSubject.next(event);
        break;
      case 'error':
        this.errorSubject.next(event.error);
        break;
    }
    this.allSubject.next(event);
  }

  private replaying<T extends ConnectionEvent>(subject: Subject<T>): Observable<T> {
    return new Observable<T>((subscriber) => {
      if (this.current !== undefined) subscriber.next(this.current as T);
      return subject.subscribe(subscriber);
    });
  }
}
