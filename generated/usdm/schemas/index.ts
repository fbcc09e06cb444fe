// Generated from spec/usdm/channels/ by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { JsonSchema } from '../../../src/generated-runtime';
import aggTradeEventSchema from './channels/agg-trade.json';
import allAssetIndexesEventSchema from './channels/all-asset-indexes.json';
import allBookTickersEventSchema from './channels/all-book-tickers.json';
import allForceOrdersEventSchema from './channels/all-force-orders.json';
import allMarkPricesEventSchema from './channels/all-mark-prices.json';
import allMiniTickersEventSchema from './channels/all-mini-tickers.json';
import allTickersEventSchema from './channels/all-tickers.json';
import assetIndexEventSchema from './channels/asset-index.json';
import bookTickerEventSchema from './channels/book-ticker.json';
import compositeIndexEventSchema from './channels/composite-index.json';
import continuousKlineEventSchema from './channels/continuous-kline.json';
import contractInfoEventSchema from './channels/contract-info.json';
import diffDepthEventSchema from './channels/diff-depth.json';
import forceOrderEventSchema from './channels/force-order.json';
import klineEventSchema from './channels/kline.json';
import markPriceEventSchema from './channels/mark-price.json';
import miniTickerEventSchema from './channels/mini-ticker.json';
import partialDepthEventSchema from './channels/partial-depth.json';
import tickerEventSchema from './channels/ticker.json';
import get24hrTickerResponseSchema from './operations/get24hr-ticker.json';
import getAggTradesResponseSchema from './operations/get-agg-trades.json';
import getBookResponseSchema from './operations/get-book.json';
import getBookTickerResponseSchema from './operations/get-book-ticker.json';
import getExchangeInfoResponseSchema from './operations/get-exchange-info.json';
import getFundingRateHistoryResponseSchema from './operations/get-funding-rate-history.json';
import getKlinesResponseSchema from './operations/get-klines.json';
import getOpenInterestResponseSchema from './operations/get-open-interest.json';
import getPremiumIndexResponseSchema from './operations/get-premium-index.json';
import getPriceTickerResponseSchema from './operations/get-price-ticker.json';
import getRecentTradesResponseSchema from './operations/get-recent-trades.json';
import getServerTimeResponseSchema from './operations/get-server-time.json';
import pingResponseSchema from './operations/ping.json';

export { aggTradeEventSchema, allAssetIndexesEventSchema, allBookTickersEventSchema, allForceOrdersEventSchema, allMarkPricesEventSchema, allMiniTickersEventSchema, allTickersEventSchema, assetIndexEventSchema, bookTickerEventSchema, compositeIndexEventSchema, continuousKlineEventSchema, contractInfoEventSchema, diffDepthEventSchema, forceOrderEventSchema, klineEventSchema, markPriceEventSchema, miniTickerEventSchema, partialDepthEventSchema, tickerEventSchema, get24hrTickerResponseSchema, getAggTradesResponseSchema, getBookResponseSchema, getBookTickerResponseSchema, getExchangeInfoResponseSchema, getFundingRateHistoryResponseSchema, getKlinesResponseSchema, getOpenInterestResponseSchema, getPremiumIndexResponseSchema, getPriceTickerResponseSchema, getRecentTradesResponseSchema, getServerTimeResponseSchema, pingResponseSchema };

/** Every channel's payload JSON Schema (draft-07), keyed by channel name. */
export const channelSchemas: { readonly aggTrade: JsonSchema; readonly allAssetIndexes: JsonSchema; readonly allBookTickers: JsonSchema; readonly allForceOrders: JsonSchema; readonly allMarkPrices: JsonSchema; readonly allMiniTickers: JsonSchema; readonly allTickers: JsonSchema; readonly assetIndex: JsonSchema; readonly bookTicker: JsonSchema; readonly compositeIndex: JsonSchema; readonly continuousKline: JsonSchema; readonly contractInfo: JsonSchema; readonly diffDepth: JsonSchema; readonly forceOrder: JsonSchema; readonly kline: JsonSchema; readonly markPrice: JsonSchema; readonly miniTicker: JsonSchema; readonly partialDepth: JsonSchema; readonly ticker: JsonSchema } = { aggTrade: aggTradeEventSchema, allAssetIndexes: allAssetIndexesEventSchema, allBookTickers: allBookTickersEventSchema, allForceOrders: allForceOrdersEventSchema, allMarkPrices: allMarkPricesEventSchema, allMiniTickers: allMiniTickersEventSchema, allTickers: allTickersEventSchema, assetIndex: assetIndexEventSchema, bookTicker: bookTickerEventSchema, compositeIndex: compositeIndexEventSchema, continuousKline: continuousKlineEventSchema, contractInfo: contractInfoEventSchema, diffDepth: diffDepthEventSchema, forceOrder: forceOrderEventSchema, kline: klineEventSchema, markPrice: markPriceEventSchema, miniTicker: miniTickerEventSchema, partialDepth: partialDepthEventSchema, ticker: tickerEventSchema };

/** Every operation's response JSON Schema (draft-07), keyed by operation name. */
export const operationSchemas: { readonly get24hrTicker: JsonSchema; readonly getAggTrades: JsonSchema; readonly getBook: JsonSchema; readonly getBookTicker: JsonSchema; readonly getExchangeInfo: JsonSchema; readonly getFundingRateHistory: JsonSchema; readonly getKlines: JsonSchema; readonly getOpenInterest: JsonSchema; readonly getPremiumIndex: JsonSchema; readonly getPriceTicker: JsonSchema; readonly getRecentTrades: JsonSchema; readonly getServerTime: JsonSchema; readonly ping: JsonSchema } = { get24hrTicker: get24hrTickerResponseSchema, getAggTrades: getAggTradesResponseSchema, getBook: getBookResponseSchema, getBookTicker: getBookTickerResponseSchema, getExchangeInfo: getExchangeInfoResponseSchema, getFundingRateHistory: getFundingRateHistoryResponseSchema, getKlines: getKlinesResponseSchema, getOpenInterest: getOpenInterestResponseSchema, getPremiumIndex: getPremiumIndexResponseSchema, getPriceTicker: getPriceTickerResponseSchema, getRecentTrades: getRecentTradesResponseSchema, getServerTime: getServerTimeResponseSchema, ping: pingResponseSchema };

/** Every user data event's JSON Schema (draft-07), keyed by event name. */
export const userDataSchemas: {  } = {  };
