/**
 * The USDⓈ-M side of the differential harness (test/ccxt/harness.ts): the futures parsers by
 * name, and ccxt's `binanceusdm` with the tests' futures markets loaded, our context holding the
 * very markets ccxt parsed.
 */
import * as fundingRate from '../../../generated/usdm/ccxt/funding-rate';
import * as fundingRateHistory from '../../../generated/usdm/ccxt/funding-rate-history';
import * as market from '../../../generated/usdm/ccxt/market';
import * as ohlcv from '../../../generated/usdm/ccxt/ohlcv';
import * as orderBook from '../../../generated/usdm/ccxt/order-book';
import * as position from '../../../generated/usdm/ccxt/position';
import * as ticker from '../../../generated/usdm/ccxt/ticker';
import * as trade from '../../../generated/usdm/ccxt/trade';
import type * as usdmSdk from '../../../src/usdm';
import { createSetup, parser, type Parser, type Setup } from '../harness';
import { createReference, VENUES, type Reference } from '../reference';
import { USDM_EXCHANGE_INFO } from './fixtures';

const USDM_PARSERS: Readonly<Record<string, unknown>> = {
  ...fundingRate,
  ...fundingRateHistory,
  ...market,
  ...ohlcv,
  ...orderBook,
  ...position,
  ...ticker,
  ...trade,
};

/** The futures parsers the tests cover. */
export const USDM_PARSER_NAMES = [
  'parseGetExchangeInfoCcxt',
  'parseTickerCcxt',
  'parseMiniTickerCcxt',
  'parseBookTickerCcxt',
  'parseMarkPriceCcxt',
  'parseGet24hrTickerCcxt',
  'parseGetBookTickerCcxt',
  'parseGetPriceTickerCcxt',
  'parseAggTradeCcxt',
  'parseGetRecentTradesCcxt',
  'parseGetAggTradesCcxt',
  'parseKlineCcxt',
  'parseGetKlinesCcxt',
  'parseGetBookCcxt',
  'parsePartialDepthCcxt',
  'parseGetPremiumIndexCcxt',
  'parseMarkPriceFundingRateCcxt',
  'parseGetFundingRateHistoryCcxt',
  'parseGetPositionRiskCcxt',
] as const;

/** Compile-time check that `binance-rx/usdm` exports them (`Pick` refuses a missing name). */
export type UsdmContractExports = Pick<typeof usdmSdk, (typeof USDM_PARSER_NAMES)[number]>;

/** A parser of `binance-rx/usdm` (`generated/usdm/ccxt/`) by name. */
export const usdmParser = (name: string): Parser => parser(name, USDM_PARSERS);

let bare: Promise<Reference> | undefined;

/** ccxt's binanceusdm with no markets at all (a futures exchangeInfo without symbols). */
export function loadBareUsdmReference(): Promise<Reference> {
  bare ??= createReference({
    exchangeInfo: { ...USDM_EXCHANGE_INFO, symbols: [] },
    venue: VENUES.usdm,
  });
  return bare;
}

let setup: Promise<Setup> | undefined;

/** ccxt's binanceusdm on `USDM_EXCHANGE_INFO`, and our context with its markets (once per file). */
export function loadUsdmSetup(): Promise<Setup> {
  setup ??= createSetup(USDM_EXCHANGE_INFO, VENUES.usdm);
  return setup;
}
