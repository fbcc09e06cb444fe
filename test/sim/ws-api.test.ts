/**
 * The local exchange's WebSocket API transport over real sockets: envelopes and ids, rateLimits,
 * error answers, signed requests, session logon, weight limits, heartbeat, lifetime and faults.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { signaturePayload } from '../../sim/ws-api/signature-payload';
import { signed } from './signed';
import { Client, closeAll, start, upgradeStatus } from './helpers';

afterEach(closeAll);

const weight = (count: number) => ({
  rateLimitType: 'REQUEST_WEIGHT',
  interval: 'MINUTE',
  intervalNum: 1,
  limit: 6000,
  count,
});

describe('WebSocket API envelopes', () => {
  it('answers {id, status, result, rateLimits}; connecting costs 2 weight, ping 1', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    expect(await client.request({ id: 'a-1', method: 'ping' })).toEqual({
      id: 'a-1',
      status: 200,
      result: {},
      rateLimits: [weight(3)],
    });
  });

  it('echoes number, string and null ids and accepts the v3/ prefix', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    expect(await client.request({ id: 7, method: 'time' })).toMatchObject({
      id: 7,
      status: 200,
      result: { serverTime: expect.any(Number) },
    });
    const uuid = 'e2a85d9f-07a5-4f94-8d5f-789dc3deb097';
    expect(await client.request({ id: uuid, method: 'v3/ping' })).toMatchObject({
      id: uuid,
      status: 200,
    });
    expect(await client.request({ id: null, method: 'ping' })).toMatchObject({
      id: null,
      status: 200,
    });
  });

  it('leaves rateLimits out per request, or per connection unless a request asks', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    const hidden = await client.request({
      id: 1,
      method: 'ping',
      params: { returnRateLimits: false },
    });
    expect(hidden).toEqual({ id: 1, status: 200, result: {} });
    const quiet = await Client.open(`${exchange.urls.wsApi}?returnRateLimits=false`);
    expect(await quiet.request({ id: 2, method: 'ping' })).toEqual({
      id: 2,
      status: 200,
      result: {},
    });
    const shown = await quiet.request({
      id: 3,
      method: 'ping',
      params: { returnRateLimits: true },
    });
    expect(shown['rateLimits']).toMatchObject([{ rateLimitType: 'REQUEST_WEIGHT' }]);
    const status = await quiet.request({ id: 4, method: 'session.status' });
    expect(status['result']).toMatchObject({ returnRateLimits: false });
  });

  it('answers errors in the envelope: unknown method, bad parameter, bad frame', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    expect(await client.request({ id: 1, method: 'nope' })).toMatchObject({
      id: 1,
      status: 400,
      error: { code: -1020, msg: 'This operation is not supported.' },
      rateLimits: [weight(2)],
    });
    expect(
      await client.request({ id: 2, method: 'depth', params: { symbol: 'NOPE' } }),
    ).toMatchObject({ id: 2, status: 400, error: { code: -1121, msg: 'Invalid symbol.' } });
    expect(await client.request({ id: 3, method: 'depth' })).toMatchObject({
      id: 3,
      error: {
        code: -1102,
        msg: "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
      },
    });
    client.send('{not json');
    expect(await client.json((m) => 'error' in m)).toMatchObject({
      id: null,
      status: 400,
      error: { code: -1135, msg: 'Invalid JSON Request' },
    });
    client.send({ id: 'x'.repeat(37), method: 'ping' });
    expect(await client.json((m) => 'error' in m)).toMatchObject({
      id: null,
      error: {
        code: -1102,
        msg: "Mandatory parameter 'id' was not sent, was empty/null, or malformed.",
      },
    });
    client.send({ id: 4 });
    expect(await client.json((m) => 'error' in m)).toMatchObject({
      id: 4,
      error: { code: -1102 },
    });
    client.send({ id: 5, method: 'ping', params: ['a'] });
    expect(await client.json((m) => 'error' in m)).toMatchObject({
      id: 5,
      error: { code: -1102 },
    });
  });

  it('refuses an invalid timeUnit with 400 -1194', async () => {
    const exchange = await start({ paused: true });
    const refused = await upgradeStatus(`${exchange.urls.wsApi}?timeUnit=SECOND`);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({ code: -1194 });
    expect((await upgradeStatus(`${exchange.urls.wsApi}?timeUnit=microsecond`)).status).toBe(101);
  });
});

describe('WebSocket API signed requests', () => {
  it('builds the signature payload exactly as the docs example', () => {
    const params = {
      symbol: 'BTCUSDT',
      side: 'SELL',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.01000000',
      price: '52000.00',
      recvWindow: 100,
      timestamp: 1645423376532,
      apiKey: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
      signature: 'ignored',
    };
    const payload = signaturePayload(params);
    expect(payload).toBe(
      'apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT',
    );
    const secret = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
    expect(createHmac('sha256', secret).update(payload).digest('hex')).toBe(
      'aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24',
    );
  });

  it('accepts a good HMAC signature, rejects a wrong one (-1022) and a stale timestamp (-1021)', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    const key = exchange.keys.hmac;
    const ok = await client.request({ id: 1, method: 'account.status', params: signed(key) });
    expect(ok).toMatchObject({ status: 200, result: { accountType: 'SPOT' } });
    const wrong = await client.request({
      id: 2,
      method: 'userDataStream.subscribe.signature',
      params: signed({ ...key, secret: 'wrong' }),
    });
    expect(wrong).toMatchObject({
      status: 400,
      error: { code: -1022, msg: 'Signature for this request is not valid.' },
    });
    const stale = await client.request({
      id: 3,
      method: 'userDataStream.subscribe.signature',
      params: signed(key, {}, Date.now() - 60_000),
    });
    expect(stale).toMatchObject({
      status: 400,
      error: { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' },
    });
    const ahead = await client.request({
      id: 4,
      method: 'account.status',
      params: signed(key, {}, Date.now() + 5000),
    });
    expect(ahead).toMatchObject({ error: { code: -1021 } });
    const tampered = { ...signed(key), recvWindow: 6000 };
    expect(
      await client.request({ id: 5, method: 'account.status', params: tampered }),
    ).toMatchObject({ error: { code: -1022 } });
    expect(
      await client.request({ id: 6, method: 'account.status', params: { timestamp: Date.now() } }),
    ).toMatchObject({ error: { code: -1102 } });
  });

  it('reports ORDERS counts on order requests only', async () => {
    const exchange = await start({ paused: true });
    exchange.market.step(5);
    const client = await Client.open(exchange.urls.wsApi);
    const key = exchange.keys.hmac;
    const order = await client.request({
      id: 1,
      method: 'order.place',
      params: signed(key, { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }),
    });
    const types = (order['rateLimits'] as { rateLimitType: string; count: number }[]).map(
      (l) => `${l.rateLimitType}:${l.count}`,
    );
    expect(types.slice(0, 2)).toEqual(['ORDERS:1', 'ORDERS:1']);
    expect(types[2]).toMatch(/^REQUEST_WEIGHT:/);
    const account = await client.request({ id: 2, method: 'account.status', params: signed(key) });
    expect(account['rateLimits']).toHaveLength(1);
  });
});

describe('WebSocket API session logon', () => {
  it('logs on with Ed25519; later signed requests need only a timestamp; logout forgets', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    const key = exchange.keys.ed25519;
    const timestamp = Date.now();
    const logon = await client.request({
      id: 1,
      method: 'session.logon',
      params: signed(key, {}, timestamp),
    });
    expect(logon).toMatchObject({
      status: 200,
      result: {
        apiKey: key.apiKey,
        authorizedSince: timestamp,
        connectedSince: expect.any(Number),
        returnRateLimits: true,
        serverTime: expect.any(Number),
        userDataStream: false,
      },
    });
    expect(Object.keys(logon['result'] as object)).toEqual([
      'apiKey',
      'authorizedSince',
      'connectedSince',
      'returnRateLimits',
      'serverTime',
      'userDataStream',
    ]);
    const account = await client.request({
      id: 2,
      method: 'account.status',
      params: { timestamp: Date.now() },
    });
    expect(account).toMatchObject({ status: 200, result: { accountType: 'SPOT' } });
    const late = await client.request({
      id: 3,
      method: 'account.status',
      params: { timestamp: Date.now() - 60_000 },
    });
    expect(late).toMatchObject({ error: { code: -1021 } });
    // A key given explicitly overrides the session's for one request.
    const adHoc = await client.request({
      id: 4,
      method: 'account.status',
      params: signed({ ...exchange.keys.hmac, secret: 'wrong' }),
    });
    expect(adHoc).toMatchObject({ error: { code: -1022 } });
    const status = await client.request({ id: 5, method: 'session.status' });
    expect(status['result']).toMatchObject({ apiKey: key.apiKey, authorizedSince: timestamp });
    const logout = await client.request({ id: 6, method: 'session.logout' });
    expect(logout['result']).toMatchObject({ apiKey: null, authorizedSince: null });
    const after = await client.request({
      id: 7,
      method: 'account.status',
      params: { timestamp: Date.now() },
    });
    expect(after).toMatchObject({ status: 400, error: { code: -1102 } });
  });

  it('refuses HMAC (-4056) and RSA (-4057) keys, and an unsigned logon', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    expect(
      await client.request({ id: 1, method: 'session.logon', params: signed(exchange.keys.hmac) }),
    ).toMatchObject({
      status: 400,
      error: { code: -4056, msg: 'HMAC_SHA256 API key is not supported.' },
    });
    expect(
      await client.request({ id: 2, method: 'session.logon', params: signed(exchange.keys.rsa) }),
    ).toMatchObject({ status: 400, error: { code: -4057 } });
    expect(
      await client.request({
        id: 3,
        method: 'session.logon',
        params: { apiKey: exchange.keys.ed25519.apiKey, timestamp: Date.now() },
      }),
    ).toMatchObject({ error: { code: -1102 } });
    const status = await client.request({ id: 4, method: 'session.status' });
    expect(status['result']).toMatchObject({ apiKey: null });
  });
});

describe('WebSocket API limits', () => {
  it('answers 429 with retryAfter over the weight limit, then 418 and disconnects', async () => {
    const exchange = await start({ paused: true, rateLimits: { requestWeightPerMinute: 5 } });
    const client = await Client.open(exchange.urls.wsApi);
    for (let id = 1; id <= 3; id++) {
      expect(await client.request({ id, method: 'ping' })).toMatchObject({ status: 200 });
    }
    const limited = await client.request({ id: 4, method: 'ping' });
    expect(limited).toMatchObject({
      status: 429,
      error: {
        code: -1003,
        data: { serverTime: expect.any(Number), retryAfter: expect.any(Number) },
      },
    });
    const banned = await client.request({ id: 5, method: 'ping' });
    expect(banned).toMatchObject({ status: 418, error: { code: -1003 } });
    expect((await client.closed).code).toBe(1008);
    expect((await upgradeStatus(exchange.urls.wsApi)).status).toBe(418);
  });

  it('pings, and drops a client that never answers with a pong', async () => {
    const exchange = await start({ paused: true, pingIntervalMs: 20, pongTimeoutMs: 100 });
    const silent = await Client.open(exchange.urls.wsApi, { autoPong: false });
    expect((await silent.closed).code).toBe(1006);
    expect(silent.pings.length).toBeGreaterThan(0);
  });

  it('closes a connection at the end of its lifetime', async () => {
    const exchange = await start({ paused: true, maxLifetimeMs: 100 });
    const client = await Client.open(exchange.urls.wsApi);
    expect(await client.closed).toEqual({ code: 1000, reason: 'Connection lifetime exceeded' });
  });
});

describe('WebSocket API faults', () => {
  it('serverShutdown sends the documented event, then closes with closeAfterMs', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    exchange.faults.serverShutdown({ closeAfterMs: 10 });
    expect(await client.json((m) => 'event' in m)).toEqual({
      event: { e: 'serverShutdown', E: expect.any(Number) },
    });
    expect((await client.closed).code).toBe(1001);
  });

  it('dropAll terminates WebSocket API connections', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    expect(exchange.faults.dropAll()).toBe(1);
    expect((await client.closed).code).toBe(1006);
  });

  it('halfOpen silences a connection until the fault ends', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    const healed = exchange.faults.halfOpen();
    exchange.faults.serverShutdown();
    exchange.faults.clear();
    await healed;
    expect(await client.request({ id: 'after', method: 'ping' })).toMatchObject({ status: 200 });
    // The event was sent while the connection was silent, before the answer: it never came.
    expect(client.pending).toEqual([]);
  });
});
