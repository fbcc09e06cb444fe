import type { OperatorFunction } from 'rxjs';
import { connectionPathsOf } from '../connection/event-paths';
import type { ConnectionEvent } from '../connection/events';
import { pick, SKIP } from './pick';

/**
 * Keeps the `message` events of a connection and emits their parsed `data`: the input of every
 * `subscribe<Channel>`. On a connection itself it returns the connection's shared message path
 * (the same Observable each time, no event object per message); on any other Observable of events,
 * one pass, no intermediate objects.
 */
export function keepMessagesOnly(): OperatorFunction<ConnectionEvent, unknown> {
  return (source) =>
    connectionPathsOf(source)?.messages ??
    pick(source, (event) => (event.type === 'message' ? event.data : SKIP));
}
