/**
 * CCXT's unified structures (ccxt 4.5's `base/types.d.ts`), under a `Ccxt` prefix because
 * `Ticker`, `Trade`, … are already names of generated types. Same keys and value types as ccxt,
 * plus the keys ccxt's objects carry beyond its declared types (`fees` on trades and orders,
 * `stopPrice` and friends on orders). `info` is the raw Binance payload the structure came from.
 */

/** A fee: what was paid, in which currency, at which rate when known. */
export interface CcxtFee {
  currency: string | undefined;
  cost: number | undefined;
  rate?: number | undefined;
}

export interface CcxtTicker {
  symbol: string | undefined;
  info: unknown;
  timestamp: number | undefined;
  datetime: string | undefined;
  high: number | undefined;
  low: number | undefined;
  bid: number | undefined;
  bidVolume: number | undefined;
  ask: number | undefined;
  askVolume: number | undefined;
  vwap: number | undefined;
  open: number | undefined;
  close: number | undefined;
  last: number | undefined;
  previousClose: number | undefined;
  change: number | undefined;
  percentage: number | undefined;
  average: number | undefined;
  quoteVolume: number | undefined;
  baseVolume: number | undefined;
  indexPrice: number | undefined;
  markPrice: number | undefined;
}

export interface CcxtTrade {
  info: unknown;
  amount: number | undefined;
  datetime: string | undefined;
  id: string | undefined;
  order: string | undefined;
  price: number | undefined;
  timestamp: number | undefined;
  type: string | undefined;
  side: 'buy' | 'sell' | string | undefined;
  symbol: string | undefined;
  takerOrMaker: 'taker' | 'maker' | string | undefined;
  cost: number | undefined;
  /** `{ cost: undefined, currency: undefined }` when the payload has no fee, as in ccxt. */
  fee: CcxtFee;
  fees: CcxtFee[];
}

/** One candle: open time, open, high, low, close, base volume. */
export type CcxtOHLCV = [number, number, number, number, number, number];

/** CCXT's `FundingRate` of a perpetual contract: the rate, its settlement time, the prices. */
export interface CcxtFundingRate {
  info: unknown;
  symbol: string | undefined;
  markPrice: number | undefined;
  indexPrice: number | undefined;
  interestRate: number | undefined;
  estimatedSettlePrice: number | undefined;
  timestamp: number | undefined;
  datetime: string | undefined;
  /** The rate settled at `fundingTimestamp`. */
  fundingRate: number | undefined;
  fundingTimestamp: number | undefined;
  fundingDatetime: string | undefined;
  /** Binance gives none of the next and previous funding: always undefined, as in ccxt. */
  nextFundingRate: number | undefined;
  nextFundingTimestamp: number | undefined;
  nextFundingDatetime: string | undefined;
  previousFundingRate: number | undefined;
  previousFundingTimestamp: number | undefined;
  previousFundingDatetime: string | undefined;
  /** `8h`, when the payload says. */
  interval: string | undefined;
}

/** CCXT's `FundingRateHistory` entry: the rate a contract settled at a funding time. */
export interface CcxtFundingRateHistory {
  info: unknown;
  symbol: string | undefined;
  fundingRate: number | undefined;
  timestamp: number | undefined;
  datetime: string | undefined;
}

/** CCXT's `Position` of a contract: its size, prices, margins and side. */
export interface CcxtPosition {
  info: unknown;
  /** Binance gives positions no id: always undefined, as in ccxt. */
  id: string | undefined;
  symbol: string | undefined;
  /** The size, always positive (`side` says which way). */
  contracts: number | undefined;
  contractSize: number | undefined;
  unrealizedPnl: number | undefined;
  leverage: number | undefined;
  liquidationPrice: number | undefined;
  collateral: number | undefined;
  /** The notional at the mark price, always positive. */
  notional: number | undefined;
  markPrice: number | undefined;
  entryPrice: number | undefined;
  timestamp: number | undefined;
  datetime: string | undefined;
  initialMargin: number | undefined;
  initialMarginPercentage: number | undefined;
  maintenanceMargin: number | undefined;
  maintenanceMarginPercentage: number | undefined;
  marginRatio: number | undefined;
  marginMode: string | undefined;
  /** Deprecated in ccxt: the same as `marginMode`. */
  marginType: string | undefined;
  side: 'long' | 'short' | undefined;
  hedged: boolean;
  percentage: number | undefined;
  stopLossPrice: number | undefined;
  takeProfitPrice: number | undefined;
}

