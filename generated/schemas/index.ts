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
import amendOrderKeepPriorityResponseSchema from './operations/amend-order-keep-priority.json';
import cancelMarginOrderResponseSchema from './operations/cancel-margin-order.json';
import cancelOpenOrdersResponseSchema from './operations/cancel-open-orders.json';
import cancelOrderResponseSchema from './operations/cancel-order.json';
import cancelOrderListResponseSchema from './operations/cancel-order-list.json';
import cancelReplaceOrderResponseSchema from './operations/cancel-replace-order.json';
import createMarginListenTokenResponseSchema from './operations/create-margin-listen-token.json';
import get24hrTickerResponseSchema from './operations/get24hr-ticker.json';
import getAccountResponseSchema from './operations/get-account.json';
import getAggTradesResponseSchema from './operations/get-agg-trades.json';
import getAllOrderListsResponseSchema from './operations/get-all-order-lists.json';
import getAllOrdersResponseSchema from './operations/get-all-orders.json';
import getAvgPriceResponseSchema from './operations/get-avg-price.json';
import getBookResponseSchema from './operations/get-book.json';
import getBookTickerResponseSchema from './operations/get-book-ticker.json';
import getCommissionRatesResponseSchema from './operations/get-commission-rates.json';
import getExchangeInfoResponseSchema from './operations/get-exchange-info.json';
import getExecutionRulesResponseSchema from './operations/get-execution-rules.json';
import getHistoricalBlockTradesResponseSchema from './operations/get-historical-block-trades.json';
import getHistoricalTradesResponseSchema from './operations/get-historical-trades.json';
import getIsolatedMarginAccountResponseSchema from './operations/get-isolated-margin-account.json';
import getKlinesResponseSchema from './operations/get-klines.json';
import getMarginAccountResponseSchema from './operations/get-margin-account.json';
import getMarginAllOrdersResponseSchema from './operations/get-margin-all-orders.json';
import getMarginBorrowRepayRecordsResponseSchema from './operations/get-margin-borrow-repay-records.json';
import getMarginInterestHistoryResponseSchema from './operations/get-margin-interest-history.json';
import getMarginMaxBorrowableResponseSchema from './operations/get-margin-max-borrowable.json';
import getMarginMaxTransferableResponseSchema from './operations/get-margin-max-transferable.json';
import getMarginMyTradesResponseSchema from './operations/get-margin-my-trades.json';
import getMarginOpenOrdersResponseSchema from './operations/get-margin-open-orders.json';
import getMarginOrderResponseSchema from './operations/get-margin-order.json';
import getMarginPriceIndexResponseSchema from './operations/get-margin-price-index.json';
import getMyAllocationsResponseSchema from './operations/get-my-allocations.json';
import getMyFiltersResponseSchema from './operations/get-my-filters.json';
import getMyPreventedMatchesResponseSchema from './operations/get-my-prevented-matches.json';
import getMyTradesResponseSchema from './operations/get-my-trades.json';
import getOpenOrderListsResponseSchema from './operations/get-open-order-lists.json';
import getOpenOrdersResponseSchema from './operations/get-open-orders.json';
import getOrderResponseSchema from './operations/get-order.json';
import getOrderAmendmentsResponseSchema from './operations/get-order-amendments.json';
import getOrderListResponseSchema from './operations/get-order-list.json';
import getOrderRateLimitResponseSchema from './operations/get-order-rate-limit.json';
import getPriceTickerResponseSchema from './operations/get-price-ticker.json';
import getRecentTradesResponseSchema from './operations/get-recent-trades.json';
import getReferencePriceResponseSchema from './operations/get-reference-price.json';
import getReferencePriceCalculationResponseSchema from './operations/get-reference-price-calculation.json';
import getRollingWindowTickerResponseSchema from './operations/get-rolling-window-ticker.json';
import getServerTimeResponseSchema from './operations/get-server-time.json';
import getSessionStatusResponseSchema from './operations/get-session-status.json';
import getSessionSubscriptionsResponseSchema from './operations/get-session-subscriptions.json';
import getTradingDayTickerResponseSchema from './operations/get-trading-day-ticker.json';
import getUiKlinesResponseSchema from './operations/get-ui-klines.json';
import getUniversalTransferHistoryResponseSchema from './operations/get-universal-transfer-history.json';
import logonResponseSchema from './operations/logon.json';
import logoutResponseSchema from './operations/logout.json';
import marginBorrowRepayResponseSchema from './operations/margin-borrow-repay.json';
import pingResponseSchema from './operations/ping.json';
import placeMarginOrderResponseSchema from './operations/place-margin-order.json';
import placeOcoOrderDeprecatedResponseSchema from './operations/place-oco-order-deprecated.json';
import placeOcoOrderListResponseSchema from './operations/place-oco-order-list.json';
import placeOpoOrderListResponseSchema from './operations/place-opo-order-list.json';
import placeOpocoOrderListResponseSchema from './operations/place-opoco-order-list.json';
import placeOrderResponseSchema from './operations/place-order.json';
import placeOtoOrderListResponseSchema from './operations/place-oto-order-list.json';
import placeOtocoOrderListResponseSchema from './operations/place-otoco-order-list.json';
import placeSorOrderResponseSchema from './operations/place-sor-order.json';
import subscribeUserDataStreamResponseSchema from './operations/subscribe-user-data-stream.json';
import subscribeUserDataStreamListenTokenResponseSchema from './operations/subscribe-user-data-stream-listen-token.json';
import subscribeUserDataStreamSignatureResponseSchema from './operations/subscribe-user-data-stream-signature.json';
import testOrderResponseSchema from './operations/test-order.json';
import testSorOrderResponseSchema from './operations/test-sor-order.json';
import universalTransferResponseSchema from './operations/universal-transfer.json';
import unsubscribeUserDataStreamResponseSchema from './operations/unsubscribe-user-data-stream.json';
import balanceUpdateUserDataSchema from './user-data/balance-update.json';
import eventStreamTerminatedUserDataSchema from './user-data/event-stream-terminated.json';
import executionReportUserDataSchema from './user-data/execution-report.json';
import externalLockUpdateUserDataSchema from './user-data/external-lock-update.json';
import listStatusUserDataSchema from './user-data/list-status.json';
import outboundAccountPositionUserDataSchema from './user-data/outbound-account-position.json';

