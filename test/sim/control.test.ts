import { afterEach, describe, expect, it } from 'vitest';
import { Client, closeAll, start } from './helpers';

afterEach(closeAll);

const BAD_ID = 'Invalid request: request ID must be an unsigned integer';

/** A raw /ws connection on a paused exchange: only replies arrive. */
async function quiet(path = '/ws'): Promise<Client> {
  const exchange = await start({ paused: true, maxIncomingPerSecond: 1000 });
  return Client.open(`ws://127.0.0.1:${exchange.port}${path}`);
}

/** Sends raw text and takes the next frame (the reply). */
async function send(client: Client, text: string): Promise<Record<string, unknown>> {
  client.send(text);
  return client.json();
}

describe('live control messages', () => {
  it('SUBSCRIBE, LIST_SUBSCRIPTIONS and UNSUBSCRIBE reply as documented', async () => {
    const client = await quiet();
    const subscribe = { method: 'SUBSCRIBE', params: ['btcusdt@aggTrade', 'btcusdt@depth'], id: 1 };
    expect(await client.request(subscribe)).toEqual({ result: null, id: 1 });
    expect(
      await client.request({ method: 'SUBSCRIBE', params: ['btcusdt@aggTrade'], id: 9 }),
    ).toEqual({
      result: null,
      id: 9,
    });
    expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 3 })).toEqual({
      result: ['btcusdt@aggTrade', 'btcusdt@depth'],
      id: 3,
    });
    const unsubscribe = { method: 'UNSUBSCRIBE', params: ['btcusdt@depth'], id: 312 };
    expect(await client.request(unsubscribe)).toEqual({ result: null, id: 312 });
    expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 4 })).toEqual({
      result: ['btcusdt@aggTrade'],
      id: 4,
    });
  });

  it('LIST_SUBSCRIPTIONS lists the streams of the URL', async () => {
    const client = await quiet('/stream?streams=btcusdt@trade/ethusdt@kline_1m');
    expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 1 })).toEqual({
      result: ['btcusdt@trade', 'ethusdt@kline_1m'],
      id: 1,
    });
  });

  it('SET_PROPERTY / GET_PROPERTY switch combined wrapping on and off', async () => {
    const exchange = await start();
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    expect(await client.request({ method: 'GET_PROPERTY', params: ['combined'], id: 2 })).toEqual({
      result: false,
      id: 2,
    });
    const set = { method: 'SET_PROPERTY', params: ['combined', true], id: 5 };
    expect(await client.request(set)).toEqual({ result: null, id: 5 });
    expect(await client.request({ method: 'GET_PROPERTY', params: ['combined'], id: 6 })).toEqual({
      result: true,
      id: 6,
    });
    const wrapped = await client.json((m) => m['stream'] === 'btcusdt@trade');
    expect(wrapped['data']).toMatchObject({ e: 'trade' });
    await client.request({ method: 'SET_PROPERTY', params: ['combined', false], id: 7 });
    client.drain(); // frames sent before the reply may still be wrapped
    expect(await client.json()).toMatchObject({ e: 'trade' });
  });

  it('echoes number, string and null ids', async () => {
    const client = await quiet();
    for (const id of [0, -5, 2 ** 53 - 1, 'abc', 'e2a85d9f-07a5-4f94-8d5f-789dc3deb097', null]) {
      expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id })).toEqual({
        result: [],
        id,
      });
    }
  });

  it('rejects ids that are missing or of an unsupported type', async () => {
    const client = await quiet();
    const ids = ['1.5', 'true', '{}', '[1]', JSON.stringify('x'.repeat(37)), '"has space"'];
    for (const id of ids) {
      expect(await send(client, `{"method":"LIST_SUBSCRIPTIONS","id":${id}}`)).toEqual({
        error: { code: 2, msg: BAD_ID },
        id: null,
      });
    }
    expect(await send(client, '{"method":"LIST_SUBSCRIPTIONS"}')).toEqual({
      error: { code: 2, msg: BAD_ID },
      id: null,
    });
  });

  it('answers bad JSON with code 3', async () => {
    const client = await quiet();
    expect(await send(client, '{"method": SUBSCRIBE}')).toEqual({
      error: { code: 3, msg: 'Invalid JSON: expected value at line 1 column 12' },
      id: null,
    });
    const cut = await send(client, '{"method":"SUBSCRIBE","id":1');
    expect(cut['error']).toMatchObject({ code: 3 });
  });

  it('answers an unknown or missing method with code 2', async () => {
    const client = await quiet();
    const text = '{"method":"SUBSCRIPE","params":[],"id":1}';
    expect(await send(client, text)).toEqual({
      error: {
        code: 2,
        msg:
          'Invalid request: unknown variant `SUBSCRIPE`, expected one of `SUBSCRIBE`, `UNSUBSCRIBE`, ' +
          '`LIST_SUBSCRIPTIONS`, `SET_PROPERTY`, `GET_PROPERTY` at line 1 column 21',
      },
      id: 1,
    });
    const missing = '{"params":["btcusdt@trade"],"id":1}';
    expect(await send(client, missing)).toEqual({
      error: {
        code: 2,
        msg: `Invalid request: missing field \`method\` at line 1 column ${missing.length}`,
      },
      id: null,
    });
  });

  it('answers bad SET_PROPERTY / GET_PROPERTY parameters with codes 0, 1 and 2', async () => {
    const client = await quiet();
    const cases: [unknown[], number, string][] = [
      [['combined', true, 1], 2, 'Invalid request: too many parameters'],
      [[1, true], 2, 'Invalid request: property name must be a string'],
      [[], 2, 'Invalid request: property name must be a string'],
      [['compressed', true], 0, 'Unknown property'],
      [['combined', 'yes'], 1, 'Invalid value type: expected Boolean'],
      [['combined'], 1, 'Invalid value type: expected Boolean'],
    ];
    for (const [params, code, msg] of cases) {
      expect(await client.request({ method: 'SET_PROPERTY', params, id: 5 })).toEqual({
        error: { code, msg },
        id: 5,
      });
    }
    expect(await client.request({ method: 'GET_PROPERTY', params: ['nope'], id: 6 })).toEqual({
      error: { code: 0, msg: 'Unknown property' },
      id: 6,
    });
    expect(
      await client.request({ method: 'GET_PROPERTY', params: ['combined', true], id: 7 }),
    ).toEqual({ error: { code: 2, msg: 'Invalid request: too many parameters' }, id: 7 });
  });

  it('answers too many parameters for LIST_SUBSCRIPTIONS', async () => {
    const client = await quiet();
    expect(
      await client.request({ method: 'LIST_SUBSCRIPTIONS', params: ['btcusdt@trade'], id: 8 }),
    ).toEqual({ error: { code: 2, msg: 'Invalid request: too many parameters' }, id: 8 });
  });

  it('rejects invalid stream names (case-sensitive) without subscribing anything', async () => {
    const client = await quiet();
    for (const bad of [
      'btcusdt@aggtrade',
      'btcusdt@depth15',
      'btcusdt@kline_2m',
      '!ticker@arr',
      'trade',
      7,
    ]) {
      expect(
        await client.request({ method: 'SUBSCRIBE', params: ['ethusdt@trade', bad], id: 'x1' }),
      ).toEqual({ error: { code: 2, msg: 'Invalid request: invalid stream' }, id: 'x1' });
    }
    expect(await client.request({ method: 'LIST_SUBSCRIPTIONS', id: 1 })).toEqual({
      result: [],
      id: 1,
    });
  });
});
