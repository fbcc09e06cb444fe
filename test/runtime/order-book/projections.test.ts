import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import {
  asksOnly,
  bestBidAsk,
  bestPrice,
  bidsOnly,
  topLevels,
  InvalidParameterError,
  type CcxtOrderBook,
  type LocalOrderBookEvent,
} from '../../../src';

const book = (bids: [number, number][], asks: [number, number][]): CcxtOrderBook => ({
  symbol: 'BTC/USDT',
  bids,
  asks,
  timestamp: undefined,
  datetime: undefined,
  nonce: 1,
});
const run = (fn: Parameters<TestScheduler['run']>[0]) =>
  new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(fn);

describe('order-book projections', () => {
  const full = book(
    [
      [100, 1],
      [99, 2],
      [98, 3],
    ],
    [
      [101, 4],
      [102, 5],
    ],
  );
  const events: Record<string, LocalOrderBookEvent> = {
    s: { type: 'status', status: 'syncing', reason: 'start' },
    b: { type: 'book', book: full },
    e: { type: 'book', book: book([], []) },
  };

  it('bidsOnly / asksOnly keep one side of each book and skip status events', () => {
    run(({ cold, expectObservable }) => {
      expectObservable(cold('s-b-e|', events).pipe(bidsOnly())).toBe('--x-y|', {
        x: full.bids,
        y: [],
      });
      expectObservable(cold('s-b-e|', events).pipe(asksOnly())).toBe('--x-y|', {
        x: full.asks,
        y: [],
      });
    });
  });

  it('topLevels(n) cuts each side to its best n levels', () => {
    run(({ cold, expectObservable }) => {
      expectObservable(cold('b|', events).pipe(topLevels(2))).toBe('x|', {
        x: { bids: full.bids.slice(0, 2), asks: full.asks },
      });
    });
  });

  it('bestBidAsk gives the best levels, undefined on an empty side', () => {
    run(({ cold, expectObservable }) => {
      expectObservable(cold('b-e|', events).pipe(bestBidAsk())).toBe('x-y|', {
        x: { bid: [100, 1], ask: [101, 4] },
        y: { bid: undefined, ask: undefined },
      });
    });
  });

  it('works on raw depth payloads (string levels) and bestPrice reads a side', () => {
    const depth = { lastUpdateId: 7, bids: [['1.5', '2']] as [string, string][], asks: [] };
    run(({ cold, expectObservable }) => {
      expectObservable(cold('d|', { d: depth }).pipe(bidsOnly(), bestPrice())).toBe('x|', {
        x: '1.5',
      });
      expectObservable(cold('d|', { d: depth }).pipe(asksOnly(), bestPrice())).toBe('x|', {
        x: undefined,
      });
    });
  });

  it('topLevels refuses a level count that is not a whole number ≥ 1', () => {
    expect(() => topLevels(0)).toThrow(InvalidParameterError);
    expect(() => topLevels(1.5)).toThrow(/levels/);
  });
});
