/**
 * User data stream subscriptions on the local exchange's WebSocket API: `userDataStream.subscribe`
 * after an Ed25519 logon, `userDataStream.subscribe.signature`, unsubscribe, `session.subscriptions`,
 * `eventStreamTerminated` and logout; plus the subscription bookkeeping on its own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { signed } from './signed';
import { UserEvents } from '../../sim/engine/user-events';
import { MAX_ACTIVE, MAX_LIFETIME, UserStreamSubscriptions } from '../../sim/ws-api/subscriptions';
import { Client, closeAll, start } from './helpers';

afterEach(closeAll);

interface EventFrame {
  readonly subscriptionId: number;
  readonly event: { readonly e: string; readonly E: number } & Record<string, unknown>;
}

const isEvent = (m: Record<string, unknown>) => 'subscriptionId' in m && 'event' in m;

/** A connection logged on with the exchange's Ed25519 key. */
async function loggedOn(exchange: Awaited<ReturnType<typeof start>>): Promise<Client> {
  const client = await Client.open(exchange.urls.wsApi);
  const logon = await client.request({
    id: 'logon',
    method: 'session.logon',
    params: signed(exchange.keys.ed25519),
  });
  expect(logon).toMatchObject({ status: 200 });
  return client;
}

/** Every event frame that arrived before the answer to a ping sent now. */
async function eventsSoFar(client: Client): Promise<EventFrame[]> {
  await client.request({ id: 'fence', method: 'ping' });
  return client.pending
    .map((t) => JSON.parse(t) as Record<string, unknown>)
    .filter(isEvent) as unknown as EventFrame[];
}

describe('userDataStream.subscribe', () => {
  it('delivers the logged-on account events as {subscriptionId, event}', async () => {
    const exchange = await start({ paused: true });
    const client = await loggedOn(exchange);
    const sub = await client.request({ id: 1, method: 'userDataStream.subscribe' });
    expect(sub).toMatchObject({ id: 1, status: 200, result: { subscriptionId: 0 } });
    exchange.deposit('USDT', '10');
    const balance = await client.json<EventFrame>((m) => m.event?.e === 'balanceUpdate');
    expect(balance).toEqual({
      subscriptionId: 0,
      event: {
        e: 'balanceUpdate',
        E: expect.any(Number),
        a: 'USDT',
        d: '10.00000000',
        T: expect.any(Number),
      },
    });
    const position = await client.json<EventFrame>((m) => m.event?.e === 'outboundAccountPosition');
    expect(position.subscriptionId).toBe(0);
    const status = await client.request({ id: 2, method: 'session.status' });
    expect(status['result']).toMatchObject({ userDataStream: true });
    const list = await client.request({ id: 3, method: 'session.subscriptions' });
    expect(list).toMatchObject({ status: 200, result: [{ subscriptionId: 0 }] });
  });

  it('delivers executionReport for orders the account places', async () => {
    const exchange = await start({ paused: true });
    exchange.market.step(5);
    const client = await loggedOn(exchange);
    await client.request({ id: 1, method: 'userDataStream.subscribe' });
    await client.request({
      id: 2,
      method: 'order.place',
      params: {
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'MARKET',
        quantity: '0.001',
        timestamp: Date.now(),
      },
    });
    const report = await client.json<EventFrame>((m) => m.event?.e === 'executionReport');
    expect(report).toMatchObject({
      subscriptionId: 0,
      event: { s: 'BTCUSDT', S: 'BUY', o: 'MARKET' },
    });
  });

  it('needs a logged-on connection', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    expect(await client.request({ id: 1, method: 'userDataStream.subscribe' })).toMatchObject({
      status: 400,
      error: { code: -1102 },
    });
    const keyed = await client.request({
      id: 2,
      method: 'userDataStream.subscribe',
      params: { apiKey: exchange.keys.hmac.apiKey },
    });
    expect(keyed).toMatchObject({ status: 401, error: { code: -2015 } });
  });

  it('ends with eventStreamTerminated on logout, and nothing arrives after it', async () => {
    const exchange = await start({ paused: true });
    const client = await loggedOn(exchange);
    await client.request({ id: 1, method: 'userDataStream.subscribe' });
    const logout = await client.request({ id: 2, method: 'session.logout' });
    expect(logout['result']).toMatchObject({ apiKey: null, userDataStream: false });
    expect(await client.json<EventFrame>((m) => 'subscriptionId' in m)).toEqual({
      subscriptionId: 0,
      event: { e: 'eventStreamTerminated', E: expect.any(Number) },
    });
    exchange.deposit('USDT', '1');
    expect(await eventsSoFar(client)).toEqual([]);
  });
});

