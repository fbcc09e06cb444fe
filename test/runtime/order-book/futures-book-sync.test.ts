import { VirtualTimeScheduler } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { DepthDiff } from '../../../src/order-book/local-order-book';
import { diffDepthChannel as spotDiffDepth } from '../../../src/index';
import { diffDepthChannel } from '../../../src/usdm/index';
import { harness, socket } from './harness';

/** The rule localOrderBook is given: the futures channel's own declaration (spec/usdm). */
const futures = diffDepthChannel.bookSync!;

/** A futures diff: update ids U..u, `pu` the u of the event before. */
const fdiff = (U: number, u: number, pu: number, b: [string, string][] = []): DepthDiff => ({
  U,
  u,
  pu,
  b,
  a: [],
  E: 1_700_000_000_000,
});

const book = (lastUpdateId: number, bids: [string, string][] = [['10', '1']]) => ({
  lastUpdateId,
  bids,
  asks: [],
});

describe('the book-sync rules come from the channels', () => {
  it('declares futures and Spot diff depth differently', () => {
    expect(futures).toEqual({ firstUpdateOffset: 0, link: 'pu' });
    expect(spotDiffDepth.bookSync).toEqual({ firstUpdateOffset: 1, link: 'U' });
  });
});

describe('localOrderBook on a futures diff stream (U <= lastUpdateId <= u, then pu = previous u)', () => {
  it('applies the first event that covers lastUpdateId itself, dropping those before it', () => {
    const h = harness([book(100)], new VirtualTimeScheduler(), futures);
    h.sockets.next(socket);
    h.diffs.next(fdiff(90, 99, 80, [['1', '1']])); // u < lastUpdateId: in the snapshot
    h.diffs.next(fdiff(100, 105, 99, [['9', '2']])); // U <= 100 <= u: the first one applied
    h.diffs.next(fdiff(108, 110, 105, [['8', '3']])); // ids jump, pu links it: no gap
    h.answer();
    expect(h.books().at(-1)).toMatchObject({
      nonce: 110,
      bids: [
        [10, 1],
        [9, 2],
      ],
    });
    expect(h.requested()).toBe(1);
  });

  it('takes an event ending exactly at lastUpdateId (where Spot drops it)', () => {
    const h = harness([book(100)], new VirtualTimeScheduler(), futures);
    h.sockets.next(socket);
    h.diffs.next(fdiff(95, 100, 94, [['9', '2']]));
    h.answer();
    expect(h.books().at(-1)).toMatchObject({
      nonce: 100,
      bids: [
        [10, 1],
        [9, 2],
      ],
    });
  });

  it('resyncs when pu does not match the previous u, and recovers from the next snapshot', () => {
    const h = harness([book(100), book(120, [['7', '1']])], new VirtualTimeScheduler(), futures);
    h.sockets.next(socket);
    h.answer();
    h.diffs.next(fdiff(100, 105, 99));
    h.diffs.next(fdiff(111, 115, 110)); // lost 106..110
    expect(h.statuses()).toContain('gap: expected pu 105 (the previous u), got 110 in 111..115');
    expect(h.requested()).toBe(2);
    h.diffs.next(fdiff(116, 125, 115, [['6', '1']]));
    h.answer();
    expect(h.books().at(-1)).toMatchObject({
      nonce: 125,
      bids: [
        [7, 1],
        [6, 1],
      ],
    });
  });

  it('fetches again when the snapshot is older than the first buffered event', () => {
    const h = harness([book(100), book(200)], new VirtualTimeScheduler(), futures);
    h.sockets.next(socket);
    h.diffs.next(fdiff(150, 160, 140));
    h.answer();
    expect(h.statuses()).toContain('snapshot 100 older than the buffered update 150');
    expect(h.requested()).toBe(2);
  });

  it('resyncs on a first event that starts past lastUpdateId', () => {
    const h = harness([book(100), book(300)], new VirtualTimeScheduler(), futures);
    h.sockets.next(socket);
    h.answer();
    h.diffs.next(fdiff(101, 110, 100));
    expect(h.statuses()).toContain('gap: expected update 100, got 101..110');
    expect(h.requested()).toBe(2);
  });

  it('treats a diff without a usable pu as a bad update (resync), never a crash', () => {
    const h = harness([book(100), book(100)], new VirtualTimeScheduler(), futures);
    h.sockets.next(socket);
    h.answer();
    h.diffs.next({ U: 100, u: 101, b: [], a: [] });
    expect(h.statuses().at(-1)).toBe('bad update: pu is not an update id: undefined');
    expect(h.requested()).toBe(2);
  });

  it('keeps Spot behaviour when no rule is given', () => {
    const h = harness([book(100)]);
    h.sockets.next(socket);
    h.diffs.next(fdiff(95, 100, 94, [['9', '2']])); // u = lastUpdateId: covered on Spot
    h.diffs.next(fdiff(101, 102, 0, [['8', '1']])); // pu ignored; U = lastUpdateId + 1
    h.answer();
    expect(h.books().at(-1)).toMatchObject({
      nonce: 102,
      bids: [
        [10, 1],
        [8, 1],
      ],
    });
  });
});
