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
import rpiDiffDepthEventSchema from './channels/rpi-diff-depth.json';
import tickerEventSchema from './channels/ticker.json';
import tradingSessionEventSchema from './channels/trading-session.json';
import cancelOpenOrdersResponseSchema from './operations/cancel-open-orders.json';
import cancelOrderResponseSchema from './operations/cancel-order.json';
import changeLeverageResponseSchema from './operations/change-leverage.json';
import changeMarginTypeResponseSchema from './operations/change-margin-type.json';
import changePositionModeResponseSchema from './operations/change-position-mode.json';
import closeListenKeyResponseSchema from './operations/close-listen-key.json';
import createListenKeyResponseSchema from './operations/create-listen-key.json';
import get24hrTickerResponseSchema from './operations/get24hr-ticker.json';
import getAccountResponseSchema from './operations/get-account.json';
import getAggTradesResponseSchema from './operations/get-agg-trades.json';
import getAllOrdersResponseSchema from './operations/get-all-orders.json';
import getAssetIndexResponseSchema from './operations/get-asset-index.json';
import getBalanceResponseSchema from './operations/get-balance.json';
import getBasisResponseSchema from './operations/get-basis.json';
import getBookResponseSchema from './operations/get-book.json';
import getBookTickerResponseSchema from './operations/get-book-ticker.json';
import getConstituentsResponseSchema from './operations/get-constituents.json';
import getContinuousKlinesResponseSchema from './operations/get-continuous-klines.json';
import getDeliveryPriceResponseSchema from './operations/get-delivery-price.json';
import getExchangeInfoResponseSchema from './operations/get-exchange-info.json';
import getFundingInfoResponseSchema from './operations/get-funding-info.json';
import getFundingRateHistoryResponseSchema from './operations/get-funding-rate-history.json';
import getGlobalLongShortAccountRatioResponseSchema from './operations/get-global-long-short-account-ratio.json';
import getHistoricalTradesResponseSchema from './operations/get-historical-trades.json';
import getIncomeHistoryResponseSchema from './operations/get-income-history.json';
import getIndexInfoResponseSchema from './operations/get-index-info.json';
import getIndexPriceKlinesResponseSchema from './operations/get-index-price-klines.json';
import getInsuranceBalanceResponseSchema from './operations/get-insurance-balance.json';
import getKlinesResponseSchema from './operations/get-klines.json';
import getMarkPriceKlinesResponseSchema from './operations/get-mark-price-klines.json';
import getMyTradesResponseSchema from './operations/get-my-trades.json';
import getOpenInterestResponseSchema from './operations/get-open-interest.json';
import getOpenInterestHistResponseSchema from './operations/get-open-interest-hist.json';
import getOpenOrdersResponseSchema from './operations/get-open-orders.json';
import getOrderResponseSchema from './operations/get-order.json';
import getPositionModeResponseSchema from './operations/get-position-mode.json';
import getPositionRiskResponseSchema from './operations/get-position-risk.json';
import getPremiumIndexResponseSchema from './operations/get-premium-index.json';
import getPremiumIndexKlinesResponseSchema from './operations/get-premium-index-klines.json';
import getPriceTickerResponseSchema from './operations/get-price-ticker.json';
import getPriceTickerV2ResponseSchema from './operations/get-price-ticker-v2.json';
import getRecentTradesResponseSchema from './operations/get-recent-trades.json';
import getRpiBookResponseSchema from './operations/get-rpi-book.json';
import getServerTimeResponseSchema from './operations/get-server-time.json';
import getSymbolAdlRiskResponseSchema from './operations/get-symbol-adl-risk.json';
import getTakerLongShortRatioResponseSchema from './operations/get-taker-long-short-ratio.json';
import getTopLongShortAccountRatioResponseSchema from './operations/get-top-long-short-account-ratio.json';
import getTopLongShortPositionRatioResponseSchema from './operations/get-top-long-short-position-ratio.json';
import getTradingScheduleResponseSchema from './operations/get-trading-schedule.json';
import modifyOrderResponseSchema from './operations/modify-order.json';
import pingResponseSchema from './operations/ping.json';
import placeOrderResponseSchema from './operations/place-order.json';
import renewListenKeyResponseSchema from './operations/renew-listen-key.json';
import accountConfigUpdateUserDataSchema from './user-data/account-config-update.json';
import accountUpdateUserDataSchema from './user-data/account-update.json';
import listenKeyExpiredUserDataSchema from './user-data/listen-key-expired.json';
import marginCallUserDataSchema from './user-data/margin-call.json';
import orderTradeUpdateUserDataSchema from './user-data/order-trade-update.json';
import tradeLiteUserDataSchema from './user-data/trade-lite.json';

