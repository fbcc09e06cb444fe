/**
 * Funding rates: our USDⓈ-M parsers against ccxt's binanceusdm `parseFundingRate` on the same
 * payloads (see reference.ts).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateMarkPrice } from '../../../generated/usdm/validators/mark-price';
import { validate as validateGetPremiumIndex } from '../../../generated/usdm/validators/operations/get-premium-index';
import { payloads } from '../arbitraries';
import { specExamples } from '../fixtures';
import { assertSame, type Setup } from '../harness';
import { CONTRACT_OVERRIDES, usdmSchemas } from './fixtures';
import { loadUsdmSetup, usdmParser } from './setup';

let s: Setup;
beforeAll(async () => {
  s = await loadUsdmSetup();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;
const overrides = CONTRACT_OVERRIDES;

describe('usdm parseGetPremiumIndexCcxt (REST premiumIndex; ccxt: fetchFundingRate(s) → parseFundingRate)', () => {
  const arbitrary = payloads<Raw>(usdmSchemas.getPremiumIndex, validateGetPremiumIndex, {
    overrides,
  });
  const theirs = (raw: Raw) =>
    Array.isArray(raw)
      ? raw.map((r) => s.reference.restFundingRateInList(r))
      : s.reference.restFundingRate(raw);
  const ours = usdmParser('parseGetPremiumIndexCcxt');

  it('equals ccxt on generated payloads (objects and arrays)', () => {
    assertSame(arbitrary, (raw) => ours(raw, s.context), theirs);
  });

  it('keys of an array answer are the symbols fetchFundingRates indexes by', () => {
    for (const raw of fc.sample(arbitrary.filter(Array.isArray), { seed: 7, numRuns: 20 })) {
      const mine = ours(raw, s.context) as { symbol: string }[];
      expect(Object.fromEntries(mine.map((r) => [r.symbol, r]))).toEqual(
        s.reference.restFundingRates(raw),
      );
    }
  });

  it.each(specExamples('usdm/operations/get-premium-index.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(ours(raw, s.context)).toEqual(theirs(raw));
    },
  );
});

/**
 * Deviation `fundingRateOfMarkPrice`: ccxt pro reads the markPrice stream as a ticker only (no
 * funding-rate handler). The reference is ccxt's `parseFundingRate` of the same values under the
 * premiumIndex names (`p` markPrice, `i` indexPrice, `P` estimatedSettlePrice, `r`
 * lastFundingRate, `T` nextFundingTime, `E` time), with the stream payload as `info`.
 */
function fundingRateOfMarkPrice(frame: Raw): Raw {
  const premiumIndex = {
    symbol: frame.s,
    markPrice: frame.p,
    indexPrice: frame.i,
    estimatedSettlePrice: frame.P,
    lastFundingRate: frame.r,
    nextFundingTime: frame.T,
    time: frame.E,
  };
  return { ...s.reference.restFundingRate(premiumIndex), info: frame };
}

describe('usdm parseMarkPriceFundingRateCcxt (stream markPrice; deviation fundingRateOfMarkPrice)', () => {
  const arbitrary = payloads<Raw>(usdmSchemas.markPrice, validateMarkPrice, { overrides });
  const ours = usdmParser('parseMarkPriceFundingRateCcxt');

  it('equals ccxt on generated payloads, read as premiumIndex', () => {
    assertSame(arbitrary, (raw) => ours(raw, s.context), fundingRateOfMarkPrice);
  });

  it.each(specExamples('usdm/channels/mark-price.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(ours(raw, s.context)).toEqual(fundingRateOfMarkPrice(raw));
    },
  );

  it('agrees with ccxt pro on the prices it does read (its markPrice ticker)', () => {
    for (const raw of fc.sample(arbitrary, { seed: 7, numRuns: 50 })) {
      const rate = ours(raw, s.context) as Raw;
      const ticker = s.reference.streamTicker(raw);
      expect([rate.symbol, rate.markPrice, rate.indexPrice, rate.timestamp]).toEqual([
        ticker.symbol,
        ticker.markPrice,
        ticker.indexPrice,
        ticker.timestamp,
      ]);
    }
  });
});
