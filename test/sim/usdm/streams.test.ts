/**
 * The local exchange's USDⓈ-M streams beyond mark price, aggTrade and diff depth: each on its
 * route, every payload valid by the schema generated from spec/usdm/; the index streams carry
 * the index prices the mark price stream sends.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Validator } from '../../../src/channels/descriptor';
import {
  usdmStreamUrl,
  validateAllAssetIndexesEvent,
  validateAllBookTickersEvent,
  validateAllMiniTickersEvent,
  validateAllTickersEvent,
  validateAssetIndexEvent,
  validateCompositeIndexEvent,
  validateContinuousKlineEvent,
  validateKlineEvent,
  validateMarkPriceEvent,
  validateMiniTickerEvent,
  validatePartialDepthEvent,
  validateTickerEvent,
} from '../../../src/usdm';
import { closeAll, start } from '../helpers';
import { frames, framesOf, valid } from './frames';

afterAll(closeAll);

/** Stream name, route, validator. */
const STREAMS: readonly (readonly [string, 'public' | 'market', Validator])[] = [
  ['btcusdt@kline_1m', 'market', validateKlineEvent],
  ['btcusdt_perpetual@continuousKline_1m', 'market', validateContinuousKlineEvent],
  ['btcusdt@miniTicker', 'market', validateMiniTickerEvent],
  ['btcusdt@ticker', 'market', validateTickerEvent],
  ['!miniTicker@arr', 'market', validateAllMiniTickersEvent],
  ['!ticker@arr', 'market', validateAllTickersEvent],
  ['simindexusdt@compositeIndex', 'market', validateCompositeIndexEvent],
  ['btcusd@assetIndex', 'market', validateAssetIndexEvent],
  ['!assetIndex@arr', 'market', validateAllAssetIndexesEvent],
  ['!bookTicker', 'public', validateAllBookTickersEvent],
  ['btcusdt@depth5', 'public', validatePartialDepthEvent],
  ['btcusdt@depth10@100ms', 'public', validatePartialDepthEvent],
  ['ethusdt@depth20@500ms', 'public', validatePartialDepthEvent],
];

describe.each(['market', 'public'] as const)('local exchange: USDⓈ-M /%s streams', (route) => {
  const streams = STREAMS.filter(([, r]) => r === route);

  it('serves each, valid by its generated schema', async () => {
    const exchange = await start({ seed: 21, symbols: ['BTCUSDT', 'ETHUSDT'], speed: 20 });
    const names = streams.map(([name]) => name);
    const url = `${usdmStreamUrl(route, exchange.urls.usdmStreamHost)}?streams=${names.join('/')}`;
    const got = await framesOf(url, names);
    for (const { stream, data } of got) {
      const validate = streams.find(([name]) => name === stream)![2];
      expect({ stream, problems: valid(validate, data) }).toEqual({ stream, problems: [] });
    }
  });
});

describe('local exchange: USDⓈ-M stream contents', () => {
  it('names the pair and contract type on continuous klines, and chains partial depth by pu', async () => {
    const exchange = await start({ seed: 22, speed: 20 });
    const market = `${usdmStreamUrl('market', exchange.urls.usdmStreamHost)}?streams=btcusdt_perpetual@continuousKline_1m`;
    const [kline] = await framesOf(market, ['btcusdt_perpetual@continuousKline_1m']);
    expect(kline!.data).toMatchObject({ e: 'continuous_kline', ps: 'BTCUSDT', ct: 'PERPETUAL' });
    const pub = `${usdmStreamUrl('public', exchange.urls.usdmStreamHost)}?streams=btcusdt@depth5@100ms`;
    const events = (await frames(pub, 3)).map((f) => f.data as { u: number; pu: number; b: [] });
    for (const event of events) expect(event.b).toHaveLength(5);
    for (let i = 1; i < events.length; i += 1) expect(events[i]!.pu).toBe(events[i - 1]!.u);
  });
});

describe('local exchange: USDⓈ-M index streams', () => {
  it('carry the index of the mark price stream, and the composite of its components', async () => {
    const exchange = await start({ seed: 23, symbols: ['BTCUSDT', 'ETHUSDT'], paused: true });
    exchange.market.step(10);
    const names = ['btcusdt@markPrice@1s', 'btcusd@assetIndex', 'simindexusdt@compositeIndex'];
    const url = `${usdmStreamUrl('market', exchange.urls.usdmStreamHost)}?streams=${names.join('/')}`;
    const got = new Map((await framesOf(url, names)).map((f) => [f.stream, f.data]));
    const mark = got.get(names[0]!) as { i: string; p: string };
    expect(valid(validateMarkPriceEvent, mark)).toEqual([]);
    const asset = got.get(names[1]!) as Record<string, string>;
    expect(asset).toMatchObject({ s: 'BTCUSD', i: mark.i });
    expect(Number(asset['B'])).toBeCloseTo(Number(mark.i) * (1 - Number(asset['b'])), 6);
    expect(Number(asset['A'])).toBeCloseTo(Number(mark.i) * (1 + Number(asset['a'])), 6);
    const composite = got.get(names[2]!) as {
      p: string;
      c: { b: string; w: string; W: string; i: string }[];
    };
    expect(composite.c.map((c) => c.b)).toEqual(['BTC', 'ETH']);
    expect(composite.c[0]!.i).toBe(mark.i);
    const sum = composite.c.reduce((total, c) => total + Number(c.w) * Number(c.i), 0);
    expect(Number(composite.p)).toBeCloseTo(sum, 2); // w and i are rounded to 8 places
    expect(composite.c.reduce((total, c) => total + Number(c.W), 0)).toBeCloseTo(1, 6);
  });
});
