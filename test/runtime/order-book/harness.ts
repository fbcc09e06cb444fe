/** A local order book fed by hand: sockets, diffs and snapshots on Subjects, virtual time. */
import { Subject, VirtualTimeScheduler, type Observable } from 'rxjs';
import type { BookSyncRule } from '../../../src/channels/descriptor';
import type { NewSocketEvent } from '../../../src/connection/events';
import {
  localOrderBook,
  type DepthDiff,
  type DepthSnapshot,
  type LocalOrderBookEvent,
} from '../../../src/order-book/local-order-book';

export const socket = { type: 'socket', socket: {} } as unknown as NewSocketEvent;
export const diff = (
  U: number,
  u: number,
  b: [string, string][] = [],
  a: [string, string][] = [],
): DepthDiff => ({ U, u, b, a, E: 1_700_000_000_000 });

export function harness(
  snapshots: DepthSnapshot[],
  scheduler = new VirtualTimeScheduler(),
  sync?: BookSyncRule,
) {
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
    scheduler,
    ...(sync ? { sync } : {}),
  }).subscribe((e) => events.push(e));
  const answer = () => {
    const s = pending.shift()!;
    s.next(snapshots.shift()!);
    s.complete();
  };
  const fail = (error: unknown) => pending.shift()!.error(error);
  /** Runs the timers due in the next `ms` of virtual time. */
  const advance = (ms: number) => {
    scheduler.maxFrames = scheduler.frame + ms;
    scheduler.flush();
    scheduler.frame = scheduler.maxFrames;
  };
  const books = () => events.flatMap((e) => (e.type === 'book' ? [e.book] : []));
  const statuses = () => events.flatMap((e) => (e.type === 'status' ? [e.reason] : []));
  return {
    sockets,
    diffs,
    answer,
    fail,
    advance,
    events,
    books,
    statuses,
    requested: () => requested,
  };
}
