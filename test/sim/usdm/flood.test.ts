/**
 * Flood mode (benchmarks) on the USDⓈ-M routes: a flood names the stream by its hub key
 * (`usdm:<route>:<name>`) and reaches only the futures connections subscribed on that route; diff
 * depth carries `pu` = the `u` before, numbered on from the book, and the `/fapi/v1/depth`
 * snapshot lines up; every message is valid by the schema generated from spec/usdm/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { usdmStreamUrl, validateDiffDepthEvent, validateMarkPriceEvent } from '../../../src/usdm';
import { Client, closeAll, start } from '../helpers';
import { valid } from './frames';

afterEach(closeAll);

type Combined<T> = { stream: string; data: T };
type Diff = { e: string; U: number; u: number; pu: number; b: unknown[]; a: unknown[] };

describe('flood mode on the USDⓈ-M routes', () => {
  it('floods mark price on /market, valid, with the send time in E', async () => {
    const exchange = await start({ paused: true });
    const host = exchange.urls.usdmStreamHost;
    const stream = 'btcusdt@markPrice@1s';
    // Before the subscription: the regular 1 s feed may publish between it and the flood, and
    // its message (read among the 500) is sent after this time too.
    const started = Date.now();
    const market = await Client.open(`${usdmStreamUrl('market', host)}?streams=${stream}`);
    const result = await exchange.market.flood({ stream: `usdm:market:${stream}`, count: 500 });
    expect(result).toMatchObject({ sent: 500, connections: 1 });
    const got = await market.many<Combined<{ e: string; E: number }>>(500);
    for (const { stream: name, data } of got) {
      expect(name).toBe(stream);
      expect(valid(validateMarkPriceEvent, data)).toEqual([]);
      expect(data.E).toBeGreaterThanOrEqual(started);
    }
  });

  it("floods diff depth on /public chained by pu, not Spot's stream of the same name", async () => {
    const exchange = await start({ paused: true });
    const stream = 'btcusdt@depth@100ms';
    const url = `${usdmStreamUrl('public', exchange.urls.usdmStreamHost)}?streams=${stream}`;
    const client = await Client.open(url);
    const spot = await Client.open(`${exchange.urls.combined}?streams=${stream}`);
    const before = exchange.market.depthSnapshot('BTCUSDT', 10)!.lastUpdateId;
    const flood = { stream: `usdm:public:${stream}`, count: 100, levels: 10 };
    expect(await exchange.market.flood(flood)).toMatchObject({ sent: 100, connections: 1 });
    const diffs = (await client.many<Combined<Diff>>(100)).map((m) => m.data);
    diffs.forEach((diff, i) => {
      expect(valid(validateDiffDepthEvent, diff)).toEqual([]);
      expect([diff.U, diff.u, diff.pu]).toEqual([before + 1 + i, before + 1 + i, before + i]);
      expect([diff.b.length, diff.a.length]).toEqual([10, 10]);
    });
    expect(spot.pending).toEqual([]);
    const response = await fetch(`${exchange.urls.rest}/fapi/v1/depth?symbol=BTCUSDT&limit=5`);
    expect(((await response.json()) as { lastUpdateId: number }).lastUpdateId).toBe(before + 100);
    await exchange.market.flood({ ...flood, count: 1 });
    const next = (await client.json<Combined<Diff>>()).data;
    expect([next.U, next.pu]).toEqual([before + 101, before + 100]);
  });
});
