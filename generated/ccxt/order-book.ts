// Generated from spec/ccxt/order-book.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtOrderBook, resolveMarket, type CcxtContext, type CcxtMarketRef, type CcxtOrderBook } from '../../src/generated-runtime';
import type { PartialDepthEvent } from '../channels/partial-depth';
import type { GetBookResponse } from '../operations/get-book';

function entryOfGetBook(raw: GetBookResponse, market: CcxtMarketRef): CcxtOrderBook {
  return ccxtOrderBook(market, { bids: raw.bids, asks: raw.asks, nonce: raw.lastUpdateId });
}

/** Maps the answer of `getBook` (`GetBookResponse`) to CCXT's OrderBook (`CcxtOrderBook`), as ccxt binance fetchOrderBook (parseOrderBook, nonce = lastUpdateId) does. The payload has no symbol: pass `context.symbol`. Mapping: `spec/ccxt/order-book.yaml`. */
export function parseGetBookCcxt(raw: GetBookResponse, context?: CcxtContext): CcxtOrderBook {
  return entryOfGetBook(raw, resolveMarket(undefined, context));
}

/** `parseGetBookCcxt` as an rxjs operator. */
export function toGetBookCcxt(context?: CcxtContext): OperatorFunction<GetBookResponse, CcxtOrderBook> {
  return map((raw) => parseGetBookCcxt(raw, context));
}

function entryOfPartialDepth(raw: PartialDepthEvent, market: CcxtMarketRef): CcxtOrderBook {
  return ccxtOrderBook(market, { bids: raw.bids, asks: raw.asks, nonce: raw.lastUpdateId });
}

/** Maps the `partialDepth` stream payload (`PartialDepthEvent`) to CCXT's OrderBook (`CcxtOrderBook`), as ccxt binance fetchOrderBook (the same payload as REST depth; ccxt pro has no partial-depth handler) does. The payload has no symbol: pass `context.symbol`. Mapping: `spec/ccxt/order-book.yaml`. */
export function parsePartialDepthCcxt(raw: PartialDepthEvent, context?: CcxtContext): CcxtOrderBook {
  return entryOfPartialDepth(raw, resolveMarket(undefined, context));
}

/** `parsePartialDepthCcxt` as an rxjs operator. */
export function toPartialDepthCcxt(context?: CcxtContext): OperatorFunction<PartialDepthEvent, CcxtOrderBook> {
  return map((raw) => parsePartialDepthCcxt(raw, context));
}
