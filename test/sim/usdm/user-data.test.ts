/**
 * The USDⓈ-M user data stream of the local exchange on the `/private` route: a listen key from
 * REST opens it, the account's futures trading arrives as ORDER_TRADE_UPDATE, TRADE_LITE,
 * ACCOUNT_UPDATE and ACCOUNT_CONFIG_UPDATE, each valid by its spec, an expired key ends it
 * with listenKeyExpired, and a LIST_SUBSCRIPTIONS probe is answered. A socket opened without a
 * key takes keys live (SUBSCRIBE), as Binance's connector uses it.
 */
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Validator } from '../../../src/channels/descriptor';
import type { HttpClient } from '../../../src/rest/http-client';
import {
  changeLeverageHttp,
  createListenKeyHttp,
  placeOrderHttp,
  validateAccountConfigUpdateEvent,
  validateAccountUpdateEvent,
  validateListenKeyExpiredEvent,
  validateOrderTradeUpdateEvent,
  validateTradeLiteEvent,
} from '../../../src/usdm';
import type { LocalExchange } from '../../../sim';
import { Client, closeAll } from '../helpers';
import { startFutures } from './futures-exchange';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let client: HttpClient;

beforeEach(async () => {
  ({ exchange, client } = await startFutures([symbol], 5));
});
afterEach(closeAll);

const VALIDATORS: Readonly<Record<string, Validator>> = {
  ORDER_TRADE_UPDATE: validateOrderTradeUpdateEvent,
  TRADE_LITE: validateTradeLiteEvent,
  ACCOUNT_UPDATE: validateAccountUpdateEvent,
  ACCOUNT_CONFIG_UPDATE: validateAccountConfigUpdateEvent,
  listenKeyExpired: validateListenKeyExpiredEvent,
};

/** The next event of type `e`, checked against its schema. */
async function next(stream: Client, e: string): Promise<Record<string, unknown>> {
  const event = JSON.parse(await stream.take((text) => text.includes(`"e":"${e}"`))) as Record<
    string,
    unknown
  >;
  const validate = VALIDATORS[e]!;
  expect(validate(event) ? [] : validate.errors).toEqual([]);
  return event;
}

describe("local exchange: usdm.emitUserData, an event of the user's own spec", () => {
  it('arrives on the /private stream of the account', async () => {
    const { listenKey } = await firstValueFrom(createListenKeyHttp({}, client));
    const stream = await Client.open(`${exchange.urls.usdmStreamHost}/private/ws/${listenKey}`);
    // A made-up event (as a user's fut-spec/user-data/risk-level-change.yaml describes one).
    const event = { e: 'RISK_LEVEL_CHANGE', E: 1700000000000, u: 'REDUCE_ONLY' };
    exchange.usdm.emitUserData(event);
    const text = await stream.take((t) => t.includes('"e":"RISK_LEVEL_CHANGE"'));
    expect(JSON.parse(text)).toEqual(event);
    expect(() => exchange.usdm.emitUserData({ E: 1 })).toThrow(TypeError);
  });
});

describe('local exchange: USDⓈ-M user data on /private', () => {
  it('streams a market order as TRADE_LITE, ORDER_TRADE_UPDATE and ACCOUNT_UPDATE', async () => {
    const { listenKey } = await firstValueFrom(createListenKeyHttp({}, client));
    const stream = await Client.open(`${exchange.urls.usdmStreamHost}/private/ws/${listenKey}`);
    await firstValueFrom(changeLeverageHttp({ symbol, leverage: 10 }, client));
    expect(await next(stream, 'ACCOUNT_CONFIG_UPDATE')).toMatchObject({ ac: { s: symbol, l: 10 } });

    const order = await firstValueFrom(
      placeOrderHttp({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.01' }, client),
    );
    const placed = await next(stream, 'ORDER_TRADE_UPDATE');
    expect(placed).toMatchObject({ o: { i: order.orderId, x: 'NEW', X: 'NEW', ps: 'BOTH' } });
    expect(await next(stream, 'TRADE_LITE')).toMatchObject({ i: order.orderId, S: 'BUY' });
    const fills: Record<string, unknown>[] = [];
    let last = await next(stream, 'ORDER_TRADE_UPDATE');
    fills.push(last);
    while ((last.o as { X: string }).X !== 'FILLED') {
      last = await next(stream, 'ORDER_TRADE_UPDATE');
      fills.push(last);
    }
    expect((last.o as { z: string }).z).toBe('0.01000000');
    const account = await next(stream, 'ACCOUNT_UPDATE');
    expect(account).toMatchObject({
      a: { m: 'ORDER', P: [{ s: symbol, pa: '0.01000000', ps: 'BOTH' }] },
    });
  });

  it('answers LIST_SUBSCRIPTIONS (the probe of a quiet stream) with the listen key', async () => {
    const { listenKey } = await firstValueFrom(createListenKeyHttp({}, client));
    const stream = await Client.open(`${exchange.urls.usdmStreamHost}/private/ws/${listenKey}`);
    stream.send('not json'); // answered as on market sockets (error 3), the stream goes on
    expect(JSON.parse(await stream.take())).toMatchObject({ error: { code: 3 }, id: null });
    stream.send({ method: 'LIST_SUBSCRIPTIONS', id: 7 });
    expect(JSON.parse(await stream.take())).toEqual({ result: [listenKey], id: 7 });
  });

  it('ends the stream with listenKeyExpired when the key expires; an unknown key is refused', async () => {
    const { listenKey } = await firstValueFrom(createListenKeyHttp({}, client));
    const stream = await Client.open(
      `${exchange.urls.usdmStreamHost}/private/stream?streams=${listenKey}`,
    );
    exchange.usdm.expireListenKeys();
    const frame = JSON.parse(await stream.take()) as { stream: string; data: unknown };
    expect(frame.stream).toBe(listenKey);
    expect(validateListenKeyExpiredEvent(frame.data)).toBe(true);
    expect(frame.data).toMatchObject({ e: 'listenKeyExpired', listenKey });

    const refused = new WebSocket(`${exchange.urls.usdmStreamHost}/private/ws/${listenKey}`);
    const status = await new Promise<number>((resolve) =>
      refused.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(400);
  });

  it('takes listen keys live on a socket opened without one', async () => {
    const stream = await Client.open(`${exchange.urls.usdmStreamHost}/private/stream?streams=`);
    expect(await stream.request({ method: 'SUBSCRIBE', params: ['nope'], id: 1 })).toEqual({
      error: { code: 2, msg: 'Invalid request: invalid stream' },
      id: 1,
    });
    const { listenKey } = await firstValueFrom(createListenKeyHttp({}, client));
    expect(await stream.request({ method: 'SUBSCRIBE', params: [listenKey], id: 2 })).toEqual({
      result: null,
      id: 2,
    });
    expect(await stream.request({ method: 'LIST_SUBSCRIPTIONS', id: 3 })).toEqual({
      result: [listenKey],
      id: 3,
    });
    await firstValueFrom(changeLeverageHttp({ symbol, leverage: 7 }, client));
    const frame = JSON.parse(await stream.take((t) => t.includes('ACCOUNT_CONFIG_UPDATE'))) as {
      stream: string;
      data: unknown;
    };
    expect(frame).toMatchObject({ stream: listenKey, data: { ac: { s: symbol, l: 7 } } });
    await stream.request({ method: 'UNSUBSCRIBE', params: [listenKey], id: 4 });
    expect(await stream.request({ method: 'LIST_SUBSCRIPTIONS', id: 5 })).toEqual({
      result: [],
      id: 5,
    });
  });
});
