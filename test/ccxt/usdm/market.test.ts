/**
 * Futures markets: our USDⓈ-M exchangeInfo parser against ccxt's binanceusdm `fetchMarkets` on the
 * same bodies (see reference.ts).
 */
import { describe, expect, it } from 'vitest';
import { validate as validateGetExchangeInfo } from '../../../generated/usdm/validators/operations/get-exchange-info';
import { resolveMarket } from '../../../src/ccxt/context';
import { EXCHANGE_INFO_OVERRIDES, payloads } from '../arbitraries';
import { specExamples } from '../fixtures';
import { assertSameAsync } from '../harness';
import { referenceMarkets, VENUES } from '../reference';
import {
  CONTRACT_SYMBOLS,
  USDM_EXCHANGE_INFO,
  USDM_EXCHANGE_INFO_OVERRIDES,
  usdmSchemas,
} from './fixtures';
import { loadUsdmSetup, usdmParser } from './setup';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

const theirs = (raw: Raw) => referenceMarkets(raw, VENUES.usdm);

describe('usdm parseGetExchangeInfoCcxt (ccxt: binanceusdm fetchMarkets → parseMarket)', () => {
  const arbitrary = payloads<Raw>(usdmSchemas.getExchangeInfo, validateGetExchangeInfo, {
    overrides: USDM_EXCHANGE_INFO_OVERRIDES(EXCHANGE_INFO_OVERRIDES),
  });
  const ours = usdmParser('parseGetExchangeInfoCcxt');

  it('equals ccxt on generated bodies (perpetual, delivery and other contracts)', async () => {
    await assertSameAsync(arbitrary, (raw) => ours(raw), theirs);
  });

  it('equals ccxt on the futures exchangeInfo of the tests', async () => {
    expect(ours(USDM_EXCHANGE_INFO)).toEqual(await theirs(USDM_EXCHANGE_INFO));
  });

  it.each(specExamples('usdm/operations/get-exchange-info.yaml'))(
    'equals ccxt on the spec example ($source)',
    async ({ raw }) => {
      expect(ours(raw)).toEqual(await theirs(raw));
    },
  );

  it('makes swaps and futures of the contracts, as ccxt symbols them', () => {
    const markets = ours(USDM_EXCHANGE_INFO) as Raw[];
    expect(Object.fromEntries(markets.map((m) => [m.id, m.symbol]))).toEqual(CONTRACT_SYMBOLS);
    expect(markets[0]).toMatchObject({
      type: 'swap',
      swap: true,
      contract: true,
      linear: true,
      settle: 'USDT',
      contractSize: 1,
      expiry: undefined,
    });
    expect(markets.find((m) => m.future)).toMatchObject({
      type: 'future',
      expiry: 1_798_185_600_000,
      expiryDatetime: '2026-12-25T08:00:00.000Z',
    });
  });

  it('resolves futures ids and unified symbols to those markets', async () => {
    const { context } = await loadUsdmSetup();
    expect(resolveMarket('BTCUSDT', context).symbol).toBe('BTC/USDT:USDT');
    expect(resolveMarket(undefined, { ...context, symbol: 'ETH/USDT:USDT' }).market?.id).toBe(
      'ETHUSDT',
    );
    expect(resolveMarket(undefined, { ...context, symbol: 'BTCUSDT_261225' }).symbol).toBe(
      'BTC/USDT:USDT-261225',
    );
  });
});
