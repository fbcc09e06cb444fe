import { describe, expect, it } from 'vitest';
import { ccxtTicker } from '../../../src/ccxt/ticker';
import { ccxtMarket } from '../../../src/ccxt/market';

const noMarket = { symbol: 'BNB/BTC', market: undefined };
const tick = (tickSize: string) => ({
  symbol: 'BNB/BTC',
  market: ccxtMarket(
    {},
    {
      id: 'BNBBTC',
      baseId: 'BNB',
      quoteId: 'BTC',
      filters: [{ filterType: 'PRICE_FILTER', tickSize }],
    },
  ),
});

describe('ccxtTicker (ccxt safeTicker)', () => {
  it('derives change, percentage and average from open and close', () => {
    const t = ccxtTicker({}, noMarket, { open: '100', close: '110' });
    expect(t).toMatchObject({ open: 100, close: 110, last: 110, change: 10, percentage: 10 });
    expect(t.average).toBe(105);
  });

  it("averages at the market's tick decimals when the market is known, else at 18", () => {
    const f = { open: '0.0010001', close: '0.0025' };
    expect(ccxtTicker({}, noMarket, f).average).toBe(0.00175005);
    expect(ccxtTicker({}, tick('0.00000100'), f).average).toBe(0.00175);
  });

  it('derives open from close and change, keeps a flat change of zero', () => {
    expect(ccxtTicker({}, noMarket, { close: '10', change: '2' }).open).toBe(8);
    const flat = ccxtTicker({}, noMarket, { open: '10', close: '10', change: '0' });
    expect(flat.change).toBe(0);
    expect(flat.percentage).toBe(0);
  });

  it('derives open from close and percentage', () => {
    const t = ccxtTicker({}, noMarket, { close: '110', percentage: '10' });
    expect(t.open).toBe(100);
    expect(t.change).toBe(10);
  });

  it('computes vwap as quote / base volume when missing, and drops zero prices', () => {
    const t = ccxtTicker({}, noMarket, {
      baseVolume: '4',
      quoteVolume: '10',
      bid: '0.00000000',
      high: '0',
      previousClose: '0',
      bidVolume: '0',
    });
    expect(t.vwap).toBe(2.5);
    expect(t.bid).toBeUndefined();
    expect(t.high).toBeUndefined();
    expect(t.previousClose).toBe(0);
    expect(t.bidVolume).toBe(0);
  });

  it('writes symbol, time and info as given', () => {
    const t = ccxtTicker({ raw: 1 }, noMarket, { timestamp: 86400000 });
    expect(t.symbol).toBe('BNB/BTC');
    expect(t.datetime).toBe('1970-01-02T00:00:00.000Z');
    expect(t.info).toEqual({ raw: 1 });
  });
});