export { aggTradeEventSchema, allAssetIndexesEventSchema, allBookTickersEventSchema, allForceOrdersEventSchema, allMarkPricesEventSchema, allMiniTickersEventSchema, allTickersEventSchema, assetIndexEventSchema, bookTickerEventSchema, compositeIndexEventSchema, continuousKlineEventSchema, contractInfoEventSchema, diffDepthEventSchema, forceOrderEventSchema, klineEventSchema, markPriceEventSchema, miniTickerEventSchema, partialDepthEventSchema, rpiDiffDepthEventSchema, tickerEventSchema, tradingSessionEventSchema, cancelOpenOrdersResponseSchema, cancelOrderResponseSchema, changeLeverageResponseSchema, changeMarginTypeResponseSchema, changePositionModeResponseSchema, closeListenKeyResponseSchema, createListenKeyResponseSchema, get24hrTickerResponseSchema, getAccountResponseSchema, getAggTradesResponseSchema, getAllOrdersResponseSchema, getAssetIndexResponseSchema, getBalanceResponseSchema, getBasisResponseSchema, getBookResponseSchema, getBookTickerResponseSchema, getConstituentsResponseSchema, getContinuousKlinesResponseSchema, getDeliveryPriceResponseSchema, getExchangeInfoResponseSchema, getFundingInfoResponseSchema, getFundingRateHistoryResponseSchema, getGlobalLongShortAccountRatioResponseSchema, getHistoricalTradesResponseSchema, getIncomeHistoryResponseSchema, getIndexInfoResponseSchema, getIndexPriceKlinesResponseSchema, getInsuranceBalanceResponseSchema, getKlinesResponseSchema, getMarkPriceKlinesResponseSchema, getMyTradesResponseSchema, getOpenInterestResponseSchema, getOpenInterestHistResponseSchema, getOpenOrdersResponseSchema, getOrderResponseSchema, getPositionModeResponseSchema, getPositionRiskResponseSchema, getPremiumIndexResponseSchema, getPremiumIndexKlinesResponseSchema, getPriceTickerResponseSchema, getPriceTickerV2ResponseSchema, getRecentTradesResponseSchema, getRpiBookResponseSchema, getServerTimeResponseSchema, getSymbolAdlRiskResponseSchema, getTakerLongShortRatioResponseSchema, getTopLongShortAccountRatioResponseSchema, getTopLongShortPositionRatioResponseSchema, getTradingScheduleResponseSchema, modifyOrderResponseSchema, pingResponseSchema, placeOrderResponseSchema, renewListenKeyResponseSchema, accountConfigUpdateUserDataSchema, accountUpdateUserDataSchema, listenKeyExpiredUserDataSchema, marginCallUserDataSchema, orderTradeUpdateUserDataSchema, tradeLiteUserDataSchema };

