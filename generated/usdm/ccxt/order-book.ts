// Generated from spec/usdm/ccxt/order-book.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtOrderBook, resolveMarket, type CcxtContext, type CcxtMarketRef, type CcxtOrderBook } from '../../../src/generated-runtime';
import type { PartialDepthEvent } from '../channels/partial-depth';
import type { GetBookResponse } from '../operations/get-book';

function entryOfGetBook(raw: GetBookResponse, market: CcxtMarketRef): CcxtOrderBook {
  return ccxtOrderBook(market, { bids: raw.bids, asks: raw.asks, nonce: raw.lastUpdateId, timestamp: raw.T });
}

/** Maps the answer of `getBook` (`GetBookResponse`) to CCXT's OrderBook (`CcxtOrderBook`), as ccxt binanceusdm fetchOrderBook (parseOrderBook with T, nonce = lastUpdateId) does. The payload has no symbol: pass `context.symbol`. Mapping: `spec/usdm/ccxt/order-book.yaml`. */
export function parseGetBookCcxt(raw: GetBookResponse, context?: CcxtContext): CcxtOrderBook {
  return entryOfGetBook(raw, resolveMarket(undefined, context, "swap"));
}

/** `parseGetBookCcxt` as an rxjs operator. */
export function toGetBookCcxt(context?: CcxtContext): OperatorFunction<GetBookResponse, CcxtOrderBook> {
  return map((raw) => parseGetBookCcxt(raw, context));
}

function entryOfPartialDepth(raw: PartialDepthEvent, market: CcxtMarketRef): CcxtOrderBook {
  return ccxtOrderBook(market, { bids: raw.b, asks: raw.a, nonce: raw.u, timestamp: raw.T });
}

/** Maps the `partialDepth` stream payload (`PartialDepthEvent`) to CCXT's OrderBook (`CcxtOrderBook`), as ccxt binanceusdm parseOrderBook of the top levels (ccxt pro has no handler for the futures partial depth stream; read as the depth answer it snapshots: b bids, a asks, u nonce, T) does. The symbol comes from `s` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/order-book.yaml`. */
export function parsePartialDepthCcxt(raw: PartialDepthEvent, context?: CcxtContext): CcxtOrderBook {
  return entryOfPartialDepth(raw, resolveMarket(raw.s, context, "swap"));
}

/** `parsePartialDepthCcxt` as an rxjs operator. */
export function toPartialDepthCcxt(context?: CcxtContext): OperatorFunction<PartialDepthEvent, CcxtOrderBook> {
  return map((raw) => parsePartialDepthCcxt(raw, context));
}
