/**
 * The local exchange's listen tokens (`POST /sapi/v1/userListenToken`,
 * `userDataStream.subscribe.listenToken`) over a raw socket: a token subscribes its margin account
 * on a connection that never logged on, a newer token extends the subscription (same id), the
 * subscription ends with `eventStreamTerminated` at its expiry, and bad tokens and parameters get
 * Binance's codes.
 */
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, closeAll, start } from './helpers';

afterEach(closeAll);

type Exchange = Awaited<ReturnType<typeof start>>;

/** `POST /sapi/v1/userListenToken` signed with the exchange's HMAC key. */
async function createToken(exchange: Exchange, params: Record<string, string> = {}) {
  const { apiKey, secret } = exchange.keys.hmac;
  const query = new URLSearchParams({ ...params, timestamp: String(Date.now()) }).toString();
  const signature = createHmac('sha256', secret).update(query).digest('hex');
  const response = await fetch(`${exchange.urls.rest}/sapi/v1/userListenToken`, {
    method: 'POST',
    headers: {
      'X-MBX-APIKEY': apiKey,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: `${query}&signature=${signature}`,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const subscribe = (client: Client, listenToken: unknown, id = 'sub') =>
  client.request({ id, method: 'userDataStream.subscribe.listenToken', params: { listenToken } });

describe('listen tokens on the local exchange', () => {
  it('subscribes, extends with a newer token, and ends at the expiry', async () => {
    const exchange = await start();
    const first = await createToken(exchange, { validity: '400' });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ token: expect.any(String), expirationTime: expect.any(Number) });
    const client = await Client.open(exchange.urls.wsApi);
    const answer = await subscribe(client, first.body['token']);
    expect(answer).toMatchObject({
      status: 200,
      result: { subscriptionId: 0, expirationTime: first.body['expirationTime'] },
    });
    const second = await createToken(exchange, { validity: '900' });
    const renewed = await subscribe(client, second.body['token'], 'renew');
    expect(renewed).toMatchObject({
      result: { subscriptionId: 0, expirationTime: second.body['expirationTime'] },
    });
    const ended = await client.json(
      (m) => (m['event'] as { e?: string } | undefined)?.e === 'eventStreamTerminated',
    );
    expect(ended).toMatchObject({ subscriptionId: 0, event: { e: 'eventStreamTerminated' } });
    // Not before the second token's expiry (the exchange's clock is the wall clock).
    expect((ended['event'] as { E: number }).E).toBeGreaterThanOrEqual(
      second.body['expirationTime'] as number,
    );
    expect(await subscribe(client, second.body['token'], 'late')).toMatchObject({
      status: 400,
      error: { code: -1209 },
    });
  });

  it('refuses unknown tokens (-1209), isIsolated without symbol (-1102), validity over 24 h', async () => {
    const exchange = await start();
    const client = await Client.open(exchange.urls.wsApi);
    expect(await subscribe(client, 'no-such-token')).toMatchObject({ error: { code: -1209 } });
    const noSymbol = await createToken(exchange, { isIsolated: 'true' });
    expect(noSymbol.body).toMatchObject({ code: -1102 });
    const tooLong = await createToken(exchange, { validity: '86400001' });
    expect(tooLong.body).toMatchObject({ code: -1130 });
    const isolated = await createToken(exchange, { isIsolated: 'true', symbol: 'BTCUSDT' });
    expect(isolated.status).toBe(200);
  });
});