export { aggTradeEventSchema, allMiniTickersEventSchema, allRollingWindowTickersEventSchema, avgPriceEventSchema, blockTradeEventSchema, bookTickerEventSchema, diffDepthEventSchema, klineEventSchema, miniTickerEventSchema, partialDepthEventSchema, referencePriceEventSchema, rollingWindowTickerEventSchema, serverShutdownEventSchema, tickerEventSchema, tradeEventSchema, amendOrderKeepPriorityResponseSchema, cancelMarginOrderResponseSchema, cancelOpenOrdersResponseSchema, cancelOrderResponseSchema, cancelOrderListResponseSchema, cancelReplaceOrderResponseSchema, createMarginListenTokenResponseSchema, get24hrTickerResponseSchema, getAccountResponseSchema, getAggTradesResponseSchema, getAllOrderListsResponseSchema, getAllOrdersResponseSchema, getAvgPriceResponseSchema, getBookResponseSchema, getBookTickerResponseSchema, getCommissionRatesResponseSchema, getExchangeInfoResponseSchema, getExecutionRulesResponseSchema, getHistoricalBlockTradesResponseSchema, getHistoricalTradesResponseSchema, getIsolatedMarginAccountResponseSchema, getKlinesResponseSchema, getMarginAccountResponseSchema, getMarginAllOrdersResponseSchema, getMarginBorrowRepayRecordsResponseSchema, getMarginInterestHistoryResponseSchema, getMarginMaxBorrowableResponseSchema, getMarginMaxTransferableResponseSchema, getMarginMyTradesResponseSchema, getMarginOpenOrdersResponseSchema, getMarginOrderResponseSchema, getMarginPriceIndexResponseSchema, getMyAllocationsResponseSchema, getMyFiltersResponseSchema, getMyPreventedMatchesResponseSchema, getMyTradesResponseSchema, getOpenOrderListsResponseSchema, getOpenOrdersResponseSchema, getOrderResponseSchema, getOrderAmendmentsResponseSchema, getOrderListResponseSchema, getOrderRateLimitResponseSchema, getPriceTickerResponseSchema, getRecentTradesResponseSchema, getReferencePriceResponseSchema, getReferencePriceCalculationResponseSchema, getRollingWindowTickerResponseSchema, getServerTimeResponseSchema, getSessionStatusResponseSchema, getSessionSubscriptionsResponseSchema, getTradingDayTickerResponseSchema, getUiKlinesResponseSchema, getUniversalTransferHistoryResponseSchema, logonResponseSchema, logoutResponseSchema, marginBorrowRepayResponseSchema, pingResponseSchema, placeMarginOrderResponseSchema, placeOcoOrderDeprecatedResponseSchema, placeOcoOrderListResponseSchema, placeOpoOrderListResponseSchema, placeOpocoOrderListResponseSchema, placeOrderResponseSchema, placeOtoOrderListResponseSchema, placeOtocoOrderListResponseSchema, placeSorOrderResponseSchema, subscribeUserDataStreamResponseSchema, subscribeUserDataStreamListenTokenResponseSchema, subscribeUserDataStreamSignatureResponseSchema, testOrderResponseSchema, testSorOrderResponseSchema, universalTransferResponseSchema, unsubscribeUserDataStreamResponseSchema, balanceUpdateUserDataSchema, eventStreamTerminatedUserDataSchema, executionReportUserDataSchema, externalLockUpdateUserDataSchema, listStatusUserDataSchema, outboundAccountPositionUserDataSchema };

