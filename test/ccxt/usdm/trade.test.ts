/**
 * Futures trades: our USDⓈ-M parsers against ccxt's binanceusdm on the same payloads (see
 * reference.ts for the ccxt function behind each reference).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateAggTrade } from '../../../generated/usdm/validators/agg-trade';
import { validate as validateGetAggTrades } from '../../../generated/usdm/validators/operations/get-agg-trades';
import { validate as validateGetRecentTrades } from '../../../generated/usdm/validators/operations/get-recent-trades';
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

describe('usdm parseAggTradeCcxt (stream; ccxt: binanceusdm handleMessage → handleTrade → parseWsTrade)', () => {
  const arbitrary = payloads<Raw>(usdmSchemas.aggTrade, validateAggTrade, {
    overrides: CONTRACT_OVERRIDES,
  });
  const ours = usdmParser('parseAggTradeCcxt');

  it('equals ccxt on generated payloads', () => {
    assertSame(
      arbitrary,
      (raw) => ours(raw, s.context),
      (raw) => s.reference.streamTrade(raw),
    );
  });

  it.each(specExamples('usdm/channels/agg-trade.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(ours(raw, s.context)).toEqual(s.reference.streamTrade(raw));
    },
  );
});

// REST lists carry no symbol: the caller names the contract in the context, as fetchTrades
// passes its market to parseTrades.
describe.each([
  {
    name: 'parseGetRecentTradesCcxt',
    spec: 'usdm/operations/get-recent-trades.yaml',
    arbitrary: payloads<Raw[]>(usdmSchemas.getRecentTrades, validateGetRecentTrades),
  },
  {
    name: 'parseGetAggTradesCcxt',
    spec: 'usdm/operations/get-agg-trades.yaml',
    arbitrary: payloads<Raw[]>(usdmSchemas.getAggTrades, validateGetAggTrades),
  },
])('usdm $name (REST; ccxt: binanceusdm fetchTrades → parseTrades)', (c) => {
  it('equals ccxt on generated payloads', () => {
    const ours = usdmParser(c.name);
    assertSame(
      fc.tuple(c.arbitrary, requestedContract),
      ([raw, symbol]) => ours(raw, { ...s.context, symbol }),
      ([raw, symbol]) => s.reference.restTrades(raw, symbol),
    );
  });

  it.each(specExamples(c.spec))('equals ccxt on the spec example ($source)', ({ raw }) => {
    const symbol = 'BTC/USDT:USDT';
    expect(usdmParser(c.name)(raw, { ...s.context, symbol })).toEqual(
      s.reference.restTrades(raw as Raw[], symbol),
    );
  });
});
