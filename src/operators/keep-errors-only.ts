import { Observable, type OperatorFunction } from 'rxjs';
import type { ConnectionEvent } from '../connection/events';
import type { BinanceRxError } from '../errors';

/** Keeps the non-fatal `error` events of a connection and emits their error. */
export function keepErrorsOnly(): OperatorFunction<ConnectionEvent, BinanceRxError> {
  return (source) =>
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
