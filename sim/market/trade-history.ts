/**
 * The recent trades of a symbol, oldest first, bounded: what `trades`, `historicalTrades` and
 * `aggTrades` requests read. Trimmed in chunks so adding stays cheap.
 */
export const TRADE_HISTORY = 1000;

export class TradeHistory<T extends { readonly id: number; readonly time: number }> {
  private items: T[] = [];

  add(item: T): void {
    this.items.push(item);
    if (this.items.length >= 2 * TRADE_HISTORY) this.items = this.items.slice(-TRADE_HISTORY);
  }

  /** The last `limit` items. */
  recent(limit: number): T[] {
    return this.items.slice(-Math.min(limit, TRADE_HISTORY));
  }

  /** Up to `limit` items with id ≥ `fromId`. */
  fromId(fromId: number, limit: number): T[] {
    return this.items.filter((t) => t.id >= fromId).slice(0, limit);
  }

  /** A `historicalTrades` page: from `fromId` when given, else the last `limit` items. */
  page(fromId: number | undefined, limit: number): T[] {
    return fromId === undefined ? this.recent(limit) : this.fromId(fromId, limit);
  }

  /** Up to `limit` items with time in [start, end], oldest first. */
  between(start: number, end: number, limit: number): T[] {
    return this.items.filter((t) => t.time >= start && t.time <= end).slice(0, limit);
  }
}
