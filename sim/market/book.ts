/** A resting order book of one symbol, with a Binance-style update id per change. */

export type Side = 'bid' | 'ask';

/** One price level: price in ticks, quantity in lots. */
export interface Level {
  readonly price: number;
  readonly qty: number;
}

/** Told about every change: the level's new quantity (0 = removed) and the change's update id. */
export type BookListener = (side: Side, price: number, qty: number, updateId: number) => void;

export class OrderBook {
  /** Best first: bids descending, asks ascending. */
  private readonly sides: Record<Side, Level[]> = { bid: [], ask: [] };
  private readonly listeners = new Set<BookListener>();

  constructor(public updateId: number) {}

  levels(side: Side): readonly Level[] {
    return this.sides[side];
  }

  best(side: Side): Level | undefined {
    return this.sides[side][0];
  }

  worst(side: Side): Level | undefined {
    const levels = this.sides[side];
    return levels[levels.length - 1];
  }

  qtyAt(side: Side, price: number): number {
    const levels = this.sides[side];
    const index = this.search(side, price);
    const level = levels[index];
    return level !== undefined && level.price === price ? level.qty : 0;
  }

  /** Sets a level's quantity (0 removes it): one change, one new update id. */
  set(side: Side, price: number, qty: number): void {
    const levels = this.sides[side];
    const index = this.search(side, price);
    const found = levels[index]?.price === price;
    if (qty > 0) {
      if (found) levels[index] = { price, qty };
      else levels.splice(index, 0, { price, qty });
    } else if (found) {
      levels.splice(index, 1);
    } else {
      return;
    }
    this.updateId += 1;
    for (const listener of this.listeners) listener(side, price, qty, this.updateId);
  }

  listen(listener: BookListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Index of `price`, or of where it would be inserted, in best-first order. */
  private search(side: Side, price: number): number {
    const levels = this.sides[side];
    let low = 0;
    let high = levels.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const other = levels[mid]!.price;
      const before = side === 'bid' ? other > price : other < price;
      if (before) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
