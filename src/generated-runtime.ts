/**
 * The only module generated/ imports: the runtime surface generated code calls into.
 * Keeping it to one file makes the contract between codegen/ and src/ easy to see.
 */
export type {
  BookSyncRule,
  ChannelDescriptor,
  StreamParam,
  Validator,
} from './channels/descriptor';
export { subscribeChannel, type SubscribeOptions } from './channels/subscribe-channel';
export type { NewSocketEvent } from './connection/events';
export { decimalOf, optionalOf, type ParseOptions } from './parse/decimal';
export type { OperationDescriptor } from './operations/descriptor';
export type { ProductDescriptor } from './product/descriptor';
export type { OrderStageTable } from './orders/stage-table';
export type { JsonSchema } from './schemas/json-schema';
export { requestHttp } from './rest/request-http';
export type { HttpClient } from './rest/http-client';
export type { WsApiSession } from './ws-api/session';
export type { UserDataMessage } from './ws-api/session';
export { userDataOperator, type UserDataOptions } from './ws-api/user-data-operator';
export {
  resolveMarket,
  symbolOnly,
  type CcxtContext,
  type CcxtMarketRef,
  type CcxtOf,
} from './ccxt/context';
export { currencyCode } from './ccxt/currency';
export { fee, positiveFee } from './ccxt/fee';
export {
  firstNonEmpty,
  lastTradeTime,
  lower,
  mapValue,
  nonZero,
  postOnly,
  sortByKeys,
  tradeTime,
} from './ccxt/field-helpers';
export { ccxtBalances } from './ccxt/balance';
export { ccxtFundingRate } from './ccxt/funding-rate';
export { ccxtFundingRateHistory } from './ccxt/funding-rate-history';
export { ccxtMarket } from './ccxt/market';
export { ccxtOhlcv } from './ccxt/ohlcv';
export { ccxtOrder } from './ccxt/order';
export { ccxtOrderBook } from './ccxt/order-book';
export { ccxtPosition } from './ccxt/position';
export { ccxtTicker } from './ccxt/ticker';
export { ccxtTrade } from './ccxt/trade';
export type {
  CcxtBalances,
  CcxtFundingRate,
  CcxtFundingRateHistory,
  CcxtMarket,
  CcxtOHLCV,
  CcxtOrder,
  CcxtOrderBook,
  CcxtPosition,
  CcxtTicker,
  CcxtTrade,
} from './ccxt/types';
export type { ValidatorError } from './channels/descriptor';
export {
  constError,
  constErrorAt,
  enumError,
  enumErrorAt,
  isInteger,
  isNumber,
  isObject,
  matches,
  maxItemsError,
  maxItemsErrorAt,
  minItemsError,
  minItemsErrorAt,
  patternError,
  patternErrorAt,
  requiredError,
  stringConstErrorAt,
  stringError,
  stringErrorAt,
  typeError,
  typeErrorAt,
  validatorOf,
} from './validation/checks';
export { InvalidParameterError, SbeDecodeError } from './errors';
export { SBE_HEADER_LENGTH, readSbeTemplateId, writeSbeHeader } from './sbe/header';
export { sbeDecimal, writeSbeDecimal } from './sbe/decimal';
export {
  sbeBool,
  sbeInt64,
  sbeNeed,
  sbeVarString8,
  sbeVarString8Bytes,
  writeSbeInt64,
} from './sbe/fields';
export type { Microseconds, SbeDecodeOptions } from './sbe/types';
