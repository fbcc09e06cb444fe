import { filter, type Observable, type OperatorFunction } from 'rxjs';
import { connectionPathsOf } from '../connection/event-paths';
import type { ConnectionEvent, ConnectionStatusEvent } from '../connection/events';

/**
 * Keeps the `status` events of a connection (connecting, open, reconnecting, closed). On a
 * connection itself, its shared status path: messages never go through it.
 */
export function keepStatusOnly(): OperatorFunction<ConnectionEvent, ConnectionStatusEvent> {
  const keep = filter(
    (event: ConnectionEvent): event is ConnectionStatusEvent => event.type === 'status',
  );
  return (source: Observable<ConnectionEvent>) => connectionPathsOf(source)?.status ?? keep(source);
}
