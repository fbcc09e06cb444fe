/**
 * What one message costs does not grow with the subscriptions of a connection: with N channel
 * subscriptions made as the README shows (`connection.pipe(filterNewSocketOnly(),
 * subscribe<Channel>(…, messages))`), plus N status and N error watchers, one message makes the same
 * number of calls into rxjs subscribers and validators for N = 1, 10 and 1,000; and the same again
 * when the streams are spread over 1, 8 or 100 sockets of one sharded connection; and no connection
 * event is made for it (a shard hands the frame's value to the message path). Counted, not timed.
 */
import { Subscriber, type Observable, type OperatorFunction } from 'rxjs';
import type { TestScheduler } from 'rxjs/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { subscribeChannel } from '../../src/channels/subscribe-channel';
import type { NewSocketEvent } from '../../src/connection/events';
import { EventPaths } from '../../src/connection/event-paths';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepErrorsOnly } from '../../src/operators/keep-errors-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import { keepStatusOnly } from '../../src/operators/keep-status-only';
import {
  combined,
  testScheduler,
  trade,
  tradeChannel,
  validator,
  type TradeEvent,
} from './fixtures';
import { MockWebSocket } from './mock-web-socket';

let ts: TestScheduler;
/** Calls of the counting trade validator (one per payload a channel checks). */
let validations = 0;
const countingChannel = {
  ...tradeChannel,
  validate: validator(() => {
    validations += 1;
    return undefined;
  }),
};
const subscribeCountedTrade = (
  symbol: string,
  messages: Observable<unknown>,
): OperatorFunction<NewSocketEvent, TradeEvent> =>
  subscribeChannel(countingChannel, { symbol }, messages);

beforeEach(() => {
  ts = testScheduler();
  MockWebSocket.reset(ts);
  MockWebSocket.autoAck = true;
  validations = 0;
});

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * A connection with `n` trade subscriptions (S0USDT … ), `n` status and `n` error watchers;
 * `perSocket` streams per socket (one shard each), default all on one socket.
 */
function connectionWith(n: number, perSocket?: number) {
  const connection = publicWebsocketConnection({
    url: 'ws://binance.test/stream',
    WebSocket: MockWebSocket,
    scheduler: ts,
    rotateAfterMs: false,
    heartbeatTimeoutMs: false,
    ...(perSocket === undefined ? {} : { maxStreamsPerSocket: perSocket }),
  });
  const messages = connection.pipe(keepMessagesOnly());
  const received: string[] = [];
  for (let i = 0; i < n; i += 1) {
    connection
      .pipe(filterNewSocketOnly(), subscribeCountedTrade(`S${i}USDT`, messages))
      .subscribe((event) => received.push(`${event.s}:${event.p}`));
    connection.pipe(keepStatusOnly()).subscribe();
    connection.pipe(keepErrorsOnly()).subscribe();
  }
  connection.connect();
  for (const socket of MockWebSocket.instances) socket.open();
  ts.flush(); // the SUBSCRIBEs go out and are acknowledged
  return { received, server: MockWebSocket.instances[0]! };
}

/** Calls into rxjs subscribers and validators while one message of one stream is delivered. */
function costOfOneMessage(n: number, perSocket?: number) {
  MockWebSocket.reset(ts);
  MockWebSocket.autoAck = true;
  const { received, server } = connectionWith(n, perSocket);
  const subscribed = MockWebSocket.instances.flatMap((socket) =>
    socket.sentJson().flatMap((f) => (f as { params: string[] }).params),
  );
  expect(subscribed).toHaveLength(n);
  expect(MockWebSocket.instances).toHaveLength(Math.ceil(n / (perSocket ?? n)));
  validations = 0;
  const next = vi.spyOn(Subscriber.prototype, 'next');
  const events = vi.spyOn(EventPaths.prototype, 'emit');
  server.receive(combined('s0usdt@trade', trade('S0USDT', '1.00')));
  const calls = {
    subscriberNext: next.mock.calls.length,
    validations,
    connectionEvents: events.mock.calls.length,
  };
  next.mockRestore();
  events.mockRestore();
  expect(received).toEqual(['S0USDT:1.00']);
  return calls;
}

describe('the cost of one message', () => {
  it('is the same with 1, 10 and 1,000 subscriptions on the connection', () => {
    const one = costOfOneMessage(1);
    const ten = costOfOneMessage(10);
    const thousand = costOfOneMessage(1000);
    expect(one.validations).toBe(1);
    expect(ten).toEqual(one);
    expect(thousand).toEqual(one);
    // The message path itself is short: the message path, the channel, the switchMap, the user.
    expect(one.subscriberNext).toBeLessThanOrEqual(4);
    // A frame goes from its shard straight to the message path: no event object is made for it.
    expect(one.connectionEvents).toBe(0);
  });

  it('is the same on 1, 8 and 100 sockets of one sharded connection', () => {
    const one = costOfOneMessage(1, 1);
    expect(costOfOneMessage(8, 1)).toEqual(one);
    expect(costOfOneMessage(100, 1)).toEqual(one);
    expect(one).toEqual(costOfOneMessage(1));
  });

  it('still reaches a subscription made after the socket opened, which gets the socket first', () => {
    const connection = publicWebsocketConnection({
      url: 'ws://binance.test/stream',
      WebSocket: MockWebSocket,
      scheduler: ts,
      rotateAfterMs: false,
      heartbeatTimeoutMs: false,
    });
    const messages = connection.pipe(keepMessagesOnly());
    expect(connection.pipe(keepMessagesOnly())).toBe(messages);
    connection.connect();
    const late = MockWebSocket.last();
    late.open();
    const sockets: number[] = [];
    const prices: string[] = [];
    connection.pipe(filterNewSocketOnly()).subscribe(({ socket }) => sockets.push(socket.id));
    connection
      .pipe(filterNewSocketOnly(), subscribeCountedTrade('BTCUSDT', messages))
      .subscribe((event) => prices.push(event.p));
    ts.flush();
    late.receive(combined('btcusdt@trade', trade('BTCUSDT', '2.00')));
    expect(sockets).toEqual([1]);
    expect(prices).toEqual(['2.00']);
  });
});
