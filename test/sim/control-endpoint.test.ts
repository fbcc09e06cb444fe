/** The HTTP control endpoint drives faults and the market from outside the process. */
import { afterEach, describe, expect, it } from 'vitest';
import { Client, closeAll, start } from './helpers';

afterEach(closeAll);

const post = (url: string, args: unknown[] = []) =>
  fetch(url, { method: 'POST', body: JSON.stringify({ args }) }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as Record<string, unknown>,
  }));

describe('control endpoint', () => {
  it('lists the controls and hands out the test keys', async () => {
    const exchange = await start({ paused: true });
    const list = (await (await fetch(exchange.urls.control)).json()) as { faults: string[] };
    expect(list.faults).toContain('dropAll');
    const keys = (await (await fetch(`${exchange.urls.control}/keys`)).json()) as Record<
      string,
      { apiKey: string }
    >;
    expect(keys['hmac']!.apiKey).toBe(exchange.keys.hmac.apiKey);
  });

  it('runs a fault: dropAll closes the open connections', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    expect(await post(`${exchange.urls.control}/faults/dropAll`)).toEqual({
      status: 200,
      body: { ok: true, result: 1 },
    });
    expect((await client.closed).code).toBe(1006);
  });

  it('keeps answering while the exchange refuses connections, so the fault can be cleared', async () => {
    const exchange = await start({ paused: true });
    await post(`${exchange.urls.control}/faults/refuseConnections`, [60_000]);
    expect((await fetch(`${exchange.urls.rest}/api/v3/ping`)).status).toBe(503);
    expect((await post(`${exchange.urls.control}/faults/clear`)).status).toBe(200);
    expect((await fetch(`${exchange.urls.rest}/api/v3/ping`)).status).toBe(200);
  });

  it('steps the market and answers 404 for what it does not know', async () => {
    const exchange = await start({ paused: true });
    expect((await post(`${exchange.urls.control}/market/step`, [3])).status).toBe(200);
    expect((await post(`${exchange.urls.control}/faults/nope`)).status).toBe(404);
  });
});
