/**
 * The one-pass filter-and-map behind the `keep…Only()` operators on sources that are not a
 * connection (and behind the answer operators of raw WebSocket API sockets): `select` returns what
 * to emit for a value, or `SKIP`. One subscriber per value instead of rxjs's `filter` + `map`, and
 * neither of those in a bundle that imports only these operators.
 */
import { Observable } from 'rxjs';

export const SKIP: unique symbol = Symbol('skip');

export function pick<T, R>(
  source: Observable<T>,
  select: (value: T) => R | typeof SKIP,
): Observable<R> {
  return new Observable<R>((subscriber) =>
    source.subscribe({
      next: (value) => {
        const selected = select(value);
        if (selected !== SKIP) subscriber.next(selected);
      },
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.complete(),
    }),
  );
}
