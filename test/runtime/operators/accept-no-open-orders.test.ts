import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import { acceptNoOpenOrders, BinanceApiError, HttpError } from '../../../src';

const request = { operation: 'cancelOpenOrders', method: 'DELETE /api/v3/openOrders', params: {} };
const scheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('acceptNoOpenOrders', () => {
  it('turns -2011 into an empty list', () => {
    scheduler().run(({ cold, expectObservable }) => {
      const error = new BinanceApiError(request, 400, -2011, 'Unknown order sent.');
      expectObservable(cold('--#', {}, error).pipe(acceptNoOpenOrders())).toBe('--(x|)', {
        x: [],
      });
    });
  });

  it('passes answers and every other error through', () => {
    scheduler().run(({ cold, expectObservable }) => {
      const other = new BinanceApiError(request, 400, -1121, 'Invalid symbol.');
      const http = new HttpError(request, 502, 'bad gateway');
      expectObservable(cold('a|', { a: [1] }).pipe(acceptNoOpenOrders())).toBe('a|', { a: [1] });
      expectObservable(cold('#', {}, other).pipe(acceptNoOpenOrders())).toBe('#', {}, other);
      expectObservable(cold('#', {}, http).pipe(acceptNoOpenOrders())).toBe('#', {}, http);
    });
  });
});