/** Every channel's payload JSON Schema (draft-07), keyed by channel name. */
export const channelSchemas: { readonly aggTrade: JsonSchema; readonly allAssetIndexes: JsonSchema; readonly allBookTickers: JsonSchema; readonly allForceOrders: JsonSchema; readonly allMarkPrices: JsonSchema; readonly allMiniTickers: JsonSchema; readonly allTickers: JsonSchema; readonly assetIndex: JsonSchema; readonly bookTicker: JsonSchema; readonly compositeIndex: JsonSchema; readonly continuousKline: JsonSchema; readonly contractInfo: JsonSchema; readonly diffDepth: JsonSchema; readonly forceOrder: JsonSchema; readonly kline: JsonSchema; readonly markPrice: JsonSchema; readonly miniTicker: JsonSchema; readonly partialDepth: JsonSchema; readonly rpiDiffDepth: JsonSchema; readonly ticker: JsonSchema; readonly tradingSession: JsonSchema } = { aggTrade: aggTradeEventSchema, allAssetIndexes: allAssetIndexesEventSchema, allBookTickers: allBookTickersEventSchema, allForceOrders: allForceOrdersEventSchema, allMarkPrices: allMarkPricesEventSchema, allMiniTickers: allMiniTickersEventSchema, allTickers: allTickersEventSchema, assetIndex: assetIndexEventSchema, bookTicker: bookTickerEventSchema, compositeIndex: compositeIndexEventSchema, continuousKline: continuousKlineEventSchema, contractInfo: contractInfoEventSchema, diffDepth: diffDepthEventSchema, forceOrder: forceOrderEventSchema, kline: klineEventSchema, markPrice: markPriceEventSchema, miniTicker: miniTickerEventSchema, partialDepth: partialDepthEventSchema, rpiDiffDepth: rpiDiffDepthEventSchema, ticker: tickerEventSchema, tradingSession: tradingSessionEventSchema };