/** Every channel's payload JSON Schema (draft-07), keyed by channel name. */
export const channelSchemas = { aggTrade: aggTradeEventSchema, allMiniTickers: allMiniTickersEventSchema, allRollingWindowTickers: allRollingWindowTickersEventSchema, avgPrice: avgPriceEventSchema, blockTrade: blockTradeEventSchema, bookTicker: bookTickerEventSchema, diffDepth: diffDepthEventSchema, kline: klineEventSchema, miniTicker: miniTickerEventSchema, partialDepth: partialDepthEventSchema, referencePrice: referencePriceEventSchema, rollingWindowTicker: rollingWindowTickerEventSchema, serverShutdown: serverShutdownEventSchema, ticker: tickerEventSchema, trade: tradeEventSchema } as const;

/** Every operation's response JSON Schema (draft-07), keyed by operation name. */
export const operationSchemas = { amendOrderKeepPriority: amendOrderKeepPriorityResponseSchema, cancelMarginOrder: cancelMarginOrderResponseSchema, cancelOpenOrders: cancelOpenOrdersResponseSchema, cancelOrder: cancelOrderResponseSchema, cancelOrderList: cancelOrderListResponseSchema, cancelReplaceOrder: cancelReplaceOrderResponseSchema, createMarginListenToken: createMarginListenTokenResponseSchema, get24hrTicker: get24hrTickerResponseSchema, getAccount: getAccountResponseSchema, getAggTrades: getAggTradesResponseSchema, getAllOrderLists: getAllOrderListsResponseSchema, getAllOrders: getAllOrdersResponseSchema, getAvgPrice: getAvgPriceResponseSchema, getBook: getBookResponseSchema, getBookTicker: getBookTickerResponseSchema, getCommissionRates: getCommissionRatesResponseSchema, getExchangeInfo: getExchangeInfoResponseSchema, getExecutionRules: getExecutionRulesResponseSchema, getHistoricalBlockTrades: getHistoricalBlockTradesResponseSchema, getHistoricalTrades: getHistoricalTradesResponseSchema, getIsolatedMarginAccount: getIsolatedMarginAccountResponseSchema, getKlines: getKlinesResponseSchema, getMarginAccount: getMarginAccountResponseSchema, getMarginAllOrders: getMarginAllOrdersResponseSchema, getMarginBorrowRepayRecords: getMarginBorrowRepayRecordsResponseSchema, getMarginInterestHistory: getMarginInterestHistoryResponseSchema, getMarginMaxBorrowable: getMarginMaxBorrowableResponseSchema, getMarginMaxTransferable: getMarginMaxTransferableResponseSchema, getMarginMyTrades: getMarginMyTradesResponseSchema, getMarginOpenOrders: getMarginOpenOrdersResponseSchema, getMarginOrder: getMarginOrderResponseSchema, getMarginPriceIndex: getMarginPriceIndexResponseSchema, getMyAllocations: getMyAllocationsResponseSchema, getMyFilters: getMyFiltersResponseSchema, getMyPreventedMatches: getMyPreventedMatchesResponseSchema, getMyTrades: getMyTradesResponseSchema, getOpenOrderLists: getOpenOrderListsResponseSchema, getOpenOrders: getOpenOrdersResponseSchema, getOrder: getOrderResponseSchema, getOrderAmendments: getOrderAmendmentsResponseSchema, getOrderList: getOrderListResponseSchema, getOrderRateLimit: getOrderRateLimitResponseSchema, getPriceTicker: getPriceTickerResponseSchema, getRecentTrades: getRecentTradesResponseSchema, getReferencePrice: getReferencePriceResponseSchema, getReferencePriceCalculation: getReferencePriceCalculationResponseSchema, getRollingWindowTicker: getRollingWindowTickerResponseSchema, getServerTime: getServerTimeResponseSchema, getSessionStatus: getSessionStatusResponseSchema, getSessionSubscriptions: getSessionSubscriptionsResponseSchema, getTradingDayTicker: getTradingDayTickerResponseSchema, getUiKlines: getUiKlinesResponseSchema, getUniversalTransferHistory: getUniversalTransferHistoryResponseSchema, logon: logonResponseSchema, logout: logoutResponseSchema, marginBorrowRepay: marginBorrowRepayResponseSchema, ping: pingResponseSchema, placeMarginOrder: placeMarginOrderResponseSchema, placeOcoOrderDeprecated: placeOcoOrderDeprecatedResponseSchema, placeOcoOrderList: placeOcoOrderListResponseSchema, placeOpoOrderList: placeOpoOrderListResponseSchema, placeOpocoOrderList: placeOpocoOrderListResponseSchema, placeOrder: placeOrderResponseSchema, placeOtoOrderList: placeOtoOrderListResponseSchema, placeOtocoOrderList: placeOtocoOrderListResponseSchema, placeSorOrder: placeSorOrderResponseSchema, subscribeUserDataStream: subscribeUserDataStreamResponseSchema, subscribeUserDataStreamListenToken: subscribeUserDataStreamListenTokenResponseSchema, subscribeUserDataStreamSignature: subscribeUserDataStreamSignatureResponseSchema, testOrder: testOrderResponseSchema, testSorOrder: testSorOrderResponseSchema, universalTransfer: universalTransferResponseSchema, unsubscribeUserDataStream: unsubscribeUserDataStreamResponseSchema } as const;

/** Every user data event's JSON Schema (draft-07), keyed by event name. */
export const userDataSchemas = { balanceUpdate: balanceUpdateUserDataSchema, eventStreamTerminated: eventStreamTerminatedUserDataSchema, executionReport: executionReportUserDataSchema, externalLockUpdate: externalLockUpdateUserDataSchema, listStatus: listStatusUserDataSchema, outboundAccountPosition: outboundAccountPositionUserDataSchema } as const;
