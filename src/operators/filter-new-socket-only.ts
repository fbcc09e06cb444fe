import { filter, type OperatorFunction } from 'rxjs';
import type { ConnectionEvent, NewSocketEvent } from '../connection/events';

/** Keeps the `socket` events of a connection: the input of every `subscribe<Channel>`. */
export function filterNewSocketOnly(): OperatorFunction<ConnectionEvent, NewSocketEvent> {
  return filter((event): event is NewSocketEvent => event.type === 'socket');
}
