// Generated from spec/channels/ by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import aggTradeEventSchema from './channels/agg-trade.json';
import allMiniTickersEventSchema from './channels/all-mini-tickers.json';
import allRollingWindowTickersEventSchema from './channels/all-rolling-window-tickers.json';
import avgPriceEventSchema from './channels/avg-price.json';
import blockTradeEventSchema from './channels/block-trade.json';
import bookTickerEventSchema from './channels/book-ticker.json';
import diffDepthEventSchema from './channels/diff-depth.json';
import klineEventSchema from './channels/kline.json';
import miniTickerEventSchema from './channels/mini-ticker.json';
import partialDepthEventSchema from './channels/partial-depth.json';
import referencePriceEventSchema from './channels/reference-price.json';
import rollingWindowTickerEventSchema from './channels/rolling-window-ticker.json';
import serverShutdownEventSchema from './channels/server-shutdown.json';
import tickerEventSchema from './channels/ticker.json';
import tradeEventSchema from './channels/trade.json';
import cancelOrderResponseSchema from './operations/cancel-order.json';
import getBookResponseSchema from './operations/get-book.json';
import getKlinesResponseSchema from './operations/get-klines.json';
import getOrderResponseSchema from './operations/get-order.json';
import getServerTimeResponseSchema from './operations/get-server-time.json';
import pingResponseSchema from './operations/ping.json';
import placeOrderResponseSchema from './operations/place-order.json';
export {
  aggTradeEventSchema,
  allMiniTickersEventSchema,
  allRollingWindowTickersEventSchema,
  avgPriceEventSchema,
  blockTradeEventSchema,
  bookTickerEventSchema,
  diffDepthEventSchema,
  klineEventSchema,
  miniTickerEventSchema,
  partialDepthEventSchema,
  referencePriceEventSchema,
  rollingWindowTickerEventSchema,
  serverShutdownEventSchema,
  tickerEventSchema,
  tradeEventSchema,
  cancelOrderResponseSchema,
  getBookResponseSchema,
  getKlinesResponseSchema,
  getOrderResponseSchema,
  getServerTimeResponseSchema,
  pingResponseSchema,
  placeOrderResponseSchema,
};
/** Every channel's payload JSON Schema (draft-07), keyed by channel name. */
export const channelSchemas = {
  aggTrade: aggTradeEventSchema,
  allMiniTickers: allMiniTickersEventSchema,
  allRollingWindowTickers: allRollingWindowTickersEventSchema,
  avgPrice: avgPriceEventSchema,
  blockTrade: blockTradeEventSchema,
  bookTicker: bookTickerEventSchema,
  diffDepth: diffDepthEventSchema,
  kline: klineEventSchema,
  miniTicker: miniTickerEventSchema,
  partialDepth: partialDepthEventSchema,
  referencePrice: referencePriceEventSchema,
  rollingWindowTicker: rollingWindowTickerEventSchema,
  serverShutdown: serverShutdownEventSchema,
  ticker: tickerEventSchema,
  trade: tradeEventSchema,
} as const;
/** Every operation's response JSON Schema (draft-07), keyed by operation name. */
export const operationSchemas = {
  cancelOrder: cancelOrderResponseSchema,
  getBook: getBookResponseSchema,
  getKlines: getKlinesResponseSchema,
  getOrder: getOrderResponseSchema,
  getServerTime: getServerTimeResponseSchema,
  ping: pingResponseSchema,
  placeOrder: placeOrderResponseSchema,
} as const;
