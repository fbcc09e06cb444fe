/**
 * `OrderTracker` on the generated stage table: which repeated stage is news. A further partial
 * fill counts when the filled quantity grew; a further amendment when the order's price or
 * quantity differs from the last amendment's (a USDⓈ-M modify may change only the price, or raise
 * the quantity), and never because of an answer that has no execution type.
 */
import { describe, expect, it } from 'vitest';
import {
  orderStageTable,
  type OrderStageEvent,
  type OrderStageName,
} from '../../../generated/order-stages';
import { OrderTracker, type OrderProgress } from '../../../src/orders/order-tracker';

function track() {
  const tracker = new OrderTracker<OrderStageName, OrderStageEvent>(orderStageTable, 'order-1');
  const unread: string[] = [];
  const apply = (
    event: OrderStageEvent,
    progress: OrderProgress,
    source: 'response' | 'executionReport' | 'orderStatus' = 'executionReport',
  ) => tracker.apply(event, source, progress, (q) => unread.push(q));
  apply('accepted', {}, 'response');
  apply('working', { filled: '0', quantity: '1', price: '100' }, 'response');
  return { tracker, apply, unread };
}

describe('OrderTracker: a further amendment', () => {
  it('counts when only the price changed (USDⓈ-M modify), or when the quantity rose', () => {
    const t = track();
    expect(t.apply('amend', { filled: '0', quantity: '1', price: '101' })).toEqual(['amended']);
    expect(t.apply('amend', { filled: '0', quantity: '1', price: '102' })).toEqual(['amended']);
    expect(t.apply('amend', { filled: '0', quantity: '2', price: '102' })).toEqual(['amended']);
    expect(t.apply('amend', { filled: '0', quantity: '1.5', price: '102' })).toEqual(['amended']);
    // Back to an earlier price: still a change from the last amendment.
    expect(t.apply('amend', { filled: '0', quantity: '1.5', price: '101' })).toEqual(['amended']);
    expect(t.unread).toEqual([]);
  });

  it('the same amendment report twice counts once, also written differently ("101.00")', () => {
    const t = track();
    expect(t.apply('amend', { filled: '0', quantity: '1', price: '101' })).toEqual(['amended']);
    expect(t.apply('amend', { filled: '0', quantity: '1', price: '101' })).toEqual([]);
    expect(t.apply('amend', { filled: '0', quantity: '1.00', price: '101.00' })).toEqual([]);
  });

  it('an order.status answer (no execution type, never `amend`) with other terms creates no amendment', () => {
    const t = track();
    expect(t.apply('amend', { filled: '0', quantity: '1', price: '101' })).toEqual(['amended']);
    // A lookup answered before the modify: the old price. Stale, and it is no amendment's baseline.
    expect(t.apply('working', { filled: '0', quantity: '1', price: '100' }, 'orderStatus')).toEqual(
      [],
    );
    // The amendment's report delivered again after it: still old news.
    expect(t.apply('amend', { filled: '0', quantity: '1', price: '101' })).toEqual([]);
    expect(t.tracker.stage).toBe('amended');
  });

  it('a price change does not make a further partial fill news: only the filled quantity does', () => {
    const t = track();
    expect(t.apply('partialFill', { filled: '0.2', quantity: '1', price: '100' })).toEqual([
      'partiallyFilled',
    ]);
    expect(
      t.apply('partialFill', { filled: '0.2', quantity: '1', price: '99' }, 'orderStatus'),
    ).toEqual([]);
    expect(t.apply('partialFill', { filled: '0.2', quantity: '1', price: 99 })).toEqual([]);
    expect(t.unread).toEqual([]); // the price decides nothing there: no warning
  });

  it('Spot: amendments only lower the quantity (same price); each counts once, as before', () => {
    const t = track();
    expect(t.apply('amend', { filled: '0', quantity: '0.8', price: '100' })).toEqual(['amended']);
    expect(t.apply('amend', { filled: '0', quantity: '0.8', price: '100' })).toEqual([]);
    expect(t.apply('amend', { filled: '0', quantity: '0.5', price: '100' })).toEqual(['amended']);
    expect(t.apply('amend', { filled: '0', quantity: '0.5' })).toEqual([]); // no price read
    expect(t.apply('partialFill', { filled: '0.1', quantity: '0.5' })).toEqual(['partiallyFilled']);
    expect(t.apply('amend', { filled: '0.1', quantity: '0.3' })).toEqual(['amended']);
  });

  it.each<[string, unknown]>([
    ['a number', 101],
    ['null', null],
    ['not a decimal', 'abc'],
  ])(
    'a further amendment whose price is %s counts (old news cannot be told), and is warned about',
    (_, price) => {
      const t = track();
      expect(t.apply('amend', { filled: '0', quantity: '1', price: '101' })).toEqual(['amended']);
      expect(t.apply('amend', { filled: '0', quantity: '1', price })).toEqual(['amended']);
      expect(t.unread).toEqual(['price']);
    },
  );

  it('an amendment older than the last one (transaction time), delivered after it, is old news', () => {
    const t = track();
    expect(t.apply('amend', { quantity: '1', price: '101', time: 10 })).toEqual(['amended']);
    expect(t.apply('amend', { quantity: '1', price: '102', time: 20 })).toEqual(['amended']);
    // The first one's report again, late: its terms differ from the last, its time says it is old.
    expect(t.apply('amend', { quantity: '1', price: '101', time: 10 })).toEqual([]);
    // The last amendment's terms are still the baseline: its report again is old news too.
    expect(t.apply('amend', { quantity: '1', price: '102', time: 20 })).toEqual([]);
    // Two amendments in the same millisecond are told apart by their terms.
    expect(t.apply('amend', { quantity: '1', price: '103', time: 20 })).toEqual(['amended']);
    expect(t.tracker.stage).toBe('amended');
  });

  it.each<[string, unknown]>([
    ['missing', undefined],
    ['not a whole number', 12.5],
    ['a string', '5'],
  ])('a transaction time that is %s orders nothing: the terms decide, as without it', (_, time) => {
    const t = track();
    expect(t.apply('amend', { quantity: '1', price: '101', time: 10 })).toEqual(['amended']);
    expect(t.apply('amend', { quantity: '1', price: '102', time: 20 })).toEqual(['amended']);
    expect(t.apply('amend', { quantity: '1', price: '101', time })).toEqual(['amended']);
  });

  it('an unreadable price on a first amendment decides nothing: entered, no warning', () => {
    const t = track();
    expect(t.apply('amend', { filled: '0', quantity: '1', price: null })).toEqual(['amended']);
    expect(t.unread).toEqual([]);
    // The next readable amendment differs from a price that could not be read: news.
    expect(t.apply('amend', { filled: '0', quantity: '1', price: '101' })).toEqual(['amended']);
    expect(t.apply('amend', { filled: '0', quantity: '1', price: '101' })).toEqual([]);
  });
});
