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
import cancelAlgoOpenOrdersResponseSchema from './operations/cancel-algo-open-orders.json';
import cancelAlgoOrderResponseSchema from './operations/cancel-algo-order.json';
import cancelBatchOrdersResponseSchema from './operations/cancel-batch-orders.json';
import cancelOpenOrdersResponseSchema from './operations/cancel-open-orders.json';
import cancelOrderResponseSchema from './operations/cancel-order.json';
import changeLeverageResponseSchema from './operations/change-leverage.json';
import changeMarginTypeResponseSchema from './operations/change-margin-type.json';
import changePositionModeResponseSchema from './operations/change-position-mode.json';
import closeListenKeyResponseSchema from './operations/close-listen-key.json';
import createListenKeyResponseSchema from './operations/create-listen-key.json';
import get24hrTickerResponseSchema from './operations/get24hr-ticker.json';
import getAccountResponseSchema from './operations/get-account.json';
import getAccountV2ResponseSchema from './operations/get-account-v2.json';
import getAggTradesResponseSchema from './operations/get-agg-trades.json';
import getAlgoOrderResponseSchema from './operations/get-algo-order.json';
import getAllAlgoOrdersResponseSchema from './operations/get-all-algo-orders.json';
import getAllOrdersResponseSchema from './operations/get-all-orders.json';
import getBalanceResponseSchema from './operations/get-balance.json';
import getBalanceV2ResponseSchema from './operations/get-balance-v2.json';
import getBookResponseSchema from './operations/get-book.json';
import getBookTickerResponseSchema from './operations/get-book-ticker.json';
import getExchangeInfoResponseSchema from './operations/get-exchange-info.json';
import getFundingRateHistoryResponseSchema from './operations/get-funding-rate-history.json';
import getIncomeHistoryResponseSchema from './operations/get-income-history.json';
import getKlinesResponseSchema from './operations/get-klines.json';
import getMyTradesResponseSchema from './operations/get-my-trades.json';
import getOpenAlgoOrdersResponseSchema from './operations/get-open-algo-orders.json';
import getOpenInterestResponseSchema from './operations/get-open-interest.json';
import getOpenOrdersResponseSchema from './operations/get-open-orders.json';
import getOrderResponseSchema from './operations/get-order.json';
import getPositionModeResponseSchema from './operations/get-position-mode.json';
import getPositionRiskResponseSchema from './operations/get-position-risk.json';
import getPositionRiskV2ResponseSchema from './operations/get-position-risk-v2.json';
import getPremiumIndexResponseSchema from './operations/get-premium-index.json';
import getPriceTickerResponseSchema from './operations/get-price-ticker.json';
import getRecentTradesResponseSchema from './operations/get-recent-trades.json';
import getServerTimeResponseSchema from './operations/get-server-time.json';
import modifyBatchOrdersResponseSchema from './operations/modify-batch-orders.json';
import modifyOrderResponseSchema from './operations/modify-order.json';
import pingResponseSchema from './operations/ping.json';
import placeAlgoOrderResponseSchema from './operations/place-algo-order.json';
import placeBatchOrdersResponseSchema from './operations/place-batch-orders.json';
import placeOrderResponseSchema from './operations/place-order.json';
import renewListenKeyResponseSchema from './operations/renew-listen-key.json';
import accountConfigUpdateUserDataSchema from './user-data/account-config-update.json';
import accountUpdateUserDataSchema from './user-data/account-update.json';
import algoUpdateUserDataSchema from './user-data/algo-update.json';
import conditionalOrderTriggerRejectUserDataSchema from './user-data/conditional-order-trigger-reject.json';
import gridUpdateUserDataSchema from './user-data/grid-update.json';
import listenKeyExpiredUserDataSchema from './user-data/listen-key-expired.json';
import marginCallUserDataSchema from './user-data/margin-call.json';
import orderTradeUpdateUserDataSchema from './user-data/order-trade-update.json';
import strategyUpdateUserDataSchema from './user-data/strategy-update.json';
import tradeLiteUserDataSchema from './user-data/trade-lite.json';