/** CCXT's `OrderBook` (without the `copy()` of ccxt's live books). */
export interface CcxtOrderBook {
  symbol: string | undefined;
  /** `[price, amount]`, best (highest) first. */
  bids: [number, number][];
  /** `[price, amount]`, best (lowest) first. */
  asks: [number, number][];
  timestamp: number | undefined;
  datetime: string | undefined;
  /** The update id of the book (`lastUpdateId`, or the last applied `u`). */
  nonce: number | undefined;
}

export interface CcxtOrder {
  id: string | undefined;
  clientOrderId: string | undefined;
  datetime: string | undefined;
  timestamp: number | undefined;
  lastTradeTimestamp: number | undefined;
  lastUpdateTimestamp?: number | undefined;
  status: 'open' | 'closed' | 'canceled' | 'expired' | 'rejected' | string | undefined;
  symbol: string | undefined;
  type: string | undefined;
  timeInForce?: string | undefined;
  side: 'buy' | 'sell' | string | undefined;
  price: number | undefined;
  average?: number | undefined;
  amount: number | undefined;
  filled: number | undefined;
  remaining: number | undefined;
  /** Deprecated in ccxt; the same as `triggerPrice`. */
  stopPrice?: number | undefined;
  triggerPrice?: number | undefined;
  takeProfitPrice?: number | undefined;
  stopLossPrice?: number | undefined;
  cost: number | undefined;
  trades: CcxtTrade[];
  fee: CcxtFee | undefined;
  fees: CcxtFee[];
  reduceOnly: boolean | undefined;
  postOnly: boolean | undefined;
  info: unknown;
}

/** One currency of a balance. */
export interface CcxtBalance {
  free: number | undefined;
  used: number | undefined;
  total: number | undefined;
  debt?: number | undefined;
}

/**
 * CCXT's `Balances`: one `CcxtBalance` per currency code (`balances.BTC.free`), plus `free`,
 * `used` and `total` by code (`balances.free.BTC`), `timestamp`, `datetime` and `info`. Typed
 * like ccxt's: the index signature says `CcxtBalance`, so `info`, `free`, … are `any`.
 */
export interface CcxtBalances extends Record<string, CcxtBalance> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as ccxt: must fit the index signature
  info: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as ccxt
  timestamp?: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as ccxt
  datetime?: any;
}

export interface CcxtMinMax {
  min: number | undefined;
  max: number | undefined;
}

export interface CcxtMarket {
  id: string | undefined;
  lowercaseId?: string | undefined;
  symbol: string;
  base: string;
  quote: string;
  settle: string | undefined;
  baseId: string | undefined;
  quoteId: string | undefined;
  settleId: string | undefined;
  type: 'spot' | 'margin' | 'swap' | 'future' | 'option' | string | undefined;
  subType?: 'linear' | 'inverse' | undefined;
  spot: boolean | undefined;
  margin: boolean | undefined;
  swap: boolean | undefined;
  future: boolean | undefined;
  option: boolean | undefined;
  index?: boolean | undefined;
  stock?: boolean | undefined;
  active: boolean | undefined;
  contract: boolean | undefined;
  linear: boolean | undefined;
  inverse: boolean | undefined;
  taker?: number | undefined;
  maker?: number | undefined;
  contractSize: number | undefined;
  expiry: number | undefined;
  expiryDatetime: string | undefined;
  strike: number | undefined;
  optionType: string | undefined;
  precision: {
    amount: number | undefined;
    price: number | undefined;
    cost?: number | undefined;
    base?: number | undefined;
    quote?: number | undefined;
  };
  marginModes?: { cross: boolean | undefined; isolated: boolean | undefined };
  limits: {
    amount?: CcxtMinMax;
    cost?: CcxtMinMax;
    leverage?: CcxtMinMax;
    price?: CcxtMinMax;
    market?: CcxtMinMax;
  };
  created: number | undefined;
  info: unknown;
}
