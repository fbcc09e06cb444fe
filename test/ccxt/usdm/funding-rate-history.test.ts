/**
 * Funding rate history: our USDⓈ-M `fundingRate` parser against ccxt's binanceusdm
 * `fetchFundingRateHistory` (`parseFundingRateHistories`) on the same payloads (see
 * reference.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateGetFundingRateHistory } from '../../../generated/usdm/validators/operations/get-funding-rate-history';
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

describe('usdm parseGetFundingRateHistoryCcxt (REST fundingRate; ccxt: fetchFundingRateHistory → parseFundingRateHistories)', () => {
  const arbitrary = payloads<Raw[]>(
    usdmSchemas.getFundingRateHistory,
    validateGetFundingRateHistory,
    { overrides: CONTRACT_OVERRIDES },
  );
  const ours = usdmParser('parseGetFundingRateHistoryCcxt');
  const theirs = (raw: Raw[]) => s.reference.restFundingRateHistory(raw);

  it('equals ccxt on generated payloads (rows in any order come out oldest first)', () => {
    assertSame(arbitrary, (raw) => ours(raw, s.context), theirs);
  });

  it.each(specExamples('usdm/operations/get-funding-rate-history.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      const mine = ours(raw, s.context) as Raw[];
      expect(mine).toEqual(theirs(raw as Raw[]));
      expect(mine[0]).toMatchObject({ symbol: 'BTC/USDT:USDT', fundingRate: -0.0375 });
    },
  );
});
