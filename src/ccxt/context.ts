/**
 * What a `*Ccxt` parser may be told besides the payload: the markets (for exact unified symbols
 * and tick precisions) and the symbol of payloads that carry none.
 */
import { splitContractSymbol, splitSymbol } from './split-symbol';
import type { CcxtMarket } from './types';

/** Markets by exchange id (`BTCUSDT`) and by unified symbol (`BTC/USDT`); see `ccxtMarkets`. */
export interface CcxtMarkets {
  readonly byId: ReadonlyMap<string, CcxtMarket>;
  readonly bySymbol: ReadonlyMap<string, CcxtMarket>;
}

export interface CcxtContext {
  /**
   * Markets to resolve ids with (`ccxtMarkets(parseGetExchangeInfoCcxt(info))`), like ccxt's
   * loaded markets. Without them, ids are split by known quote assets (`splitSymbol`).
   */
  readonly markets?: CcxtMarkets;
  /**
   * The symbol of payloads without one (REST depth, partial depth, klines, recent trades):
   * unified (`BTC/USDT`) or an exchange id (`BTCUSDT`).
   */
  readonly symbol?: string;
}

/** Indexes markets by id and by unified symbol. */
export function ccxtMarkets(markets: readonly CcxtMarket[]): CcxtMarkets {
  const byId = new Map<string, CcxtMarket>();
  const bySymbol = new Map<string, CcxtMarket>();
  for (const market of markets) {
    if (market.id !== undefined && !byId.has(market.id)) byId.set(market.id, market);
    bySymbol.set(market.symbol, market);
  }
  return { byId, bySymbol };
}

/** What a mapping's ids name (`marketType` in spec/ccxt/): how they are split without markets. */
export type CcxtMarketType = 'spot' | 'swap';

const SPLIT: Readonly<Record<CcxtMarketType, (id: string) => string>> = {
  spot: splitSymbol,
  swap: splitContractSymbol,
};

/** A payload's market: its unified symbol, and the market itself when the context has it. */
export interface CcxtMarketRef {
  readonly symbol: string | undefined;
  readonly market: CcxtMarket | undefined;
}

/**
 * The market of an exchange id, like ccxt's `safeMarket`: with markets, the market of that id
 * (or, for an unknown id, the id itself as symbol, as ccxt does); without markets, the id split
 * by known quote assets (as a contract for `swap`: `BTC/USDT:USDT`). Without an id,
 * `context.symbol`.
 */
export function resolveMarket(
  id: string | undefined,
  context?: CcxtContext,
  marketType: CcxtMarketType = 'spot',
): CcxtMarketRef {
  const markets = context?.markets;
  if (id === undefined) return contextMarket(context, marketType);
  const market = markets?.byId.get(id);
  if (market) return { symbol: market.symbol, market };
  return { symbol: markets ? id : SPLIT[marketType](id), market: undefined };
}

function contextMarket(
  context: CcxtContext | undefined,
  marketType: CcxtMarketType,
): CcxtMarketRef {
  const symbol = context?.symbol;
  if (symbol === undefined) return { symbol: undefined, market: undefined };
  const market = context?.markets?.bySymbol.get(symbol) ?? context?.markets?.byId.get(symbol);
  if (market) return { symbol: market.symbol, market };
  return {
    symbol: symbol.includes('/') ? symbol : SPLIT[marketType](symbol),
    market: undefined,
  };
}

/** The symbol without the market: ccxt completes entries of list answers without their market. */
export const symbolOnly = (ref: CcxtMarketRef): CcxtMarketRef => ({
  symbol: ref.symbol,
  market: undefined,
});

/** What a parser of an answer that is an object or an array gives: `T` or `T[]`, by `R`. */
export type CcxtOf<R, T> = R extends readonly unknown[] ? T[] : T;
