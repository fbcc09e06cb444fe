/**
 * One side of a local order book, kept sorted as it changes: prices and amounts in two parallel
 * number arrays, worst price first, so that the busy end of a book (the best prices, where most
 * updates land) is the arrays' tail and inserting or removing there moves next to nothing. A
 * change is a binary search and at most one splice; reading the best `n` levels is `n` steps,
 * with no sorting.
 */
export class BookSide {
  /** Prices, worst first: ascending for bids, descending for asks. */
  private readonly prices: number[] = [];
  /** Amount at `prices[i]`. */
  private readonly amounts: number[] = [];

  /** @param descending best price is the highest (bids); asks are ascending. */
  constructor(private readonly descending: boolean) {}

  get size(): number {
    return this.prices.length;
  }

  /**
   * Sets a level; a zero quantity removes it (Binance's rule). Levels are keyed by their numeric
   * price, so `"1.0"` and `"1.00"` are the same level. False (and nothing changed) when the price
   * or the quantity is not a finite, non-negative number.
   */
  set(price: string, quantity: string): boolean {
    const p = Number(price);
    const q = Number(quantity);
    // Not a finite, non-negative decimal (NaN fails every comparison): nothing changes.
    if (!(p >= 0 && q >= 0 && p < Infinity && q < Infinity)) return false;
    const { prices, amounts } = this;
    const i = this.search(p);
    const found = prices[i] === p;
    if (q === 0) {
      if (found) {
        prices.splice(i, 1);
        amounts.splice(i, 1);
      }
    } else if (found) {
      amounts[i] = q;
    } else if (i === prices.length) {
      prices.push(p);
      amounts.push(q);
    } else {
      prices.splice(i, 0, p);
      amounts.splice(i, 0, q);
    }
    return true;
  }

  clear(): void {
    this.prices.length = 0;
    this.amounts.length = 0;
  }

  /** The best `limit` levels (all when undefined) as `[price, amount]` numbers, best first. */
  top(limit?: number): [number, number][] {
    const { prices, amounts } = this;
    const n = limit === undefined ? prices.length : Math.min(limit, prices.length);
    const out = new Array<[number, number]>(n);
    for (let k = 0, i = prices.length - 1; k < n; k += 1, i -= 1)
      out[k] = [prices[i]!, amounts[i]!];
    return out;
  }

  /** The best level. */
  best(): [number, number] | undefined {
    const last = this.prices.length - 1;
    return last < 0 ? undefined : [this.prices[last]!, this.amounts[last]!];
  }

  /** Index of `price`, or where it would go, in worst-first order. */
  private search(price: number): number {
    const { prices } = this;
    let low = 0;
    let high = prices.length;
    // Most updates are near the best price, the tail: look there first.
    if (high > 0 && this.worse(prices[high - 1]!, price)) return high;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.worse(prices[mid]!, price)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Whether price `a` is worse than `b` (comes before it). */
  private worse(a: number, b: number): boolean {
    return this.descending ? a < b : a > b;
  }
}
