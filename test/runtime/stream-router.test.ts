/**
 * The stream router: one subscription to `messages` however many routes, payloads only to the
 * routes of their stream, routes that leave during a dispatch hear nothing more, and the end of
 * `messages` reaches every route.
 */
import { Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { routeStream, type RouteTarget } from '../../src/channels/stream-router';

function recorder(log: string[], name: string): RouteTarget {
  return {
    next: (data) => log.push(`${name}:${String(data)}`),
    error: (error) => log.push(`${name}!${String(error)}`),
    complete: () => log.push(`${name}.`),
  };
}

describe('routeStream', () => {
  it('subscribes once, routes by stream, and unsubscribes with the last route', () => {
    const messages = new Subject<unknown>();
    const log: string[] = [];
    const leaveA = routeStream(messages, 'a', recorder(log, 'a1'));
    const leaveA2 = routeStream(messages, 'a', recorder(log, 'a2'));
    const leaveB = routeStream(messages, 'b', recorder(log, 'b'));
    expect(messages.observed).toBe(true);
    messages.next({ stream: 'a', data: 1 });
    messages.next({ stream: 'b', data: 2 });
    messages.next({ stream: 'c', data: 3 });
    messages.next({ result: null, id: 1 });
    messages.next('not an object');
    leaveA();
    messages.next({ stream: 'a', data: 4 });
    leaveA2();
    leaveB();
    expect(messages.observed).toBe(false);
    messages.next({ stream: 'b', data: 5 });
    expect(log).toEqual(['a1:1', 'a2:1', 'b:2', 'a2:4']);
  });

  it('skips a route that leaves during the dispatch it is part of', () => {
    const messages = new Subject<unknown>();
    const log: string[] = [];
    let leaveSecond = () => {};
    routeStream(messages, 'a', {
      ...recorder(log, 'first'),
      next: (data) => {
        log.push(`first:${String(data)}`);
        leaveSecond();
      },
    });
    leaveSecond = routeStream(messages, 'a', recorder(log, 'second'));
    messages.next({ stream: 'a', data: 1 });
    messages.next({ stream: 'a', data: 2 });
    expect(log).toEqual(['first:1', 'first:2']);
  });

  it('passes the error or completion of messages to every route, then starts afresh', () => {
    const failing = new Subject<unknown>();
    const log: string[] = [];
    routeStream(failing, 'a', recorder(log, 'a'));
    routeStream(failing, 'b', recorder(log, 'b'));
    failing.error('boom');
    expect(log).toEqual(['a!boom', 'b!boom']);

    const messages = new Subject<unknown>();
    const leave = routeStream(messages, 'a', recorder(log, 'c'));
    messages.complete();
    leave();
    expect(log.slice(2)).toEqual(['c.']);
  });
});