export { aggTradeEventSchema, allAssetIndexesEventSchema, allBookTickersEventSchema, allForceOrdersEventSchema, allMarkPricesEventSchema, allMiniTickersEventSchema, allTickersEventSchema, assetIndexEventSchema, bookTickerEventSchema, compositeIndexEventSchema, continuousKlineEventSchema, contractInfoEventSchema, diffDepthEventSchema, forceOrderEventSchema, klineEventSchema, markPriceEventSchema, miniTickerEventSchema, partialDepthEventSchema, tickerEventSchema, cancelAlgoOpenOrdersResponseSchema, cancelAlgoOrderResponseSchema, cancelBatchOrdersResponseSchema, cancelOpenOrdersResponseSchema, cancelOrderResponseSchema, changeLeverageResponseSchema, changeMarginTypeResponseSchema, changePositionModeResponseSchema, closeListenKeyResponseSchema, createListenKeyResponseSchema, get24hrTickerResponseSchema, getAccountResponseSchema, getAccountV2ResponseSchema, getAggTradesResponseSchema, getAlgoOrderResponseSchema, getAllAlgoOrdersResponseSchema, getAllOrdersResponseSchema, getBalanceResponseSchema, getBalanceV2ResponseSchema, getBookResponseSchema, getBookTickerResponseSchema, getExchangeInfoResponseSchema, getFundingRateHistoryResponseSchema, getIncomeHistoryResponseSchema, getKlinesResponseSchema, getMyTradesResponseSchema, getOpenAlgoOrdersResponseSchema, getOpenInterestResponseSchema, getOpenOrdersResponseSchema, getOrderResponseSchema, getPositionModeResponseSchema, getPositionRiskResponseSchema, getPositionRiskV2ResponseSchema, getPremiumIndexResponseSchema, getPriceTickerResponseSchema, getRecentTradesResponseSchema, getServerTimeResponseSchema, modifyBatchOrdersResponseSchema, modifyOrderResponseSchema, pingResponseSchema, placeAlgoOrderResponseSchema, placeBatchOrdersResponseSchema, placeOrderResponseSchema, renewListenKeyResponseSchema, accountConfigUpdateUserDataSchema, accountUpdateUserDataSchema, algoUpdateUserDataSchema, conditionalOrderTriggerRejectUserDataSchema, gridUpdateUserDataSchema, listenKeyExpiredUserDataSchema, marginCallUserDataSchema, orderTradeUpdateUserDataSchema, strategyUpdateUserDataSchema, tradeLiteUserDataSchema };

/** Every channel's payload JSON Schema (draft-07), keyed by channel name. */
export const channelSchemas: { readonly aggTrade: JsonSchema; readonly allAssetIndexes: JsonSchema; readonly allBookTickers: JsonSchema; readonly allForceOrders: JsonSchema; readonly allMarkPrices: JsonSchema; readonly allMiniTickers: JsonSchema; readonly allTickers: JsonSchema; readonly assetIndex: JsonSchema; readonly bookTicker: JsonSchema; readonly compositeIndex: JsonSchema; readonly continuousKline: JsonSchema; readonly contractInfo: JsonSchema; readonly diffDepth: JsonSchema; readonly forceOrder: JsonSchema; readonly kline: JsonSchema; readonly markPrice: JsonSchema; readonly miniTicker: JsonSchema; readonly partialDepth: JsonSchema; readonly ticker: JsonSchema } = { aggTrade: aggTradeEventSchema, allAssetIndexes: allAssetIndexesEventSchema, allBookTickers: allBookTickersEventSchema, allForceOrders: allForceOrdersEventSchema, allMarkPrices: allMarkPricesEventSchema, allMiniTickers: allMiniTickersEventSchema, allTickers: allTickersEventSchema, assetIndex: assetIndexEventSchema, bookTicker: bookTickerEventSchema, compositeIndex: compositeIndexEventSchema, continuousKline: continuousKlineEventSchema, contractInfo: contractInfoEventSchema, diffDepth: diffDepthEventSchema, forceOrder: forceOrderEventSchema, kline: klineEventSchema, markPrice: markPriceEventSchema, miniTicker: miniTickerEventSchema, partialDepth: partialDepthEventSchema, ticker: tickerEventSchema };

