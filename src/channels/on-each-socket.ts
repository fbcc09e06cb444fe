/**
 * What `subscribe<Channel>` does with the connection's socket events: follow the newest socket.
 * It is rxjs's `switchMap` for Observables only, written out because `switchMap` also takes
 * promises, arrays and (async) iterables, and their adapters (rxjs's `innerFrom` and tslib's
 * generator helpers) then come with every bundle: 1.8 KB of the 15 KB min+gzip a ticker-only
 * import may weigh (bench/package-size.md).
 */
import { Observable, type OperatorFunction, type Subscription } from 'rxjs';
import type { NewSocketEvent } from '../connection/events';

/**
 * On each socket event, ends the Observable made for the previous socket and subscribes to
 * `follow(event)`; emits what the current one emits. As `switchMap`: an error of either side errors
 * the result; it completes when the socket events have completed and so has the current one.
 */
export function onEachSocket<T>(
  follow: (event: NewSocketEvent) => Observable<T>,
): OperatorFunction<NewSocketEvent, T> {
  return (sockets) =>
    new Observable<T>((subscriber) => {
      let current: Subscription | undefined;
      let socketsDone = false;
      subscriber.add(() => current?.unsubscribe());
      // Returned, so rxjs ends it with `subscriber`, even when that happens while it subscribes
      // (a connection replays its open socket at once).
      return sockets.subscribe({
        next: (event) => {
          current?.unsubscribe();
          current = undefined;
          let next: Observable<T>;
          try {
            next = follow(event);
          } catch (error) {
            subscriber.error(error);
            return;
          }
          current = next.subscribe({
            next: (value) => subscriber.next(value),
            error: (error: unknown) => subscriber.error(error),
            complete: () => {
              if (socketsDone) subscriber.complete();
            },
          });
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => {
          socketsDone = true;
          if (current === undefined || current.closed) subscriber.complete();
        },
      });
    });
}
