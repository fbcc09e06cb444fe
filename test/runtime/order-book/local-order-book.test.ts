import { Subject, type Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { NewSocketEvent } from '../../../src/connection/events';
import {
  localOrderBook,
  type DepthDiff,
  type DepthSnapshot,
  type LocalOrderBookEvent,
} from '../../../src/order-book/local-order-book';

const socket = { type: 'socket', socket: {} } as unknown as NewSocketEvent;
const diff = (
  U: number,
  u: number,
  b: [string, string][] = [],
  a: [string, string][] = [],
): DepthDiff => ({ U, u, b, a, E: 1_700_000_000_000 });

function harness(snapshots: DepthSnapshot[]) {
  const sockets = new Subject<NewSocketEvent>();
  const diffs = new Subject<DepthDiff>();
  const pending: Subject<DepthSnapshot>[] = [];
  let requested = 0;
  const events: LocalOrderBookEvent[] = [];
  localOrderBook({
    symbol: 'BTC/USDT',
    sockets,
    diffs: (): Observable<DepthDiff> => diffs,
    snapshot: () => {
      requested += 1;
      const s = new Subject<DepthSnapshot>();
      pending.push(s);
      return s;
    },
    depth: 2,
  }).subscribe((e) => events.push(e));
  const answer = () => {
    const s = pending.shift()!;
    s.next(snapshots.shift()!);
    s.complete();
  };
  const books = () => events.flatMap((e) => (e.type === 'book' ? [e.book] : []));
  return { sockets, diffs, answer, events, books, requested: () => requested };
}

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