/** Every operation's response JSON Schema (draft-07), keyed by operation name. */
export const operationSchemas: { readonly cancelAlgoOpenOrders: JsonSchema; readonly cancelAlgoOrder: JsonSchema; readonly cancelBatchOrders: JsonSchema; readonly cancelOpenOrders: JsonSchema; readonly cancelOrder: JsonSchema; readonly changeLeverage: JsonSchema; readonly changeMarginType: JsonSchema; readonly changePositionMode: JsonSchema; readonly closeListenKey: JsonSchema; readonly createListenKey: JsonSchema; readonly get24hrTicker: JsonSchema; readonly getAccount: JsonSchema; readonly getAccountV2: JsonSchema; readonly getAggTrades: JsonSchema; readonly getAlgoOrder: JsonSchema; readonly getAllAlgoOrders: JsonSchema; readonly getAllOrders: JsonSchema; readonly getBalance: JsonSchema; readonly getBalanceV2: JsonSchema; readonly getBook: JsonSchema; readonly getBookTicker: JsonSchema; readonly getExchangeInfo: JsonSchema; readonly getFundingRateHistory: JsonSchema; readonly getIncomeHistory: JsonSchema; readonly getKlines: JsonSchema; readonly getMyTrades: JsonSchema; readonly getOpenAlgoOrders: JsonSchema; readonly getOpenInterest: JsonSchema; readonly getOpenOrders: JsonSchema; readonly getOrder: JsonSchema; readonly getPositionMode: JsonSchema; readonly getPositionRisk: JsonSchema; readonly getPositionRiskV2: JsonSchema; readonly getPremiumIndex: JsonSchema; readonly getPriceTicker: JsonSchema; readonly getRecentTrades: JsonSchema; readonly getServerTime: JsonSchema; readonly modifyBatchOrders: JsonSchema; readonly modifyOrder: JsonSchema; readonly ping: JsonSchema; readonly placeAlgoOrder: JsonSchema; readonly placeBatchOrders: JsonSchema; readonly placeOrder: JsonSchema; readonly renewListenKey: JsonSchema } = { cancelAlgoOpenOrders: cancelAlgoOpenOrdersResponseSchema, cancelAlgoOrder: cancelAlgoOrderResponseSchema, cancelBatchOrders: cancelBatchOrdersResponseSchema, cancelOpenOrders: cancelOpenOrdersResponseSchema, cancelOrder: cancelOrderResponseSchema, changeLeverage: changeLeverageResponseSchema, changeMarginType: changeMarginTypeResponseSchema, changePositionMode: changePositionModeResponseSchema, closeListenKey: closeListenKeyResponseSchema, createListenKey: createListenKeyResponseSchema, get24hrTicker: get24hrTickerResponseSchema, getAccount: getAccountResponseSchema, getAccountV2: getAccountV2ResponseSchema, getAggTrades: getAggTradesResponseSchema, getAlgoOrder: getAlgoOrderResponseSchema, getAllAlgoOrders: getAllAlgoOrdersResponseSchema, getAllOrders: getAllOrdersResponseSchema, getBalance: getBalanceResponseSchema, getBalanceV2: getBalanceV2ResponseSchema, getBook: getBookResponseSchema, getBookTicker: getBookTickerResponseSchema, getExchangeInfo: getExchangeInfoResponseSchema, getFundingRateHistory: getFundingRateHistoryResponseSchema, getIncomeHistory: getIncomeHistoryResponseSchema, getKlines: getKlinesResponseSchema, getMyTrades: getMyTradesResponseSchema, getOpenAlgoOrders: getOpenAlgoOrdersResponseSchema, getOpenInterest: getOpenInterestResponseSchema, getOpenOrders: getOpenOrdersResponseSchema, getOrder: getOrderResponseSchema, getPositionMode: getPositionModeResponseSchema, getPositionRisk: getPositionRiskResponseSchema, getPositionRiskV2: getPositionRiskV2ResponseSchema, getPremiumIndex: getPremiumIndexResponseSchema, getPriceTicker: getPriceTickerResponseSchema, getRecentTrades: getRecentTradesResponseSchema, getServerTime: getServerTimeResponseSchema, modifyBatchOrders: modifyBatchOrdersResponseSchema, modifyOrder: modifyOrderResponseSchema, ping: pingResponseSchema, placeAlgoOrder: placeAlgoOrderResponseSchema, placeBatchOrders: placeBatchOrdersResponseSchema, placeOrder: placeOrderResponseSchema, renewListenKey: renewListenKeyResponseSchema };

/** Every user data event's JSON Schema (draft-07), keyed by event name. */
export const userDataSchemas: { readonly accountConfigUpdate: JsonSchema; readonly accountUpdate: JsonSchema; readonly algoUpdate: JsonSchema; readonly conditionalOrderTriggerReject: JsonSchema; readonly gridUpdate: JsonSchema; readonly listenKeyExpired: JsonSchema; readonly marginCall: JsonSchema; readonly orderTradeUpdate: JsonSchema; readonly strategyUpdate: JsonSchema; readonly tradeLite: JsonSchema } = { accountConfigUpdate: accountConfigUpdateUserDataSchema, accountUpdate: accountUpdateUserDataSchema, algoUpdate: algoUpdateUserDataSchema, conditionalOrderTriggerReject: conditionalOrderTriggerRejectUserDataSchema, gridUpdate: gridUpdateUserDataSchema, listenKeyExpired: listenKeyExpiredUserDataSchema, marginCall: marginCallUserDataSchema, orderTradeUpdate: orderTradeUpdateUserDataSchema, strategyUpdate: strategyUpdateUserDataSchema, tradeLite: tradeLiteUserDataSchema };
