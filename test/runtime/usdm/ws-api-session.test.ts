/**
 * A WebSocket API session given `product: usdmProduct` is the futures one: ws-fapi's URL and the
 * futures rate limits (spec/usdm/limits.yaml), on the same session code as Spot's.
 */
import { VirtualTimeScheduler } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { spotProduct } from '../../../generated/product';
import { ConnectionClosedError, InvalidOptionError } from '../../../src/errors';
import {
  getBalanceFactory,
  getOrderFactory,
  placeOrderFactory,
  usdmProduct,
  USDM_WS_API_URL,
} from '../../../src/usdm/index';
import { BINANCE_WS_API_URL } from '../../../src/ws-api/endpoints';
import { wsApiSession, type WsApiSession } from '../../../src/ws-api/session';
import { MockWebSocket } from '../mock-web-socket';
import { harness } from '../ws-api/harness';

const open = (options: Parameters<typeof wsApiSession>[0]) => {
  MockWebSocket.reset();
  const scheduler = new VirtualTimeScheduler();
  const session = wsApiSession({ WebSocket: MockWebSocket, scheduler, ...options });
  session.connect();
  return { session, scheduler, socket: MockWebSocket.last() };
};

const rules = (session: WsApiSession) =>
  session.governor.status().usage.map((u) => [u.type, u.interval, u.limit]);

describe('wsApiSession({ product: usdmProduct })', () => {
  it("connects to ws-fapi and is governed by the futures limits, not Spot's", () => {
    const { session, socket } = open({ product: usdmProduct });
    expect(socket.url).toBe('wss://ws-fapi.binance.com/ws-fapi/v1');
    expect(USDM_WS_API_URL).toBe(socket.url);
    expect(rules(session)).toEqual([
      ['REQUEST_WEIGHT', '1m', 2400],
      ['ORDERS', '10s', 300],
      ['ORDERS', '1m', 1200],
    ]);
  });

  it('keeps Spot as it was without a product', () => {
    const { session, socket } = open({});
    expect(socket.url).toBe(BINANCE_WS_API_URL);
    expect(spotProduct.wsApiUrl).toBe(BINANCE_WS_API_URL);
    expect(rules(session)).toContainEqual(['REQUEST_WEIGHT', '1m', 6000]);
  });

  it("takes an explicit url (the local exchange, a testnet) with the product's limits", () => {
    const { session, socket } = open({ product: usdmProduct, url: 'ws://127.0.0.1:1/ws-fapi/v1' });
    expect(socket.url).toBe('ws://127.0.0.1:1/ws-fapi/v1');
    expect(rules(session)).toContainEqual(['ORDERS', '10s', 300]);
  });

  it('refuses a product without a WebSocket API unless given a url', () => {
    const { wsApiUrl: _none, ...product } = usdmProduct;
    expect(() => wsApiSession({ product })).toThrow(InvalidOptionError);
    expect(() => wsApiSession({ product })).toThrow(/url.*has no WebSocket API/);
  });

  it('counts a futures order against the futures ORDERS budget', () => {
    const credentials = { apiKey: 'key', sign: () => 'signature' };
    const { session, socket } = open({ product: usdmProduct, credentials });
    socket.open();
    placeOrderFactory(session)({
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'MARKET',
      quantity: '1',
    }).subscribe({ error: () => {} });
    const sent = socket.sentJson() as { method: string; params: Record<string, unknown> }[];
    expect(sent.map((r) => r.method)).toEqual(['order.place']);
    expect(sent[0]!.params).toMatchObject({
      apiKey: 'key',
      signature: 'signature',
      symbol: 'BTCUSDT',
    });
    const orders = session.governor.status().usage.filter((u) => u.type === 'ORDERS');
    expect(orders.map((u) => [u.interval, u.limit, u.used])).toEqual([
      ['10s', 300, 1],
      ['1m', 1200, 1],
    ]);
  });

  it('correlates futures answers by id, fails what was in flight on a drop, resends nothing', () => {
    const credentials = { apiKey: 'key', sign: () => 'signature' };
    const h = harness({ product: usdmProduct, credentials, requestTimeoutMs: 60_000 });
    h.session.connect();
    const first = h.server();
    first.open();
    const results: unknown[] = [];
    const status = getOrderFactory(h.session)({ symbol: 'BTCUSDT', orderId: 1 });
    const balance = getBalanceFactory(h.session)({});
    status.subscribe((r) => results.push(['status', r]));
    balance.subscribe((r) => results.push(['balance', r]));
    const [a, b] = h.sent();
    expect([a!.method, b!.method]).toEqual(['order.status', 'v2/account.balance']);
    first.receive({ id: b!.id, status: 200, result: [] });
    first.receive({ id: a!.id, status: 200, result: { orderId: 1 } });
    expect(results).toEqual([
      ['balance', []],
      ['status', { orderId: 1 }],
    ]);

    const errors: unknown[] = [];
    placeOrderFactory(h.session)({
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'MARKET',
      quantity: '1',
    }).subscribe({
      error: (e: unknown) => errors.push(e),
    });
    first.serverClose(1006, 'gone');
    // An order in flight is not sent again: its outcome is for the caller (order.status) to learn.
    expect(errors[0]).toBeInstanceOf(ConnectionClosedError);
    const later: unknown[] = [];
    getBalanceFactory(h.session)({}).subscribe((r) => later.push(r));
    h.advance(1000);
    const second = h.server();
    expect(second).not.toBe(first);
    second.open();
    expect(h.sent(second).map((r) => r.method)).toEqual(['v2/account.balance']);
    h.reply('v2/account.balance', [{ asset: 'USDT' }], second);
    expect(later).toEqual([[{ asset: 'USDT' }]]);
  });
});

describe('userData() of a futures session', () => {
  it('fails at once with InvalidOptionError: ws-fapi has no user data subscription', () => {
    const { session, socket } = open({ product: usdmProduct });
    socket.open();
    const errors: unknown[] = [];
    session.userData().subscribe({ error: (e: unknown) => errors.push(e) });
    expect(errors[0]).toBeInstanceOf(InvalidOptionError);
    expect(String(errors[0])).toMatch(/USDⓈ-M futures has no user data on its WebSocket API/);
    expect(socket.sentJson()).toEqual([]);
  });

  it('stays served on Spot, with or without the product', () => {
    for (const options of [{}, { product: spotProduct }]) {
      const { session, socket } = open({
        ...options,
        credentials: { apiKey: 'k', sign: () => 's' },
      });
      socket.open();
      session.userData().subscribe({ error: () => {} });
      const sent = socket.sentJson() as { method: string }[];
      expect(sent.map((r) => r.method)).toEqual(['userDataStream.subscribe.signature']);
    }
  });
});
