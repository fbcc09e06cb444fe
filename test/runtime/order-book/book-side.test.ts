import { describe, expect, it } from 'vitest';
import { BookSide } from '../../../src/order-book/book-side';

describe('BookSide', () => {
  it('keeps bids best (highest) first, whatever the order of the updates', () => {
    const bids = new BookSide(true);
    for (const price of ['100.5', '101', '99', '100', '102.25']) bids.set(price, '1');
    expect(bids.top().map(([p]) => p)).toEqual([102.25, 101, 100.5, 100, 99]);
    expect(bids.best()).toEqual([102.25, 1]);
  });

  it('keeps asks best (lowest) first', () => {
    const asks = new BookSide(false);
    for (const price of ['100.5', '101', '99', '100', '102.25']) asks.set(price, '2');
    expect(asks.top().map(([p]) => p)).toEqual([99, 100, 100.5, 101, 102.25]);
    expect(asks.best()).toEqual([99, 2]);
  });

  it('updates a level in place, removes it on a zero quantity, ignores removing a missing one', () => {
    const bids = new BookSide(true);
    bids.set('10.00', '1');
    bids.set('11.00', '2');
    bids.set('10.0', '3');
    expect(bids.top()).toEqual([
      [11, 2],
      [10, 3],
    ]);
    bids.set('11.00', '0.00000000');
    bids.set('12.00', '0');
    expect(bids.top()).toEqual([[10, 3]]);
    expect(bids.size).toBe(1);
  });

  it('gives the best `limit` levels, fewer when the side is shorter', () => {
    const asks = new BookSide(false);
    for (let i = 0; i < 50; i += 1) asks.set(String(200 - i), String(i + 1));
    expect(asks.top(3)).toEqual([
      [151, 50],
      [152, 49],
      [153, 48],
    ]);
    expect(asks.top(100)).toHaveLength(50);
    asks.clear();
    expect(asks.top(3)).toEqual([]);
    expect(asks.best()).toBeUndefined();
  });

  it('matches a naive sorted book over many random updates', () => {
    const bids = new BookSide(true);
    const naive = new Map<number, number>();
    let seed = 1;
    const next = (range: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % range;
    };
    for (let i = 0; i < 5000; i += 1) {
      const price = 1000 + next(200) / 10;
      const quantity = next(4) === 0 ? 0 : next(100) + 1;
      bids.set(price.toFixed(1), String(quantity));
      if (quantity === 0) naive.delete(price);
      else naive.set(price, quantity);
    }
    expect(bids.top()).toEqual([...naive].sort((a, b) => b[0] - a[0]));
  });
});
