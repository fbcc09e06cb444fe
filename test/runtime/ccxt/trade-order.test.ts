import { describe, expect, it } from 'vitest';
import { fee, positiveFee, reduceFees } from '../../../src/ccxt/fee';
import { ccxtOrder } from '../../../src/ccxt/order';
import { ccxtTrade } from '../../../src/ccxt/trade';

const ref = { symbol: 'BTC/USDT', market: undefined };

describe('ccxtTrade (ccxt safeTrade)', () => {
  it('computes cost as price × amount when the payload has none', () => {
    const t = ccxtTrade({}, ref, { id: 12345, price: '0.001', amount: '100' });
    expect(t).toMatchObject({ id: '12345', price: 0.001, amount: 100, cost: 0.1 });
    expect(t.fee).toEqual({ cost: undefined, currency: undefined });
    expect(t.fees).toEqual([]);
  });

  it('keeps the cost Binance sends and lists the fee with a numeric cost', () => {
    const t = ccxtTrade({}, ref, {
      price: '4.00000100',
      amount: '12',
      cost: '48.000012',
      fee: fee('10.10000000', 'bnb'),
      order: 100234,
    });
    expect(t.cost).toBe(48.000012);
    expect(t.order).toBe('100234');
    expect(t.fee).toEqual({ cost: 10.1, currency: 'BNB' });
    expect(t.fees).toEqual([{ cost: 10.1, currency: 'BNB' }]);
  });
});

describe('fees', () => {
  it('positiveFee keeps only a cost above zero', () => {
    expect(positiveFee('0.00000000', 'BNB')).toBeUndefined();
    expect(positiveFee('0.001', 'BNB')).toEqual({ cost: '0.001', currency: 'BNB' });
  });

  it('reduceFees sums per currency then rate, currencies in order of first appearance', () => {
    expect(
      reduceFees([
        { currency: 'BTC', cost: '0.1' },
        { currency: 'USDT', cost: '1' },
        { currency: 'BTC', cost: '0.2', rate: '0.001' },
        { currency: 'BTC', cost: '0.2' },
        { currency: 'USDT', cost: undefined },
      ]),
    ).toEqual([
      { currency: 'BTC', cost: '0.3' },
      { currency: 'BTC', cost: '0.2', rate: '0.001' },
      { currency: 'USDT', cost: '1' },
    ]);
  });
});

describe('ccxtOrder (ccxt safeOrder)', () => {
  it('derives remaining, average and timeInForce', () => {
    const o = ccxtOrder({}, ref, {
      id: 1,
      status: 'open',
      type: 'limit',
      timeInForce: 'GTC',
      amount: '1',
      filled: '0.5',
      cost: '0.05',
      price: '0.1',
    });
    expect(o).toMatchObject({ id: '1', remaining: 0.5, average: 0.1, cost: 0.05, postOnly: false });
    expect(o.fees).toEqual([]);
    expect(o.fee).toBeUndefined();
    expect(o.trades).toEqual([]);
  });

  it('sums its fills: filled, fees per currency, and prices a market order at its average', () => {
    const fills = [
      ['4000', '1', '4', 'USDT'],
      ['3999', '5', '19.995', 'USDT'],
      ['3998', '4', '0.001', 'BNB'],
    ].map(([price, amount, cost, asset], i) =>
      ccxtTrade({}, ref, { id: i, price, amount, fee: fee(cost, asset) }),
    );
    const o = ccxtOrder({}, ref, {
      status: 'closed',
      type: 'market',
      amount: '10',
      cost: '39987',
      price: '0.00000000',
      trades: fills,
    });
    expect(o.filled).toBe(10);
    expect(o.average).toBe(3998.7);
    expect(o.price).toBe(3998.7);
    expect(o.remaining).toBe(0);
    expect(o.fees).toEqual([
      { cost: 23.995, currency: 'USDT' },
      { cost: 0.001, currency: 'BNB' },
    ]);
    expect(o.fee).toBeUndefined();
    expect(o.timeInForce).toBe('IOC');
  });

  it('derives the amount of a closed order from filled, keeps a given fee', () => {
    const o = ccxtOrder({}, ref, {
      status: 'closed',
      type: 'market',
      filled: '2',
      cost: '0.3',
      fee: { cost: '0.002', currency: 'ETH' },
    });
    expect(o.timeInForce).toBe('IOC');
    expect(o.amount).toBe(2);
    expect(o.fee).toEqual({ cost: 0.002, currency: 'ETH' });
    expect(o.fees).toEqual([{ cost: 0.002, currency: 'ETH' }]);
  });

  it('reads a zero trigger price as 0 and writes stopPrice like triggerPrice', () => {
    const o = ccxtOrder({}, ref, { triggerPrice: '0.00000000' });
    expect(o.triggerPrice).toBe(0);
    expect(o.stopPrice).toBe(0);
  });
});
