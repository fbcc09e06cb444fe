/**
 * The local exchange's USDⓈ-M streams beyond mark price, aggTrade and diff depth: each on its
 * route, every payload valid by the schema generated from spec/usdm/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Validator } from '../../../src/channels/descriptor';
import {
  usdmStreamUrl,
  validateAllBookTickersEvent,
  validateAllMiniTickersEvent,
  validateAllTickersEvent,
  validateContinuousKlineEvent,
  validateKlineEvent,
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
