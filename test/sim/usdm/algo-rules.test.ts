/**
 * The Algo Service's trigger rules (sim/usdm/trading/algo-order.ts) as tables: which side of
 * `triggerPrice` triggers each conditional type, when a new order would trigger at once (-2021),
 * and a trailing stop's activation, best price and callback.
 */
import { describe, expect, it } from 'vitest';
import {
  crossesTrigger,
  followTrailing,
  wouldTriggerAt,
  type AlgoOrder,
  type AlgoOrderType,
} from '../../../sim/usdm/trading/algo-order';

describe('algo order trigger rules', () => {
  it.each<[AlgoOrderType, 'BUY' | 'SELL', number, boolean]>([
    ['STOP_MARKET', 'BUY', 101, true],
    ['STOP_MARKET', 'BUY', 99, false],
    ['STOP', 'SELL', 99, true],
    ['STOP', 'SELL', 101, false],
    ['TAKE_PROFIT', 'BUY', 99, true],
    ['TAKE_PROFIT_MARKET', 'BUY', 101, false],
    ['TAKE_PROFIT_MARKET', 'SELL', 101, true],
    ['TAKE_PROFIT', 'SELL', 100, true],
  ])('%s %s with the price at %d, trigger 100: %s', (type, side, price, want) => {
    expect(crossesTrigger(type, side, 100, price)).toBe(want);
  });

  const trailing = (side: 'BUY' | 'SELL', activatePriceE8: number): AlgoOrder => ({
    symbol: 'BTCUSDT',
    side,
    positionSide: 'BOTH',
    orderType: 'TRAILING_STOP_MARKET',
    timeInForce: 'GTC',
    quantityE8: 1,
    priceE8: 0,
    triggerPriceE8: 0,
    workingType: 'CONTRACT_PRICE',
    closePosition: false,
    priceProtect: false,
    reduceOnly: false,
    activatePriceE8,
    callbackRate: '1',
    selfTradePreventionMode: 'NONE',
    accountId: 'a',
    algoId: 1,
    clientAlgoId: 'c',
    createTime: 0,
    status: 'NEW',
    updateTime: 0,
    triggerTime: 0,
    activated: false,
    bestE8: 0,
  });

  it('refuses orders that would trigger at once', () => {
    expect(wouldTriggerAt(trailing('SELL', 90), 100)).toBe(true); // SELL activation under the price
    expect(wouldTriggerAt(trailing('SELL', 110), 100)).toBe(false);
    expect(wouldTriggerAt(trailing('BUY', 110), 100)).toBe(true);
    expect(
      wouldTriggerAt({ ...trailing('SELL', 0), orderType: 'STOP', triggerPriceE8: 101 }, 100),
    ).toBe(true);
  });

  it('a SELL trailing stop activates, follows the highest price and triggers 1 % under it', () => {
    const algo = trailing('SELL', 1000);
    const path = [990, 1000, 1050, 1100, 1095, 1089].map((p) => followTrailing(algo, p));
    expect(path).toEqual([false, false, false, false, false, true]);
    expect(algo.bestE8).toBe(1100);
  });

  it('a BUY trailing stop follows the lowest price and triggers 1 % over it', () => {
    const algo = trailing('BUY', 1000);
    const path = [1010, 1000, 900, 905, 909].map((p) => followTrailing(algo, p));
    expect(path).toEqual([false, false, false, false, true]);
    expect(algo.bestE8).toBe(900);
  });
});
