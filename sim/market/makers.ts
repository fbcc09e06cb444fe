/** The makers' side of a symbol: quotes around the fair price, noise, and a full book. */
import type { OrderBook, Side } from './book';
import { randInt, type Rng } from './prng';
import type { SymbolSpec } from './symbols';

export const BOOK_LEVELS = 50;

export interface Makers {
  readonly book: OrderBook;
  readonly rng: Rng;
  readonly spec: SymbolSpec;
  /** Fair price, in ticks. */
  readonly fair: number;
}

const halfSpread = (m: Makers): number => Math.max(1, Math.ceil(m.spec.maxGapTicks / 2));

const randomQty = (m: Makers): number => randInt(m.rng, m.spec.levelLots[0], m.spec.levelLots[1]);

/** Makers cancel quotes on the wrong side of the fair price and quote close to it. */
export function requote(m: Makers): void {
  const { book, rng } = m;
  for (let b = book.best('bid'); b && b.price >= m.fair; b = book.best('bid')) {
    book.set('bid', b.price, 0);
  }
  for (let a = book.best('ask'); a && a.price <= m.fair; a = book.best('ask')) {
    book.set('ask', a.price, 0);
  }
  const half = halfSpread(m);
  const bid = book.best('bid');
  if ((bid === undefined || bid.price < m.fair - half) && rng() < 0.6) {
    book.set('bid', m.fair - half, book.qtyAt('bid', m.fair - half) + randomQty(m));
  }
  const ask = book.best('ask');
  if ((ask === undefined || ask.price > m.fair + half) && rng() < 0.6) {
    book.set('ask', m.fair + half, book.qtyAt('ask', m.fair + half) + randomQty(m));
  }
}

/** A few makers change their quantity, or cancel, somewhere in the book. */
export function noise(m: Makers): void {
  const { book, rng } = m;
  const changes = randInt(rng, 1, 3);
  for (let i = 0; i < changes; i++) {
    const side: Side = rng() < 0.5 ? 'bid' : 'ask';
    const levels = book.levels(side);
    if (levels.length === 0) continue;
    const index = randInt(rng, 0, levels.length - 1);
    const level = levels[index]!;
    const cancel = rng() < 0.1 && index > 0;
    book.set(side, level.price, cancel ? 0 : randomQty(m));
  }
}

/** Keeps exactly BOOK_LEVELS levels per side: trims the far end or extends it. */
export function fill(m: Makers): void {
  const { book, rng, spec } = m;
  for (const side of ['bid', 'ask'] as const) {
    const direction = side === 'bid' ? -1 : 1;
    while (book.levels(side).length > BOOK_LEVELS) book.set(side, book.worst(side)!.price, 0);
    while (book.levels(side).length < BOOK_LEVELS) {
      const worst = book.worst(side);
      let price: number;
      if (worst !== undefined) {
        price = worst.price + direction * randInt(rng, 1, spec.maxGapTicks);
      } else {
        const other = book.best(side === 'bid' ? 'ask' : 'bid');
        price = m.fair + direction * halfSpread(m);
        if (other !== undefined && side === 'bid') price = Math.min(price, other.price - 1);
        if (other !== undefined && side === 'ask') price = Math.max(price, other.price + 1);
      }
      if (price <= 0) break;
      book.set(side, price, randomQty(m));
    }
  }
}
