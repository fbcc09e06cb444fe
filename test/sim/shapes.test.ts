import { afterEach, describe, expect, it } from 'vitest';
import { Client, closeAll, start } from './helpers';

afterEach(closeAll);

/** d: decimal string, i: integer, s: string, b: boolean, l: price levels, k: kline object. */
type Kind = 'd' | 'i' | 's' | 'b' | 'l' | 'k';
type Shape = readonly (readonly [string, Kind])[];

/** `'e:s E:i'` → [['e', 's'], ['E', 'i']]: field order and types as in Binance's examples. */
const shape = (spec: string): Shape =>
  spec.split(' ').map((pair) => pair.split(':') as [string, Kind]);

const TRADE = shape('e:s E:i s:s t:i p:d q:d T:i m:b M:b');
const AGG = shape('e:s E:i s:s a:i p:d q:d f:i l:i T:i m:b M:b');
const BLOCK = shape('e:s E:i s:s t:i p:d q:d T:i m:b');
const REFERENCE = shape('e:s s:s r:d t:i');
const KLINE = shape('e:s E:i s:s k:k');
const KLINE_BAR = shape('t:i T:i s:s i:s f:i L:i o:d c:d h:d l:d v:d n:i x:b q:d V:d Q:d B:s');
const MINI = shape('e:s E:i s:s c:d o:d h:d l:d v:d q:d');
const TICKER = shape(
  'e:s E:i s:s p:d P:d w:d x:d c:d Q:d b:d B:d a:d A:d o:d h:d l:d v:d q:d O:i C:i F:i L:i n:i',
);
const ROLLING = shape('e:s E:i s:s p:d P:d o:d h:d l:d c:d w:d v:d q:d O:i C:i F:i L:i n:i');
const BOOK = shape('u:i s:s b:d B:d a:d A:d');
const AVG = shape('e:s E:i s:s i:s w:d T:i');
const PARTIAL = shape('lastUpdateId:i bids:l asks:l');
const DIFF = shape('e:s E:i s:s U:i u:i b:l a:l');

const DECIMAL = /^-?\d+\.\d+$/;

function check(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case 'd':
      return typeof value === 'string' && DECIMAL.test(value);
    case 'i':
      return Number.isInteger(value);
    case 's':
      return typeof value === 'string';
    case 'b':
      return typeof value === 'boolean';
    case 'l':
      return (
        Array.isArray(value) &&
        value.every((l) => Array.isArray(l) && l.length === 2 && l.every((x) => check('d', x)))
      );
    case 'k':
      return typeof value === 'object' && value !== null;
  }
}

function expectShape(payload: unknown, shape: Shape, where: string): void {
  const object = payload as Record<string, unknown>;
  expect(Object.keys(object), where).toEqual(shape.map(([key]) => key));
  for (const [key, kind] of shape) {
    expect(check(kind, object[key]), `${where}.${key} = ${JSON.stringify(object[key])}`).toBe(true);
  }
  if (shape === KLINE) expectShape(object['k'], KLINE_BAR, `${where}.k`);
}

const CASES: [string, Shape, Record<string, unknown>?][] = [
  ['btcusdt@trade', TRADE, { e: 'trade', s: 'BTCUSDT' }],
  ['btcusdt@aggTrade', AGG, { e: 'aggTrade' }],
  ['btcusdt@blockTrade', BLOCK, { e: 'blockTrade' }],
  ['btcusdt@referencePrice', REFERENCE, { e: 'referencePrice' }],
  ['btcusdt@kline_1m', KLINE, { e: 'kline' }],
  ['btcusdt@kline_1M@+08:00', KLINE, { e: 'kline' }],
  ['btcusdt@miniTicker', MINI, { e: '24hrMiniTicker' }],
  ['btcusdt@ticker', TICKER, { e: '24hrTicker' }],
  ['btcusdt@ticker_4h', ROLLING, { e: '4hTicker' }],
  ['btcusdt@bookTicker', BOOK, { s: 'BTCUSDT' }],
  ['btcusdt@avgPrice', AVG, { e: 'avgPrice', i: '5m' }],
  ['btcusdt@depth20', PARTIAL],
  ['btcusdt@depth5@100ms', PARTIAL],
  ['btcusdt@depth', DIFF, { e: 'depthUpdate' }],
  ['btcusdt@depth@100ms', DIFF, { e: 'depthUpdate' }],
];

describe('payload shapes', () => {
  it('match Binance field names, order and types for every stream kind', async () => {
    const exchange = await start({ tickMs: 5 });
    const streams = CASES.map(([name]) => name);
    const client = await Client.open(`${exchange.urls.combined}?streams=${streams.join('/')}`);
    for (const [name, shape, fixed] of CASES) {
      const { data } = await client.json<{ stream: string; data: Record<string, unknown> }>(
        (m) => m.stream === name,
      );
      expectShape(data, shape, name);
      if (fixed) expect(data).toMatchObject(fixed);
    }
    const partial = await client.json<{ stream: string; data: { bids: unknown[] } }>(
      (m) => m.stream === 'btcusdt@depth5@100ms',
    );
    expect(partial.data.bids).toHaveLength(5);
  });

  it('sends the all-market arrays with one entry per symbol', async () => {
    const exchange = await start();
    const client = await Client.open(
      `${exchange.urls.combined}?streams=!miniTicker@arr/!ticker_1h@arr/!ticker_1d@arr`,
    );
    for (const [name, shape, event] of [
      ['!miniTicker@arr', MINI, '24hrMiniTicker'],
      ['!ticker_1h@arr', ROLLING, '1hTicker'],
      ['!ticker_1d@arr', ROLLING, '1dTicker'],
    ] as const) {
      const { data } = await client.json<{ stream: string; data: Record<string, unknown>[] }>(
        (m) => m.stream === name,
      );
      expect(data.map((d) => d['s']).sort()).toEqual(['BNBUSDT', 'BTCUSDT', 'ETHUSDT']);
      for (const item of data) {
        expectShape(item, shape, name);
        expect(item['e']).toBe(event);
      }
    }
  });
});
