import { map, type Subscription } from 'rxjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import type { ConnectionOptions } from '../../src/connection/options';
import type { ConnectionEvent } from '../../src/connection/events';
import { BINANCE_STREAM_URL } from '../../src/connection/endpoints';
import { CallbackError, InvalidParameterError, type BinanceRxError } from '../../src/errors';
import type { SocketHandle } from '../../src/connection/socket-handle';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepErrorsOnly } from '../../src/operators/keep-errors-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import { keepStatusOnly } from '../../src/operators/keep-status-only';
import { combined, script, subscribeTrade, testScheduler, trade } from './fixtures';
import { MockWebSocket } from './mock-web-socket';

let ts = testScheduler();

function setup(options: ConnectionOptions = {}) {
  const connection = publicWebsocketConnection({
    // Mock sockets open only when a test opens them: no connect timeout.
    connectTimeoutMs: false,
    rotateAfterMs: false,
    // The mock server never answers a heartbeat probe: these tests are not about dead sockets.
    heartbeatTimeoutMs: false,
    url: 'ws://binance.test/stream',
    WebSocket: MockWebSocket,
    scheduler: ts,
    reconnect: { initialDelayMs: 1000, multiplier: 2, jitter: 0 },
    ...options,
  });
  const status = connection.pipe(keepStatusOnly());
  const errors = connection.pipe(keepErrorsOnly());
  const codes = errors.pipe(map((error) => error.code));
  const server = () => MockWebSocket.last();
  return { connection, status, errors, codes, server };
}

/** Event types, with the socket id for socket events: `socket#1`. */
const kinds = map((event: ConnectionEvent) =>
  event.type === 'socket' ? `socket#${event.socket.id}` : event.type,
);

beforeEach(() => {
  ts = testScheduler();
  MockWebSocket.reset(ts);
});

