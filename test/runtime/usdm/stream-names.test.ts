import { describe, expect, it } from 'vitest';
import { streamName } from '../../../src/channels/stream-name';
import { InvalidParameterError } from '../../../src/errors';
import {
  allBookTickersChannel,
  allMarkPricesChannel,
  assetIndexChannel,
  continuousKlineChannel,
  diffDepthChannel,
  markPriceChannel,
  partialDepthChannel,
  usdmStreamUrl,
  USDM_MARKET_STREAM_URL,
  USDM_PUBLIC_STREAM_URL,
} from '../../../src/usdm';

/** USDⓈ-M stream names from the generated descriptors: given parameters, want the name. */
const table: [string, () => string, string][] = [
  ['mark price, default 3 s', () => streamName(markPriceChannel, 'BTCUSDT'), 'btcusdt@markPrice'],
  [
    'mark price every second',
    () => streamName(markPriceChannel, { symbol: 'BTCUSDT', markPriceSpeed: '1s' }),
    'btcusdt@markPrice@1s',
  ],
  ['all mark prices', () => streamName(allMarkPricesChannel, {}), '!markPrice@arr'],
  ['all mark prices, 1 s', () => streamName(allMarkPricesChannel, '1s'), '!markPrice@arr@1s'],
  [
    'continuous kline',
    () =>
      streamName(continuousKlineChannel, {
        pair: 'BTCUSDT',
        contractType: 'PERPETUAL',
        interval: '1m',
      }),
    'btcusdt_perpetual@continuousKline_1m',
  ],
  ['diff depth, default 250 ms', () => streamName(diffDepthChannel, 'ETHUSDT'), 'ethusdt@depth'],
  [
    'diff depth 100 ms',
    () => streamName(diffDepthChannel, { symbol: 'ETHUSDT', depthSpeed: '100ms' }),
    'ethusdt@depth@100ms',
  ],
  [
    'partial depth 10 @ 500 ms',
    () => streamName(partialDepthChannel, { symbol: 'BTCUSDT', levels: 10, depthSpeed: '500ms' }),
    'btcusdt@depth10@500ms',
  ],
  ['asset index', () => streamName(assetIndexChannel, 'ADAUSD'), 'adausd@assetIndex'],
  ['all book tickers', () => streamName(allBookTickersChannel, {}), '!bookTicker'],
];

describe('USDⓈ-M stream names', () => {
  it.each(table)('%s', (_name, given, want) => expect(given()).toBe(want));

  it('refuses a contract type futures do not have', () => {
    expect(() =>
      streamName(continuousKlineChannel, {
        pair: 'BTCUSDT',
        contractType: 'NEXT_MONTH' as 'PERPETUAL',
        interval: '1m',
      }),
    ).toThrow(InvalidParameterError);
  });

  it('routes book streams to /public and the others to /market', () => {
    expect(diffDepthChannel.route).toBe('public');
    expect(partialDepthChannel.route).toBe('public');
    expect(allBookTickersChannel.route).toBe('public');
    expect(markPriceChannel.route).toBe('market');
    expect(usdmStreamUrl('public')).toBe(USDM_PUBLIC_STREAM_URL);
    expect(usdmStreamUrl('market')).toBe('wss://fstream.binance.com/market/stream');
    expect(USDM_MARKET_STREAM_URL).toBe(usdmStreamUrl('market'));
    expect(usdmStreamUrl('market', 'ws://127.0.0.1:9443/usdm/')).toBe(
      'ws://127.0.0.1:9443/usdm/market/stream',
    );
  });
});
