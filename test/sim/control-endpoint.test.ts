/** The HTTP control endpoint drives faults and the market from outside the process. */
import { afterEach, describe, expect, it } from 'vitest';
import { Client, closeAll, start } from './helpers';
import { signed } from './signed';

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
    const bob = await post(`${exchange.urls.control}/account/keys`, ['bob']);
    expect(bob.status).toBe(200);
    expect(bob.body).toEqual(exchange.accountKeys('bob'));
    expect((bob.body['hmac'] as { apiKey: string }).apiKey).not.toBe(exchange.keys.hmac.apiKey);
  });

  it("emits a user data event of the user's own spec to an account's subscribers", async () => {
    const exchange = await start({ paused: true });
    const list = (await (await fetch(exchange.urls.control)).json()) as Record<string, string[]>;
    expect(list['account']).toContain('emitUserData');
    expect(list['usdm']).toContain('emitUserData');
    const client = await Client.open(exchange.urls.wsApi);
    const method = 'userDataStream.subscribe.signature';
    await client.request({ id: 1, method, params: signed(exchange.keys.hmac) });
    const event = { e: 'assetLockUpdate', E: 1700000000000, a: 'BTC', l: '1.5' };
    const sent = await post(`${exchange.urls.control}/account/emitUserData`, [event]);
    expect(sent).toEqual({ status: 200, body: { ok: true } });
    expect(await client.json((m) => 'event' in m)).toEqual({ subscriptionId: 0, event });
  });

  it('moves a USDⓈ-M mark price (and its index), and back to the book; refuses bad prices', async () => {
    const exchange = await start({ paused: true, symbols: ['BTCUSDT'] });
    const premium = async () =>
      (await (await fetch(`${exchange.urls.rest}/fapi/v1/premiumIndex?symbol=BTCUSDT`)).json()) as {
        markPrice: string;
        indexPrice: string;
      };
    const before = await premium();
    const control = `${exchange.urls.control}/usdm/setMarkPrice`;
    expect(await post(control, ['BTCUSDT', '12345.67'])).toEqual({
      status: 200,
      body: { ok: true },
    });
    const moved = await premium();
    expect(moved.markPrice).toBe('12345.67000000');
    // The index moves by as much: it stays where it was beside the mark.
    const gap = (p: { markPrice: string; indexPrice: string }) =>
      Number(p.markPrice) - Number(p.indexPrice);
    expect(gap(moved)).toBeCloseTo(gap(before), 8);
    expect((await post(control, ['BTCUSDT'])).status).toBe(200);
    expect(await premium()).toMatchObject({
      markPrice: before.markPrice,
      indexPrice: before.indexPrice,
    });
    expect((await post(control, ['NOPE', '1'])).body['error']).toMatch(/no symbol NOPE/);
    expect((await post(control, ['BTCUSDT', '-5'])).status).toBe(400);
    expect((await post(control, ['BTCUSDT', 'x'])).body['error']).toMatch(/decimal string/);
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

  it('answers 400 with the reason for bad input, calls nothing and keeps running', async () => {
    const exchange = await start({ paused: true });
    const control = exchange.urls.control;
    const bad: [string, unknown[], string][] = [
      [
        'faults/delay',
        [-1],
        'delay argument 1: must be a number of milliseconds from 0 to 2147483647',
      ],
      ['faults/delay', ['x'], 'delay argument 1: must be a number of milliseconds'],
      ['faults/delay', [], 'delay argument 1: is required'],
      ['faults/halfOpen', ['abc'], 'halfOpen argument 1: must be a number of milliseconds'],
      ['faults/refuseConnections', [1e12], 'refuseConnections argument 1: must be a number'],
      ['faults/dropAll', [1], 'dropAll takes at most 0 argument(s), got 1'],
      [
        'faults/skipDepthUpdates',
        [1.5],
        'skipDepthUpdates argument 1: must be a non-negative integer',
      ],
      [
        'faults/serverShutdown',
        [{ closeAfterMs: -1 }],
        'serverShutdown argument 1: closeAfterMs must be',
      ],
      [
        'faults/restart',
        [{ bogus: 1 }],
        "restart argument 1: unknown key 'bogus' (known: downtimeMs)",
      ],
      ['faults/restart', [[]], 'restart argument 1: must be an object'],
      ['market/step', [-1], 'step argument 1: must be a non-negative integer'],
      ['market/flood', [{}], 'flood: stream or streams is required'],
      ['account/deposit', ['USDT', 'abc'], 'deposit argument 2: must be a decimal string'],
      // Arguments of the right types that the control itself refuses (too many decimals).
      ['account/deposit', ['USDT', '1.123456789'], ''],
      ['account/keys', [], 'keys argument 1: is required'],
      ['account/emitUserData', [], 'emitUserData argument 1: is required'],
      ['account/emitUserData', [{ E: 1 }], 'emitUserData: the event must be an object'],
      ['account/emitUserData', [{ e: 'x' }, 'no spaces'], 'account id must match'],
      ['usdm/emitUserData', [[]], 'emitUserData argument 1: must be an object'],
      ['account/keys', ['no spaces'], 'accountKeys: account id must match'],
    ];
    for (const [path, args, reason] of bad) {
      const { status, body } = await post(`${control}/${path}`, args);
      expect([path, status]).toEqual([path, 400]);
      expect(body['error']).toEqual(expect.stringContaining(reason));
    }
    const raw = async (body: string) => {
      const r = await fetch(`${control}/faults/delay`, { method: 'POST', body });
      return [r.status, ((await r.json()) as { error: string }).error];
    };
    expect(await raw('{"args": ')).toEqual([400, expect.stringMatching(/^invalid body: /)]);
    expect(await raw('{"args": 5}')).toEqual([400, 'invalid body: "args" must be an array']);
    expect(await raw('x'.repeat(100_000))).toEqual([400, expect.stringMatching(/larger than/)]);
    expect((await fetch(`${exchange.urls.rest}/api/v3/ping`)).status).toBe(200);
    // Nothing was applied: no delay is in force, and a good call still works.
    expect(await post(`${control}/faults/delay`, [0])).toEqual({
      status: 200,
      body: { ok: true, result: null },
    });
  });
});
