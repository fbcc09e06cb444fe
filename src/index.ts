/**
 * The public runtime API of binance-rx. Channel functions (`subscribeTicker`, …) come from
 * generated/ and are re-exported next to these.
 */
export {
  BinanceRxError,
  ConnectionClosedError,
  HandshakeRejectedError,
  InvalidParameterError,
  InvalidOptionError,
  MalformedMessageError,
  RequestTimeoutError,
  SchemaValidationError,
  SubscriptionRejectedError,
  UnexpectedStreamError,
  UnexpectedResponseError,
  UnexpectedUserDataError,
  BinanceApiError,
  RateLimitedError,
  IpBannedError,
  HttpError,
  MissingCredentialsError,
  IllegalOrderTransitionError,
  RateLimitWaitError,
  UnknownOrderStatusError,
  OrderOutcomeUnknownError,
  SbeDecodeError,
  SbeStreamUnavailableError,
  type SbeDecodeReason,
  type OrderOutcomeUnknownReason,
  SignerError,
  ListenTokenError,
  ListenTokenExpiredError,
  CallbackError,
  type BinanceRxErrorCode,
  type RequestInfo,
} from './errors';

export type { Credentials, Signer } from './signing/credentials';
export type {
  OperationDescriptor,
  OperationParam,
  ParamsOf,
  ResponseOf,
  SecurityType,
} from './operations/descriptor';
export type { ValidateResponses } from './operations/validate-answer';

export {
  createHttpClient,
  defaultHttpClient,
  DEFAULT_HTTP_TIMEOUT_MS,
  type HttpClient,
  type HttpClientOptions,
} from './rest/http-client';
export {
  BINANCE_MARKET_DATA_REST_URL,
  BINANCE_REST_URL,
  BINANCE_TESTNET_REST_URL,
  BINANCE_DEMO_REST_URL,
} from './rest/endpoints';
export type { UsedLimits } from './rest/limits';
export { prepareRequest, type PreparedRequest } from './rest/prepare-request';
export { sendRequest } from './rest/send-request';
export { requestHttp } from './rest/request-http';
export { retryRateLimited, type RetryRateLimitedOptions } from './rest/retry-rate-limited';
export { syncServerTime, type SyncServerTimeOptions } from './rest/sync-server-time';
export {
  createRateLimitGovernor,
  DEFAULT_MAX_RATE_LIMIT_WAIT_MS,
  type RateLimitGovernor,
  type RateLimitGovernorOptions,
  type RateLimitStatus,
  type RateLimitUsage,
} from './rate-limit/governor';
export type { RateLimitCost } from './rate-limit/cost';
export {
  DEFAULT_RATE_LIMIT_RULES,
  type BinanceRateLimit,
  type RateLimitRule,
  type RateLimitType,
} from './rate-limit/rules';

export {
  wsApiSession,
  type UserDataMessage,
  type WsApiSession,
  type WsApiSessionEvent,
  type WsApiSocketEvent,
} from './ws-api/session';
export { DEFAULT_REQUEST_TIMEOUT_MS, type WsApiOptions } from './ws-api/options';
export {
  DEFAULT_RENEW_BEFORE_MS,
  type ListenToken,
  type ListenTokenSource,
} from './ws-api/listen-token-feed';
export { userDataOperator, type UserDataOptions } from './ws-api/user-data-operator';
export {
  BINANCE_DEMO_WS_API_URL,
  BINANCE_TESTNET_WS_API_URL,
  BINANCE_WS_API_URL,
} from './ws-api/endpoints';
export type {
  EpochMicroseconds,
  EpochMilliseconds,
  EpochTime,
  TimeUnit,
} from './connection/time-unit';
export type { WsApiRateLimit } from './ws-api/frames';

export {
  localOrderBook,
  SPOT_BOOK_SYNC,
  type CcxtOrderBook,
  type DepthDiff,
  type DepthSnapshot,
  type LocalOrderBookEvent,
  type LocalOrderBookOptions,
} from './order-book/local-order-book';
export {
  ccxtMarkets,
  resolveMarket,
  type CcxtContext,
  type CcxtMarketRef,
  type CcxtMarketType,
  type CcxtMarkets,
  type CcxtOf,
} from './ccxt/context';
export { KNOWN_QUOTE_ASSETS, splitContractSymbol, splitSymbol } from './ccxt/split-symbol';
export type {
  CcxtBalance,
  CcxtBalances,
  CcxtFee,
  CcxtFundingRate,
  CcxtFundingRateHistory,
  CcxtMarket,
  CcxtMinMax,
  CcxtOHLCV,
  CcxtOrder,
  CcxtPosition,
  CcxtTicker,
  CcxtTrade,
} from './ccxt/types';
export { reduceStage, type StageStep } from './orders/stage-reducer';
export { addOrderFactory, type AddOrderOptions, type OrderStage } from './orders/add-order-factory';
export {
  createOrderFactory,
  type BoundOrderFactoryOptions,
  type OrderFactoryConfig,
  type OrderFactoryOptions,
  type OrderUpdate,
} from './orders/order-factory';
export type { ReconcileOptions } from './orders/order-lookup';
export type { OrderReportSource } from './orders/order-tracker';
export type { OrderStageTable } from './orders/stage-table';

