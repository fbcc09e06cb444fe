/** The local exchange's WebSocket API: envelopes, rate limits, signatures, session, faults. */
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, closeAll, start } from './helpers';

afterEach(closeAll);

const hmacParams = (secret: string, params: Record<string, string | number>) => {
  const payload = Object.keys(params)
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  return { ...params, signature: createHmac('sha256', secret).update(payload).digest('hex') };
};

describe('WebSocket API', () => {
  it('answers {id, status, result, rateLimits}, echoing string ids, and hides rateLimits on request', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    const pong = await client.request({ id: 'a-1', method: 'ping' });
    expect(pong).toMatchObject({ id: 'a-1', status: 200, result: {} });
    expect(pong['rateLimits']).toEqual([
      {
        rateLimitType: 'REQUEST_WEIGHT',
        interval: 'MINUTE',
        intervalNum: 1,
        limit: 6000,
        count: 1,
      },
    ]);
    const time = await client.request({
      id: 7,
      method: 'time',
      params: { returnRateLimits: false },
    });
    expect(time).toMatchObject({ id: 7, status: 200, result: { serverTime: expect.any(Number) } });
    expect(time).not.toHaveProperty('rateLimits');
  });

  it('answers errors in the envelope: unknown method, bad symbol, bad JSON', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    expect(await client.request({ id: 1, method: 'nope' })).toMatchObject({
      id: 1,
      status: 400,
      error: { code: -1000 },
    });
    expect(
      await client.request({ id: 2, method: 'depth', params: { symbol: 'NOPE' } }),
    ).toMatchObject({
      id: 2,
      status: 400,
      error: { code: -1121, msg: 'Invalid symbol.' },
    });
    client.send('{not json');
    expect(await client.json((m) => m['id'] === null)).toMatchObject({
      status: 400,
      error: { code: -1000 },
    });
  });

  it('verifies HMAC signatures and timestamps on signed requests', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    const { apiKey, secret } = exchange.keys.hmac;
    const ok = await client.request({
      id: 1,
      method: 'account.status',
      params: hmacParams(secret, { apiKey, timestamp: Date.now() }),
    });
    expect(ok).toMatchObject({
      status: 200,
      result: { accountType: 'SPOT', balances: expect.any(Array) },
    });
    const wrong = await client.request({
      id: 2,
      method: 'account.status',
      params: hmacParams('wrong', { apiKey, timestamp: Date.now() }),
    });
    expect(wrong).toMatchObject({ status: 400, error: { code: -1022 } });
    const stale = await client.request({
      id: 3,
      method: 'account.status',
      params: hmacParams(secret, { apiKey, timestamp: Date.now() - 60_000 }),
    });
    expect(stale).toMatchObject({ status: 400, error: { code: -1021 } });
  });

  it('session.logon needs an Ed25519 key; the user data stream delivers {subscriptionId, event}', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    const { apiKey, secret } = exchange.keys.hmac;
    const logon = await client.request({
      id: 1,
      method: 'session.logon',
      params: hmacParams(secret, { apiKey, timestamp: Date.now() }),
    });
    expect(logon).toMatchObject({ status: 400, error: { code: -4056 } });
    const sub = await client.request({
      id: 2,
      method: 'userDataStream.subscribe.signature',
      params: hmacParams(secret, { apiKey, timestamp: Date.now() }),
    });
    expect(sub).toMatchObject({ status: 200, result: { subscriptionId: 0 } });
    await client.request({
      id: 3,
      method: 'order.place',
      params: hmacParams(secret, {
        apiKey,
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'MARKET',
        quantity: '0.001',
        timestamp: Date.now(),
      }),
    });
    const report = await client.json(
      (m) => m['subscriptionId'] === 0 && (m['event'] as { e: string }).e === 'executionReport',
    );
    expect(report['event']).toMatchObject({ s: 'BTCUSDT', S: 'BUY', o: 'MARKET' });
  });

  it('the serverShutdown and dropAll faults reach WebSocket API connections', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    exchange.faults.serverShutdown();
    expect(await client.json((m) => 'event' in m)).toEqual({
      event: { e: 'serverShutdown', E: expect.any(Number) },
    });
    exchange.faults.dropAll();
    expect((await client.closed).code).toBe(1006);
  });
});
