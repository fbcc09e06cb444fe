import { Observable, type OperatorFunction } from 'rxjs';
import { connectionPathsOf } from '../connection/event-paths';
import type { ConnectionEvent } from '../connection/events';
import type { BinanceRxError } from '../errors';

/**
 * Keeps the non-fatal `error` events of a connection and emits their error. On a connection
 * itself, its shared error path: messages never go through it.
 */
export function keepErrorsOnly(): OperatorFunction<ConnectionEvent, BinanceRxError> {
  return (source) =>
    connectionPathsOf(source)?.errors ??
    new Observable<BinanceRxError>((subscriber) =>
      source.subscribe({
        next: (event) => {
          if (event.type === 'error') subscriber.next(event.error);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      }),
    );
}