describe('userDataStream.subscribe.signature', () => {
  it('subscribes a signed key without logon; one subscription per account', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    const method = 'userDataStream.subscribe.signature';
    const first = await client.request({ id: 1, method, params: signed(exchange.keys.hmac) });
    expect(first).toMatchObject({ status: 200, result: { subscriptionId: 0 } });
    const again = await client.request({ id: 2, method, params: signed(exchange.keys.ed25519) });
    expect(again).toMatchObject({
      status: 400,
      error: { code: -2035, msg: 'User Data Stream subscription already active.' },
    });
    exchange.deposit('BTC', '1');
    const events = await eventsSoFar(client);
    expect(events.map((f) => `${f.subscriptionId}:${f.event.e}`)).toEqual([
      '0:balanceUpdate',
      '0:outboundAccountPosition',
    ]);
  });

  it('survives logout (only the logon subscription ends)', async () => {
    const exchange = await start({ paused: true });
    const client = await loggedOn(exchange);
    const sub = await client.request({
      id: 1,
      method: 'userDataStream.subscribe.signature',
      params: signed(exchange.keys.hmac),
    });
    expect(sub['result']).toEqual({ subscriptionId: 0 });
    await client.request({ id: 2, method: 'session.logout' });
    exchange.deposit('BTC', '1');
    const events = await eventsSoFar(client);
    expect(events.map((f) => f.event.e)).toEqual(['balanceUpdate', 'outboundAccountPosition']);
  });

  it('needs apiKey and signature even on a logged-on connection', async () => {
    const exchange = await start({ paused: true });
    const client = await loggedOn(exchange);
    const unsigned = await client.request({
      id: 1,
      method: 'userDataStream.subscribe.signature',
      params: { timestamp: Date.now() },
    });
    expect(unsigned).toMatchObject({ status: 400, error: { code: -1102 } });
  });
});

describe('several accounts on one connection', () => {
  it("tags each account's events with its own subscriptionId; unsubscribe ends one", async () => {
    const exchange = await start({ paused: true });
    exchange.market.step(5);
    const bob = exchange.accountKeys('bob');
    expect(exchange.accountKeys('bob')).toBe(bob);
    expect(exchange.accountKeys('default')).toBe(exchange.keys);
    expect(() => exchange.accountKeys('')).toThrow(RangeError);
    const client = await loggedOn(exchange);
    const method = 'userDataStream.subscribe.signature';
    const own = await client.request({ id: 1, method: 'userDataStream.subscribe' });
    expect(own['result']).toEqual({ subscriptionId: 0 });
    const his = await client.request({ id: 2, method, params: signed(bob.hmac) });
    expect(his['result']).toEqual({ subscriptionId: 1 });
    // One subscription per account: bob's other key is refused, the default account's too.
    const again = await client.request({ id: 3, method, params: signed(bob.ed25519) });
    expect(again).toMatchObject({ status: 400, error: { code: -2035 } });
    const mine = await client.request({ id: 4, method, params: signed(exchange.keys.hmac) });
    expect(mine).toMatchObject({ status: 400, error: { code: -2035 } });
    // A signature by another account's secret does not pass for bob's key.
    const forged = signed({ ...bob.hmac, secret: exchange.keys.hmac.secret });
    const refused = await client.request({ id: 5, method, params: forged });
    expect(refused).toMatchObject({ status: 400, error: { code: -1022 } });
    expect(await client.request({ id: 6, method: 'session.subscriptions' })).toMatchObject({
      result: [{ subscriptionId: 0 }, { subscriptionId: 1 }],
    });

    exchange.deposit('BTC', '1', 'bob');
    exchange.deposit('ETH', '2');
    const events = await eventsSoFar(client);
    expect(
      events.map((f) => `${f.subscriptionId}:${f.event.e}:${String(f.event['a'] ?? '')}`),
    ).toEqual([
      '1:balanceUpdate:BTC',
      '1:outboundAccountPosition:',
      '0:balanceUpdate:ETH',
      '0:outboundAccountPosition:',
    ]);
    client.drain();

    const ended = await client.request({
      id: 7,
      method: 'userDataStream.unsubscribe',
      params: { subscriptionId: 1 },
    });
    expect(ended).toMatchObject({ status: 200, result: {} });
    exchange.deposit('BTC', '1', 'bob');
    exchange.deposit('ETH', '1');
    const after = await eventsSoFar(client);
    expect(after.map((f) => `${f.subscriptionId}:${f.event.e}`)).toEqual([
      '1:eventStreamTerminated',
      '0:balanceUpdate',
      '0:outboundAccountPosition',
    ]);
    expect(await client.request({ id: 8, method: 'session.subscriptions' })).toMatchObject({
      result: [{ subscriptionId: 0 }],
    });
  });
});

