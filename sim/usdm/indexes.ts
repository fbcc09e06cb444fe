/**
 * The index streams, from the symbols' index prices (model.ts):
 * - `<symbol>@compositeIndex`: the one composite index of the simulation, SIMINDEXUSDT (Binance's
 *   are contracts such as DEFIUSDT; the simulated exchangeInfo lists no composite contract, so
 *   this index stands on its own). Its components are the base assets of every simulated USDT
 *   symbol, each weighted in quantity so that it had an equal share of 1000 at the symbols'
 *   starting prices; `W` is each component's share of the index now.
 * - `<assetSymbol>@assetIndex` and `!assetIndex@arr`: the multi-assets mode index of the base
 *   asset of every simulated USDT symbol (`BTCUSD` for BTCUSDT) at that symbol's index price,
 *   with a bid and ask buffer of 10 % and an auto-exchange buffer of 5 % (the values of Binance's
 *   example), each rate the index less or plus its buffer.
 */
import type { Market } from '../market/market';
import type { SymbolMarket } from '../market/symbol-market';
import { formatFloat } from '../market/decimal';
import { indexTicks } from './model';

export const COMPOSITE_INDEX_SYMBOL = 'SIMINDEXUSDT';
/** The composite index at the symbols' starting prices. */
const COMPOSITE_BASE = 1000;
const BUFFER = 0.1;
const AUTO_EXCHANGE_BUFFER = 0.05;

const usdtMarkets = (market: Market): SymbolMarket[] =>
  [...market.all()].filter((m) => m.symbol.endsWith('USDT') && m.symbol.length > 4);
const baseOf = (m: SymbolMarket): string => m.symbol.slice(0, -4);
const indexValue = (m: SymbolMarket): number => (indexTicks(m) * m.spec.tickE8) / 1e8;
const startValue = (m: SymbolMarket): number => (m.spec.startTicks * m.spec.tickE8) / 1e8;
const decimal = (value: number): string => formatFloat(value, 8);

/** The composite index payload, or undefined when no USDT symbol is simulated. */
export function compositeIndexPayload(market: Market, now: number) {
  const markets = usdtMarkets(market);
  if (markets.length === 0) return undefined;
  const weights = markets.map((m) => COMPOSITE_BASE / markets.length / startValue(m));
  const values = markets.map((m, i) => weights[i]! * indexValue(m));
  const total = values.reduce((sum, v) => sum + v, 0);
  return {
    e: 'compositeIndex',
    E: now,
    s: COMPOSITE_INDEX_SYMBOL,
    p: decimal(total),
    C: 'baseAsset',
    c: markets.map((m, i) => ({
      b: baseOf(m),
      q: 'USDT',
      w: decimal(weights[i]!),
      W: decimal(total === 0 ? 0 : values[i]! / total),
      i: decimal(indexValue(m)),
    })),
  };
}

export const assetIndexPayload = (m: SymbolMarket, now: number) => {
  const i = indexValue(m);
  return {
    e: 'assetIndexUpdate',
    E: now,
    s: `${baseOf(m)}USD`,
    i: decimal(i),
    b: decimal(BUFFER),
    a: decimal(BUFFER),
    B: decimal(i * (1 - BUFFER)),
    A: decimal(i * (1 + BUFFER)),
    q: decimal(AUTO_EXCHANGE_BUFFER),
    g: decimal(AUTO_EXCHANGE_BUFFER),
    Q: decimal(i * (1 - AUTO_EXCHANGE_BUFFER)),
    G: decimal(i * (1 + AUTO_EXCHANGE_BUFFER)),
  };
};

/** The market whose base asset an asset index symbol (`btcusd`, any case) names. */
export const assetIndexMarket = (market: Market, asset: string): SymbolMarket | undefined =>
  usdtMarkets(market).find((m) => `${baseOf(m)}USD` === asset.toUpperCase());

/** Every asset index, in the market's symbol order. */
export const allAssetIndexes = (market: Market, now: number) =>
  usdtMarkets(market).map((m) => assetIndexPayload(m, now));
