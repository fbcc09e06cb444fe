import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getBookFactory } from '../../../generated/operations/get-book';
import { placeOrderFactory } from '../../../generated/operations/place-order';
import { getServerTimeFactory } from '../../../generated/operations/get-server-time';
import {
  BinanceApiError,
  ConnectionClosedError,
  InvalidParameterError,
  MissingCredentialsError,
  RateLimitedError,
  RequestTimeoutError,
} from '../../../src/errors';
import { sortedPayload } from '../../../src/signing/payload';
import { harness } from './harness';
import { watch } from './watch';

const SECRET = 'secret';
const hmac = (payload: string) => createHmac('sha256', SECRET).update(payload).digest('hex');

/** Collects what an Observable emits, its error and whether it completed. */

const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' } as const;

describe('wsApiSession requests', () => {
  it('opens nothing before connect(); a request waits for the socket, then gets its result', () => {
    const h = harness();
    const time = watch(getServerTimeFactory(h.session)({}));
    expect(() => h.server()).toThrow();
    h.session.connect();
    h.server().open();
    expect(h.sent()).toEqual([{ id: 1, method: 'time', params: {} }]);
    h.reply('time', { serverTime: 42 });
    expect(time).toMatchObject({ values: [{ serverTime: 42 }], complete: true });
  });

  it('correlates by id when answers come out of order', () => {
    const h = harness();
    h.session.connect();
    h.server().open();
    const depth = getBookFactory(h.session);
    const a = watch(depth({ symbol: 'AAA' }));
    const b = watch(depth({ symbol: 'BBB' }));
    const [first, second] = h.sent();
    h.server().receive({
      id: second!.id,
      status: 200,
      result: { lastUpdateId: 2, bids: [], asks: [] },
    });
    h.server().receive({
      id: first!.id,
      status: 200,
      result: { lastUpdateId: 1, bids: [], asks: [] },
    });
    expect(a.values).toEqual([{ lastUpdateId: 1, bids: [], asks: [] }]);
    expect(b.values).toEqual([{ lastUpdateId: 2, bids: [], asks: [] }]);
  });

  it('signs TRADE requests over the sorted parameters with apiKey and timestamp', () => {
    const h = harness({ credentials: { apiKey: 'KEY', sign: hmac }, recvWindow: 2000 });
    h.session.connect();
    h.server().open();
    h.advance(1234);
    watch(placeOrderFactory(h.session)(order));
    const { params } = h.lastSent('order.place');
    const { signature, ...rest } = params;
    expect(rest).toEqual({ ...order, apiKey: 'KEY', recvWindow: 2000, timestamp: 1234 });
    expect(signature).toBe(hmac(sortedPayload(rest as never)));
    expect(sortedPayload(rest as never)).toBe(
      'apiKey=KEY&quantity=0.1&recvWindow=2000&side=BUY&symbol=BTCUSDT&timestamp=1234&type=MARKET',
    );
  });

  it('sends decimal numbers as plain decimal text, the same digits it signs', () => {
    const h = harness({ credentials: { apiKey: 'KEY', sign: hmac } });
    h.session.connect();
    h.server().open();
    watch(placeOrderFactory(h.session)({ ...order, type: 'LIMIT', quantity: 1e21, price: 1e-7 }));
    const { params } = h.lastSent('order.place');
    expect(params).toMatchObject({ quantity: '1000000000000000000000', price: '0.0000001' });
    const { signature, ...rest } = params;
    expect(signature).toBe(hmac(sortedPayload(rest as never)));
    expect(sortedPayload(rest as never)).toContain(
      'price=0.0000001&quantity=1000000000000000000000&',
    );
  });

  it('rejects bad parameters and missing credentials before sending anything', () => {
    const h = harness();
    h.session.connect();
    h.server().open();
    const bad = watch(getBookFactory(h.session)({ symbol: 'BTCUSDT', limit: -1 }));
    const unsigned = watch(placeOrderFactory(h.session)(order));
    expect(bad.error).toBeInstanceOf(InvalidParameterError);
    expect(unsigned.error).toBeInstanceOf(MissingCredentialsError);
    expect(h.sent()).toEqual([]);
  });

  it('turns error responses into typed errors carrying the request', () => {
    const h = harness({ credentials: { apiKey: 'KEY', sign: hmac } });
    h.session.connect();
    h.server().open();
    const rejected = watch(placeOrderFactory(h.session)(order));
    h.fail('order.place', 400, -2010, 'Account has insufficient balance for requested action.');
    expect(rejected.error).toBeInstanceOf(BinanceApiError);
    expect(rejected.error).toMatchObject({
      binanceCode: -2010,
      status: 400,
      request: { operation: 'placeOrder', method: 'order.place', params: order, requestId: 1 },
    });
    const limited = watch(getServerTimeFactory(h.session)({}));
    h.fail('time', 429, -1003, 'Too many requests.', { serverTime: 1000, retryAfter: 4000 });
    expect(limited.error).toBeInstanceOf(RateLimitedError);
    expect(limited.error).toMatchObject({ retryAfterMs: 3000 });
  });

  it('surfaces rateLimits', () => {
    const h = harness();
    const limits: unknown[] = [];
    h.session.rateLimits$.subscribe((l) => limits.push(l));
    h.session.connect();
    h.server().open();
    watch(getServerTimeFactory(h.session)({}));
    const rateLimits = [
      {
        rateLimitType: 'REQUEST_WEIGHT',
        interval: 'MINUTE',
        intervalNum: 1,
        limit: 6000,
        count: 1,
      },
    ];
    h.reply('time', { serverTime: 1 }, h.server(), { rateLimits });
    expect(limits).toEqual([undefined, rateLimits]);
  });

  it('times out a request with no answer, on the scheduler', () => {
    const h = harness({ requestTimeoutMs: 5000 });
    h.session.connect();
    h.server().open();
    const time = watch(getServerTimeFactory(h.session)({}));
    h.advance(4999);
    expect(time.error).toBeUndefined();
    h.advance(1);
    expect(time.error).toBeInstanceOf(RequestTimeoutError);
    expect(time.error).toMatchObject({ method: 'time', requestId: 1, timeoutMs: 5000 });
  });

  it('fails in-flight requests when the socket drops; waiting ones go out on the next socket', () => {
    const h = harness({ requestTimeoutMs: 60_000 });
    h.session.connect();
    const first = h.server();
    first.open();
    const inFlight = watch(getServerTimeFactory(h.session)({}));
    first.serverClose(1006, 'gone');
    expect(inFlight.error).toBeInstanceOf(ConnectionClosedError);
    const waiting = watch(getServerTimeFactory(h.session)({}));
    h.advance(1000);
    const second = h.server();
    expect(second).not.toBe(first);
    second.open();
    expect(h.sent(second).map((r) => r.method)).toEqual(['time']);
    h.reply('time', { serverTime: 7 }, second);
    expect(waiting.values).toEqual([{ serverTime: 7 }]);
    expect(
      h.events.filter((e) => e.type === 'status').map((e) => 'status' in e && e.status),
    ).toEqual(['connecting', 'open', 'reconnecting', 'connecting', 'open']);
  });

  it('unsubscribing forgets the request; a late answer goes nowhere', () => {
    const h = harness();
    h.session.connect();
    h.server().open();
    const time = watch(getServerTimeFactory(h.session)({}));
    time.subscription.unsubscribe();
    h.reply('time', { serverTime: 1 });
    expect(time.values).toEqual([]);
  });

  it('closing the session fails what is still waiting and closes the socket', () => {
    const h = harness();
    const connection = h.session.connect();
    h.server().open();
    const time = watch(getServerTimeFactory(h.session)({}));
    connection.unsubscribe();
    expect(time.error).toBeInstanceOf(ConnectionClosedError);
    expect(h.server().closedByClient).toBeDefined();
    expect(h.events.at(-1)).toEqual({
      type: 'status',
      status: 'closed',
      reason: 'closed by client',
    });
  });
});