/** Every operation's response JSON Schema (draft-07), keyed by operation name. */
export const operationSchemas: { readonly cancelOpenOrders: JsonSchema; readonly cancelOrder: JsonSchema; readonly changeLeverage: JsonSchema; readonly changeMarginType: JsonSchema; readonly changePositionMode: JsonSchema; readonly closeListenKey: JsonSchema; readonly createListenKey: JsonSchema; readonly get24hrTicker: JsonSchema; readonly getAccount: JsonSchema; readonly getAggTrades: JsonSchema; readonly getAllOrders: JsonSchema; readonly getAssetIndex: JsonSchema; readonly getBalance: JsonSchema; readonly getBasis: JsonSchema; readonly getBook: JsonSchema; readonly getBookTicker: JsonSchema; readonly getConstituents: JsonSchema; readonly getContinuousKlines: JsonSchema; readonly getDeliveryPrice: JsonSchema; readonly getExchangeInfo: JsonSchema; readonly getFundingInfo: JsonSchema; readonly getFundingRateHistory: JsonSchema; readonly getGlobalLongShortAccountRatio: JsonSchema; readonly getHistoricalTrades: JsonSchema; readonly getIncomeHistory: JsonSchema; readonly getIndexInfo: JsonSchema; readonly getIndexPriceKlines: JsonSchema; readonly getInsuranceBalance: JsonSchema; readonly getKlines: JsonSchema; readonly getMarkPriceKlines: JsonSchema; readonly getMyTrades: JsonSchema; readonly getOpenInterest: JsonSchema; readonly getOpenInterestHist: JsonSchema; readonly getOpenOrders: JsonSchema; readonly getOrder: JsonSchema; readonly getPositionMode: JsonSchema; readonly getPositionRisk: JsonSchema; readonly getPremiumIndex: JsonSchema; readonly getPremiumIndexKlines: JsonSchema; readonly getPriceTicker: JsonSchema; readonly getPriceTickerV2: JsonSchema; readonly getRecentTrades: JsonSchema; readonly getRpiBook: JsonSchema; readonly getServerTime: JsonSchema; readonly getSymbolAdlRisk: JsonSchema; readonly getTakerLongShortRatio: JsonSchema; readonly getTopLongShortAccountRatio: JsonSchema; readonly getTopLongShortPositionRatio: JsonSchema; readonly getTradingSchedule: JsonSchema; readonly modifyOrder: JsonSchema; readonly ping: JsonSchema; readonly placeOrder: JsonSchema; readonly renewListenKey: JsonSchema } = { cancelOpenOrders: cancelOpenOrdersResponseSchema, cancelOrder: cancelOrderResponseSchema, changeLeverage: changeLeverageResponseSchema, changeMarginType: changeMarginTypeResponseSchema, changePositionMode: changePositionModeResponseSchema, closeListenKey: closeListenKeyResponseSchema, createListenKey: createListenKeyResponseSchema, get24hrTicker: get24hrTickerResponseSchema, getAccount: getAccountResponseSchema, getAggTrades: getAggTradesResponseSchema, getAllOrders: getAllOrdersResponseSchema, getAssetIndex: getAssetIndexResponseSchema, getBalance: getBalanceResponseSchema, getBasis: getBasisResponseSchema, getBook: getBookResponseSchema, getBookTicker: getBookTickerResponseSchema, getConstituents: getConstituentsResponseSchema, getContinuousKlines: getContinuousKlinesResponseSchema, getDeliveryPrice: getDeliveryPriceResponseSchema, getExchangeInfo: getExchangeInfoResponseSchema, getFundingInfo: getFundingInfoResponseSchema, getFundingRateHistory: getFundingRateHistoryResponseSchema, getGlobalLongShortAccountRatio: getGlobalLongShortAccountRatioResponseSchema, getHistoricalTrades: getHistoricalTradesResponseSchema, getIncomeHistory: getIncomeHistoryResponseSchema, getIndexInfo: getIndexInfoResponseSchema, getIndexPriceKlines: getIndexPriceKlinesResponseSchema, getInsuranceBalance: getInsuranceBalanceResponseSchema, getKlines: getKlinesResponseSchema, getMarkPriceKlines: getMarkPriceKlinesResponseSchema, getMyTrades: getMyTradesResponseSchema, getOpenInterest: getOpenInterestResponseSchema, getOpenInterestHist: getOpenInterestHistResponseSchema, getOpenOrders: getOpenOrdersResponseSchema, getOrder: getOrderResponseSchema, getPositionMode: getPositionModeResponseSchema, getPositionRisk: getPositionRiskResponseSchema, getPremiumIndex: getPremiumIndexResponseSchema, getPremiumIndexKlines: getPremiumIndexKlinesResponseSchema, getPriceTicker: getPriceTickerResponseSchema, getPriceTickerV2: getPriceTickerV2ResponseSchema, getRecentTrades: getRecentTradesResponseSchema, getRpiBook: getRpiBookResponseSchema, getServerTime: getServerTimeResponseSchema, getSymbolAdlRisk: getSymbolAdlRiskResponseSchema, getTakerLongShortRatio: getTakerLongShortRatioResponseSchema, getTopLongShortAccountRatio: getTopLongShortAccountRatioResponseSchema, getTopLongShortPositionRatio: getTopLongShortPositionRatioResponseSchema, getTradingSchedule: getTradingScheduleResponseSchema, modifyOrder: modifyOrderResponseSchema, ping: pingResponseSchema, placeOrder: placeOrderResponseSchema, renewListenKey: renewListenKeyResponseSchema };

/** Every user data event's JSON Schema (draft-07), keyed by event name. */
export const userDataSchemas: { readonly accountConfigUpdate: JsonSchema; readonly accountUpdate: JsonSchema; readonly listenKeyExpired: JsonSchema; readonly marginCall: JsonSchema; readonly orderTradeUpdate: JsonSchema; readonly tradeLite: JsonSchema } = { accountConfigUpdate: accountConfigUpdateUserDataSchema, accountUpdate: accountUpdateUserDataSchema, listenKeyExpired: listenKeyExpiredUserDataSchema, marginCall: marginCallUserDataSchema, orderTradeUpdate: orderTradeUpdateUserDataSchema, tradeLite: tradeLiteUserDataSchema };
