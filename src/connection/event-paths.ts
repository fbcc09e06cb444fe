/**
 * A connection's events, each kind on a path of its own, so that what one kind costs does not grow
 * with the subscribers of the others. A message reaches the subscribers of the whole connection
 * and of its messages (`keepMessagesOnly()`: usually one, the stream router), never the N
 * subscriptions waiting for new sockets (`filterNewSocketOnly()`), nor those watching status or
 * errors. The operators in src/operators/ find these paths when they are applied to the connection
 * itself (`connection.pipe(filterNewSocketOnly())`) and fall back to filtering any other source.
 */
import { Observable, type Subscriber } from 'rxjs';
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
 * The subscribers of one path, and the path's Observable. The list is replaced, never changed, so
 * a delivery reads a fixed list (as a `Subject` does). Paths only ever emit (a connection never
 * completes them), so this is all of a `Subject` they need; a `Subject` would also wrap each
 * `next` of the message path in a closure, and bring 0.6 KB min+gzip into every bundle.
 */
class Fanout<T> {
  private subscribers: readonly Subscriber<T>[] = [];
  readonly observable = new Observable<T>((subscriber) => this.add(subscriber));

  get observed(): boolean {
    return this.subscribers.length > 0;
  }

  next(value: T): void {
    const subscribers = this.subscribers;
    for (let i = 0; i < subscribers.length; i += 1) subscribers[i]!.next(value);
  }

  add(subscriber: Subscriber<T>): () => void {
    this.subscribers = [...this.subscribers, subscriber];
    return () => {
      this.subscribers = this.subscribers.filter((s) => s !== subscriber);
    };
  }
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
  private readonly allPath = new Fanout<ConnectionEvent>();
  private readonly socketPath = new Fanout<NewSocketEvent>();
  /** The hottest path: every frame. */
  private readonly messagePath = new Fanout<unknown>();
  private readonly statusPath = new Fanout<ConnectionStatusEvent>();
  private readonly errorPath = new Fanout<BinanceRxError>();

  constructor() {
    this.all = this.replaying(this.allPath);
    this.sockets = this.replaying(this.socketPath);
    this.messages = this.messagePath.observable;
    this.status = this.statusPath.observable;
    this.errors = this.errorPath.observable;
  }

  /** Registers `connection` (an Observable of `all`): the operators will find the paths on it. */
  register<C extends Observable<ConnectionEvent>>(connection: C): C {
    registered.set(connection, this);
    return connection;
  }

  /** A frame's parsed value. */
  message(data: unknown): void {
    this.messagePath.next(data);
    if (this.allPath.observed) this.allPath.next({ type: 'message', data });
  }

  emit(event: ConnectionEvent): void {
    switch (event.type) {
      case 'message':
        this.message(event.data);
        return;
      case 'socket':
        this.socketPath.next(event);
        break;
      case 'status':
        this.statusPath.next(event);
        break;
      case 'error':
        this.errorPath.next(event.error);
        break;
    }
    this.allPath.next(event);
  }

  private replaying<T extends ConnectionEvent>(path: Fanout<T>): Observable<T> {
    return new Observable<T>((subscriber) => {
      if (this.current !== undefined) subscriber.next(this.current as T);
      return path.add(subscriber);
    });
  }
}