export {
  publicWebsocketConnection,
  type PublicWebsocketConnection,
} from './connection/public-websocket-connection';
export {
  DEFAULT_ACK_TIMEOUT_MS,
  DEFAULT_MAX_MESSAGES_PER_SECOND,
  type ConnectionOptions,
} from './connection/options';
export {
  BINANCE_MARKET_DATA_STREAM_URL,
  BINANCE_STREAM_URL,
  BINANCE_TESTNET_STREAM_URL,
  BINANCE_DEMO_STREAM_URL,
} from './connection/endpoints';
export type {
  ConnectionErrorEvent,
  ConnectionEvent,
  ConnectionMessageEvent,
  ConnectionStatus,
  ConnectionStatusEvent,
  NewSocketEvent,
} from './connection/events';
export type { SocketHandle } from './connection/socket-handle';
export { MAX_FRAME_SIZE } from './socket/read-frame';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffConfig } from './connection/backoff';

export {
  BINANCE_SBE_STREAM_URL,
  sbeWebsocketConnection,
  type SbeConnectionOptions,
  type SbeWebsocketConnection,
} from './sbe/sbe-connection';
export {
  subscribeSbeBestBidAsk,
  subscribeSbeDepth20,
  subscribeSbeDiffDepth,
  subscribeSbeTrade,
} from './sbe/subscribe-sbe';
export {
  sbeBestBidAskAsJson,
  sbeDepthDiffAsJson,
  sbeDepthSnapshotAsJson,
  sbeTradesAsJson,
  toMilliseconds,
} from './sbe/to-json';
export type { Microseconds, SbeDecodeOptions } from './sbe/types';
export * from '../generated/sbe/stream';

export { keepMessagesOnly } from './operators/keep-messages-only';
export { filterNewSocketOnly } from './operators/filter-new-socket-only';
export { keepErrorsOnly } from './operators/keep-errors-only';
export { keepStatusOnly } from './operators/keep-status-only';
export { acceptNoOpenOrders, NO_OPEN_ORDERS_CODE } from './operators/accept-no-open-orders';
export {
  binanceContext,
  type BinanceContext,
  type BinanceContextOptions,
} from './context/binance-context';
export {
  excludeAnswers,
  isWsApiAnswer,
  keepAnswersOnly,
  type WsApiAnswerFrame,
} from './operators/ws-api-answers';
export {
  pageAll,
  byTradeId,
  byOrderId,
  byAggTradeId,
  type PageCursor,
  type PageAllOptions,
} from './operators/page-all';
export {
  bidsOnly,
  asksOnly,
  topLevels,
  bestBidAsk,
  bestPrice,
  type BookLevels,
  type BookInput,
  type BestLevels,
} from './order-book/projections';

export type {
  BookSyncRule,
  ChannelDescriptor,
  StreamParam,
  Validator,
  ValidatorError,
} from './channels/descriptor';
export {
  productStreamUrl,
  type MarketStreamLimits,
  type ProductDescriptor,
  type StreamRoute,
} from './product/descriptor';
export { streamName, type ParamsInput } from './channels/stream-name';
export { subscribeChannel, type SubscribeOptions } from './channels/subscribe-channel';
export type { StreamErrorListener, StreamLease, StreamRegistry } from './channels/stream-registry';

export type { WebSocketConstructor, WebSocketLike } from './socket/web-socket-like';
export type {
  WebSocketFactory,
  WebSocketTransport,
  WebSocketTransportOptions,
} from './socket/transport';

export {
  isDebugEnabled,
  silentLogger,
  type LogFields,
  type Logger,
  type LoggerFactory,
  type LoggerOption,
} from './logging/logger';
export { LogNamespace } from './logging/namespaces';
export { consoleLogger, type ConsoleLoggerOptions, type LogLevel } from './logging/console-logger';
export { debugLogger, type DebugLoggerOptions } from './logging/debug-logger';
export { debugLoggerFromEnv } from './logging/debug-from-env';
export { fieldsFirstLogger, type FieldsFirstTarget } from './logging/fields-first-logger';
export { namespaceMatcher } from './logging/namespace-pattern';
export { redact } from './logging/redact';

export type { ParseOptions } from './parse/decimal';
export { decimalOf } from './parse/decimal';

// Everything generated from spec/: subscribe<Channel>, parse<Channel>, descriptors, types.
export * from '../generated';
export { channelSchemas, operationSchemas, userDataSchemas } from '../generated/schemas';
export type { JsonSchema } from './schemas/json-schema';
