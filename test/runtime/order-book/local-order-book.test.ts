import { config } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DepthDiff, DepthSnapshot } from '../../../src/order-book/local-order-book';
import { diff, harness, socket } from './harness';

describe('localOrderBook', () => {
  it('buffers until the snapshot, drops what it covers, applies from the update that straddles it', () => {
    const h = harness([
      {
        lastUpdateId: 6,
        bids: [
          ['10', '1'],
          ['9', '1'],
        ],
        asks: [['11', '1']],
      },
    ]);
    h.sockets.next(socket);
    h.diffs.next(diff(1, 5, [['10', '5']]));
    h.diffs.next(
      diff(
        6,
        8,
        [
          ['9', '0'],
          ['8', '2'],
        ],
        [['12', '3']],
      ),
    );
    h.answer();
    const book = h.books().at(-1)!;
    expect(book).toMatchObject({
      symbol: 'BTC/USDT',
      nonce: 8,
      datetime: '2023-11-14T22:13:20.000Z',
    });
    expect(book.bids).toEqual([
      [10, 1],
      [8, 2],
    ]);
    expect(book.asks).toEqual([
      [11, 1],
      [12, 3],
    ]);
    h.diffs.next(diff(9, 9, [['10', '0']]));
    expect(h.books().at(-1)!.bids).toEqual([[8, 2]]);
  });

  it('fetches again when the snapshot is older than the buffered updates', () => {
    const h = harness([
      { lastUpdateId: 3, bids: [], asks: [] },
      { lastUpdateId: 20, bids: [['1', '1']], asks: [] },
    ]);
    h.sockets.next(socket);
    h.diffs.next(diff(10, 12));
    h.answer();
    expect(h.requested()).toBe(2);
    expect(
      h.events.some((e) => e.type === 'status' && e.reason.startsWith('snapshot 3 older')),
    ).toBe(true);
    h.diffs.next(diff(21, 22, [['2', '1']]));
    h.answer();
    expect(h.books().at(-1)).toMatchObject({
      nonce: 22,
      bids: [
        [2, 1],
        [1, 1],
      ],
    });
  });

  it('reports a gap as a status and resyncs by itself, never erroring', () => {
    const h = harness([
      { lastUpdateId: 1, bids: [], asks: [] },
      { lastUpdateId: 9, bids: [['5', '1']], asks: [] },
    ]);
    h.sockets.next(socket);
    h.answer();
    h.diffs.next(diff(2, 3));
    h.diffs.next(diff(7, 8));
    expect(
      h.events.filter((e) => e.type === 'status').map((e) => e.type === 'status' && e.status),
    ).toEqual(['syncing', 'synced', 'syncing']);
    h.diffs.next(diff(9, 10, [['6', '1']]));
    h.answer();
    expect(h.books().at(-1)).toMatchObject({
      nonce: 10,
      bids: [
        [6, 1],
        [5, 1],
      ],
    });
  });

  it('starts over on a new socket', () => {
    const h = harness([
      { lastUpdateId: 1, bids: [['1', '1']], asks: [] },
      { lastUpdateId: 50, bids: [['2', '1']], asks: [] },
    ]);
    h.sockets.next(socket);
    h.answer();
    h.sockets.next(socket);
    h.answer();
    expect(h.books().at(-1)).toMatchObject({ nonce: 50, bids: [[2, 1]] });
    expect(h.requested()).toBe(2);
  });
});

