/**
 * CCXT's order book from a payload's levels, like ccxt's `parseOrderBook`: `[price, amount]`
 * as numbers, bids highest first, asks lowest first (a stable sort, so Binance's order stays
 * among equal prices), `nonce` the book's update id.
 */
import type { CcxtMarketRef } from './context';
import type { CcxtOrderBook } from './types';
import { iso8601, toInteger } from './values';

type Levels = readonly (readonly [string, string, ...unknown[]])[];

export interface OrderBookFields {
  readonly bids: Levels;
  readonly asks: Levels;
  readonly nonce?: number | undefined;
  readonly timestamp?: number | undefined;
}

const level = ([price, amount]: readonly [string, string, ...unknown[]]): [number, number] => [
  Number.parseFloat(price),
  Number.parseFloat(amount),
];

export function ccxtOrderBook(ref: CcxtMarketRef, f: OrderBookFields): CcxtOrderBook {
  const timestamp = toInteger(f.timestamp);
  return {
    symbol: ref.symbol,
    bids: f.bids.map(level).sort((a, b) => b[0] - a[0]),
    asks: f.asks.map(level).sort((a, b) => a[0] - b[0]),
    timestamp,
    datetime: iso8601(timestamp),
    nonce: toInteger(f.nonce),
  };
}
