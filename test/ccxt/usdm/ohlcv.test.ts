/**
 * Futures candles: our USDⓈ-M parsers against ccxt's binanceusdm on the same payloads (see
 * reference.ts for the ccxt function behind each reference).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateKline } from '../../../generated/usdm/validators/kline';
import { validate as validateGetKlines } from '../../../generated/usdm/validators/operations/get-klines';
import { payloads } from '../arbitraries';
import { specExamples } from '../fixtures';
import { assertSame, type Setup } from '../harness';
import { CONTRACT_OVERRIDES, requestedContract, usdmSchemas } from './fixtures';
import { loadUsdmSetup, usdmParser } from './setup';

let s: Setup;
beforeAll(async () => {
  s = await loadUsdmSetup();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

describe('usdm parseKlineCcxt (stream; ccxt: binanceusdm handleMessage → handleOHLCV)', () => {
  const arbitrary = payloads<Raw>(usdmSchemas.kline, validateKline, {
    overrides: CONTRACT_OVERRIDES,
    // The kline repeats the event's symbol; Binance sends the same in both.
    fix: (raw) => ({ ...raw, k: { ...raw.k, s: raw.s } }),
  });
  const ours = usdmParser('parseKlineCcxt');

  it('equals ccxt on generated payloads', () => {
    assertSame(
      arbitrary,
      (raw) => ours(raw, s.context),
      (raw) => s.reference.streamKline(raw).ohlcv,
    );
  });

  it.each(specExamples('usdm/channels/kline.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(ours(raw, s.context)).toEqual(s.reference.streamKline(raw).ohlcv);
    },
  );
});

describe('usdm parseGetKlinesCcxt (REST; ccxt: binanceusdm fetchOHLCV → parseOHLCVs)', () => {
  const arbitrary = payloads<Raw[][]>(usdmSchemas.getKlines, validateGetKlines);
  const ours = usdmParser('parseGetKlinesCcxt');

  it('equals ccxt on generated payloads', () => {
    assertSame(
      fc.tuple(arbitrary, requestedContract),
      ([raw, symbol]) => ours(raw, { ...s.context, symbol }),
      ([raw, symbol]) => s.reference.restKlines(raw, symbol),
    );
  });

  it.each(specExamples('usdm/operations/get-klines.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      const symbol = 'BTC/USDT:USDT';
      expect(ours(raw, { ...s.context, symbol })).toEqual(
        s.reference.restKlines(raw as Raw[], symbol),
      );
    },
  );
});
