import { Observable, type OperatorFunction } from 'rxjs';
import { connectionPathsOf } from '../connection/event-paths';
import type { ConnectionEvent, NewSocketEvent } from '../connection/events';

/**
 * Keeps the `socket` events of a connection: the input of every `subscribe<Channel>`. Applied to a
 * connection itself (`connection.pipe(filterNewSocketOnly())`) it returns the connection's shared
 * socket path, which messages never go through: 1,000 subscriptions made this way cost nothing per
 * message. On any other Observable of events it filters (in one pass, as `keepMessagesOnly`: rxjs's
 * `filter` would be the only reason a ticker-only bundle carries it).
 */
export function filterNewSocketOnly(): OperatorFunction<ConnectionEvent, NewSocketEvent> {
  return (source) =>
    connectionPathsOf(source)?.sockets ??
    new Observable<NewSocketEvent>((subscriber) =>
      source.subscribe({
        next: (event) => {
          if (event.type === 'socket') subscriber.next(event);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      }),
    );
}
