/**
 * Candles: our parsers against ccxt's binance on the same payloads (see reference.ts for the ccxt
 * function behind each reference).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateKline } from '../../generated/validators/kline';
import { validate as validateGetKlines } from '../../generated/validators/operations/get-klines';
import { validate as validateGetUiKlines } from '../../generated/validators/operations/get-ui-klines';
import { payloads, schemas } from './arbitraries';
import { specExamples } from './fixtures';
import { assertSame, contextSymbol, loadSetup, parser, type Setup } from './harness';

let s: Setup;
beforeAll(async () => {
  s = await loadSetup();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

describe('parseKlineCcxt (stream; ccxt: handleMessage → handleOHLCV)', () => {
  const arbitrary = payloads<Raw>(schemas.kline, validateKline, {
    // The kline repeats the event's symbol; Binance sends the same in both.
    fix: (raw) => ({ ...raw, k: { ...raw.k, s: raw.s } }),
  });

  it('equals ccxt on generated payloads', () => {
    const ours = parser('parseKlineCcxt');
    assertSame(
      arbitrary,
      (raw) => ours(raw, s.context),
      (raw) => s.reference.streamKline(raw).ohlcv,
    );
  });

  it.each(specExamples('channels/kline.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(parser('parseKlineCcxt')(raw, s.context)).toEqual(s.reference.streamKline(raw).ohlcv);
    },
  );
});

describe.each([
  {
    name: 'parseGetKlinesCcxt',
    spec: 'operations/get-klines.yaml',
    arbitrary: payloads<Raw[][]>(schemas.getKlines, validateGetKlines),
  },
  {
    name: 'parseGetUiKlinesCcxt',
    spec: 'operations/get-ui-klines.yaml',
    arbitrary: payloads<Raw[][]>(schemas.getUiKlines, validateGetUiKlines),
  },
])('$name (REST; ccxt: fetchOHLCV → parseOHLCVs)', (c) => {
  it('equals ccxt on generated payloads', () => {
    const ours = parser(c.name);
    assertSame(
      fc.tuple(c.arbitrary, contextSymbol),
      ([raw, symbol]) => ours(raw, { ...s.context, symbol }),
      ([raw, symbol]) => s.reference.restKlines(raw, symbol),
    );
  });

  it.each(specExamples(c.spec))('equals ccxt on the spec example ($source)', ({ raw }) => {
    expect(parser(c.name)(raw, { ...s.context, symbol: 'BTC/USDT' })).toEqual(
      s.reference.restKlines(raw as Raw[], 'BTC/USDT'),
    );
  });
});
