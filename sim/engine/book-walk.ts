/**
 * Read-only walks over a simulated book for the engine's checks before an order trades: what a
 * market order would cost, how much can fill up to a limit, whether a price would take. Books
 * hold prices in ticks and quantities in lots; everything here answers in 1e-8 units.
 */
import type { OrderBook } from '../market/book';
import { mulE8 } from './amounts';
import type { Side } from './order';
import type { SymbolRules } from './symbol-rules';

/** The book side a taker of `side` trades against. */
export const opposite = (side: Side): 'ask' | 'bid' => (side === 'BUY' ? 'ask' : 'bid');

/** Whether a taker of `side` would trade at `priceE8` (the limit reaches the best opposite level). */
export function reaches(side: Side, levelE8: number, limitE8: number): boolean {
  return side === 'BUY' ? levelE8 <= limitE8 : levelE8 >= limitE8;
}

/** Quote amount that buying `qtyE8` at market costs now (what the book holds, at most). */
export function costToBuy(book: OrderBook, rules: SymbolRules, qtyE8: number): number {
  let left = qtyE8;
  let cost = 0;
  for (const level of book.levels('ask')) {
    if (left <= 0) break;
    const qty = Math.min(left, level.qty * rules.lotE8);
    cost += mulE8(level.price * rules.tickE8, qty);
    left -= qty;
  }
  return cost;
}

/** Base amount that selling at market for `quoteE8` needs now (what the book holds, at most). */
export function baseToSell(book: OrderBook, rules: SymbolRules, quoteE8: number): number {
  let left = quoteE8;
  let base = 0;
  for (const level of book.levels('bid')) {
    if (left <= 0) break;
    const priceE8 = level.price * rules.tickE8;
    const lots = Math.min(level.qty, Math.ceil((left * 1e8) / priceE8 / rules.lotE8));
    base += lots * rules.lotE8;
    left -= mulE8(priceE8, lots * rules.lotE8);
  }
  return base;
}

/** Base quantity a taker of `side` could trade at `limitE8` or better. */
export function availableUpTo(
  book: OrderBook,
  rules: SymbolRules,
  side: Side,
  limitE8: number,
): number {
  let available = 0;
  for (const level of book.levels(opposite(side))) {
    if (!reaches(side, level.price * rules.tickE8, limitE8)) break;
    available += level.qty * rules.lotE8;
  }
  return available;
}

/** Whether an order of `side` at `priceE8` would trade at once (LIMIT_MAKER's check). */
export function wouldTake(book: OrderBook, rules: SymbolRules, side: Side, priceE8: number) {
  const best = book.best(opposite(side));
  return best !== undefined && reaches(side, best.price * rules.tickE8, priceE8);
}

/** The price a market order of `side` would start at (the other side, or `midTicks`, if empty). */
export function startPrice(book: OrderBook, rules: SymbolRules, side: Side, midTicks: number) {
  const best = book.best(opposite(side)) ?? book.best(opposite(side) === 'ask' ? 'bid' : 'ask');
  return (best?.price ?? Math.round(midTicks)) * rules.tickE8;
}
