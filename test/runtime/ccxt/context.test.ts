import { describe, expect, it } from 'vitest';
import { ccxtMarkets, resolveMarket, symbolOnly } from '../../../src/ccxt/context';
import { splitSymbol } from '../../../src/ccxt/split-symbol';
import { ccxtMarket } from '../../../src/ccxt/market';

const market = (id: string, baseId: string, quoteId: string) =>
  ccxtMarket({ symbol: id }, { id, baseId, quoteId, status: 'TRADING' });

describe('symbols without markets: split by known quote assets (a deviation from ccxt)', () => {
  it.each([
    ['BTCUSDT', 'BTC/USDT'],
    ['ETHBTC', 'ETH/BTC'],
    ['BNBFDUSD', 'BNB/FDUSD'],
    ['SOLTRY', 'SOL/TRY'],
    ['BTCEUR', 'BTC/EUR'],
    ['YOYOBTC', 'YOYOW/BTC'],
    ['ethbtc', 'ETH/BTC'],
    ['USDT', 'USDT'],
    ['ABCXYZ', 'ABCXYZ'],
  ])('%s -> %s', (id, want) => expect(splitSymbol(id)).toBe(want));
});

describe('resolveMarket', () => {
  const markets = ccxtMarkets([market('BTCUSDT', 'BTC', 'USDT'), market('TUSDBTC', 'TUSD', 'BTC')]);

  it('finds the market by id when the context has markets, like ccxt safeSymbol', () => {
    const ref = resolveMarket('TUSDBTC', { markets });
    expect(ref.symbol).toBe('TUSD/BTC');
    expect(ref.market?.id).toBe('TUSDBTC');
  });

  it('gives an unknown id as it is when markets are given (as ccxt), split without markets', () => {
    expect(resolveMarket('ETHBTC', { markets })).toEqual({ symbol: 'ETHBTC', market: undefined });
    expect(resolveMarket('ETHBTC')).toEqual({ symbol: 'ETH/BTC', market: undefined });
  });

  it("uses the context's symbol for payloads without one, unified or as an id", () => {
    expect(resolveMarket(undefined, { symbol: 'BTC/USDT', markets }).market?.id).toBe('BTCUSDT');
    expect(resolveMarket(undefined, { symbol: 'BTCUSDT', markets }).symbol).toBe('BTC/USDT');
    expect(resolveMarket(undefined, { symbol: 'ETHBTC' }).symbol).toBe('ETH/BTC');
    expect(resolveMarket(undefined, { symbol: 'ETH/BTC' }).symbol).toBe('ETH/BTC');
    expect(resolveMarket(undefined)).toEqual({ symbol: undefined, market: undefined });
  });

  it('symbolOnly drops the market', () => {
    expect(symbolOnly(resolveMarket('BTCUSDT', { markets }))).toEqual({
      symbol: 'BTC/USDT',
      market: undefined,
    });
  });
});
