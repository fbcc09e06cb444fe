/**
 * CCXT's market from an exchangeInfo symbol, like ccxt's binance `parseMarket`: unified symbol
 * `BASE/QUOTE` (with the contract's settle and expiry for futures, `contract.ts`), `active` when
 * TRADING (and, spot, not in permission group TRD_GRP_003), precisions from PRICE_FILTER.tickSize
 * and LOT_SIZE.stepSize (else the contract's price and quantity precisions) and the asset
 * precisions, limits from PRICE_FILTER, LOT_SIZE, MARKET_LOT_SIZE and (MIN_)NOTIONAL, and ccxt's
 * default binance fees of the market's kind.
 */
import { contractPart, type ContractFields } from './contract';
import { currencyCode } from './currency';
import type { CcxtMarket, CcxtMinMax } from './types';
import { text, toInteger, toNumber } from './values';

/** One exchangeInfo filter: `filterType` and the fields of that type. */
export type MarketFilter = { readonly filterType: string } & Readonly<Record<string, unknown>>;

export interface MarketFields extends ContractFields {
  readonly id: string;
  readonly baseId: string;
  readonly quoteId: string;
  readonly status?: string | undefined;
  readonly permissions?: readonly string[] | undefined;
  readonly isMarginTradingAllowed?: boolean | undefined;
  readonly baseAssetPrecision?: number | undefined;
  readonly quotePrecision?: number | undefined;
  readonly filters?: readonly MarketFilter[] | undefined;
  /** Decimals of prices and quantities (futures); the filters' tick and step sizes win. */
  readonly pricePrecision?: number | undefined;
  readonly quantityPrecision?: number | undefined;
  /** When the contract was listed (futures `onboardDate`). */
  readonly onboardDate?: number | undefined;
}

/** `8` -> `1e-8`, like ccxt's `parsePrecision`. */
export function precisionOf(decimals: number | undefined): number | undefined {
  if (decimals === undefined) return undefined;
  return toNumber(decimals <= 0 ? `1${'0'.repeat(-decimals)}` : `0.${'1'.padStart(decimals, '0')}`);
}

const field = (filter: MarketFilter | undefined, key: string): number | undefined =>
  toNumber(text(filter?.[key]));

const minMax = (filter: MarketFilter | undefined, min: string, max: string): CcxtMinMax => ({
  min: field(filter, min),
  max: field(filter, max),
});

export function ccxtMarket(info: unknown, f: MarketFields): CcxtMarket {
  const filters = new Map<string, MarketFilter>();
  for (const filter of f.filters ?? []) {
    // ccxt indexes filters by type: the last of a type wins.
    filters.set(filter.filterType, filter);
  }
  const base = currencyCode(f.baseId) ?? '';
  const quote = currencyCode(f.quoteId) ?? '';
  const kind = contractPart(base, quote, f);
  const active =
    f.status === 'TRADING' && !(kind.spot && (f.permissions ?? []).includes('TRD_GRP_003'));
  const priceFilter = filters.get('PRICE_FILTER');
  const lotSize = filters.get('LOT_SIZE');
  const marketLotSize = filters.get('MARKET_LOT_SIZE');
  const notional = filters.get('MIN_NOTIONAL') ?? filters.get('NOTIONAL');
  const limits: CcxtMarket['limits'] = {
    leverage: { min: undefined, max: undefined },
    amount: lotSize ? minMax(lotSize, 'minQty', 'maxQty') : { min: undefined, max: undefined },
    price: priceFilter
      ? minMax(priceFilter, 'minPrice', 'maxPrice')
      : { min: undefined, max: undefined },
    cost: notional
      ? {
          min: field(notional, 'minNotional') ?? field(notional, 'notional'),
          max: field(notional, 'maxNotional'),
        }
      : { min: undefined, max: undefined },
  };
  if (marketLotSize) limits.market = minMax(marketLotSize, 'minQty', 'maxQty');
  return {
    id: f.id,
    lowercaseId: f.id.toLowerCase(),
    base,
    quote,
    baseId: f.baseId,
    quoteId: f.quoteId,
    ...kind,
    margin: kind.spot && (f.isMarginTradingAllowed ?? false),
    marginModes: marginModes(kind),
    option: false,
    stock: false,
    active,
    subType: undefined,
    strike: undefined,
    optionType: undefined,
    precision: {
      amount: lotSize ? field(lotSize, 'stepSize') : precisionOf(f.quantityPrecision),
      price: priceFilter ? field(priceFilter, 'tickSize') : precisionOf(f.pricePrecision),
      cost: undefined,
      base: precisionOf(f.baseAssetPrecision),
      quote: precisionOf(f.quotePrecision),
    },
    limits,
    created: toInteger(f.onboardDate),
    info,
  };
}

/**
 * Spot: ccxt fills these from margin pair lists that exchangeInfo does not carry (false without);
 * linear and inverse contracts trade on both margins; ccxt leaves others without.
 */
function marginModes(kind: ReturnType<typeof contractPart>): CcxtMarket['marginModes'] {
  if (kind.spot) return { cross: false, isolated: false };
  if (kind.linear || kind.inverse) return { cross: true, isolated: true };
  return undefined;
}
