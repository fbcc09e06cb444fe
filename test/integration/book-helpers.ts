/** Shared by the local-order-book tests on the local exchange (Spot and USDⓈ-M). */
import { expect } from 'vitest';
import type { LocalExchange } from '../../sim';
import type { CcxtOrderBook, LocalOrderBookEvent } from '../../src/order-book/local-order-book';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pauses the market, waits for the book to reach the exchange's last update, compares them. */
export async function expectSameBook(
  exchange: LocalExchange,
  current: () => CcxtOrderBook | undefined,
  symbol: string,
  limit: number,
) {
  exchange.market.pause();
  const snapshot = exchange.market.depthSnapshot(symbol, limit)!;
  for (let i = 0; i < 300 && current()?.nonce !== snapshot.lastUpdateId; i += 1) await sleep(10);
  const book = current()!;
  expect(book.nonce).toBe(snapshot.lastUpdateId);
  const levels = (side: readonly (readonly [string, string])[]) =>
    side.map(([p, q]) => [Number(p), Number(q)]);
  expect(book.bids).toEqual(levels(snapshot.bids));
  expect(book.asks).toEqual(levels(snapshot.asks));
  exchange.market.resume();
}

/** Waits (up to 5 s) for an event after index `from` that passes `test`. */
export async function waitFor(
  events: LocalOrderBookEvent[],
  test: (e: LocalOrderBookEvent) => boolean,
  from = 0,
) {
  for (let i = 0; i < 500 && !events.slice(from).some(test); i += 1) await sleep(10);
  expect(events.slice(from).some(test)).toBe(true);
}

export const synced = (e: LocalOrderBookEvent) => e.type === 'status' && e.status === 'synced';

/** Waits for a diff applied after now (a book event): the book has moved on, not a sleep. */
export const nextBook = (events: LocalOrderBookEvent[]) =>
  waitFor(events, (e) => e.type === 'book', events.length);
