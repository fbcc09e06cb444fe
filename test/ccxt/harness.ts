/**
 * The differential harness: our `parse<X>Ccxt` parsers looked up by their contract names, the
 * context they are given (the markets ccxt itself loaded from `EXCHANGE_INFO`, so a market
 * parsing difference shows in market.test.ts only, not in every structure), ccxt's reference,
 * and the property runner.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import * as balance from '../../generated/ccxt/balance';
import * as market from '../../generated/ccxt/market';
import * as ohlcv from '../../generated/ccxt/ohlcv';
import * as order from '../../generated/ccxt/order';
import * as orderBook from '../../generated/ccxt/order-book';
import * as ticker from '../../generated/ccxt/ticker';
import * as trade from '../../generated/ccxt/trade';
import { ccxtMarkets, type CcxtContext } from '../../src/ccxt/context';
import { splitContractSymbol, splitSymbol } from '../../src/ccxt/split-symbol';
import type { CcxtMarket } from '../../src/ccxt/types';
import type * as sdk from '../../src';
import { MARKET_IDS } from './arbitraries';
import { EXCHANGE_INFO, PROPERTY } from './fixtures';
import { createReference, referenceMarkets, type Reference, type Venue } from './reference';

export type Parser = (raw: unknown, context?: CcxtContext) => unknown;

// The generated modules, not the package's index: importing all of src/ in every test file
// costs about a second each. That src/index.ts exports them all is checked at compile time
// (`ContractExports` below).
const PARSERS: Readonly<Record<string, unknown>> = {
  ...balance,
  ...market,
  ...ohlcv,
  ...order,
  ...orderBook,
  ...ticker,
  ...trade,
};

/** The `*Ccxt` parsers the tests cover (the contract of GitHub issue 7). */
export const PARSER_NAMES = [
  'parseTickerCcxt',
  'parseRollingWindowTickerCcxt',
  'parseMiniTickerCcxt',
  'parseBookTickerCcxt',
  'parseGet24hrTickerCcxt',
  'parseGetPriceTickerCcxt',
  'parseGetBookTickerCcxt',
  'parseTradeCcxt',
  'parseAggTradeCcxt',
  'parseGetRecentTradesCcxt',
  'parseGetHistoricalTradesCcxt',
  'parseGetAggTradesCcxt',
  'parseGetMyTradesCcxt',
  'parseKlineCcxt',
  'parseGetKlinesCcxt',
  'parseGetUiKlinesCcxt',
  'parseGetBookCcxt',
  'parsePartialDepthCcxt',
  'parseExecutionReportCcxt',
  'parsePlaceOrderCcxt',
  'parseGetOrderCcxt',
  'parseCancelOrderCcxt',
  'parseGetOpenOrdersCcxt',
  'parseGetAllOrdersCcxt',
  'parseGetAccountCcxt',
  'parseOutboundAccountPositionCcxt',
  'parseGetExchangeInfoCcxt',
] as const;

/**
 * Compile-time check that the package exports the contract: `Pick` refuses a name `src/index.ts`
 * does not export, so `npm run typecheck` fails (tsconfig includes test/).
 */
export type ContractExports = Pick<
  typeof sdk,
  (typeof PARSER_NAMES)[number] | 'ccxtMarkets' | 'resolveMarket'
>;

/** A parser of the contract (`parseTickerCcxt`, …), or an error naming a missing one. */
export function parser(name: string, parsers: Readonly<Record<string, unknown>> = PARSERS): Parser {
  const found = parsers[name];
  if (typeof found !== 'function') throw new Error(`${name} is not in the generated ccxt modules`);
  return found as Parser;
}

export interface Setup {
  readonly reference: Reference;
  readonly markets: CcxtMarket[];
  readonly context: CcxtContext;
}

/** ccxt of `venue` with its markets loaded from `exchangeInfo`, and our context with the same. */
export async function createSetup(exchangeInfo: unknown, venue?: Venue): Promise<Setup> {
  const reference = await createReference({ exchangeInfo, ...(venue ? { venue } : {}) });
  const markets = (await referenceMarkets(exchangeInfo, venue)) as CcxtMarket[];
  const context: CcxtContext = { markets: ccxtMarkets(markets) };
  return { reference, markets, context };
}

let setup: Promise<Setup> | undefined;

/** Spot's setup, on `EXCHANGE_INFO` (built once per file). */
export function loadSetup(): Promise<Setup> {
  setup ??= createSetup(EXCHANGE_INFO);
  return setup;
}

let bare: Promise<Reference> | undefined;

/** ccxt with no markets at all (an exchangeInfo without symbols): what it does unloaded. */
export function loadBareReference(): Promise<Reference> {
  bare ??= createReference({ exchangeInfo: { ...EXCHANGE_INFO, symbols: [] } });
  return bare;
}

