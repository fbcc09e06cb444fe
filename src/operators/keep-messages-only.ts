import { Observable, type OperatorFunction } from 'rxjs';
import type { ConnectionEvent } from '../connection/events';

/**
 * Keeps the `message` events of a connection and emits their parsed `data`: the input of every
 * `subscribe<Channel>`. One pass, no intermediate objects.
 */
export function keepMessagesOnly(): OperatorFunction<ConnectionEvent, unknown> {
  return (source) =>
    new Observable<unknown>((subscriber) =>
      source.subscribe({
        next: (event) => {
          if (event.type === 'message') subscriber.next(event.data);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      }),
    );
}
