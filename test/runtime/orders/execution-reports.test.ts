/**
 * executionReports routed by client order id (then also by order id): one subscription to the user data however many
 * orders are watched, and one report reaches only its order, with a number of calls that does not
 * grow with the orders watched (counted, not timed).
 */
import { Observable, Subject, Subscriber } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { executionReportsOf } from '../../../src/orders/execution-reports';
import type { UserDataMessage } from '../../../src/ws-api/session';

const report = (c: string, extra: Record<string, unknown> = {}): UserDataMessage => ({
  subscriptionId: 1,
  event: { e: 'executionReport', E: 1, s: 'BTCUSDT', c, ...extra },
});

/** User data as `session.userData()` gives it, with a count of its subscribers. */
function userData() {
  const subject = new Subject<UserDataMessage>();
  let subscribers = 0;
  const source = new Observable<UserDataMessage>((subscriber) => {
    subscribers += 1;
    const subscription = subject.subscribe(subscriber);
    return () => {
      subscribers -= 1;
      subscription.unsubscribe();
    };
  });
  return { subject, source, subscribers: () => subscribers };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('executionReportsOf', () => {
  it('subscribes the user data once for every order, and lets go with the last', () => {
    const { source, subscribers } = userData();
    const a = executionReportsOf(source, 'a', 'BTCUSDT').observable.subscribe();
    const b = executionReportsOf(source, 'b', 'BTCUSDT').observable.subscribe();
    expect(subscribers()).toBe(1);
    a.unsubscribe();
    expect(subscribers()).toBe(1);
    b.unsubscribe();
    expect(subscribers()).toBe(0);
  });

  it('delivers a report to its order by `c`, and a cancel to the original order by `C`', () => {
    const { subject, source } = userData();
    const seen: string[] = [];
    for (const id of ['a', 'b', 'x']) {
      executionReportsOf(source, id, 'BTCUSDT').observable.subscribe(({ event }) =>
        seen.push(`${id}:${event['X']}`),
      );
    }
    subject.next(report('a', { X: 'NEW' }));
    subject.next({ subscriptionId: 1, event: { e: 'outboundAccountPosition', E: 1, c: 'a' } });
    subject.next(report('x', { C: 'b', X: 'CANCELED' }));
    subject.next(report('a', { C: 'a', X: 'FILLED' }));
    expect(seen).toEqual(['a:NEW', 'x:CANCELED', 'b:CANCELED', 'a:FILLED']);
  });

  it('delivers a report by `c` or `C` only to the order of its symbol: a client id is per symbol', () => {
    const { subject, source } = userData();
    const seen: string[] = [];
    for (const symbol of ['BTCUSDT', 'ETHUSDT']) {
      executionReportsOf(source, 'grid-1', symbol).observable.subscribe(({ event }) =>
        seen.push(`${symbol}:${String(event['X'])}`),
      );
    }
    subject.next(report('grid-1', { s: 'ETHUSDT', X: 'FILLED' }));
    subject.next(report('cancel-1', { s: 'BTCUSDT', C: 'grid-1', X: 'CANCELED' }));
    // No symbol: about no order watched.
    subject.next(report('grid-1', { s: undefined, X: 'NEW' }));
    expect(seen).toEqual(['ETHUSDT:FILLED', 'BTCUSDT:CANCELED']);
  });

  it('costs the same number of calls with 1, 10 and 1,000 orders watched', () => {
    const cost = (orders: number) => {
      const { subject, source } = userData();
      let delivered = 0;
      for (let i = 0; i < orders; i += 1) {
        executionReportsOf(source, `o${i}`, 'BTCUSDT').observable.subscribe(() => (delivered += 1));
      }
      const next = vi.spyOn(Subscriber.prototype, 'next');
      subject.next(report('o0', { X: 'NEW' }));
      const calls = next.mock.calls.length;
      next.mockRestore();
      expect(delivered).toBe(1);
      return calls;
    };
    const one = cost(1);
    expect(cost(10)).toBe(one);
    expect(cost(1000)).toBe(one);
  });

  it('errors every order watched when the user data fails', () => {
    const { subject, source } = userData();
    const errors: unknown[] = [];
    executionReportsOf(source, 'a', 'BTCUSDT').observable.subscribe({
      error: (e: unknown) => errors.push(e),
    });
    executionReportsOf(source, 'b', 'BTCUSDT').observable.subscribe({
      error: (e: unknown) => errors.push(e),
    });
    subject.error(new Error('gone'));
    expect(errors).toHaveLength(2);
  });

  it('follows an order by its id once known: an amendment that gave it a new client id still reaches it, once', () => {
    const { subject, source } = userData();
    const seen: string[] = [];
    const reports = executionReportsOf(source, 'a', 'BTCUSDT');
    reports.observable.subscribe(({ event }) =>
      seen.push(`${String(event['c'])}:${String(event['x'])}`),
    );
    subject.next(report('a', { s: 'BTCUSDT', i: 42, x: 'NEW', X: 'NEW' }));
    reports.follow(42);
    subject.next(report('b', { s: 'BTCUSDT', i: 42, x: 'REPLACED', X: 'NEW' }));
    subject.next(report('b', { s: 'BTCUSDT', i: 42, x: 'TRADE', X: 'FILLED' }));
    // Same id, another symbol: another order.
    subject.next(report('z', { s: 'ETHUSDT', i: 42, x: 'NEW', X: 'NEW' }));
    // Its own client id and its order id: delivered once.
    subject.next(report('a', { s: 'BTCUSDT', i: 42, x: 'CANCELED', X: 'CANCELED' }));
    expect(seen).toEqual(['a:NEW', 'b:REPLACED', 'b:TRADE', 'a:CANCELED']);
  });
});
