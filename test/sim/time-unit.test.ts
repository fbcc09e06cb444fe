/**
 * `timeUnit=MICROSECOND` on the local exchange: REST (`X-MBX-TIME-UNIT`) and WebSocket API (URL
 * parameter) answers carry their timestamps in microseconds, as Binance's do; the SDK's clients
 * ask for it with their `timeUnit` option.
 */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { getServerTimeHttp } from '../../generated/operations/get-server-time';
import { getKlinesHttp } from '../../generated/operations/get-klines';
import { createHttpClient } from '../../src/rest/http-client';
import { answerInMicroseconds, eventInMicroseconds } from '../../sim/api/time-unit';
import { Client, closeAll, start } from './helpers';

afterEach(closeAll);

/** Milliseconds now are about 1.7e12; microseconds about 1.7e15. */
const isMicros = (t: number) => t > 1e15;
const isMillis = (t: number) => t > 1e12 && t < 1e14;

describe('timeUnit on the local exchange', () => {
  it('REST: with timeUnit MICROSECOND the client gets microseconds, without it milliseconds', async () => {
    const exchange = await start({ paused: true });
    const micro = createHttpClient({ baseUrl: exchange.urls.rest, timeUnit: 'MICROSECOND' });
    const milli = createHttpClient({ baseUrl: exchange.urls.rest });
    expect(isMicros((await firstValueFrom(getServerTimeHttp({}, micro))).serverTime)).toBe(true);
    expect(isMillis((await firstValueFrom(getServerTimeHttp({}, milli))).serverTime)).toBe(true);
    const [kline] = await firstValueFrom(
      getKlinesHttp({ symbol: 'BTCUSDT', interval: '1m', limit: 1 }, micro),
    );
    expect(isMicros(kline![0])).toBe(true);
    expect(isMicros(kline![6])).toBe(true);
  });

  it('WebSocket API: timeUnit=MICROSECOND in the URL', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(`${exchange.urls.wsApi}?timeUnit=MICROSECOND`);
    const answer = (await client.request({ id: 1, method: 'time' })) as {
      result: { serverTime: number };
    };
    expect(isMicros(answer.result.serverTime)).toBe(true);
  });

  it('scales timestamps only: ids, prices and -1 stay', () => {
    expect(
      answerInMicroseconds({ orderId: 5, time: 1_700_000_000_000, workingTime: -1, price: '1.0' }),
    ).toEqual({ orderId: 5, time: 1_700_000_000_000_000, workingTime: -1, price: '1.0' });
    expect(
      eventInMicroseconds({ e: 'executionReport', E: 2, T: 3, O: 4, t: 99, i: 7, W: 5 }),
    ).toEqual({ e: 'executionReport', E: 2000, T: 3000, O: 4000, t: 99, i: 7, W: 5000 });
  });
});
