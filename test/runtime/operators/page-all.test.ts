import { of, throwError, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import { byAggTradeId, byTradeId, InvalidParameterError, pageAll } from '../../../src';

interface Params {
  readonly symbol: string;
  readonly limit?: number;
  readonly fromId?: number;
  readonly startTime?: number;
}

/** An account with trades 1..total: pages of `limit` (default 500) from `fromId`. */
function fakeMyTrades(total: number) {
  const calls: Params[] = [];
  const call = (params: Params): Observable<readonly { id: number }[]> => {
    calls.push(params);
    const from = params.fromId ?? 1;
    const limit = params.limit ?? 500;
    const ids = [];
    for (let id = from; id <= Math.min(total, from + limit - 1); id += 1) ids.push({ id });
    return of(ids);
  };
  return { call, calls };
}

describe('pageAll', () => {
  it('walks fromId page after page until a short page, one request at a time', () => {
    const { call, calls } = fakeMyTrades(7);
    const pages: number[][] = [];
    pageAll(call, { symbol: 'BTCUSDT', limit: 3, startTime: 5 }, byTradeId).subscribe((page) =>
      pages.push(page.map((t) => t.id)),
    );
    expect(pages).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    // startTime only on the first page: Binance refuses it with an id cursor.
    expect(calls).toEqual([
      { symbol: 'BTCUSDT', limit: 3, startTime: 5 },
      { symbol: 'BTCUSDT', limit: 3, fromId: 4 },
      { symbol: 'BTCUSDT', limit: 3, fromId: 7 },
    ]);
  });

  it('without a limit, stops at the first empty page; an exact multiple ends on an empty page', () => {
    const exact = fakeMyTrades(6);
    const pages: number[] = [];
    pageAll(exact.call, { symbol: 'X', limit: 3 }, byTradeId).subscribe((p) =>
      pages.push(p.length),
    );
    expect(pages).toEqual([3, 3]);
    expect(exact.calls).toHaveLength(3);
    const noLimit = fakeMyTrades(2);
    const all: number[] = [];
    pageAll(noLimit.call, { symbol: 'X' }, byTradeId).subscribe((p) =>
      all.push(...p.map((t) => t.id)),
    );
    expect(all).toEqual([1, 2]);
    expect(noLimit.calls).toHaveLength(2);
  });

  it('honours maxPages', () => {
    const { call, calls } = fakeMyTrades(100);
    let count = 0;
    pageAll(call, { symbol: 'X', limit: 10 }, byTradeId, { maxPages: 2 }).subscribe(
      () => (count += 1),
    );
    expect(count).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('errors with a typed error when the cursor does not move, instead of looping', () => {
    const stuck = (): Observable<readonly { a: number }[]> => of([{ a: 5 }]);
    let error: unknown;
    pageAll(stuck, { symbol: 'X', limit: 1 }, { ...byAggTradeId, next: () => 5 }).subscribe({
      error: (e: unknown) => (error = e),
    });
    expect(error).toBeInstanceOf(InvalidParameterError);
  });

  it('waits for each page before asking the next (virtual time), and passes errors on', () => {
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ cold, expectObservable }) => {
      const pages = [[{ id: 1 }, { id: 2 }], [{ id: 3 }]];
      let i = 0;
      const call = () => cold('--a|', { a: pages[i++]! });
      expectObservable(pageAll(call, { symbol: 'X', limit: 2 }, byTradeId)).toBe('--a--(b|)', {
        a: pages[0],
        b: pages[1],
      });
    });
    const failure = new Error('boom');
    let seen: unknown;
    const failing = (_: Params) => throwError(() => failure);
    pageAll(failing, { symbol: 'X' }, byTradeId).subscribe({
      error: (e: unknown) => (seen = e),
    });
    expect(seen).toBe(failure);
  });
});
