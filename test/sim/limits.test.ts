import { afterEach, describe, expect, it, vi } from 'vitest';
import { Client, closeAll, start, upgradeStatus } from './helpers';

afterEach(closeAll);

const names = (count: number) => Array.from({ length: count }, (_, i) => `sym${i}usdt@trade`);

describe('connection limits', () => {
  it('allows 1024 streams per connection and refuses the 1025th', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.streams);
    const tooMany = await client.request({ method: 'SUBSCRIBE', params: names(1025), id: 1 });
    expect(tooMany['error']).toMatchObject({ code: 2 });
    expect(await client.request({ method: 'SUBSCRIBE', params: names(1024), id: 2 })).toEqual({
      result: null,
      id: 2,
    });
    const list = await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 3 });
    expect(list['result']).toHaveLength(1024);
    const more = await client.request({ method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 4 });
    expect(more['error']).toMatchObject({ code: 2 });
  });

  it('refuses a URL with more streams than the limit', async () => {
    const exchange = await start({ maxStreamsPerConnection: 2 });
    const url = `${exchange.urls.combined}?streams=${names(3).join('/')}`;
    expect((await upgradeStatus(url)).status).toBe(400);
    expect(
      (await upgradeStatus(`${exchange.urls.combined}?streams=${names(2).join('/')}`)).status,
    ).toBe(101);
  });

  it('disconnects a connection that sends more than 5 messages in a second', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.streams);
    for (let id = 1; id <= 6; id++) client.send({ method: 'LIST_SUBSCRIPTIONS', id });
    const closed = await client.closed;
    expect(closed.code).toBe(1008);
    const replies = client.pending.map((t) => JSON.parse(t) as { id: number });
    expect(replies.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('sends ping frames and keeps a connection that answers them', async () => {
    const exchange = await start({
      pingIntervalMs: 20,
      pongTimeoutMs: 60,
      maxIncomingPerSecond: 1000,
    });
    const client = await Client.open(exchange.urls.streams);
    while (client.pings.length < 6) await new Promise((r) => client.ws.once('ping', r));
    expect(client.ws.readyState).toBe(client.ws.OPEN);
    expect(client.pings[0]!.length).toBeGreaterThan(0);
  });

  it('drops a connection that does not answer pings (unsolicited pongs do not count)', async () => {
    const exchange = await start({
      pingIntervalMs: 20,
      pongTimeoutMs: 80,
      maxIncomingPerSecond: 1000,
    });
    const client = await Client.open(exchange.urls.streams, { autoPong: false });
    const unsolicited = setInterval(() => client.ws.pong('hello'), 10);
    const closed = await client.closed;
    clearInterval(unsolicited);
    expect(client.pings.length).toBeGreaterThan(0);
    expect(closed.code).toBe(1006);
  });

  it('closes a connection at the end of its lifetime', async () => {
    const exchange = await start({ maxLifetimeMs: 100 });
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    const closed = await client.closed;
    expect(closed.code).toBe(1000);
    await vi.waitFor(() => expect(exchange.connectionCount).toBe(0));
  });
});
