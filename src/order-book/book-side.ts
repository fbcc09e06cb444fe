/**
 * One side of a local order book: price level (exact decimal text) → quantity. Levels are kept
 * in a map; sorting happens only when the book is read, for the levels asked for.
 */
export class BookSide {
  private readonly levels = new Map<string, string>();

  constructor(private readonly descending: boolean) {}

  get size(): number {
    return this.levels.size;
  }

  /** Sets a level; a zero quantity removes it (Binance's rule). */
  set(price: string, quantity: string): void {
    if (Number(quantity) === 0) this.levels.delete(price);
    else this.levels.set(price, quantity);
  }

  clear(): void {
    this.levels.clear();
  }

  /** The best `limit` levels (all when undefined) as `[price, amount]` numbers, best first. */
  top(limit?: number): [number, number][] {
    const sorted = [...this.levels].map(([p, q]): [number, number] => [Number(p), Number(q)]);
    sorted.sort((a, b) => (this.descending ? b[0] - a[0] : a[0] - b[0]));
    return limit === undefined ? sorted : sorted.slice(0, limit);
  }

  /** The best level, without sorting everything. */
  best(): [number, number] | undefined {
    let best: [number, number] | undefined;
    for (const [p, q] of this.levels) {
      const price = Number(p);
      if (best === undefined || (this.descending ? price > best[0] : price < best[0])) {
        best = [price, Number(q)];
      }
    }
    return best;
  }
}
