/**
 * Positions: our USDⓈ-M positionRisk (v3) parser against ccxt's binanceusdm `parsePositionRisk`
 * on the same payloads (see reference.ts). ccxt's `fetchPositionsRisk` also drops the entries
 * whose entry price is 0 (a symbol with open orders and no position); the parser keeps every
 * entry it is given, so the lists are compared entry by entry.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateGetPositionRisk } from '../../../generated/usdm/validators/operations/get-position-risk';
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

const decimal = fc.oneof(
  fc.constant('0'),
  fc.constant('0.00000000'),
  fc.integer({ min: 1, max: 10 ** 9 }).map((n) => (n / 10 ** 4).toFixed(4)),
);

describe('usdm parseGetPositionRiskCcxt (REST positionRisk v3; ccxt: fetchPositionsRisk → parsePositionRisk)', () => {
  const arbitrary = payloads<Raw[]>(usdmSchemas.getPositionRisk, validateGetPositionRisk, {
    overrides: { ...CONTRACT_OVERRIDES, isolatedMargin: decimal },
  });
  const ours = usdmParser('parseGetPositionRiskCcxt');
  const theirs = (raw: Raw[]) => raw.map((entry) => s.reference.restPosition(entry));

  it('equals ccxt on generated payloads (cross and isolated, entry by entry)', () => {
    assertSame(arbitrary, (raw) => ours(raw, s.context), theirs);
  });

  it('reads a short (negative amount and notional) as ccxt does: positive sizes, side short', () => {
    const [example] = specExamples('usdm/operations/get-position-risk.yaml');
    const entry = (example!.raw as Raw[])[0];
    const short = { ...entry, symbol: 'BTCUSDT', positionAmt: '-30', notional: '-12.31427700' };
    const isolated = { ...short, isolatedMargin: '2.5', isolatedWallet: '2.5' };
    const mine = ours([short, isolated], s.context) as Raw[];
    expect(mine).toEqual(theirs([short, isolated]));
    expect(mine[0]).toMatchObject({ side: 'short', contracts: 30, notional: 12.314277 });
    expect(mine[0]).toMatchObject({ symbol: 'BTC/USDT:USDT', marginMode: 'cross', collateral: 0 });
    expect(mine[1]).toMatchObject({ marginMode: 'isolated', collateral: 2.5 });
    expect(mine[1].marginRatio).toBeGreaterThan(0);
  });

  it.each(specExamples('usdm/operations/get-position-risk.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(ours(raw, s.context)).toEqual(theirs(raw as Raw[]));
    },
  );
});
