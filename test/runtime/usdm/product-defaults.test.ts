import { firstValueFrom } from 'rxjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json } from '../rest/fake-fetch';

// The default clients take `globalThis.fetch` when they are first made: stub it before.
const { fetch, calls } = fakeFetch(
  json(200, { serverTime: 1 }),
  json(200, { serverTime: 2 }),
  json(200, { serverTime: 3 }),
);
vi.stubGlobal('fetch', fetch);
afterAll(() => vi.unstubAllGlobals());

const spot = await import('../../../src/index');
const usdm = await import('../../../src/usdm/index');
const { resolveConnectionOptions } = await import('../../../src/connection/options');

const usage = (client: { governor: { status(): { usage: readonly object[] } } }) =>
  client.governor.status().usage.map((u) => {
    const { type, interval, limit, used } = u as Record<string, unknown>;
    return [type, interval, limit, used];
  });

describe('a product carries its own defaults (spec/<product>/product.yaml + limits.yaml)', () => {
  it('sends a futures call without a client to the futures host, under the futures limits', async () => {
    await firstValueFrom(usdm.getServerTimeHttp());
    expect(calls.at(-1)!.url).toBe('https://fapi.binance.com/fapi/v1/time');
    const client = spot.defaultHttpClient(usdm.usdmProduct);
    expect(client.baseUrl).toBe('https://fapi.binance.com');
    expect(usage(client)).toEqual([
      ['REQUEST_WEIGHT', '1m', 2400, 1],
      ['ORDERS', '10s', 300, 0],
      ['ORDERS', '1m', 1200, 0],
    ]);
  });

  it('leaves Spot as it was: api.binance.com, Spot limits, a separate budget', async () => {
    await firstValueFrom(spot.getServerTimeHttp());
    expect(calls.at(-1)!.url).toBe('https://api.binance.com/api/v3/time');
    const client = spot.defaultHttpClient();
    expect(client).toBe(spot.defaultHttpClient(spot.spotProduct));
    expect(usage(client)[0]).toEqual(['REQUEST_WEIGHT', '1m', 6000, 1]);
    // The futures call above spent nothing of Spot's budget, nor the other way round.
    expect(usage(spot.defaultHttpClient(usdm.usdmProduct))[0]).toEqual([
      'REQUEST_WEIGHT',
      '1m',
      2400,
      1,
    ]);
  });

  it('gives a client created for the product its host and limits, with any base URL', async () => {
    const client = spot.createHttpClient({
      product: usdm.usdmProduct,
      baseUrl: 'http://127.0.0.1:1',
    });
    expect(client.baseUrl).toBe('http://127.0.0.1:1');
    expect(usage(client).map(([type, , limit]) => [type, limit])).toEqual([
      ['REQUEST_WEIGHT', 2400],
      ['ORDERS', 300],
      ['ORDERS', 1200],
    ]);
    expect(spot.createHttpClient({ product: usdm.usdmProduct }).baseUrl).toBe(usdm.USDM_REST_URL);
  });

  it('gives a futures connection its route URL and the fstream limits', () => {
    const pub = resolveConnectionOptions({ product: usdm.usdmProduct });
    expect(pub.route).toBe('public');
    expect(pub.session.url).toBe('wss://fstream.binance.com/public/stream');
    const market = resolveConnectionOptions({ product: usdm.usdmProduct, route: 'market' });
    expect(market.session.url).toBe(usdm.USDM_MARKET_STREAM_URL);
    // 10 messages per second: at most 9 leave per second.
    expect(market.session.sendSpacingMs).toBe(112);
    // Pings every 3 minutes: a socket is dead after 2.5 of them without a frame.
    expect(market.session.heartbeatTimeoutMs).toBe(450_000);
    expect(market.maxStreamsPerSocket).toBe(1024);
    expect(market.rotateAfterMs).toBe(86_400_000 - 1_800_000);
  });

  it('keeps Spot connection defaults', () => {
    const options = resolveConnectionOptions({});
    expect(options.route).toBeUndefined();
    expect(options.session.url).toBe(spot.BINANCE_STREAM_URL);
    expect(options.session.sendSpacingMs).toBe(250);
    expect(options.session.heartbeatTimeoutMs).toBe(50_000);
    expect(resolveConnectionOptions({ product: spot.spotProduct }).session.url).toBe(
      spot.BINANCE_STREAM_URL,
    );
  });
});
