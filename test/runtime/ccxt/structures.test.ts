import { describe, expect, it } from 'vitest';
import { ccxtBalances } from '../../../src/ccxt/balance';
import {
  firstNonEmpty,
  lastTradeTime,
  lower,
  mapValue,
  nonZero,
  postOnly,
  sortByKeys,
  tradeTime,
} from '../../../src/ccxt/field-helpers';
import { ccxtMarket, precisionOf } from '../../../src/ccxt/market';
import { ccxtOhlcv } from '../../../src/ccxt/ohlcv';
import { ccxtOrderBook } from '../../../src/ccxt/order-book';

describe('ccxtBalances (ccxt safeBalance)', () => {
  it('totals free + used and indexes every currency three ways', () => {
    const b = ccxtBalances(
      { raw: true },
      {
        timestamp: 1564034571105,
        accounts: [
          { currency: 'ETH', free: '10000.000000', used: '0.000000' },
          { currency: 'BTC', free: '1.5', used: '0.25' },
        ],
      },
    );
    expect(b.BTC).toEqual({ free: 1.5, used: 0.25, total: 1.75 });
    expect(b.free).toEqual({ ETH: 10000, BTC: 1.5 });
    expect(b.total).toEqual({ ETH: 10000, BTC: 1.75 });
    expect(b.datetime).toBe('2019-07-25T06:02:51.105Z');
    expect(b.info).toEqual({ raw: true });
  });
});

describe('ccxtOrderBook (ccxt parseOrderBook)', () => {
  it('parses levels to numbers and sorts bids down and asks up', () => {
    const book = ccxtOrderBook(
      { symbol: 'BNB/BTC', market: undefined },
      {
        bids: [
          ['4.00000000', '431.00000000'],
          ['4.10000000', '1'],
        ],
        asks: [
          ['4.00000300', '12.00000000'],
          ['4.00000200', '2'],
        ],
        nonce: 1027024,
      },
    );
    expect(book).toEqual({
      symbol: 'BNB/BTC',
      bids: [
        [4.1, 1],
        [4, 431],
      ],
      asks: [
        [4.000002, 2],
        [4.000003, 12],
      ],
      timestamp: undefined,
      datetime: undefined,
      nonce: 1027024,
    });
  });
});

describe('ccxtOhlcv', () => {
  it('is [time, open, high, low, close, volume] as numbers', () => {
    expect(
      ccxtOhlcv({
        timestamp: 1499040000000,
        open: '0.01634790',
        high: '0.80000000',
        low: '0.01575800',
        close: '0.01577100',
        volume: '148976.11427815',
      }),
    ).toEqual([1499040000000, 0.0163479, 0.8, 0.015758, 0.015771, 148976.11427815]);
  });
});

describe('ccxtMarket (ccxt binance parseMarket, spot)', () => {
  const filters = [
    { filterType: 'PRICE_FILTER', minPrice: '0.01', maxPrice: '1000000', tickSize: '0.01' },
    { filterType: 'LOT_SIZE', minQty: '0.00001', maxQty: '9000', stepSize: '0.00001' },
    { filterType: 'MARKET_LOT_SIZE', minQty: '0', maxQty: '100', stepSize: '0' },
    { filterType: 'NOTIONAL', minNotional: '5', maxNotional: '9000000' },
  ];
  const base = { id: 'BTCUSDT', baseId: 'BTC', quoteId: 'USDT', baseAssetPrecision: 8 };

  it('reads precisions and limits from the filters', () => {
    const m = ccxtMarket({}, { ...base, status: 'TRADING', quotePrecision: 8, filters });
    expect(m).toMatchObject({
      symbol: 'BTC/USDT',
      base: 'BTC',
      quote: 'USDT',
      lowercaseId: 'btcusdt',
      type: 'spot',
      spot: true,
      active: true,
      contract: false,
      taker: 0.001,
      precision: { amount: 0.00001, price: 0.01, base: 1e-8, quote: 1e-8 },
      limits: {
        amount: { min: 0.00001, max: 9000 },
        price: { min: 0.01, max: 1000000 },
        cost: { min: 5, max: 9000000 },
        market: { min: 0, max: 100 },
      },
    });
  });

  it('is inactive unless TRADING, and in permission group TRD_GRP_003', () => {
    expect(ccxtMarket({}, { ...base, status: 'BREAK' }).active).toBe(false);
    expect(
      ccxtMarket({}, { ...base, status: 'TRADING', permissions: ['SPOT', 'TRD_GRP_003'] }).active,
    ).toBe(false);
  });

  it('writes decimals as precisions like parsePrecision', () => {
    expect(precisionOf(8)).toBe(1e-8);
    expect(precisionOf(0)).toBe(1);
    expect(precisionOf(undefined)).toBeUndefined();
  });
});

describe('field helpers', () => {
  it('maps values, passing through what the map does not list', () => {
    const map = { NEW: 'open', true: 'sell' };
    expect(mapValue(map, 'NEW')).toBe('open');
    expect(mapValue(map, true)).toBe('sell');
    expect(mapValue(map, 'PENDING_NEW')).toBe('PENDING_NEW');
    expect(mapValue(map, undefined)).toBeUndefined();
    expect(mapValue(map, 'toString')).toBe('toString');
    expect(lower('LIMIT_MAKER')).toBe('limit_maker');
  });

  it('reads execution reports and REST orders like ccxt binance', () => {
    expect(firstNonEmpty('', 'abc')).toBe('abc');
    expect(firstNonEmpty('orig', 'abc')).toBe('orig');
    expect(tradeTime('TRADE', 5)).toBe(5);
    expect(tradeTime('NEW', 5)).toBeUndefined();
    expect(lastTradeTime('closed', '0', 7)).toBe(7);
    expect(lastTradeTime('open', '0.1', 7)).toBe(7);
    expect(lastTradeTime('open', '0.0', 7)).toBeUndefined();
    expect(lastTradeTime('canceled', '1', 7)).toBeUndefined();
    expect(postOnly('LIMIT_MAKER', undefined)).toBe(true);
    expect(postOnly('LIMIT', 'GTC')).toBe(false);
    expect(nonZero('0.00000000')).toBeUndefined();
    expect(nonZero('1.5')).toBe('1.5');
  });
});

describe('sortByKeys (ccxt sortBy / sortBy2)', () => {
  it('sorts by time, then by id as text like ccxt, stable for equal keys', () => {
    const t = (id: string, timestamp: number | undefined, tag = '') => ({ id, timestamp, tag });
    const sorted = sortByKeys(
      [t('9', 2), t('10', 2), t('8', 1), t('8', 1, 'b')],
      ['timestamp', 'id'],
    );
    expect(sorted.map((x) => `${x.id}${x.tag}`)).toEqual(['8', '8b', '10', '9']);
    // Fills have no time: by id alone.
    const fills = sortByKeys([t('58', undefined), t('56', undefined)], ['timestamp', 'id']);
    expect(fills.map((x) => x.id)).toEqual(['56', '58']);
  });

  it('sorts candles by their first position', () => {
    expect(sortByKeys([[2], [1], [3]], [0])).toEqual([[1], [2], [3]]);
  });
});

describe('empty strings are absent, as ccxt reads them', () => {
  it('in helpers and builders', () => {
    expect(lower('')).toBeUndefined();
    expect(mapValue({ NEW: 'open' }, '')).toBeUndefined();
    expect(nonZero('')).toBeUndefined();
    const b = ccxtBalances({}, { accounts: [{ currency: 'BTC', free: '', used: '1' }] });
    expect(b.BTC).toEqual({ free: undefined, used: 1, total: undefined });
  });
});
