/**
 * The local exchange's USDⓈ-M futures WebSocket API (`/ws-fapi/v1`) over real sockets: Binance's
 * envelope, the futures engine behind Spot's method names, Binance's futures error codes, session
 * logon, and ORDER_TRADE_UPDATE on `/private` for an order placed there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { signed } from '../signed';
import type { LocalExchange } from '../../../sim';
import { Client, closeAll, start } from '../helpers';
import { limitBuy as restingBuy } from './futures-exchange';

afterEach(closeAll);

async function futures(): Promise<{ exchange: LocalExchange; ws: Client }> {
  const exchange = await start({ paused: true, symbols: ['BTCUSDT'], seed: 3 });
  exchange.market.step(20);
  return { exchange, ws: await Client.open(exchange.urls.usdmWsApi) };
}

const limitBuy = restingBuy('BTCUSDT', '1000');

describe('local exchange: /ws-fapi/v1', () => {
  it("answers order.place from the futures engine in Binance's envelope", async () => {
    const { exchange, ws } = await futures();
    expect(exchange.urls.usdmWsApi).toMatch(/^ws:\/\/.+\/ws-fapi\/v1$/);
    const answer = await ws.request({
      id: 'p1',
      method: 'order.place',
      params: signed(exchange.keys.hmac, limitBuy),
    });
    expect(answer).toMatchObject({
      id: 'p1',
      status: 200,
      result: {
        symbol: 'BTCUSDT',
        status: 'NEW',
        positionSide: 'BOTH',
        cumQty: expect.any(String),
        origType: 'LIMIT',
      },
      rateLimits: expect.arrayContaining([expect.objectContaining({ rateLimitType: 'ORDERS' })]),
    });
    // The futures order, not a Spot one: Spot's answers have orderListId, futures' do not.
    expect(answer['result']).not.toHaveProperty('orderListId');
    const { orderId } = answer['result'] as { orderId: number };
    const status = await ws.request({
      id: 'p2',
      method: 'order.status',
      params: signed(exchange.keys.hmac, { symbol: 'BTCUSDT', orderId }),
    });
    expect(status).toMatchObject({
      status: 200,
      result: { orderId, status: 'NEW', positionSide: 'BOTH' },
    });
  });

  it("keeps Spot's order.place on /ws-api/v3", async () => {
    const { exchange } = await futures();
    const spot = await Client.open(exchange.urls.wsApi);
    const answer = await spot.request({
      id: 1,
      method: 'order.place',
      params: signed(exchange.keys.hmac, limitBuy),
    });
    expect(answer).toMatchObject({ status: 200, result: { orderListId: -1 } });
    expect(answer['result']).not.toHaveProperty('positionSide');
  });

  it("answers Binance's futures error codes", async () => {
    const { exchange, ws } = await futures();
    const key = exchange.keys.hmac;
    const unknown = await ws.request({
      id: 1,
      method: 'order.status',
      params: signed(key, { symbol: 'BTCUSDT', orderId: 999999 }),
    });
    expect(unknown).toMatchObject({ status: 400, error: { code: -2013 } });
    const stop = await ws.request({
      id: 2,
      method: 'order.place',
      params: signed(key, { ...limitBuy, type: 'STOP_MARKET' }),
    });
    expect(stop).toMatchObject({ status: 400, error: { code: -4120 } });
    const unsigned = await ws.request({
      id: 3,
      method: 'v2/account.status',
      params: { apiKey: key.apiKey, timestamp: Date.now() },
    });
    expect(unsigned).toMatchObject({ status: 400 });
    // Spot-only methods are not served here.
    const spotOnly = await ws.request({ id: 4, method: 'avgPrice', params: { symbol: 'BTCUSDT' } });
    expect(spotOnly).toMatchObject({ error: { code: -1020 } });
  });

  it('serves the account after an Ed25519 session.logon, unsigned', async () => {
    const { exchange, ws } = await futures();
    const logon = await ws.request({
      id: 1,
      method: 'session.logon',
      params: signed(exchange.keys.ed25519),
    });
    expect(logon).toMatchObject({ status: 200 });
    const account = await ws.request({
      id: 2,
      method: 'v2/account.status',
      params: { timestamp: Date.now() },
    });
    expect(account).toMatchObject({
      status: 200,
      result: { totalWalletBalance: expect.any(String) },
    });
  });

  it('streams ORDER_TRADE_UPDATE on /private for an order placed over ws-fapi', async () => {
    const { exchange, ws } = await futures();
    const key = exchange.keys.hmac;
    const start = await ws.request({
      id: 1,
      method: 'userDataStream.start',
      params: { apiKey: key.apiKey },
    });
    const { listenKey } = start['result'] as { listenKey: string };
    const stream = await Client.open(`${exchange.urls.usdmStreamHost}/private/ws/${listenKey}`);
    const placed = await ws.request({
      id: 2,
      method: 'order.place',
      params: signed(key, { ...limitBuy, newClientOrderId: 'via-ws-fapi' }),
    });
    expect(placed).toMatchObject({ status: 200 });
    const event = await stream.json<{ e: string; o: { c: string; X: string } }>(
      (m) => m.e === 'ORDER_TRADE_UPDATE',
    );
    expect(event.o).toMatchObject({ c: 'via-ws-fapi', X: 'NEW' });
    const ping = await ws.request({
      id: 3,
      method: 'userDataStream.ping',
      params: { apiKey: key.apiKey },
    });
    expect(ping).toMatchObject({ status: 200, result: { listenKey } });
    const stop = await ws.request({
      id: 4,
      method: 'userDataStream.stop',
      params: { apiKey: key.apiKey },
    });
    expect(stop).toMatchObject({ status: 200, result: {} });
  });
});
