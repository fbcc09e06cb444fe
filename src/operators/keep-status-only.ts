import type { OperatorFunction } from 'rxjs';
import { connectionPathsOf } from '../connection/event-paths';
import type { ConnectionEvent, ConnectionStatusEvent } from '../connection/events';
import { pick, SKIP } from './pick';

/**
 * Keeps the `status` events of a connection (connecting, open, reconnecting, closed). On a
 * connection itself, its shared status path: messages never go through it.
 */
export function keepStatusOnly(): OperatorFunction<ConnectionEvent, ConnectionStatusEvent> {
  return (source) =>
    connectionPathsOf(source)?.status ??
    pick(source, (event) => (event.type === 'status' ? event : SKIP));
}