/** ccxt's unified symbols of `MARKET_IDS` (as loaded from `EXCHANGE_INFO`). */
export const UNIFIED: Readonly<Record<string, string>> = {
  BTCUSDT: 'BTC/USDT',
  ETHUSDT: 'ETH/USDT',
  BNBUSDT: 'BNB/USDT',
  ETHBTC: 'ETH/BTC',
  YOYOBTC: 'YOYOW/BTC',
  XBTUSDC: 'BTC/USDC',
};

/** A market a caller requests: its id, and the symbol named in the context (id or unified). */
export const requested: fc.Arbitrary<{ id: string; symbol: string }> = fc
  .constantFrom(...MARKET_IDS)
  .chain((id) => fc.constantFrom({ id, symbol: id }, { id, symbol: UNIFIED[id]! }));

/** Symbols a caller may name in the context: known ids and their unified symbols. */
export const contextSymbol: fc.Arbitrary<string> = requested.map((r) => r.symbol);

/**
 * `ours` equals `theirs` (`toEqual`: field by field, `undefined` and absent alike) for every
 * generated input, with the fixed seed; fast-check prints the shrunk counterexample, the seed
 * and the path to replay it.
 */
export function assertSame<T>(
  arbitrary: fc.Arbitrary<T>,
  ours: (input: T) => unknown,
  theirs: (input: T) => unknown,
): void {
  fc.assert(
    fc.property(arbitrary, (input) => {
      expect(ours(input)).toEqual(theirs(input));
    }),
    PROPERTY,
  );
}

/** The same for a reference that is asynchronous (ccxt's `fetchMarkets`). */
export async function assertSameAsync<T>(
  arbitrary: fc.Arbitrary<T>,
  ours: (input: T) => unknown,
  theirs: (input: T) => Promise<unknown>,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (input) => {
      expect(ours(input)).toEqual(await theirs(input));
    }),
    PROPERTY,
  );
}

/**
 * A deliberate deviation from ccxt, applied to ccxt's output before comparing: every use names
 * one entry of `DEVIATIONS` (each listed with its reason in test/ccxt/README.md).
 */
export function deviate<K extends keyof typeof DEVIATIONS>(
  name: K,
  value: Parameters<(typeof DEVIATIONS)[K]>[0],
): ReturnType<(typeof DEVIATIONS)[K]> {
  return DEVIATIONS[name](value as never) as ReturnType<(typeof DEVIATIONS)[K]>;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type Structure = Record<string, any>;

export const DEVIATIONS = {
  /**
   * ccxt.pro's `parseWsOrder` builds `fee: { cost: "<n as text>", currency }` and `safeOrder`
   * converts only the copy in `fees`, so an executionReport's `order.fee.cost` is a string while
   * ccxt's type says number (and `fees[0].cost` is that number). Ours is the number.
   */
  feeCostAsNumber: (order: Structure): Structure =>
    order.fee?.cost === undefined || typeof order.fee.cost === 'number'
      ? order
      : { ...order, fee: { ...order.fee, cost: Number(order.fee.cost) } },
  /**
   * ccxt's binance `parseOrder` takes the id from `strategyId` first (`safeStringN(order,
   * ['strategyId', 'orderId', 'algoId'])`, meant for strategy/algo endpoints of other
   * products); a Spot order placed with a `strategyId` still has its own `orderId`, which is what
   * Spot's query and cancel calls take. Ours is `orderId`.
   */
  orderIdNotStrategyId: (order: Structure): Structure =>
    order.info?.strategyId === undefined || order.info.orderId === undefined
      ? order
      : { ...order, id: String(order.info.orderId) },
  /**
   * Without markets, ccxt gives the exchange id back as the symbol (`BTCUSDT`); ours splits it
   * by Binance's quote assets (`BTC/USDT`, src/ccxt/split-symbol.ts), so a caller without
   * exchangeInfo still gets unified symbols. With markets (as every other test has) both give
   * the market's symbol, and an unknown id stays the id.
   */
  symbolWithoutMarkets: (structure: Structure): Structure => ({
    ...structure,
    symbol: splitSymbol(structure.symbol),
  }),
  /**
   * The same for USDⓈ-M contracts (mappings with `marketType: swap`): ccxt's binanceusdm gives
   * the id (`BTCUSDT`) until its markets are loaded; ours `BTC/USDT:USDT`, or
   * `BTC/USDT:USDT-261225` for a delivery contract's `BTCUSDT_261225`.
   */
  contractSymbolWithoutMarkets: (structure: Structure): Structure => ({
    ...structure,
    symbol: splitContractSymbol(structure.symbol),
  }),
  /**
   * ccxt reads `/ticker/price` only in `fetchLastPrices` (a `LastPrice`, not a ticker); its
   * `parseTicker` reads no field of it. Our `parseGetPriceTickerCcxt` gives a ticker: ccxt's
   * `parseTicker` of the payload with `price` as `close` and `last`.
   */
  priceAsLast: (ticker: Structure): Structure => {
    const price = Number(ticker.info.price);
    const last = price === 0 ? undefined : price;
    return { ...ticker, close: last, last };
  },
};
