import { afterEach, describe, expect, it } from 'vitest';
import { Client, closeAll, start, upgradeStatus } from './helpers';

afterEach(closeAll);

type Json = Record<string, unknown>;
interface DepthUpdate {
  U: number;
  u: number;
}

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('faults', () => {
  it('dropAll() terminates every connection', async () => {
    const exchange = await start();
    const a = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    const b = await Client.open(exchange.urls.combined);
    expect(exchange.faults.dropAll()).toBe(2);
    expect((await a.closed).code).toBe(1006);
    expect((await b.closed).code).toBe(1006);
  });

  it('halfOpen() silences current connections, then lets them talk again', async () => {
    const exchange = await start({ maxIncomingPerSecond: 1000 });
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    const first = await client.json();
    const over = exchange.faults.halfOpen(300);
    client.send({ method: 'LIST_SUBSCRIPTIONS', id: 'during' });
    await over;
    const after = await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 'after' });
    expect(after).toEqual({ result: ['btcusdt@trade'], id: 'after' });
    const frames = [first, ...client.pending.map((t) => JSON.parse(t) as Json)];
    expect(frames.some((f) => f['id'] === 'during')).toBe(false);
    client.drain();
    frames.push(await client.json()); // sent after the half-open period
    const ids = frames.filter((f) => f['e'] === 'trade').map((f) => f['t'] as number);
    const gaps = ids.slice(1).map((id, i) => id - ids[i]!);
    expect(Math.max(...gaps)).toBeGreaterThan(1);
  });

  it('halfOpen() without a duration lasts until faults.clear()', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    const over = exchange.faults.halfOpen();
    exchange.market.step(20);
    exchange.faults.clear();
    await over;
    exchange.market.step(20);
    const trade = await client.json();
    expect(trade['t']).toBeGreaterThan(1);
    expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 2 })).toEqual({
      result: ['btcusdt@trade'],
      id: 2,
    });
  });

  it('refuseConnections() answers upgrades with 503 for a while', async () => {
    const exchange = await start();
    // Long enough for both checks on a busy machine; the test waits it out.
    const over = exchange.faults.refuseConnections(2_000);
    const refused = await upgradeStatus(exchange.urls.streams);
    expect(refused.status).toBe(503);
    expect((await fetch(`${exchange.urls.rest}/api/v3/ping`)).status).toBe(503);
    await over;
    expect((await upgradeStatus(exchange.urls.streams)).status).toBe(101);
  });

  it('sendMalformed() sends a frame that is not JSON', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    expect(exchange.faults.sendMalformed()).toBe(1);
    expect(isJson(await client.take())).toBe(false);
  });

  it('sendSchemaBreaking() sends a subscribed payload with a wrongly typed field', async () => {
    const exchange = await start({ paused: true });
    const raw = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    const combined = await Client.open(`${exchange.urls.combined}?streams=btcusdt@trade`);
    expect(exchange.faults.sendSchemaBreaking('btcusdt@trade')).toBe(2);
    const broken = await raw.json();
    expect(broken).toMatchObject({ e: 'trade', s: 'BTCUSDT', p: expect.any(Number) });
    const wrapped = await combined.json<{ stream: string; data: Json }>();
    expect(wrapped.stream).toBe('btcusdt@trade');
    expect(typeof wrapped.data['p']).toBe('number');
  });

  it('delay() holds every outgoing message', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.streams);
    exchange.faults.delay(150);
    const sent = Date.now();
    await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 1 });
    expect(Date.now() - sent).toBeGreaterThanOrEqual(149);
    exchange.faults.delay(0);
  });

  it('reorder() swaps an outgoing message with the next one', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.streams);
    exchange.faults.reorder();
    client.send({ method: 'LIST_SUBSCRIPTIONS', id: 1 });
    client.send({ method: 'LIST_SUBSCRIPTIONS', id: 2 });
    const first = await client.json();
    const second = await client.json();
    expect([first['id'], second['id']]).toEqual([2, 1]);
  });

  it('skipDepthUpdates() drops diff-depth events so that clients see a U/u gap', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@depth@100ms`);
    exchange.market.step();
    const before = await client.json<DepthUpdate>();
    exchange.faults.skipDepthUpdates(1);
    exchange.market.step();
    let after: DepthUpdate | undefined;
    while (after === undefined) {
      exchange.market.step();
      after = await client.json<DepthUpdate>(() => true, 50).catch(() => undefined);
    }
    expect(after.U).toBeGreaterThan(before.u + 1);
  });

  it('serverShutdown() sends the documented event, raw and combined', async () => {
    const exchange = await start({ paused: true });
    const raw = await Client.open(exchange.urls.streams);
    const combined = await Client.open(exchange.urls.combined);
    expect(exchange.faults.serverShutdown({ closeAfterMs: 50 })).toBe(2);
    expect(await raw.json()).toEqual({ e: 'serverShutdown', E: expect.any(Number) });
    expect(await combined.json()).toEqual({
      stream: '!serverShutdown',
      data: { e: 'serverShutdown', E: expect.any(Number) },
    });
    expect((await raw.closed).code).toBe(1001);
  });

  it('restart() drops everything and comes back on the same port', async () => {
    const exchange = await start();
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    const restarted = exchange.faults.restart({ downtimeMs: 50 });
    await client.closed;
    await restarted;
    const again = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    expect(await again.json()).toMatchObject({ e: 'trade' });
  });
});
