/**
 * Projections of an order book, as rxjs operators: one side, the top levels, the best prices.
 * They take any book with `bids` and `asks` level arrays, best first — a `localOrderBook()` event
 * (its `status` events are skipped), a CCXT `OrderBook`, a partial-depth payload or a REST depth
 * answer — and never throw on an empty side: a missing best level is `undefined`.
 */
import { filter, map, type OperatorFunction } from 'rxjs';
import { InvalidParameterError } from '../errors';
import type { LocalOrderBookEvent } from './local-order-book';

/** A book: `[price, quantity, …]` levels per side, best first. */
export interface BookLevels<L> {
  readonly bids: readonly L[];
  readonly asks: readonly L[];
}

/** What the projections accept: a book, or a `localOrderBook()` event. */
export type BookInput<L> = BookLevels<L> | LocalOrderBookEvent;

/** The best bid and the best ask level (`undefined` on an empty side). */
export interface BestLevels<L> {
  readonly bid: L | undefined;
  readonly ask: L | undefined;
}

type LevelOf<I> = I extends LocalOrderBookEvent
  ? [number, number]
  : I extends BookLevels<infer L>
    ? L
    : never;

function bookOf<L>(input: BookInput<L>): BookLevels<L> | undefined {
  if ('type' in input)
    return input.type === 'book' ? (input.book as BookLevels<unknown> as BookLevels<L>) : undefined;
  return input;
}

/** Keeps the books (drops `localOrderBook()` status events) and maps each. */
function project<I extends BookInput<unknown>, R>(
  fn: (book: BookLevels<LevelOf<I>>) => R,
): OperatorFunction<I, R> {
  return (source) =>
    source.pipe(
      map((input) => bookOf(input as BookInput<LevelOf<I>>)),
      filter((book): book is BookLevels<LevelOf<I>> => book !== undefined),
      map(fn),
    );
}

/** The bids of each book, best (highest) first. */
export function bidsOnly<I extends BookInput<unknown>>(): OperatorFunction<
  I,
  readonly LevelOf<I>[]
> {
  return project<I, readonly LevelOf<I>[]>((book) => book.bids);
}

/** The asks of each book, best (lowest) first. */
export function asksOnly<I extends BookInput<unknown>>(): OperatorFunction<
  I,
  readonly LevelOf<I>[]
> {
  return project<I, readonly LevelOf<I>[]>((book) => book.asks);
}

/** The best `levels` levels of each side (fewer where a side has fewer). */
export function topLevels<I extends BookInput<unknown>>(
  levels: number,
): OperatorFunction<I, BookLevels<LevelOf<I>>> {
  if (!Number.isInteger(levels) || levels < 1) {
    throw new InvalidParameterError('topLevels', 'levels', levels, 'is not a whole number ≥ 1');
  }
  return project<I, BookLevels<LevelOf<I>>>((book) => ({
    bids: book.bids.slice(0, levels),
    asks: book.asks.slice(0, levels),
  }));
}

/** The best bid and ask level of each book. */
export function bestBidAsk<I extends BookInput<unknown>>(): OperatorFunction<
  I,
  BestLevels<LevelOf<I>>
> {
  return project<I, BestLevels<LevelOf<I>>>((book) => ({ bid: book.bids[0], ask: book.asks[0] }));
}

/** The best price of a side (`bidsOnly()` / `asksOnly()` output); `undefined` when it is empty. */
export function bestPrice<P>(): OperatorFunction<
  readonly (readonly [P, ...unknown[]])[],
  P | undefined
> {
  return map((side) => side[0]?.[0]);
}
