/**
 * What a market's contract fields make of it, like the contract part of ccxt's binance
 * `parseMarket`: a symbol with `contractType` is a contract (futures exchangeInfo), a spot market
 * otherwise. A perpetual (or one delivered on Binance's "never" date) is a swap
 * `BASE/QUOTE:SETTLE`; one with a delivery date a future `BASE/QUOTE:SETTLE-YYMMDD`. Linear when
 * it settles in the quote asset, inverse in the base asset; ccxt's default fees of each.
 */
import { currencyCode } from './currency';
import type { CcxtMarket } from './types';
import { iso8601, text, toInteger } from './values';

/** The contract fields of an exchangeInfo symbol (futures only; Spot's mapping sets none). */
export interface ContractFields {
  readonly contractType?: string | undefined;
  readonly deliveryDate?: number | undefined;
  readonly marginAsset?: string | undefined;
}

/** Binance's delivery date of perpetual contracts (2100-12-25): ccxt reads it as none. */
const PERPETUAL_DELIVERY = 4_133_404_800_000;

/** ccxt's default binance trading fees (`fees.trading`, `.linear.trading`, `.inverse.trading`). */
const FEES = {
  spot: { taker: 0.001, maker: 0.001 },
  linear: { taker: 0.0005, maker: 0.0002 },
  inverse: { taker: 0.0005, maker: 0.0001 },
} as const;

export type ContractPart = Pick<
  CcxtMarket,
  | 'symbol'
  | 'settle'
  | 'settleId'
  | 'type'
  | 'spot'
  | 'swap'
  | 'future'
  | 'index'
  | 'contract'
  | 'linear'
  | 'inverse'
  | 'taker'
  | 'maker'
  | 'contractSize'
  | 'expiry'
  | 'expiryDatetime'
>;

/** `20250627` style date of ccxt's `yymmdd`: the year less 2000, unpadded, then MM and DD. */
export function yymmdd(timestamp: number): string {
  const date = new Date(timestamp);
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${date.getUTCFullYear() - 2000}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** The spot or contract part of a market of `base` / `quote`. */
export function contractPart(base: string, quote: string, f: ContractFields): ContractPart {
  const spotSymbol = `${base}/${quote}`;
  if (f.contractType === undefined) {
    return {
      symbol: spotSymbol,
      settle: undefined,
      settleId: undefined,
      type: 'spot',
      spot: true,
      swap: false,
      future: false,
      index: false,
      contract: false,
      linear: undefined,
      inverse: undefined,
      ...FEES.spot,
      contractSize: undefined,
      expiry: undefined,
      expiryDatetime: undefined,
    };
  }
  const delivery = toInteger(f.deliveryDate);
  const swap = f.contractType === 'PERPETUAL' || delivery === PERPETUAL_DELIVERY;
  const expiry = swap ? undefined : delivery;
  const future = !swap && expiry !== undefined;
  const settleId = text(f.marginAsset);
  const settle = currencyCode(settleId);
  const linear = settle === quote;
  let symbol = spotSymbol;
  if (swap) symbol = `${spotSymbol}:${settle}`;
  else if (future) symbol = `${spotSymbol}:${settle}-${yymmdd(expiry)}`;
  return {
    symbol,
    settle,
    settleId,
    type: swap ? 'swap' : future ? 'future' : undefined,
    spot: false,
    swap,
    future,
    // ccxt's safeMarketStructure sets `index: false` on spot markets only.
    index: undefined,
    contract: true,
    linear,
    inverse: settle === base,
    ...(linear ? FEES.linear : FEES.inverse),
    contractSize: 1,
    expiry,
    expiryDatetime: iso8601(expiry),
  };
}