describe('localOrderBook on malformed input', () => {
  let unhandled: unknown[] = [];
  beforeEach(() => {
    unhandled = [];
    config.onUnhandledError = (error) => unhandled.push(error);
  });
  afterEach(() => {
    config.onUnhandledError = null;
  });
  const good: DepthSnapshot = { lastUpdateId: 5, bids: [['10', '1']], asks: [['11', '2']] };
  const deep = JSON.parse('['.repeat(50_000) + ']'.repeat(50_000)) as unknown;

  it.each<[string, unknown, string]>([
    ['bids: null', { lastUpdateId: 5, bids: null, asks: [] }, 'bids is not a list: null'],
    ['no asks', { lastUpdateId: 5, bids: [] }, 'asks is not a list: undefined'],
    ['null', null, 'not an object: null'],
    [
      'lastUpdateId a string',
      { ...good, lastUpdateId: '5' },
      'lastUpdateId is not an update id: "5"',
    ],
    [
      'lastUpdateId negative',
      { ...good, lastUpdateId: -1 },
      'lastUpdateId is not an update id: -1',
    ],
    [
      'a level of numbers',
      { ...good, bids: [[10, 1]] },
      'bids[0] is not [price, quantity]: [10,1]',
    ],
    ['a short level', { ...good, asks: [['11']] }, 'asks[0] is not [price, quantity]: ["11"]'],
    ['a deep level', { ...good, bids: [deep] }, 'bids[0] is not [price, quantity]: [[[[…]]]]'],
    [
      'a price that is no number',
      { ...good, bids: [['x', '1']] },
      'bid level 0 is not [price, quantity]: ["x","1"]',
    ],
    [
      'a negative quantity',
      { ...good, asks: [['11', '-2']] },
      'ask level 0 is not [price, quantity]: ["11","-2"]',
    ],
  ])('%s: a resync with a status, then the next snapshot is used', (_name, bad, reason) => {
    const h = harness([bad as DepthSnapshot, good]);
    h.sockets.next(socket);
    h.answer();
    expect(h.statuses()).toEqual([
      'new socket',
      `bad snapshot: ${reason}; fetching again in 1000 ms`,
    ]);
    expect(h.books()).toEqual([]);
    h.advance(999);
    expect(h.requested()).toBe(1);
    h.advance(1);
    expect(h.requested()).toBe(2);
    h.answer();
    expect(h.statuses().at(-1)).toBe('snapshot 5');
    expect(h.books().at(-1)).toMatchObject({ nonce: 5, bids: [[10, 1]], asks: [[11, 2]] });
    expect(unhandled).toEqual([]);
  });

  it('a failed snapshot is fetched again after retryDelayMs', () => {
    const h = harness([good]);
    h.sockets.next(socket);
    h.fail(new Error('HTTP 503'));
    expect(h.statuses().at(-1)).toBe('snapshot failed: HTTP 503; fetching again in 1000 ms');
    h.advance(1000);
    h.answer();
    expect(h.books().at(-1)).toMatchObject({ nonce: 5 });
  });

  it.each<[string, unknown, string]>([
    ['b: null', { U: 6, u: 6, b: null, a: [] }, 'bad update: b is not a list: null'],
    [
      'U a string',
      { U: '6', u: 6, b: [], a: [] },
      'bad update: U..u is not a range of update ids: ["6",6]',
    ],
    [
      'U after u',
      { U: 7, u: 6, b: [], a: [] },
      'bad update: U..u is not a range of update ids: [7,6]',
    ],
    [
      'a bad level',
      { U: 6, u: 6, b: [['10', 'x']], a: [] },
      'bad update 6: bid level 0 is not [price, quantity]: ["10","x"]',
    ],
    [
      'a deep level',
      { U: 6, u: 6, b: [], a: [deep] },
      'bad update 6: ask level 0 is not [price, quantity]: [[[[…]]]]',
    ],
  ])('a synced book given a diff with %s resyncs', (_name, bad, reason) => {
    const h = harness([good, { lastUpdateId: 9, bids: [['8', '1']], asks: [] }]);
    h.sockets.next(socket);
    h.answer();
    h.diffs.next(bad as DepthDiff);
    expect(h.statuses()).toEqual(['new socket', 'snapshot 5', reason]);
    h.diffs.next(diff(9, 10, [['7', '1']]));
    h.answer();
    expect(h.books().at(-1)).toMatchObject({
      nonce: 10,
      bids: [
        [8, 1],
        [7, 1],
      ],
    });
    expect(unhandled).toEqual([]);
  });

  it.each([1e17, -1e17, Number.MAX_SAFE_INTEGER])(
    'a diff with event time %s outside the Date range is applied, with no datetime',
    (E) => {
      const h = harness([good]);
      h.sockets.next(socket);
      h.answer();
      h.diffs.next({ ...diff(6, 6, [['10', '3']]), E });
      expect(h.books().at(-1)).toMatchObject({ nonce: 6, bids: [[10, 3]], timestamp: E });
      expect(h.books().at(-1)?.datetime).toBeUndefined();
      expect(unhandled).toEqual([]);
    },
  );
});
