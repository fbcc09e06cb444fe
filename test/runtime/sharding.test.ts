/**
 * Sharding: streams beyond `maxStreamsPerSocket` go to more sockets, each reconnecting on its own
 * and getting back only its own streams; every socket waits for the shared connection-rate budget;
 * a shard left without streams closes. Marble tests on mock sockets.
 */
import type { Subscription } from 'rxjs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionOptions } from '../../src/connection/options';
import { keepStatusOnly } from '../../src/operators/keep-status-only';
import { combined, script, testScheduler, trade } from './fixtures';
import { MockWebSocket } from './mock-web-socket';
import { requests, tradeConnection } from './trade-connection';

let ts = testScheduler();

beforeEach(() => {
  ts = testScheduler();
  MockWebSocket.reset(ts);
  MockWebSocket.autoAck = true;
});

const setup = (options: ConnectionOptions = {}) =>
  tradeConnection({ scheduler: ts, maxStreamsPerSocket: 2, ...options });

const socket = (index: number) => MockWebSocket.instances[index];

describe('sharding', () => {
  it('spreads streams over sockets of at most maxStreamsPerSocket, each subscribing its own', () => {
    const statuses: [number, string, number | undefined][] = [];
    ts.run(({ hot, expectObservable }) => {
      const { connection, trades } = setup();
      for (const symbol of ['AAA', 'BBB', 'CCC', 'DDD', 'EEE']) trades(symbol).subscribe();
      script(hot, 'co-p-q-m', {
        c: () => connection.connect(),
        o: () => socket(0)?.open(),
        p: () => socket(1)?.open(),
        q: () => socket(2)?.open(),
        m: () => {
          socket(0)?.receive(combined('aaa@trade', trade('AAA', '1')));
          socket(1)?.receive(combined('ddd@trade', trade('DDD', '2')));
          socket(2)?.receive(combined('eee@trade', trade('EEE', '3')));
        },
      });
      expectObservable(trades('DDD'), '------^').toBe('-------d', { d: 'DDD:2' });
      connection
        .pipe(keepStatusOnly())
        .subscribe(({ status, shard }) => statuses.push([ts.now(), status, shard]));
    });
    expect(statuses).toEqual([
      [0, 'connecting', undefined],
      [1, 'open', undefined],
      // The first socket's subscriptions overflow it at once: two more shards start.
      [1, 'connecting', 1],
      [1, 'connecting', 2],
      [3, 'open', 1],
      [5, 'open', 2],
    ]);
    expect(MockWebSocket.instances).toHaveLength(3);
    expect(requests(socket(0))).toEqual([[1, 'SUBSCRIBE', ['aaa@trade', 'bbb@trade']]]);
    expect(requests(socket(1))).toEqual([[3, 'SUBSCRIBE', ['ccc@trade', 'ddd@trade']]]);
    expect(requests(socket(2))).toEqual([[5, 'SUBSCRIBE', ['eee@trade']]]);
  });

  it('waits for the connection-rate budget before opening another socket, and says so', () => {
    const opened: number[] = [];
    const statuses: [number, string, object][] = [];
    ts.run(({ hot }) => {
      const { connection, trades } = setup({
        maxStreamsPerSocket: 1,
        connectionRate: { maxAttempts: 2, windowMs: 1000 },
      });
      for (const symbol of ['AAA', 'BBB', 'CCC']) trades(symbol).subscribe();
      connection
        .pipe(keepStatusOnly())
        .subscribe(({ type: _, status, ...rest }) => statuses.push([ts.now(), status, rest]));
      script(hot, 'co 997ms x-y', {
        c: () => connection.connect(),
        o: () => socket(0)?.open(),
        x: () => opened.push(MockWebSocket.instances.length),
        y: () => opened.push(MockWebSocket.instances.length),
      });
    });
    // Attempts at 0 and 1 (shard 1); shard 2 may only try at 1000, once the first leaves the window.
    expect(opened).toEqual([2, 3]);
    expect(statuses).toContainEqual([
      1,
      'reconnecting',
      {
        attempt: 0,
        delayMs: 999,
        reason: 'connection-rate limit: 2 attempts per 1000 ms',
        shard: 2,
      },
    ]);
  });

  it('reconnects a dropped shard alone, resubscribing only its streams in one batch', () => {
    const received: string[] = [];
    ts.run(({ hot }) => {
      const { connection, trades } = setup();
      for (const symbol of ['AAA', 'BBB', 'CCC', 'DDD']) {
        trades(symbol).subscribe((t) => received.push(t));
      }
      script(hot, 'co-p 6ms x 1000ms r-m', {
        c: () => connection.connect(),
        o: () => socket(0)?.open(),
        p: () => socket(1)?.open(),
        x: () => socket(1)?.serverClose(1006, 'gone'),
        r: () => socket(2)?.open(),
        m: () => {
          socket(0)?.receive(combined('bbb@trade', trade('BBB', '1')));
          socket(2)?.receive(combined('ccc@trade', trade('CCC', '2')));
        },
      });
    });
    expect(MockWebSocket.instances).toHaveLength(3);
    expect(requests(socket(0))).toEqual([[1, 'SUBSCRIBE', ['aaa@trade', 'bbb@trade']]]);
    expect(requests(socket(1))).toEqual([[3, 'SUBSCRIBE', ['ccc@trade', 'ddd@trade']]]);
    // Dropped at 10, back at 1010 (1 s backoff), opened at 1011: its two streams, once.
    expect(requests(socket(2))).toEqual([[1011, 'SUBSCRIBE', ['ccc@trade', 'ddd@trade']]]);
    expect(received).toEqual(['BBB:1', 'CCC:2']);
  });

  it('closes a shard whose streams are all gone, and reuses its place for the next stream', () => {
    let ccc: Subscription | undefined;
    let ddd: Subscription | undefined;
    ts.run(({ hot, expectObservable }) => {
      const { connection, trades } = setup();
      trades('AAA').subscribe();
      trades('BBB').subscribe();
      ccc = trades('CCC').subscribe();
      ddd = trades('DDD').subscribe();
      script(hot, 'co-p-uv-n-q', {
        c: () => connection.connect(),
        o: () => socket(0)?.open(),
        p: () => socket(1)?.open(),
        u: () => ccc?.unsubscribe(),
        v: () => ddd?.unsubscribe(),
        n: () => trades('EEE').subscribe(),
        q: () => socket(2)?.open(),
      });
      expectObservable(connection.pipe(keepStatusOnly()), '------^').toBe('------c-d-o', {
        c: { type: 'status', status: 'closed', reason: 'shard 1 has no stream left', shard: 1 },
        d: { type: 'status', status: 'connecting', attempt: 0, shard: 1 },
        o: { type: 'status', status: 'open', shard: 1 },
      });
    });
    // CCC left at 5 (an UNSUBSCRIBE would be due), DDD at 6: the socket closed instead.
    expect(requests(socket(1))).toEqual([[3, 'SUBSCRIBE', ['ccc@trade', 'ddd@trade']]]);
    expect(socket(1)?.closedByClient).toEqual({ code: 1000, reason: 'closed by client' });
    expect(requests(socket(2))).toEqual([[10, 'SUBSCRIBE', ['eee@trade']]]);
    expect(socket(0)?.closedByClient).toBeUndefined();
  });

  it('closes every socket and leaves no timer when the connection is closed', () => {
    let pending = -1;
    ts.run(({ hot }) => {
      const { connection, trades } = setup();
      for (const symbol of ['AAA', 'BBB', 'CCC']) trades(symbol).subscribe();
      let running: Subscription | undefined;
      script(hot, 'co-p-xz', {
        c: () => (running = connection.connect()),
        o: () => socket(0)?.open(),
        p: () => socket(1)?.open(),
        x: () => running?.unsubscribe(),
        z: () => (pending = ts.actions.length),
      });
    });
    expect(MockWebSocket.instances.map((s) => s.closedByClient?.code)).toEqual([1000, 1000]);
    expect(pending).toBe(0);
  });

  it('ends the whole connection when a shard gives up reconnecting', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, trades } = setup({ reconnect: false });
      for (const symbol of ['AAA', 'BBB', 'CCC']) trades(symbol).subscribe();
      script(hot, 'co-p-x', {
        c: () => connection.connect(),
        o: () => socket(0)?.open(),
        p: () => socket(1)?.open(),
        x: () => socket(1)?.serverClose(1006, 'gone'),
      });
      expectObservable(connection.pipe(keepStatusOnly()), '----^').toBe('-----(ab)', {
        a: { type: 'status', status: 'closed', reason: 'closed (1006: gone)', shard: 1 },
        b: { type: 'status', status: 'closed', reason: 'closed by client' },
      });
    });
    expect(socket(0)?.closedByClient?.code).toBe(1000);
  });
});
