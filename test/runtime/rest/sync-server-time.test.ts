import { asyncScheduler, firstValueFrom, lastValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { placeOrderHttp } from '../../../generated/operations/place-order';
import { MalformedMessageError } from '../../../src/errors';
import { createHttpClient } from '../../../src/rest/http-client';
import { syncServerTime } from '../../../src/rest/sync-server-time';
import { fakeFetch, json } from './fake-fetch';

/** A clock the test moves: each fetch takes `roundTripMs` of it. */
function manualClock(start: number) {
  const clock = {
    time: start,
    scheduler: { now: () => clock.time, schedule: asyncScheduler.schedule.bind(asyncScheduler) },
  };
  return clock;
}

describe('syncServerTime', () => {
  it('sets the offset from the middle of the round trip and uses it for timestamps', async () => {
    const fake = fakeFetch(json(200, { serverTime: 10_000 }), json(200, { orderId: 1 }));
    const clock = manualClock(1_000);
    const signed: string[] = [];
    const client = createHttpClient({
      baseUrl: 'http://x.test',
      fetch: (input, init) => {
        clock.time += 100;
        return fake.fetch(input, init);
      },
      scheduler: clock.scheduler,
      credentials: { apiKey: 'KEY', sign: (p) => (signed.push(p), 'sig') },
    });
    const offset = await firstValueFrom(syncServerTime(client, { everyMs: 0 }));
    expect(offset).toBe(10_000 - 1_050);
    expect(client.timeOffsetMs).toBe(8_950);
    expect(fake.calls[0]!.url).toBe('http://x.test/api/v3/time');
    await lastValueFrom(
      placeOrderHttp({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1' }, client),
    );
    // Signed at local time 1100 (before the fetch moved the clock again): 1100 + 8950.
    expect(signed[0]).toMatch(/&timestamp=10050$/);
  });

  it('measures again every everyMs while subscribed', async () => {
    let serverTime = 0;
    const client = createHttpClient({
      baseUrl: 'http://x.test',
      fetch: () => Promise.resolve(json(200, { serverTime: (serverTime += 60_000) })),
    });
    const offsets = await lastValueFrom(
      syncServerTime(client, { everyMs: 5 }).pipe(take(3), toArray()),
    );
    expect(offsets).toHaveLength(3);
    expect(serverTime).toBe(180_000);
    expect(client.timeOffsetMs).toBe(offsets[2]);
  });

  it.each<[string, unknown]>([
    ['serverTime as text', { serverTime: '1700000000000' }],
    ['no serverTime', {}],
    ['a fractional serverTime', { serverTime: 1.5 }],
  ])('%s: a MalformedMessageError, and the offset is left as it was', async (_name, body) => {
    const fake = fakeFetch(json(200, body), json(200, { orderId: 1 }));
    const signed: string[] = [];
    const client = createHttpClient({
      baseUrl: 'http://x.test',
      fetch: fake.fetch,
      credentials: { apiKey: 'KEY', sign: (p) => (signed.push(p), 'sig') },
    });
    client.timeOffsetMs = 250;
    const error = await firstValueFrom(syncServerTime(client, { everyMs: 0 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MalformedMessageError);
    expect((error as MalformedMessageError).reason).toBe(
      'serverTime is not an integer of milliseconds',
    );
    expect(client.timeOffsetMs).toBe(250);
    await lastValueFrom(
      placeOrderHttp({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1' }, client),
    );
    expect(signed[0]).toMatch(/timestamp=\d+/);
  });
});
