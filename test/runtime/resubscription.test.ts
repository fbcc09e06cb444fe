/**
 * Resubscription across reconnects: a new socket gets the streams wanted at that moment, in one
 * SUBSCRIBE, at the first send slot; changes made while no socket is open are neither lost nor
 * sent twice; and whatever the order of subscribes, unsubscribes, drops and reopens, the streams
 * the server ends up with are exactly the streams wanted, each on one socket, each delivered once.
 */
import { VirtualTimeScheduler, type Subscription } from 'rxjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { combined, script, testScheduler, trade } from './fixtures';
import { MockWebSocket } from './mock-web-socket';
import { requests, tradeConnection } from './trade-connection';

describe('resubscription batching (marbles)', () => {
  let ts = testScheduler();
  beforeEach(() => {
    ts = testScheduler();
    MockWebSocket.reset(ts);
    MockWebSocket.autoAck = true;
  });

  it('sends the streams wanted at reconnect time in one SUBSCRIBE at the first slot', () => {
    const subscriptions = new Map<string, Subscription>();
    ts.run(({ hot }) => {
      const { connection, trades } = tradeConnection({ scheduler: ts });
      const hold = (symbol: string) => subscriptions.set(symbol, trades(symbol).subscribe());
      script(hot, 'abco 5ms x 200ms ue 1000ms r', {
        a: () => hold('AAA'),
        b: () => hold('BBB'),
        c: () => connection.connect(),
        o: () => MockWebSocket.instances[0]?.open(),
        x: () => MockWebSocket.instances[0]?.serverClose(1006, 'gone'),
        // While no socket is open: BBB leaves, EEE comes.
        u: () => subscriptions.get('BBB')?.unsubscribe(),
        e: () => hold('EEE'),
        r: () => MockWebSocket.instances[1]?.open(),
      });
    });
    const [first, second] = MockWebSocket.instances;
    expect(requests(first)).toEqual([[3, 'SUBSCRIBE', ['aaa@trade', 'bbb@trade']]]);
    // Dropped at 9; a new socket at 1009, open at 1212: AAA and EEE, once; nothing about BBB.
    expect(requests(second)).toEqual([[1212, 'SUBSCRIBE', ['aaa@trade', 'eee@trade']]]);
  });

  it('spaces the changes that follow a resubscription at the send rate, merging what it can', () => {
    const subscriptions = new Map<string, Subscription>();
    ts.run(({ hot }) => {
      const { connection, trades } = tradeConnection({ scheduler: ts });
      const hold = (symbol: string) => subscriptions.set(symbol, trades(symbol).subscribe());
      script(hot, 'aco-bd 300ms e-(fg)', {
        a: () => hold('AAA'),
        c: () => connection.connect(),
        o: () => MockWebSocket.instances[0]?.open(),
        b: () => hold('BBB'),
        d: () => hold('DDD'),
        e: () => subscriptions.get('BBB')?.unsubscribe(),
        // A subscribe and an unsubscribe that cancel out before the slot send nothing.
        f: () => hold('FFF'),
        g: () => subscriptions.get('FFF')?.unsubscribe(),
      });
    });
    // 250 ms apart (4 per second, under Binance's 5): BBB and DDD share a slot.
    expect(requests(MockWebSocket.instances[0])).toEqual([
      [2, 'SUBSCRIBE', ['aaa@trade']],
      [252, 'SUBSCRIBE', ['bbb@trade', 'ddd@trade']],
      [502, 'UNSUBSCRIBE', ['bbb@trade']],
    ]);
  });
});

describe('live streams under any order of subscribe, unsubscribe, drop and reopen', () => {
  const symbols = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG'];
  let scheduler: VirtualTimeScheduler;
  const advance = (ms: number) => {
    scheduler.maxFrames = scheduler.frame + ms;
    scheduler.flush();
    scheduler.frame = scheduler.maxFrames;
  };

  beforeEach(() => {
    scheduler = new VirtualTimeScheduler();
    MockWebSocket.reset(scheduler);
    MockWebSocket.autoAck = true;
  });

  /** What the server holds on a socket, replaying its requests; fails on a duplicate or a stray. */
  function serverStreams(socket: MockWebSocket): Set<string> {
    const held = new Set<string>();
    for (const [, frame] of socket.sentAt) {
      const { method, params } = frame as { method: string; params: string[] };
      for (const stream of params) {
        if (method === 'SUBSCRIBE') {
          expect(held.has(stream), `${stream} subscribed twice on one socket`).toBe(false);
          held.add(stream);
        } else {
          expect(held.has(stream), `${stream} unsubscribed but not subscribed`).toBe(true);
          held.delete(stream);
        }
      }
    }
    return held;
  }

  for (const [seed, maxStreamsPerSocket] of [
    [1, 1024],
    [2, 1024],
    [3, 3],
    [4, 3],
    [5, 2],
  ] as const) {
    it(`seed ${seed}, ${maxStreamsPerSocket} streams per socket`, () => {
      const random = mulberry32(seed);
      const pick = <T>(items: readonly T[]): T | undefined =>
        items[Math.floor(random() * items.length)];
      const { connection, trades } = tradeConnection({ scheduler, maxStreamsPerSocket });
      const holders: { symbol: string; subscription: Subscription; got: string[] }[] = [];
      const running = connection.connect();
      const pending = () =>
        MockWebSocket.instances.filter((s) => s.readyState === 0 && !s.closedByClient);
      const live = () => MockWebSocket.instances.filter((s) => s.readyState === 1);

      for (let step = 0; step < 300; step += 1) {
        const roll = random();
        if (roll < 0.35) {
          const symbol = pick(symbols) as string;
          const got: string[] = [];
          holders.push({ symbol, got, subscription: trades(symbol).subscribe((t) => got.push(t)) });
        } else if (roll < 0.6) {
          const index = Math.floor(random() * holders.length);
          holders.splice(index, 1)[0]?.subscription.unsubscribe();
        } else if (roll < 0.7) {
          pick(live())?.serverClose(1006, 'dropped');
        } else {
          for (const socket of pending()) if (random() < 0.7) socket.open();
        }
        advance(Math.floor(random() * 400));
      }
      // Let every socket open and every request go out (a backoff may have reached its 30 s cap).
      for (let round = 0; round < 3; round += 1) {
        for (const socket of pending()) socket.open();
        advance(31_000);
      }

      const wanted = new Set(holders.map((h) => `${h.symbol.toLowerCase()}@trade`));
      const placed = new Map<string, MockWebSocket>();
      for (const socket of live()) {
        const streams = serverStreams(socket);
        expect(streams.size).toBeLessThanOrEqual(maxStreamsPerSocket);
        for (const stream of streams) {
          expect(placed.has(stream), `${stream} on two sockets`).toBe(false);
          placed.set(stream, socket);
        }
      }
      expect([...placed.keys()].sort()).toEqual([...wanted].sort());

      // One frame per wanted stream, on the socket holding it: each holder gets exactly it.
      for (const h of holders) h.got.length = 0;
      for (const [stream, socket] of placed) {
        const symbol = stream.split('@')[0]?.toUpperCase() as string;
        socket.receive(combined(stream, trade(symbol, 'last')));
      }
      for (const h of holders) expect(h.got).toEqual([`${h.symbol}:last`]);

      running.unsubscribe();
      advance(1);
      expect(scheduler.actions).toHaveLength(0);
    });
  }
});

/** A small seeded PRNG, so that a failing sequence replays exactly. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
