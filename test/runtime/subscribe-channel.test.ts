import { map } from 'rxjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import type { ConnectionOptions } from '../../src/connection/options';
import {
  InvalidParameterError,
  RequestTimeoutError,
  SubscriptionRejectedError,
} from '../../src/errors';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepErrorsOnly } from '../../src/operators/keep-errors-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import {
  combined,
  script,
  subscribeAllTickers,
  subscribeTrade,
  testScheduler,
  trade,
} from './fixtures';
import { MockWebSocket } from './mock-web-socket';

let ts = testScheduler();

/** A connection over MockWebSocket on the test scheduler, with its messages and socket events. */
function setup(options: ConnectionOptions = {}) {
  const connection = publicWebsocketConnection({
    rotateAfterMs: false,
    // The mock server never answers a heartbeat probe: these tests are not about dead sockets.
    heartbeatTimeoutMs: false,
    url: 'ws://binance.test/stream',
    WebSocket: MockWebSocket,
    scheduler: ts,
    reconnect: { initialDelayMs: 1000, jitter: 0 },
    ...options,
  });
  const messages = connection.pipe(keepMessagesOnly());
  const sockets = connection.pipe(filterNewSocketOnly());
  const errors = connection.pipe(
    keepErrorsOnly(),
    map((error) => error.code),
  );
  const server = () => MockWebSocket.last();
  return { connection, messages, sockets, errors, server };
}

const btc1 = trade('BTCUSDT', '1.00');
const btc2 = trade('BTCUSDT', '2.00');
const eth1 = trade('ETHUSDT', '9.00');

beforeEach(() => {
  ts = testScheduler();
  MockWebSocket.reset(ts);
});

