import { afterEach, describe, expect, it } from 'vitest';
import { Client, closeAll, start, upgradeStatus } from './helpers';

afterEach(closeAll);

type Json = Record<string, unknown>;

describe('market-stream connections', () => {
  it('serves a raw stream at /ws/<stream> as bare payloads', async () => {
    const exchange = await start();
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    const trade = await client.json();
    expect(trade).toMatchObject({ e: 'trade', s: 'BTCUSDT', M: true });
    expect(trade).not.toHaveProperty('stream');
  });

  it('serves several raw streams at /ws/<a>/<b>', async () => {
    const exchange = await start();
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade/ethusdt@aggTrade`);
    await client.json((m) => m['e'] === 'trade' && m['s'] === 'BTCUSDT');
    await client.json((m) => m['e'] === 'aggTrade' && m['s'] === 'ETHUSDT');
  });

  it('accepts /ws with no stream, then streams what is subscribed live', async () => {
    const exchange = await start();
    const client = await Client.open(exchange.urls.streams);
    const reply = await client.request({
      method: 'SUBSCRIBE',
      params: ['bnbusdt@bookTicker'],
      id: 1,
    });
    expect(reply).toEqual({ result: null, id: 1 });
    expect(await client.json()).toMatchObject({ s: 'BNBUSDT', u: expect.any(Number) });
  });

  it('wraps combined streams as {"stream", "data"}', async () => {
    const exchange = await start();
    const client = await Client.open(
      `${exchange.urls.combined}?streams=btcusdt@trade/ethusdt@depth5@100ms`,
    );
    const trade = await client.json<Json>((m) => m['stream'] === 'btcusdt@trade');
    expect(trade['data']).toMatchObject({ e: 'trade', s: 'BTCUSDT' });
    const depth = await client.json<Json>((m) => m['stream'] === 'ethusdt@depth5@100ms');
    expect(Object.keys(depth)).toEqual(['stream', 'data']);
    expect(depth['data']).toMatchObject({ lastUpdateId: expect.any(Number) });
  });

  it('accepts a bare /stream and wraps live subscriptions', async () => {
    const exchange = await start();
    const client = await Client.open(exchange.urls.combined);
    expect(await client.request({ method: 'GET_PROPERTY', params: ['combined'], id: 2 })).toEqual({
      result: true,
      id: 2,
    });
    await client.request({ method: 'SUBSCRIBE', params: ['btcusdt@aggTrade'], id: 3 });
    const message = await client.json<Json>((m) => 'stream' in m);
    expect(message['stream']).toBe('btcusdt@aggTrade');
  });

  it('keeps `@+08:00` intact in a query string and URL-decodes path segments', async () => {
    const exchange = await start();
    const combined = await Client.open(`${exchange.urls.combined}?streams=btcusdt@kline_1s@+08:00`);
    const wrapped = await combined.json<Json>();
    expect(wrapped['stream']).toBe('btcusdt@kline_1s@+08:00');
    const raw = await Client.open(`${exchange.urls.streams}/btcusdt%40trade`);
    expect(await raw.json()).toMatchObject({ e: 'trade' });
  });

  it('sends timestamps in microseconds with timeUnit=MICROSECOND', async () => {
    const exchange = await start();
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade?timeUnit=MICROSECOND`);
    const trade = await client.json<Json>();
    expect(trade['E']).toBeGreaterThan(Date.now() * 100);
    expect(trade['t']).toBeLessThan(1_000_000);
  });

  it('accepts streams of unknown symbols but sends them nothing', async () => {
    const exchange = await start();
    const client = await Client.open(exchange.urls.streams);
    const reply = await client.request({
      method: 'SUBSCRIBE',
      params: ['nosuchusdt@trade', 'BTCUSDT@trade', 'ethusdt@trade'],
      id: 1,
    });
    expect(reply).toEqual({ result: null, id: 1 });
    const trades = await client.many<Json>(20);
    expect(new Set(trades.map((t) => t['s']))).toEqual(new Set(['ETHUSDT']));
  });

  it('rejects an invalid stream name or timeUnit in the URL with HTTP 400', async () => {
    const exchange = await start();
    const bad = await upgradeStatus(`${exchange.urls.streams}/btcusdt@nonsense`);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ code: 2, msg: 'Invalid request: invalid stream' });
    const unit = await upgradeStatus(`${exchange.urls.streams}/btcusdt@trade?timeUnit=SECOND`);
    expect(unit.status).toBe(400);
  });

  it('answers unknown paths with 404, for upgrades and plain HTTP', async () => {
    const exchange = await start();
    expect((await upgradeStatus(`ws://127.0.0.1:${exchange.port}/nope`)).status).toBe(404);
    const rest = await fetch(`${exchange.urls.rest}/api/v3/nope`);
    expect(rest.status).toBe(404);
    expect(await rest.json()).toMatchObject({ code: -1, msg: expect.any(String) });
    expect((await fetch(`${exchange.urls.rest}/api/v3/ping`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${exchange.urls.rest}/elsewhere`)).status).toBe(404);
  });

  it('close() ends every connection and stops listening', async () => {
    const exchange = await start();
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    expect(exchange.connectionCount).toBe(1);
    await exchange.close();
    await client.closed;
    await expect(fetch(`${exchange.urls.rest}/api/v3/ping`)).rejects.toThrow();
  });
});
