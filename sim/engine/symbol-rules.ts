/**
 * Each simulated symbol's trading rules as exchangeInfo lists them (`filters.md`): PRICE_FILTER,
 * LOT_SIZE, MARKET_LOT_SIZE, NOTIONAL, MAX_NUM_ORDERS; and the checks an order must pass, with
 * Binance's -1013 "Filter failure: …" messages.
 */
import { errors } from '../api/errors';
import type { SymbolSpec } from '../market/symbols';
import { formatE8 } from './amounts';

/** Quote assets, longest match first, to split `BTCUSDT` into BTC / USDT. */
const QUOTES = ['FDUSD', 'USDT', 'USDC', 'BUSD', 'BTC', 'ETH', 'BNB'] as const;

const MAX_QTY_E8 = 9_000_000 * 1e8;
const MAX_PRICE_E8 = 1_000_000 * 1e8;
/** Smallest order value per quote asset, in 1e-8 units (5 for dollar-likes, as on Binance). */
const MIN_NOTIONAL_E8: Readonly<Record<string, number>> = {
  BTC: 10_000,
  ETH: 100_000,
  BNB: 1_000_000,
};
const DEFAULT_MIN_NOTIONAL_E8 = 5 * 1e8;
export const MAX_NUM_ORDERS = 200;

export interface SymbolRules {
  readonly symbol: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  readonly tickE8: number;
  readonly lotE8: number;
  /** NOTIONAL's minNotional. */
  readonly minNotionalE8: number;
}

export function symbolRules(spec: SymbolSpec): SymbolRules {
  const quote =
    QUOTES.find((q) => spec.symbol.endsWith(q) && spec.symbol.length > q.length) ?? 'USDT';
  const base = spec.symbol.endsWith(quote) ? spec.symbol.slice(0, -quote.length) : spec.symbol;
  return {
    symbol: spec.symbol,
    baseAsset: base,
    quoteAsset: quote,
    tickE8: spec.tickE8,
    lotE8: spec.lotE8,
    minNotionalE8: MIN_NOTIONAL_E8[quote] ?? DEFAULT_MIN_NOTIONAL_E8,
  };
}

/** The symbol as exchangeInfo describes it (`rest-api.md`, "Exchange information"), from its spec or rules. */
export function symbolInfo(source: SymbolSpec | SymbolRules) {
  const rules = 'baseAsset' in source ? source : symbolRules(source);
  return {
    symbol: rules.symbol,
    status: 'TRADING',
    baseAsset: rules.baseAsset,
    baseAssetPrecision: 8,
    quoteAsset: rules.quoteAsset,
    quotePrecision: 8,
    quoteAssetPrecision: 8,
    baseCommissionPrecision: 8,
    quoteCommissionPrecision: 8,
    orderTypes: [
      'LIMIT',
      'LIMIT_MAKER',
      'MARKET',
      'STOP_LOSS',
      'STOP_LOSS_LIMIT',
      'TAKE_PROFIT',
      'TAKE_PROFIT_LIMIT',
    ],
    icebergAllowed: false,
    ocoAllowed: false,
    otoAllowed: false,
    opoAllowed: false,
    quoteOrderQtyMarketAllowed: true,
    allowTrailingStop: false,
    cancelReplaceAllowed: true,
    amendAllowed: false,
    pegInstructionsAllowed: false,
    isSpotTradingAllowed: true,
    isMarginTradingAllowed: false,
    filters: [
      {
        filterType: 'PRICE_FILTER',
        minPrice: formatE8(rules.tickE8),
        maxPrice: formatE8(MAX_PRICE_E8),
        tickSize: formatE8(rules.tickE8),
      },
      {
        filterType: 'LOT_SIZE',
        minQty: formatE8(rules.lotE8),
        maxQty: formatE8(MAX_QTY_E8),
        stepSize: formatE8(rules.lotE8),
      },
      {
        filterType: 'MARKET_LOT_SIZE',
        minQty: '0.00000000',
        maxQty: formatE8(MAX_QTY_E8),
        stepSize: '0.00000000',
      },
      {
        filterType: 'NOTIONAL',
        minNotional: formatE8(rules.minNotionalE8),
        applyMinToMarket: true,
        maxNotional: '9000000.00000000',
        applyMaxToMarket: false,
        avgPriceMins: 5,
      },
      { filterType: 'MAX_NUM_ORDERS', maxNumOrders: MAX_NUM_ORDERS },
    ],
    permissions: [],
    permissionSets: [['SPOT']],
    defaultSelfTradePreventionMode: 'EXPIRE_MAKER',
    allowedSelfTradePreventionModes: [
      'NONE',
      'EXPIRE_TAKER',
      'EXPIRE_MAKER',
      'EXPIRE_BOTH',
      'DECREMENT',
    ],
  };
}

const fail = (filter: string) => errors.invalidMessage(`Filter failure: ${filter}`);

/** PRICE_FILTER: a positive multiple of the tick size, at most maxPrice. */
export function checkPrice(rules: SymbolRules, priceE8: number): void {
  if (priceE8 <= 0 || priceE8 > MAX_PRICE_E8 || priceE8 % rules.tickE8 !== 0)
    throw fail('PRICE_FILTER');
}

/** LOT_SIZE (limit orders) or MARKET_LOT_SIZE: a multiple of the step between min and max. */
export function checkQuantity(rules: SymbolRules, qtyE8: number, market: boolean): void {
  if (qtyE8 <= 0 || qtyE8 > MAX_QTY_E8) throw fail(market ? 'MARKET_LOT_SIZE' : 'LOT_SIZE');
  if (qtyE8 % rules.lotE8 !== 0) throw fail('LOT_SIZE');
}

/** NOTIONAL: price × quantity (or the quote amount) of at least minNotional. */
export function checkNotional(rules: SymbolRules, notionalE8: number): void {
  if (notionalE8 < rules.minNotionalE8) throw fail('NOTIONAL');
}