describe('subscribeChannel', () => {
  it('sends one SUBSCRIBE, then emits the messages of its stream only', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, messages, sockets, server } = setup();
      const btc = sockets.pipe(subscribeTrade('BTCUSDT', messages));
      const eth = sockets.pipe(subscribeTrade({ symbol: 'ETHUSDT' }, messages));
      script(hot, '-co-abed', {
        c: () => connection.connect(),
        o: () => server().open(),
        a: () => server().ack(),
        b: () => server().receive(combined('btcusdt@trade', btc1)),
        e: () => server().receive(combined('ethusdt@trade', eth1)),
        d: () => server().receive(combined('btcusdt@trade', btc2)),
      });
      expectObservable(btc).toBe('-----b-d', { b: btc1, d: btc2 });
      expectObservable(eth).toBe('------e-', { e: eth1 });
    });
    expect(MockWebSocket.instances).toHaveLength(1);
    expect(MockWebSocket.last().url).toBe('ws://binance.test/stream');
    expect(MockWebSocket.last().sentAt).toEqual([
      [2, { method: 'SUBSCRIBE', params: ['btcusdt@trade', 'ethusdt@trade'], id: 1 }],
    ]);
  });

  it('shares one SUBSCRIBE and its ack between subscribers; the last to leave sends UNSUBSCRIBE', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, messages, sockets, server } = setup();
      const btc = sockets.pipe(subscribeTrade('BTCUSDT', messages));
      script(hot, '-co-ab-----d', {
        c: () => connection.connect(),
        o: () => server().open(),
        a: () => server().ack(),
        b: () => server().receive(combined('btcusdt@trade', btc1)),
        d: () => server().receive(combined('btcusdt@trade', btc2)),
      });
      expectObservable(btc, '^-------!').toBe('-----b--', { b: btc1 });
      expectObservable(btc, '---^---------!').toBe('-----b-----d-', { b: btc1, d: btc2 });
    });
    // The UNSUBSCRIBE at frame 12 waits for the next slot: 250 ms after the SUBSCRIBE.
    expect(MockWebSocket.last().sentAt).toEqual([
      [2, { method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 1 }],
      [252, { method: 'UNSUBSCRIBE', params: ['btcusdt@trade'], id: 2 }],
    ]);
  });

  it('sends nothing for a subscribe and an unsubscribe that cancel out before the flush', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, messages, sockets, server } = setup();
      script(hot, '-coa', {
        c: () => connection.connect(),
        a: () => server().ack(),
        o: () => {
          server().open();
          // In the same turn as the open, before the flush.
          sockets.pipe(subscribeTrade('BNBBTC', messages)).subscribe().unsubscribe();
        },
      });
      expectObservable(sockets.pipe(subscribeTrade('BTCUSDT', messages))).toBe('');
      // Subscribed at 5 and gone at 100: both fall inside the wait for the slot at 252.
      expectObservable(sockets.pipe(subscribeTrade('ETHUSDT', messages)), '5ms ^ 94ms !').toBe('');
    });
    expect(MockWebSocket.last().sentAt).toEqual([
      [2, { method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 1 }],
    ]);
  });

  it('batches subscribes into one message per slot, at most 4 messages per second', () => {
    const symbols = Array.from({ length: 30 }, (_, i) => `SYM${i}`);
    MockWebSocket.autoAck = true;
    ts.run(({ hot, expectObservable }) => {
      const { connection, messages, sockets, server } = setup();
      script(hot, '-co', { c: () => connection.connect(), o: () => server().open() });
      // Three at once, then one every 100 ms.
      symbols.forEach((symbol, i) => {
        const at = i < 3 ? 2 : 2 + 100 * (i - 2);
        expectObservable(sockets.pipe(subscribeTrade(symbol, messages)), `${at}ms ^`).toBe('');
      });
    });
    const sent = MockWebSocket.last().sentAt;
    const params = (k: number) => (sent[k]?.[1] as { params: string[] }).params;
    expect(sent.map(([time]) => time)).toEqual([
      2, 252, 502, 752, 1002, 1252, 1502, 1752, 2002, 2252, 2502, 2752,
    ]);
    expect(params(0)).toEqual(['sym0@trade', 'sym1@trade', 'sym2@trade']);
    expect(params(1)).toEqual(['sym3@trade', 'sym4@trade']);
    expect(params(2)).toEqual(['sym5@trade', 'sym6@trade', 'sym7@trade']);
    expect(sent.flatMap(([, frame]) => (frame as { params: string[] }).params)).toHaveLength(30);
    for (const [time] of sent) {
      expect(sent.filter(([t]) => t >= time && t < time + 1000).length).toBeLessThanOrEqual(4);
    }
  });

  it('errors with RequestTimeoutError when no reply comes, then unsubscribes', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, messages, sockets, server } = setup();
      script(hot, '-co', { c: () => connection.connect(), o: () => server().open() });
      const btc = sockets.pipe(subscribeTrade('BTCUSDT', messages));
      const timeout = new RequestTimeoutError('SUBSCRIBE', 1, 10_000, ['btcusdt@trade']);
      expectObservable(btc).toBe('-- 10000ms #', undefined, timeout);
    });
    const sent = MockWebSocket.last().sentAt;
    expect(sent).toEqual([
      [2, { method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 1 }],
      [10_002, { method: 'UNSUBSCRIBE', params: ['btcusdt@trade'], id: 2 }],
    ]);
  });

  it('errors every holder with SubscriptionRejectedError on an error reply', () => {
    let caught: unknown;
    ts.run(({ hot, expectObservable }) => {
      const { connection, messages, sockets, server } = setup();
      script(hot, '-co-r', {
        c: () => connection.connect(),
        o: () => server().open(),
        r: () => server().reject(2, 'Invalid request: invalid stream'),
      });
      const btc = sockets.pipe(subscribeTrade('BTCUSDT', messages));
      const rejected = new SubscriptionRejectedError(
        'SUBSCRIBE',
        ['btcusdt@trade'],
        2,
        'Invalid request: invalid stream',
        1,
      );
      expectObservable(btc).toBe('----#', undefined, rejected);
      expectObservable(btc).toBe('----#', undefined, rejected);
      btc.subscribe({ error: (error: unknown) => (caught = error) });
    });
    expect(caught).toBeInstanceOf(SubscriptionRejectedError);
    expect(caught).toMatchObject({
      code: 'SUBSCRIBE_REJECTED',
      name: 'SubscriptionRejectedError',
      binanceCode: 2,
      binanceMessage: 'Invalid request: invalid stream',
      requestId: 1,
      streams: ['btcusdt@trade'],
    });
    // The server never had the stream: no UNSUBSCRIBE follows.
    expect(MockWebSocket.last().sentJson()).toHaveLength(1);
  });

  it('drops a payload failing its schema, reports it, and goes on', () => {
    const bad = { e: 'trade', s: 'BTCUSDT', p: 42 };
    let reported: unknown;
    ts.run(({ hot, expectObservable }) => {
      const { connection, messages, sockets, errors, server } = setup();
      script(hot, '-co-abxd', {
        c: () => connection.connect(),
        o: () => server().open(),
        a: () => server().ack(),
        b: () => server().receive(combined('btcusdt@trade', btc1)),
        x: () => server().receive(combined('btcusdt@trade', bad)),
        d: () => server().receive(combined('btcusdt@trade', btc2)),
      });
      expectObservable(sockets.pipe(subscribeTrade('BTCUSDT', messages))).toBe('-----b-d', {
        b: btc1,
        d: btc2,
      });
      expectObservable(errors).toBe('------x-', { x: 'SCHEMA_VALIDATION' });
      connection.pipe(keepErrorsOnly()).subscribe((error) => (reported = error));
    });
    expect(reported).toMatchObject({
      name: 'SchemaValidationError',
      stream: 'btcusdt@trade',
      schemaId: 'https://binance-rx.dev/schemas/channels/trade.json',
      instancePath: '/p',
      schemaPath: '#/properties/p/type',
      reason: 'must be string',
      payload: bad,
      message:
        'btcusdt@trade: payload /p must be string (https://binance-rx.dev/schemas/channels/trade.json#/properties/p/type)',
    });
  });

  it('lets options.validate turn validation off for one subscription', () => {
    const bad = { e: 'trade', s: 'BTCUSDT', p: 42 };
    ts.run(({ hot, expectObservable }) => {
      const { connection, messages, sockets, errors, server } = setup();
      script(hot, '-coax', {
        c: () => connection.connect(),
        o: () => server().open(),
        a: () => server().ack(),
        x: () => server().receive(combined('btcusdt@trade', bad)),
      });
      const unchecked = sockets.pipe(subscribeTrade('BTCUSDT', messages, { validate: false }));
      expectObservable(unchecked).toBe('----x', { x: bad });
      expectObservable(errors).toBe('-');
    });
  });

  it('follows the connection-wide validate: false', () => {
    const bad = { e: 'trade', s: 'BTCUSDT', p: 42 };
    ts.run(({ hot, expectObservable }) => {
      const { connection, messages, sockets, server } = setup({ validate: false });
      script(hot, '-coax', {
        c: () => connection.connect(),
        o: () => server().open(),
        a: () => server().ack(),
        x: () => server().receive(combined('btcusdt@trade', bad)),
      });
      expectObservable(sockets.pipe(subscribeTrade('BTCUSDT', messages))).toBe('----x', { x: bad });
    });
  });

  it('resubscribes on every new socket after a close, past the backoff delay', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, messages, sockets, server } = setup();
      script(hot, '-co-ab-x 1000ms -o-ad', {
        c: () => connection.connect(),
        o: () => server().open(),
        a: () => server().ack(),
        b: () => server().receive(combined('btcusdt@trade', btc1)),
        x: () => server().serverClose(1006, 'gone'),
        d: () => server().receive(combined('btcusdt@trade', btc2)),
      });
      const btc = sockets.pipe(subscribeTrade('BTCUSDT', messages));
      expectObservable(btc).toBe('-----b 1000ms ------d', { b: btc1, d: btc2 });
    });
    const [first, second] = MockWebSocket.instances;
    expect(MockWebSocket.instances).toHaveLength(2);
    expect(first?.sentAt).toEqual([[2, { method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 1 }]]);
    // Closed at 7, reconnected at 1007, opened at 1009 and resubscribed at once; ids go on.
    expect(second?.sentAt).toEqual([
      [1009, { method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 2 }],
    ]);
  });

  it('subscribes a zero-parameter channel', () => {
    ts.run(({ hot, expectObservable }) => {
      const { connection, messages, sockets, server } = setup();
      script(hot, '-co-at', {
        c: () => connection.connect(),
        o: () => server().open(),
        a: () => server().ack(),
        t: () => server().receive(combined('!miniTicker@arr', [1, 2])),
      });
      expectObservable(sockets.pipe(subscribeAllTickers(messages))).toBe('-----t', { t: [1, 2] });
    });
    expect(MockWebSocket.last().sentJson()).toEqual([
      { method: 'SUBSCRIBE', params: ['!miniTicker@arr'], id: 1 },
    ]);
  });

  it('throws InvalidParameterError at call time, before anything is subscribed', () => {
    const { messages } = setup();
    expect(() => subscribeTrade('BTC USDT', messages)).toThrow(InvalidParameterError);
    expect(() => subscribeTrade('BTC USDT', messages)).toThrow(
      "trade: parameter symbol: 'BTC USDT' does not match ^[A-Za-z0-9]{1,20}$",
    );
    expect(MockWebSocket.instances).toHaveLength(0);
  });
});
