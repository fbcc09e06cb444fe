/**
 * The futures clients of the benchmarks (bench/usdm-clients.ts, through bench/clients.ts) read the
 * local exchange's USDⓈ-M floods: each one, on each futures kind it is measured on, gets every
 * message of a small flood and the send time `E` out of them, through the bench's own measurement
 * (bench/measure.ts: primer, warm-up, count). Nothing here is timed: only counts and contents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Urls } from '../../bench/clients';
import { measure, type Settings } from '../../bench/measure';
import { USDM_KINDS, isUsdmKind, type UsdmKind } from '../../bench/scenarios';
import { startLocalExchange, type LocalExchange } from '../../sim';

const SETTINGS: Settings = {
  saturationCount: 640,
  saturationCountMany: 640,
  rateSeconds: 0.1,
  warmup: 200,
  saturationLimitMs: 10_000,
};

let exchange: LocalExchange;
let urls: Urls;
// The clients on src/: `npm run bench` measures the packed package (bench/package-under-test.ts),
// but what is checked here is what each client reads, not what it costs.
process.env['BENCH_SDK'] = 'src';
const { kindsOf, loadClients } = await import('../../bench/clients');
const clients = await loadClients();
const futures = clients.flatMap((client) =>
  kindsOf(client)
    .filter(isUsdmKind)
    .map((kind): [string, UsdmKind, Client] => [client.name, kind, client]),
);

beforeAll(async () => {
  exchange = await startLocalExchange({ symbols: ['BTCUSDT', 'ETHUSDT'], paused: true });
  urls = { ...exchange.urls, sbeApiKey: exchange.keys.ed25519.apiKey };
});
afterAll(() => exchange.close());

describe('the futures benchmark clients on the local exchange', () => {
  it('are the floor, binance-rx with and without validation and the peers that read futures', () => {
    const names = (kind: UsdmKind) => futures.filter(([, k]) => k === kind).map(([name]) => name);
    const both = [
      'raw ws + JSON.parse',
      'binance-rx (validation off)',
      'binance-rx (validation on)',
      'binance (npm)',
      '@binance/derivatives-trading-usds-futures',
    ];
    expect(names('usdmMarkPrice')).toEqual(both);
    expect(names('usdmAllMarkPrices')).toEqual(both);
    expect(names('usdmDepth')).toEqual([...both, 'ccxt pro']);
    expect(USDM_KINDS).toEqual(['usdmMarkPrice', 'usdmAllMarkPrices', 'usdmDepth']);
  });

  it.each(futures)(
    '%s reads every message of a %s flood, with its send time',
    async (_, kind, client) => {
      const flooded = Date.now();
      const result = await measure(urls, { kind, sockets: 1, rate: undefined }, client, SETTINGS);
      // Every flooded message; mark price may add one of its own 1 s updates (the market is paused,
      // the 1 s timer is not).
      expect(result.received).toBeGreaterThanOrEqual(SETTINGS.saturationCount);
      expect(result.received).toBeLessThanOrEqual(SETTINGS.saturationCount + 1);
      // Every 64th message's `E` went into the latency: the client handed over the send time, and
      // none was sent before the test started (so it is the flood's).
      expect(Number.isFinite(result.latencyP50Ms)).toBe(true);
      expect(result.latencyP99Ms).toBeLessThanOrEqual(Date.now() - flooded);
    },
  );
});