describe("emitUserData: an event of the user's own spec", () => {
  it("sends any event to the account's subscribers, as the engine's own are sent", async () => {
    const exchange = await start({ paused: true });
    const bob = exchange.accountKeys('bob');
    const client = await loggedOn(exchange);
    await client.request({ id: 1, method: 'userDataStream.subscribe' });
    const method = 'userDataStream.subscribe.signature';
    await client.request({ id: 2, method, params: signed(bob.hmac) });
    // A made-up event (as a user's my-spec/user-data/asset-lock-update.yaml describes one).
    const lock = { e: 'assetLockUpdate', E: 1700000000000, a: 'BTC', l: '1.5' };
    exchange.emitUserData(lock);
    exchange.emitUserData({ ...lock, a: 'ETH' }, 'bob');
    const events = await eventsSoFar(client);
    expect(events).toEqual([
      { subscriptionId: 0, event: lock },
      { subscriptionId: 1, event: { ...lock, a: 'ETH' } },
    ]);
  });

  it('refuses what is not an event, and an account id that breaks the rule', async () => {
    const exchange = await start({ paused: true });
    for (const event of [null, [], 'x', {}, { e: 1 }, { e: '' }]) {
      expect(() => exchange.emitUserData(event as object)).toThrow(
        new TypeError('emitUserData: the event must be an object with a non-empty string `e`'),
      );
    }
    expect(() => exchange.emitUserData({ e: 'x', E: 1 }, 'no spaces')).toThrow(RangeError);
  });
});

describe('userDataStream.unsubscribe', () => {
  it('ends one subscription with eventStreamTerminated; ids keep increasing', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    const subscribe = (id: number) =>
      client.request({
        id,
        method: 'userDataStream.subscribe.signature',
        params: signed(exchange.keys.hmac),
      });
    expect((await subscribe(1))['result']).toEqual({ subscriptionId: 0 });
    const ended = await client.request({
      id: 2,
      method: 'userDataStream.unsubscribe',
      params: { subscriptionId: 0 },
    });
    expect(ended).toMatchObject({ status: 200, result: {} });
    expect(client.pending.map((t) => JSON.parse(t) as unknown)).toEqual([
      { subscriptionId: 0, event: { e: 'eventStreamTerminated', E: expect.any(Number) } },
    ]);
    client.drain();
    exchange.deposit('BTC', '1');
    expect(await eventsSoFar(client)).toEqual([]);
    expect(await client.request({ id: 3, method: 'session.subscriptions' })).toMatchObject({
      result: [],
    });
    expect((await subscribe(4))['result']).toEqual({ subscriptionId: 1 });
  });

  it('without subscriptionId ends all; an inactive id gets -2036', async () => {
    const exchange = await start({ paused: true });
    const client = await loggedOn(exchange);
    await client.request({ id: 1, method: 'userDataStream.subscribe' });
    const all = await client.request({ id: 2, method: 'userDataStream.unsubscribe' });
    expect(all).toMatchObject({ status: 200, result: {} });
    expect(await client.json<EventFrame>((m) => 'subscriptionId' in m)).toMatchObject({
      subscriptionId: 0,
      event: { e: 'eventStreamTerminated' },
    });
    const inactive = await client.request({
      id: 3,
      method: 'userDataStream.unsubscribe',
      params: { subscriptionId: 0 },
    });
    expect(inactive).toMatchObject({
      status: 400,
      error: { code: -2036, msg: 'User Data Stream subscription not active.' },
    });
  });
});

describe('UserStreamSubscriptions', () => {
  const setup = () => {
    const events = new UserEvents();
    const sent: unknown[] = [];
    return {
      events,
      sent,
      subscriptions: new UserStreamSubscriptions(events, (m) => sent.push(m)),
    };
  };

  it('delivers while active and stops listening when disposed', () => {
    const { events, sent, subscriptions } = setup();
    const id = subscriptions.start('a', 'signature');
    events.emit('a', { e: 'balanceUpdate', E: 1 });
    events.emit('b', { e: 'balanceUpdate', E: 2 });
    subscriptions.dispose();
    events.emit('a', { e: 'balanceUpdate', E: 3 });
    expect(sent).toEqual([{ subscriptionId: id, event: { e: 'balanceUpdate', E: 1 } }]);
    expect(subscriptions.size).toBe(0);
  });

  it('ends only the subscriptions of one kind', () => {
    const { sent, subscriptions } = setup();
    subscriptions.start('a', 'logon');
    subscriptions.start('b', 'signature');
    subscriptions.endAll(5, 'logon');
    expect(subscriptions.ids()).toEqual([1]);
    expect(sent).toEqual([{ subscriptionId: 0, event: { e: 'eventStreamTerminated', E: 5 } }]);
  });

  it(`allows ${MAX_ACTIVE} active subscriptions (-1191) and ${MAX_LIFETIME} in all (-2042)`, () => {
    const { subscriptions } = setup();
    for (let i = 0; i < MAX_ACTIVE; i++) subscriptions.start(`account-${i}`, 'signature');
    expect(() => subscriptions.start('one-more', 'signature')).toThrow(
      expect.objectContaining({ code: -1191 }),
    );
    subscriptions.endAll(0);
    for (let i = MAX_ACTIVE; i < MAX_LIFETIME; i++) {
      subscriptions.end(subscriptions.start('account', 'signature'), 0);
    }
    expect(() => subscriptions.start('account', 'signature')).toThrow(
      expect.objectContaining({ code: -2042 }),
    );
  });
});
