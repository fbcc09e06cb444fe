import { filter, type OperatorFunction } from 'rxjs';
import type { ConnectionEvent, ConnectionStatusEvent } from '../connection/events';

/** Keeps the `status` events of a connection (connecting, open, reconnecting, closed). */
export function keepStatusOnly(): OperatorFunction<ConnectionEvent, ConnectionStatusEvent> {
  return filter((event): event is ConnectionStatusEvent => event.type === 'status');
}
