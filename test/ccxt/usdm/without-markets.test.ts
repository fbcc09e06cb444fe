/**
 * Futures payloads without markets in the context: ccxt's binanceusdm, unloaded, gives the id as
 * the symbol; ours splits it as a contract (deviation `contractSymbolWithoutMarkets`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate as validateAggTrade } from '../../../generated/usdm/validators/agg-trade';
import { validate as validateMarkPrice } from '../../../generated/usdm/validators/mark-price';
import { validate as validateGetRecentTrades } from '../../../generated/usdm/validators/operations/get-recent-trades';
import { validate as validateTicker } from '../../../generated/usdm/validators/ticker';
import { payloads } from '../arbitraries';
import { assertSame, deviate } from '../harness';
import { CONTRACT_IDS, CONTRACT_OVERRIDES, usdmSchemas } from './fixtures';
import { loadBareUsdmReference, loadUsdmSetup, usdmParser } from './setup';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;
const overrides = CONTRACT_OVERRIDES;

describe('usdm deviation contractSymbolWithoutMarkets (no markets in the context)', () => {
  it.each([
    {
      name: 'parseTickerCcxt',
      arbitrary: payloads<Raw>(usdmSchemas.ticker, validateTicker, { overrides }),
      theirs: 'streamTicker',
    },
    {
      name: 'parseMarkPriceCcxt',
      arbitrary: payloads<Raw>(usdmSchemas.markPrice, validateMarkPrice, { overrides }),
      theirs: 'streamTicker',
    },
    {
      name: 'parseAggTradeCcxt',
      arbitrary: payloads<Raw>(usdmSchemas.aggTrade, validateAggTrade, { overrides }),
      theirs: 'streamTrade',
    },
  ] as const)('$name: equals ccxt unloaded, the id split into a contract symbol', async (c) => {
    const bare = await loadBareUsdmReference();
    const ours = usdmParser(c.name);
    assertSame(
      c.arbitrary,
      (raw) => ours(raw),
      (raw) => deviate('contractSymbolWithoutMarkets', bare[c.theirs](raw)),
    );
  });

  // ccxt cannot fetch trades unloaded (it needs the market); the contract symbol we give without
  // markets is the very symbol loaded ccxt gives, so the loaded reference is compared.
  it('parseGetRecentTradesCcxt: a context id gives what loaded ccxt gives', async () => {
    const { reference } = await loadUsdmSetup();
    const ours = usdmParser('parseGetRecentTradesCcxt');
    const arbitrary = payloads<Raw[]>(usdmSchemas.getRecentTrades, validateGetRecentTrades);
    assertSame(
      fc.tuple(arbitrary, fc.constantFrom(...CONTRACT_IDS)),
      ([raw, symbol]) => ours(raw, { symbol }),
      ([raw, symbol]) => reference.restTrades(raw, symbol),
    );
  });

  it('shows the difference', async () => {
    const bare = await loadBareUsdmReference();
    const frame = {
      e: 'markPriceUpdate',
      E: 1,
      s: 'BTCUSDT_261225',
      p: '1',
      i: '1',
      P: '1',
      r: '',
      T: 0,
    };
    expect(bare.streamTicker(frame).symbol).toBe('BTCUSDT_261225');
    expect((usdmParser('parseMarkPriceCcxt')(frame) as Raw).symbol).toBe('BTC/USDT:USDT-261225');
    expect((usdmParser('parseMarkPriceCcxt')({ ...frame, s: 'BTCUSDT' }) as Raw).symbol).toBe(
      'BTC/USDT:USDT',
    );
  });
});
