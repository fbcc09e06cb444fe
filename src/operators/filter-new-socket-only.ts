import { filter, type Observable, type OperatorFunction } from 'rxjs';
import { connectionPathsOf } from '../connection/event-paths';
import type { ConnectionEvent, NewSocketEvent } from '../connection/events';

/**
 * Keeps the `socket` events of a connection: the input of every `subscribe<Channel>`. Applied to a
 * connection itself (`connection.pipe(filterNewSocketOnly())`) it returns the connection's shared
 * socket path, which messages never go through: 1,000 subscriptions made this way cost nothing per
 * message. On any other Observable of events it filters.
 */
export function filterNewSocketOnly(): OperatorFunction<ConnectionEvent, NewSocketEvent> {
  const keep = filter((event: ConnectionEvent): event is NewSocketEvent => event.type === 'socket');
  return (source: Observable<ConnectionEvent>) =>
    connectionPathsOf(source)?.sockets ?? keep(source);
}
