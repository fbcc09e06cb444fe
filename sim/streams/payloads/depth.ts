/** Depth payloads: partial book snapshots and diff updates with U/u update-id ranges. */
import type { Side } from '../../market/book';
import type { SymbolMarket } from '../../market/symbol-market';
import { price, qty } from './format';

const levels = (m: SymbolMarket, side: Side, count: number): [string, string][] =>
  m.book
    .levels(side)
    .slice(0, count)
    .map((l) => [price(m, l.price), qty(m, l.qty)]);

export const partialDepthPayload = (m: SymbolMarket, count: number) => ({
  lastUpdateId: m.book.updateId,
  bids: levels(m, 'bid', count),
  asks: levels(m, 'ask', count),
});

/** Book changes since the last `take()`: the final quantity of each changed level. */
export class DiffCollector {
  private readonly bids = new Map<number, number>();
  private readonly asks = new Map<number, number>();
  private first: number | undefined;
  private last = 0;
  private readonly stop: () => void;

  constructor(private readonly m: SymbolMarket) {
    this.stop = m.book.listen((side, p, q, updateId) => {
      (side === 'bid' ? this.bids : this.asks).set(p, q);
      this.first ??= updateId;
      this.last = updateId;
    });
  }

  /** The next diff event, or undefined when the book has not changed. */
  take(now: number) {
    if (this.first === undefined) return undefined;
    const sorted = (map: Map<number, number>, descending: boolean): [string, string][] =>
      [...map]
        .sort((x, y) => (descending ? y[0] - x[0] : x[0] - y[0]))
        .map(([p, q]) => [price(this.m, p), qty(this.m, q)]);
    const payload = diffDepthPayload(
      this.m,
      now,
      this.first,
      this.last,
      sorted(this.bids, true),
      sorted(this.asks, false),
    );
    this.bids.clear();
    this.asks.clear();
    this.first = undefined;
    return payload;
  }

  dispose(): void {
    this.stop();
  }
}

/**
 * `variants` diff events for a flood: each sets `levels` bid and `levels` ask levels among the
 * top 50 price steps of each side (about one in five to zero, a removal), so a local order book
 * on the receiving end inserts, updates and removes levels as it would on a busy symbol. Ids are
 * placeholders (the flood numbers the events); the quantities come from a fixed pseudo-random
 * sequence, the same on every run.
 */
export function floodDiffPayloads(
  m: SymbolMarket,
  now: number,
  levels: number,
  variants = 64,
): ReturnType<typeof diffDepthPayload>[] {
  const bid = m.book.best('bid')?.price ?? m.spec.startTicks - 1;
  const ask = m.book.best('ask')?.price ?? m.spec.startTicks + 1;
  let seed = 0x2545f491;
  const next = (range: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % range;
  };
  const side = (best: number, step: number): [string, string][] => {
    const offsets = new Set<number>();
    while (offsets.size < Math.min(levels, 50)) offsets.add(next(50));
    return [...offsets]
      .sort((x, y) => x - y)
      .map((offset) => [
        price(m, best + step * offset),
        qty(m, next(5) === 0 ? 0 : 1 + next(5000)),
      ]);
  };
  return Array.from({ length: variants }, () =>
    diffDepthPayload(m, now, m.book.updateId, m.book.updateId, side(bid, -1), side(ask, 1)),
  );
}

export const diffDepthPayload = (
  m: SymbolMarket,
  now: number,
  first: number,
  last: number,
  b: [string, string][],
  a: [string, string][],
) => ({ e: 'depthUpdate', E: now, s: m.symbol, U: first, u: last, b, a });
