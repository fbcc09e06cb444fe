import { Observable, switchMap, type OperatorFunction } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { onEachSocket } from '../../src/channels/on-each-socket';
import type { NewSocketEvent, ConnectionEvent } from '../../src/connection/events';
import type { SocketHandle } from '../../src/connection/socket-handle';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import { testScheduler } from './fixtures';

/** Socket events a, b, c (only their ids matter here). */
const socketEvent = (id: number): NewSocketEvent => ({
  type: 'socket',
  socket: { id } as unknown as SocketHandle,
});
const sockets = { a: socketEvent(1), b: socketEvent(2), c: socketEvent(3) };

/**
 * The same marble cases through `onEachSocket` and through rxjs's `switchMap`: the hand-written
 * operator must not differ from the one it replaces, in values, timing or subscriptions.
 */
const operators: [string, typeof onEachSocket][] = [
  ['onEachSocket', onEachSocket],
  ['switchMap', <T>(f: (e: NewSocketEvent) => Observable<T>) => switchMap(f)],
];

describe.each(operators)('%s', (_name, operator) => {
  it('follows the newest socket: the previous one is left when the next arrives', () => {
    testScheduler().run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const events = hot('-a----b----|', sockets);
      const perSocket = {
        1: cold('-x-x-x-x-x-x-x', { x: 'A' }),
        2: cold('-y-y-|', { y: 'B' }),
      } as Record<number, ReturnType<typeof cold<string>>>;
      const result = events.pipe(operator(({ socket }) => perSocket[socket.id]!));
      expectObservable(result).toBe('--A-A--B-B-|', { A: 'A', B: 'B' });
      expectSubscriptions(perSocket[1]!.subscriptions).toBe('-^----!');
      expectSubscriptions(perSocket[2]!.subscriptions).toBe('------^----!');
    });
  });

  it('waits for the current socket to complete after the socket events completed', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const events = hot('-a-|', sockets);
      const inner = cold('---x---|', { x: 1 });
      expectObservable(events.pipe(operator(() => inner))).toBe('----x---|', { x: 1 });
    });
  });

  it('completes at once when the socket events complete after an inner one did', () => {
    testScheduler().run(({ cold, hot, expectObservable }) => {
      const events = hot('-a-----|', sockets);
      const inner = cold('-x|', { x: 1 });
      expectObservable(events.pipe(operator(() => inner))).toBe('--x----|', { x: 1 });
    });
  });

  it('errors with the socket events or with the current inner one, and leaves both', () => {
    testScheduler().run(({ cold, hot, expectObservable, expectSubscriptions }) => {
      const outerError = hot('-a--#', sockets);
      const quiet = cold('-----');
      expectObservable(outerError.pipe(operator(() => quiet))).toBe('----#');
      expectSubscriptions(quiet.subscriptions).toBe('-^--!');

      const events = hot('-a-----b', sockets);
      const failing = cold('--#');
      expectObservable(events.pipe(operator(() => failing))).toBe('---#');
      expectSubscriptions(events.subscriptions).toBe('^--!');
    });
  });

  it('errors when the function following a socket throws', () => {
    testScheduler().run(({ hot, expectObservable }) => {
      const events = hot('-a', sockets);
      const result = events.pipe(
        operator(() => {
          throw new Error('boom');
        }),
      );
      expectObservable(result).toBe('-#', undefined, new Error('boom'));
    });
  });

  it('leaves everything when a socket replayed at subscription errors at once', () => {
    let unsubscribed = 0;
    const replaying = new Observable<NewSocketEvent>((subscriber) => {
      subscriber.next(sockets.a);
      return () => (unsubscribed += 1);
    });
    const errors: unknown[] = [];
    replaying
      .pipe(operator(() => new Observable<never>((s) => s.error('at once'))))
      .subscribe({ error: (error: unknown) => errors.push(error) });
    expect(errors).toEqual(['at once']);
    expect(unsubscribed).toBe(1);
  });
});

describe('the operators on an Observable that is not a connection', () => {
  const events = {
    s: socketEvent(1),
    m: { type: 'message', data: { stream: 'x', data: 1 } } as ConnectionEvent,
    t: { type: 'status', status: 'open' } as ConnectionEvent,
  };

  it('filterNewSocketOnly keeps the socket events, and ends as its source does', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const source = cold('-m-s-t-s-|', events);
      const keep: OperatorFunction<ConnectionEvent, NewSocketEvent> = filterNewSocketOnly();
      expectObservable(source.pipe(keep)).toBe('---s---s-|', { s: events.s });
      expectObservable(cold('-s-#', events).pipe(keep)).toBe('-s-#', { s: events.s });
    });
  });

  it('keepMessagesOnly keeps the data of message events', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const source = cold('-m-s-t-|', events);
      expectObservable(source.pipe(keepMessagesOnly())).toBe('-d-----|', {
        d: { stream: 'x', data: 1 },
      });
    });
  });
});