describe('wsApiSession with an Ed25519 key', () => {
  const credentials = {
    apiKey: 'EDKEY',
    sign: (p: string) => `sig(${p})`,
    keyType: 'ED25519' as const,
  };

  it('logs on with every new socket; signed requests wait for it and go unsigned', () => {
    const h = harness({ credentials });
    h.session.connect();
    h.server().open();
    const placed = watch(placeOrderFactory(h.session)(order));
    const logon = h.lastSent('session.logon');
    expect(logon.params).toEqual({
      apiKey: 'EDKEY',
      timestamp: 0,
      signature: 'sig(apiKey=EDKEY&timestamp=0)',
    });
    expect(h.sent().map((r) => r.method)).toEqual(['session.logon']);
    h.reply('session.logon', { authorizedSince: 0 });
    expect(h.lastSent('order.place').params).toEqual({ ...order, timestamp: 0 });
    h.reply('order.place', { orderId: 9 });
    expect(placed.values).toEqual([{ orderId: 9 }]);

    h.server().serverClose();
    h.advance(1000);
    h.server().open();
    expect(h.sent().map((r) => r.method)).toEqual(['session.logon']);
  });

  it('a failed logon fails the signed requests with Binance error, public ones still go', () => {
    const h = harness({ credentials });
    h.session.connect();
    h.server().open();
    const placed = watch(placeOrderFactory(h.session)(order));
    h.fail('session.logon', 401, -1022, 'Signature for this request is not valid.');
    expect(placed.error).toMatchObject({ binanceCode: -1022 });
    watch(getServerTimeFactory(h.session)({}));
    expect(h.sent().map((r) => r.method)).toEqual(['session.logon', 'time']);
  });
});
