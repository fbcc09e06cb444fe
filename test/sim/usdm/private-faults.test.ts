/**
 * The USDⓈ-M `/private` user data sockets get what every market-stream socket gets: server
 * pings, and the faults a client is tested against (half-open, a frame that is not JSON, held
 * messages), so a futures user data stream can be tested on the same bad days.
 */
import { createHmac } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLeverageHttp, createListenKeyHttp } from '../../../src/usdm';
import { createHttpClient } from '../../../src/rest/http-client';
import { Client, closeAll, start } from '../helpers';

afterEach(closeAll);

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

async function privateStream(options: { pingIntervalMs?: number } = {}) {
  const exchange = await start({ paused: true, symbols: ['BTCUSDT'], seed: 9, ...options });
  const { apiKey, secret } = exchange.keys.hmac;
  const client = createHttpClient({
    baseUrl: exchange.urls.rest,
    credentials: { apiKey, sign: (p) => createHmac('sha256', secret).update(p).digest('hex') },
  });
  const { listenKey } = await firstValueFrom(createListenKeyHttp({}, client));
  const stream = await Client.open(`${exchange.urls.usdmStreamHost}/private/ws/${listenKey}`);
  const leverage = (value: number) =>
    firstValueFrom(changeLeverageHttp({ symbol: 'BTCUSDT', leverage: value }, client));
  return { exchange, stream, leverage };
}

describe('faults and pings on /private', () => {
  it('pings the socket as the market streams do', async () => {
    const { stream } = await privateStream({ pingIntervalMs: 50 });
    await vi.waitFor(() => expect(stream.pings.length).toBeGreaterThanOrEqual(2), {
      timeout: 5_000,
    });
  });

  it('halfOpen() silences it: an event sent meanwhile never arrives, later ones do', async () => {
    const { exchange, stream, leverage } = await privateStream();
    const over = exchange.faults.halfOpen();
    await leverage(5); // ACCOUNT_CONFIG_UPDATE while silent: lost, as on a dead link
    exchange.faults.clear();
    await over;
    await leverage(7);
    const event = await stream.json<{ e: string; ac: { l: number } }>();
    expect(event).toMatchObject({ e: 'ACCOUNT_CONFIG_UPDATE', ac: { l: 7 } });
    expect(stream.pending).toEqual([]);
  });

  it('sendMalformed() reaches it too', async () => {
    const { exchange, stream } = await privateStream();
    expect(exchange.faults.sendMalformed()).toBe(1);
    expect(isJson(await stream.take())).toBe(false);
  });
});
