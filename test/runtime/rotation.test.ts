/**
 * Gapless rotation: on serverShutdown or after rotateAfterMs, a new socket subscribes while the
 * old one still delivers; frames seen on both are emitted once; the old socket closes once the new
 * one's SUBSCRIBE is answered. Virtual time, mock sockets.
 */
import { VirtualTimeScheduler, map } from 'rxjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import type { ConnectionOptions } from '../../src/connection/options';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepErrorsOnly } from '../../src/operators/keep-errors-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import { combined, script, subscribeTrade, testScheduler, trade } from './fixtures';
import { MockWebSocket } from './mock-web-socket';

let scheduler: VirtualTimeScheduler;
const advance = (ms: number) => {
  scheduler.maxFrames = scheduler.frame + ms;
  scheduler.flush();
  scheduler.frame = scheduler.maxFrames;
};

function setup(options: ConnectionOptions = {}) {
  const connection = publicWebsocketConnection({
    url: 'ws://binance.test/stream',
    WebSocket: MockWebSocket,
    scheduler,
    reconnect: { initialDelayMs: 1000, jitter: 0 },
    heartbeatTimeoutMs: false,
    ...options,
  });
  const messages = connection.pipe(keepMessagesOnly());
  const prices: string[] = [];
  const errors: string[] = [];
  connection.pipe(filterNewSocketOnly(), subscribeTrade('BTCUSDT', messages)).subscribe({
    next: (t) => prices.push(t.p),
    error: (e: { code: string }) => errors.push(`subscription: ${e.code}`),
  });
  connection.pipe(keepErrorsOnly()).subscribe((e) => errors.push(e.code));
  const running = connection.connect();
  return { prices, errors, running };
}

/** Answers the last SUBSCRIBE sent on `socket`. */
const ackSubscribe = (socket: MockWebSocket) => {
  const index = socket.sent
    .map((t) => JSON.parse(t) as { method: string })
    .map((f) => f.method)
    .lastIndexOf('SUBSCRIBE');
  socket.ack(index);
};

beforeEach(() => {
  scheduler = new VirtualTimeScheduler();
  MockWebSocket.reset();
});

describe('gapless rotation', () => {
  it('on serverShutdown: the new socket subscribes first, overlap frames come once, then the old socket closes', () => {
    const { prices, errors } = setup({ rotateAfterMs: false });
    const first = MockWebSocket.last();
    first.open();
    advance(300);
    ackSubscribe(first);
    first.receive(combined('btcusdt@trade', trade('BTCUSDT', '1')));

    first.receive(combined('!serverShutdown', { e: 'serverShutdown', E: 1 }));
    const second = MockWebSocket.last();
    expect(second).not.toBe(first);
    expect(first.closedByClient).toBeUndefined();
    second.open();
    advance(300);
    expect(second.sentJson()).toMatchObject([{ method: 'SUBSCRIBE', params: ['btcusdt@trade'] }]);
    // The old socket neither unsubscribes nor stops delivering while the new one subscribes.
    expect(first.sentJson().map((f) => (f as { method: string }).method)).toEqual(['SUBSCRIBE']);
    first.receive(combined('btcusdt@trade', trade('BTCUSDT', '2')));
    ackSubscribe(second);
    // The same frame on both sockets during the overlap is emitted once.
    first.receive(combined('btcusdt@trade', trade('BTCUSDT', '3')));
    second.receive(combined('btcusdt@trade', trade('BTCUSDT', '3')));
    advance(100);
    expect(first.closedByClient).toBeDefined();
    second.receive(combined('btcusdt@trade', trade('BTCUSDT', '4')));
    expect(prices).toEqual(['1', '2', '3', '4']);
    expect(errors).toEqual([]);
  });

  it('rotates by itself after rotateAfterMs', () => {
    setup({ rotateAfterMs: 60_000 });
    const first = MockWebSocket.last();
    first.open();
    advance(300);
    ackSubscribe(first);
    advance(59_000);
    expect(MockWebSocket.instances).toHaveLength(1);
    advance(1_000);
    expect(MockWebSocket.instances).toHaveLength(2);
    const second = MockWebSocket.last();
    second.open();
    advance(300);
    ackSubscribe(second);
    advance(100);
    expect(first.closedByClient).toBeDefined();
    expect(second.closedByClient).toBeUndefined();
  });

  it('gives up waiting for the new socket after ackTimeoutMs and closes the old one anyway', () => {
    const { errors } = setup({ rotateAfterMs: false, ackTimeoutMs: 2_000 });
    const first = MockWebSocket.last();
    first.open();
    advance(300);
    ackSubscribe(first);
    first.receive(combined('!serverShutdown', { e: 'serverShutdown', E: 1 }));
    MockWebSocket.last().open();
    advance(1_900);
    expect(first.closedByClient).toBeUndefined();
    advance(200);
    expect(first.closedByClient).toBeDefined();
    // The unanswered SUBSCRIBE errors the subscription, as on any socket.
    expect(errors).toContain('subscription: REQUEST_TIMEOUT');
  });
});

describe('gapless rotation (marbles)', () => {
  it('opens the successor, de-duplicates the overlap, closes the old socket at the first check after the acks', () => {
    const ts = testScheduler();
    MockWebSocket.reset(ts);
    MockWebSocket.autoAck = true;
    const closedAt: [number, boolean][] = [];
    ts.run(({ hot, expectObservable }) => {
      const connection = publicWebsocketConnection({
        url: 'ws://binance.test/stream',
        WebSocket: MockWebSocket,
        scheduler: ts,
        rotateAfterMs: false,
        heartbeatTimeoutMs: false,
      });
      const messages = connection.pipe(keepMessagesOnly());
      const sockets = connection.pipe(filterNewSocketOnly());
      const first = () => MockWebSocket.instances[0];
      const second = () => MockWebSocket.instances[1];
      const send = (socket: MockWebSocket | undefined, price: string) =>
        socket?.receive(combined('btcusdt@trade', trade('BTCUSDT', price)));
      const closed = () => closedAt.push([ts.now(), first()?.closedByClient !== undefined]);
      script(hot, 'co-s-n-abd 44ms y-z', {
        c: () => connection.connect(),
        o: () => first()?.open(),
        s: () => first()?.receive(combined('!serverShutdown', { e: 'serverShutdown', E: 1 })),
        n: () => second()?.open(),
        a: () => send(first(), '1'),
        b: () => send(second(), '1'),
        d: () => send(second(), '2'),
        y: () => closed(),
        z: () => closed(),
      });
      expectObservable(sockets.pipe(map((e) => e.socket.id))).toBe('-a---b', { a: 1, b: 2 });
      expectObservable(
        sockets.pipe(
          subscribeTrade('BTCUSDT', messages),
          map((t) => t.p),
        ),
      ).toBe('-------a-b', { a: '1', b: '2' });
    });
    // The successor's SUBSCRIBE, sent and answered at 5, is seen by the check at 55: closed then.
    expect(closedAt).toEqual([
      [54, false],
      [56, true],
    ]);
    expect(MockWebSocket.instances[1]?.closedByClient).toBeUndefined();
  });
});
