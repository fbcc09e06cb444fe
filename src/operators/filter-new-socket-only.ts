import type { OperatorFunction } from 'rxjs';
import { connectionPathsOf } from '../connection/event-paths';
import type { ConnectionEvent, NewSocketEvent } from '../connection/events';
import { pick, SKIP } from './pick';

/**
 * Keeps the `socket` events of a connection: the input of every `subscribe<Channel>`. Applied to a
 * connection itself (`connection.pipe(filterNewSocketOnly())`) it returns the connection's shared
 * socket path, which messages never go through: 1,000 subscriptions made this way cost nothing per
 * message. On any other Observable of events it filters, in one pass (`pick`).
 */
export function filterNewSocketOnly(): OperatorFunction<ConnectionEvent, NewSocketEvent> {
  return (source) =>
    connectionPathsOf(source)?.sockets ??
    pick(source, (event) => (event.type === 'socket' ? event : SKIP));
}
