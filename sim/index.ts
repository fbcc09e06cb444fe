/**
 * binance-rx/sim: an embedded local exchange speaking Binance Spot's market-stream protocol,
 * with a deterministic seeded market and faults on demand.
 */
export { startLocalExchange } from './exchange';
export { runCli } from './cli';
export type { LocalExchangeOptions } from './options';
export type {
  ChannelExamples,
  LocalExchangeExamples,
  OperationExamples,
  ProductExamples,
} from './examples';
export type {
  DepthSnapshot,
  Faults,
  FloodOptions,
  FloodResult,
  LocalExchange,
  LocalExchangeUrls,
  MarketControl,
  RequestFaultRule,
} from './types';