describe('publicWebsocketConnection', () => {
  it('opens nothing before connect()', () => {
    const { connection } = setup();
    connection.subscribe();
    connection.pipe(filterNewSocketOnly()).subscribe();
    expect(MockWebSocket.instances).toHaveLength(0);
    const running = connection.connect();
    expect(MockWebSocket.instances).toHaveLength(1);
    expect(connection.connect()).toBe(running);
    expect(MockWebSocket.instances).toHaveLength(1);
    running.unsubscribe();
  });

  it('defaults to the Binance combined-stream endpoint', () => {
    const { connection } = setup({ url: undefined });
    const running = connection.connect();
    expect(MockWebSocket.last().url).toBe(BINANCE_STREAM_URL);
    expect(BINANCE_STREAM_URL).toBe('wss://stream.binance.com:9443/stream');
    running.unsubscribe();
  });

  it('emits status connecting, open, then the socket', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, server } = setup();
      script(hot, '-c-o', { c: () => connection.connect(), o: () => server().open() });
      expectObservable(connection.pipe(kinds)).toBe('-s-(ok)', {
        s: 'status',
        o: 'status',
        k: 'socket#1',
      });
      expectObservable(connection.pipe(keepStatusOnly())).toBe('-c-o', {
        c: { type: 'status', status: 'connecting', attempt: 0 },
        o: { type: 'status', status: 'open' },
      });
    });
  });

  it('gives a subscriber arriving after the open the current socket first, and no old message', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, server } = setup();
      script(hot, '-com--n', {
        c: () => connection.connect(),
        o: () => server().open(),
        m: () => server().receive({ old: true }),
        n: () => server().receive({ new: true }),
      });
      expectObservable(connection.pipe(kinds), '-----^').toBe('-----kn', {
        k: 'socket#1',
        n: 'message',
      });
    });
  });

  it('lets a subscription made after connect() subscribe its stream', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, server } = setup();
      const messages = connection.pipe(keepMessagesOnly());
      script(hot, '-co---ab', {
        c: () => connection.connect(),
        o: () => server().open(),
        a: () => server().ack(),
        b: () => server().receive(combined('btcusdt@trade', trade('BTCUSDT', '1'))),
      });
      const btc = connection.pipe(filterNewSocketOnly(), subscribeTrade('BTCUSDT', messages));
      expectObservable(btc, '----^').toBe('-------b', { b: trade('BTCUSDT', '1') });
    });
    expect(MockWebSocket.last().sentAt).toEqual([
      [4, { method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 1 }],
    ]);
  });

  it('closes the socket, cancels timers and emits closed when connect() is unsubscribed', () => {
    let pending = -1;
    ts.run(({ hot, expectObservable }) => {
      const { connection, status, server } = setup();
      const messages = connection.pipe(keepMessagesOnly());
      connection.pipe(filterNewSocketOnly(), subscribeTrade('BTCUSDT', messages)).subscribe();
      const running = connection.connect();
      script(hot, '--o-u-z', {
        o: () => server().open(),
        u: () => running.unsubscribe(),
        z: () => (pending = ts.actions.length),
      });
      expectObservable(status).toBe('--o-c', {
        o: { type: 'status', status: 'open' },
        c: { type: 'status', status: 'closed', reason: 'closed by client' },
      });
    });
    const [first] = MockWebSocket.instances;
    expect(first?.closedByClient).toEqual({ code: 1000, reason: 'closed by client' });
    // The SUBSCRIBE sent at 2 waited for its ack with a 10 s timer: it is gone too.
    expect(pending).toBe(0);
  });

  it('cancels a scheduled reconnect when connect() is unsubscribed', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, status, server } = setup();
      const running = connection.connect();
      script(hot, '-ox-u', {
        o: () => server().open(),
        x: () => server().serverClose(1006, ''),
        u: () => running.unsubscribe(),
      });
      expectObservable(status.pipe(map((event) => event.status))).toBe('-or-c', {
        o: 'open',
        r: 'reconnecting',
        c: 'closed',
      });
    });
    expect(MockWebSocket.instances).toHaveLength(1);
  });

  it('reconnects after the backoff delay, growing per attempt, also past a socket that drops at once', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, status, server } = setup();
      let running: Subscription | undefined;
      script(hot, '-cx 1000ms x 2000ms o-x 4000ms u', {
        c: () => (running = connection.connect()),
        x: () => server().serverClose(1006, 'network down'),
        o: () => server().open(),
        u: () => running?.unsubscribe(),
      });
      const reason = 'closed (1006: network down)';
      expectObservable(status).toBe('-ab 999ms cd 1999ms eo-f 3999ms gu', {
        a: { type: 'status', status: 'connecting', attempt: 0 },
        b: { type: 'status', status: 'reconnecting', attempt: 1, delayMs: 1000, reason },
        c: { type: 'status', status: 'connecting', attempt: 1 },
        d: { type: 'status', status: 'reconnecting', attempt: 2, delayMs: 2000, reason },
        e: { type: 'status', status: 'connecting', attempt: 2 },
        o: { type: 'status', status: 'open' },
        f: { type: 'status', status: 'reconnecting', attempt: 3, delayMs: 4000, reason },
        g: { type: 'status', status: 'connecting', attempt: 3 },
        u: { type: 'status', status: 'closed', reason: 'closed by client' },
      });
    });
    expect(MockWebSocket.instances).toHaveLength(4);
  });

  it('resets the backoff once a socket has stayed open for resetAfterMs', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, status, server } = setup({
        reconnect: { initialDelayMs: 1000, multiplier: 2, jitter: 0, resetAfterMs: 5000 },
      });
      script(hot, '-cx 1000ms o 5000ms x', {
        c: () => connection.connect(),
        x: () => server().serverClose(1006, 'network down'),
        o: () => server().open(),
      });
      const reason = 'closed (1006: network down)';
      expectObservable(status).toBe('-ab 999ms co 5000ms d 999ms g', {
        a: { type: 'status', status: 'connecting', attempt: 0 },
        b: { type: 'status', status: 'reconnecting', attempt: 1, delayMs: 1000, reason },
        c: { type: 'status', status: 'connecting', attempt: 1 },
        o: { type: 'status', status: 'open' },
        d: { type: 'status', status: 'reconnecting', attempt: 1, delayMs: 1000, reason },
        g: { type: 'status', status: 'connecting', attempt: 1 },
      });
    });
  });

  it('gives up after maxAttempts failed attempts in a row', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, status, server } = setup({
        reconnect: { initialDelayMs: 10, multiplier: 1, jitter: 0, maxAttempts: 2 },
      });
      script(hot, '-cx 10ms x 10ms x', {
        c: () => connection.connect(),
        x: () => server().serverClose(1006, 'refused'),
      });
      const reason = 'closed (1006: refused)';
      expectObservable(status).toBe('-ab 9ms cd 9ms fe', {
        a: { type: 'status', status: 'connecting', attempt: 0 },
        b: { type: 'status', status: 'reconnecting', attempt: 1, delayMs: 10, reason },
        c: { type: 'status', status: 'connecting', attempt: 1 },
        f: { type: 'status', status: 'connecting', attempt: 2 },
        d: { type: 'status', status: 'reconnecting', attempt: 2, delayMs: 10, reason },
        e: { type: 'status', status: 'closed', reason: `${reason}; gave up after 2 attempts` },
      });
    });
  });

  it('opens a new socket when connect() is called again after an unsubscribe', () => {
    const { connection } = setup();
    connection.connect().unsubscribe();
    const again = connection.connect();
    expect(again.closed).toBe(false);
    expect(MockWebSocket.instances).toHaveLength(2);
    again.unsubscribe();
  });

  it('reports a malformed frame as an error event and goes on', () => {
    const errors: BinanceRxError[] = [];
    ts.run(({ hot, expectObservable }) => {
      const { connection, codes, server } = setup();
      script(hot, '-cobm', {
        c: () => connection.connect(),
        o: () => server().open(),
        b: () => server().receive('{"stream": "btcusdt@trade", "data": '),
        m: () => server().receive({ result: null, id: 99 }),
      });
      expectObservable(codes).toBe('---b', { b: 'MALFORMED_MESSAGE' });
      expectObservable(connection.pipe(keepMessagesOnly())).toBe('----m', {
        m: { result: null, id: 99 },
      });
      connection.pipe(keepErrorsOnly()).subscribe((error) => errors.push(error));
    });
    expect(errors[0]).toMatchObject({
      name: 'MalformedMessageError',
      code: 'MALFORMED_MESSAGE',
      excerpt: '{"stream": "btcusdt@trade", "data": ',
    });
  });

  it('reports a message for a stream nobody subscribed to, but not replies or unsubscribing streams', () => {
    const errors: BinanceRxError[] = [];
    ts.run(({ hot, expectObservable }) => {
      const { connection, codes, server } = setup();
      const messages = connection.pipe(keepMessagesOnly());
      const btc = connection.pipe(filterNewSocketOnly(), subscribeTrade('BTCUSDT', messages));
      script(hot, '-coax 250ms -yAz', {
        c: () => connection.connect(),
        o: () => server().open(),
        a: () => server().ack(),
        x: () => server().receive(combined('ethusdt@trade', trade('ETHUSDT', '1'))),
        // btc was released at 5; its UNSUBSCRIBE left at 252 and is not answered yet.
        y: () => server().receive(combined('btcusdt@trade', trade('BTCUSDT', '1'))),
        A: () => server().ack(),
        z: () => server().receive(combined('btcusdt@trade', trade('BTCUSDT', '2'))),
      });
      expectObservable(btc, '^----!').toBe('');
      expectObservable(codes).toBe('----x 250ms ---z', {
        x: 'UNEXPECTED_STREAM',
        z: 'UNEXPECTED_STREAM',
      });
      connection.pipe(keepErrorsOnly()).subscribe((error) => errors.push(error));
    });
    expect(errors[0]).toMatchObject({
      name: 'UnexpectedStreamError',
      stream: 'ethusdt@trade',
      socketId: 1,
      message: 'message for ethusdt@trade, not subscribed on socket 1',
    });
    expect(MockWebSocket.last().sentAt.map(([time]) => time)).toEqual([2, 252]);
  });

  it('reports an error reply that matches no request', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, errors, server } = setup();
      script(hot, '-cor', {
        c: () => connection.connect(),
        o: () => server().open(),
        r: () => server().receive({ code: 1, msg: 'Invalid value type: expected Boolean' }),
      });
      expectObservable(errors.pipe(map((e) => [e.code, e.message]))).toBe('---r', {
        r: [
          'SUBSCRIBE_REJECTED',
          '(unknown request) (unknown streams) rejected by Binance (code 1: Invalid value type: expected Boolean, request id null)',
        ],
      });
    });
  });

  it('stops with status closed after a close when reconnect is false', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, status, codes, server } = setup({ reconnect: false });
      script(hot, '-cox', {
        c: () => connection.connect(),
        o: () => server().open(),
        x: () => server().serverClose(1001, 'going away'),
      });
      expectObservable(status.pipe(map((event) => event.status))).toBe('-abc', {
        a: 'connecting',
        b: 'open',
        c: 'closed',
      });
      expectObservable(codes).toBe('---x', { x: 'CONNECTION_CLOSED' });
    });
    expect(MockWebSocket.instances).toHaveLength(1);
  });

  it('treats a WebSocket constructor that throws as a failed attempt', () => {
    class Throwing {
      constructor() {
        throw new SyntaxError('Invalid URL');
      }
    }
    ts.run(({ hot, expectObservable }) => {
      const { connection, errors, status } = setup({ WebSocket: Throwing as never });
      let running: Subscription | undefined;
      script(hot, '-c----u', {
        c: () => (running = connection.connect()),
        u: () => running?.unsubscribe(),
      });
      expectObservable(errors.pipe(map((e) => e.message))).toBe('-x', {
        x: 'connection closed (1006: Invalid URL)',
      });
      expectObservable(status.pipe(map((e) => e.status))).toBe('-(ar)-c', {
        a: 'connecting',
        r: 'reconnecting',
        c: 'closed',
      });
    });
  });

  it('sends socket.send payloads through the same rate-limited outbox', () => {
    let handle: SocketHandle | undefined;
    ts.run(({ hot }) => {
      const { connection, server } = setup();
      const messages = connection.pipe(keepMessagesOnly());
      connection.pipe(filterNewSocketOnly()).subscribe(({ socket }) => (handle = socket));
      connection.pipe(filterNewSocketOnly(), subscribeTrade('BTCUSDT', messages)).subscribe();
      script(hot, '-coalx', {
        c: () => connection.connect(),
        o: () => server().open(),
        a: () => server().ack(),
        l: () => handle?.send({ method: 'LIST_SUBSCRIPTIONS', id: 100 }),
        x: () => server().serverClose(1006, ''),
      });
    });
    expect(MockWebSocket.instances[0]?.sentAt).toEqual([
      [2, { method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 1 }],
    ]);
    // The LIST_SUBSCRIPTIONS waited for the slot at 252; the socket closed at 5 and it was dropped.
    expect(handle?.closed).toBe(true);
    handle?.send({ method: 'LIST_SUBSCRIPTIONS', id: 101 });
  });

  it('sends a queued payload at the next free slot', () => {
    ts.run(({ hot }) => {
      const { connection, server } = setup();
      connection
        .pipe(filterNewSocketOnly())
        .subscribe(({ socket }) => socket.send({ method: 'LIST_SUBSCRIPTIONS', id: 100 }));
      script(hot, '-co', { c: () => connection.connect(), o: () => server().open() });
      script(hot, '-- 300ms u', { u: () => server().serverClose(1000, '') });
    });
    expect(MockWebSocket.instances[0]?.sentAt).toEqual([
      [2, { method: 'LIST_SUBSCRIPTIONS', id: 100 }],
    ]);
  });

  it('refuses a socket.send payload that is not JSON at once; nothing is queued', () => {
    const sent: unknown[] = [];
    ts.run(({ hot }) => {
      const { connection, server } = setup();
      connection.pipe(filterNewSocketOnly()).subscribe(({ socket }) => {
        try {
          socket.send({ method: 'LIST_SUBSCRIPTIONS', id: 1n });
        } catch (error) {
          sent.push(error);
        }
        socket.send({ method: 'LIST_SUBSCRIPTIONS', id: 100 });
      });
      script(hot, '-co', { c: () => connection.connect(), o: () => server().open() });
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeInstanceOf(InvalidParameterError);
    expect(sent[0]).toMatchObject({ target: 'socket.send', parameter: 'payload' });
    expect(String((sent[0] as Error).message)).toContain('is not JSON');
    expect(MockWebSocket.instances[0]?.sentAt).toEqual([
      [2, { method: 'LIST_SUBSCRIPTIONS', id: 100 }],
    ]);
  });

  it('a logger that throws in the reconnect timer is reported, and the connection still reconnects', () => {
    let connecting = 0;
    const errors: BinanceRxError[] = [];
    const logger = {
      debug: () => {},
      info: (message: string) => {
        if (message === 'connecting' && ++connecting > 1) throw new Error('log transport down');
      },
      warn: () => {},
      error: () => {},
    };
    ts.run(({ hot }) => {
      const { connection, errors: reported, server } = setup({ logger });
      reported.subscribe((error) => errors.push(error));
      script(hot, '-cox 1000ms o', {
        c: () => connection.connect(),
        o: () => server().open(),
        x: () => server().serverClose(1006, 'gone'),
      });
    });
    expect(MockWebSocket.instances).toHaveLength(2);
    expect(MockWebSocket.instances[1]?.readyState).toBe(1);
    const failed = errors.filter((error) => error instanceof CallbackError);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ callback: 'logger', socketId: undefined });
    expect(failed[0]?.message).toContain('log transport down');
  });
});
