/**
 * `/fapi/v1/exchangeInfo` of the local exchange: the futures rate limits (spec/usdm/limits.yaml,
 * as the client's governor starts from), USDT as the margin asset, and a perpetual contract per
 * simulated symbol with its price and lot rules as futures filters.
 */
import { apiRateLimits } from '../../generated/usdm/limits';
import { symbolRules, MAX_NUM_ORDERS } from '../engine/symbol-rules';
import { formatE8 } from '../engine/amounts';
import type { Market } from '../market/market';
import type { SymbolMarket } from '../market/symbol-market';

/** A perpetual's delivery date, as Binance writes it (2100-12-25). */
const PERPETUAL_DELIVERY = 4133404800000;

const decimals = (e8: number): number => Math.max(0, 8 - Math.floor(Math.log10(e8)));

function contract(m: SymbolMarket) {
  const rules = symbolRules(m.spec);
  const tick = formatE8(rules.tickE8);
  const step = formatE8(rules.lotE8);
  return {
    symbol: m.symbol,
    pair: m.symbol,
    contractType: 'PERPETUAL',
    deliveryDate: PERPETUAL_DELIVERY,
    onboardDate: 1569398400000,
    status: 'TRADING',
    maintMarginPercent: '2.5000',
    requiredMarginPercent: '5.0000',
    baseAsset: rules.baseAsset,
    quoteAsset: rules.quoteAsset,
    marginAsset: rules.quoteAsset,
    pricePrecision: decimals(rules.tickE8),
    quantityPrecision: decimals(rules.lotE8),
    baseAssetPrecision: 8,
    quotePrecision: 8,
    underlyingType: 'COIN',
    underlyingSubType: [],
    triggerProtect: '0.0500',
    liquidationFee: '0.012500',
    marketTakeBound: '0.05',
    filters: [
      { filterType: 'PRICE_FILTER', minPrice: tick, maxPrice: '1000000', tickSize: tick },
      { filterType: 'LOT_SIZE', minQty: step, maxQty: '9000000', stepSize: step },
      { filterType: 'MARKET_LOT_SIZE', minQty: step, maxQty: '9000000', stepSize: step },
      { filterType: 'MAX_NUM_ORDERS', limit: MAX_NUM_ORDERS },
      { filterType: 'MAX_NUM_ALGO_ORDERS', limit: 10 },
      { filterType: 'MIN_NOTIONAL', notional: formatE8(rules.minNotionalE8) },
      {
        filterType: 'PERCENT_PRICE',
        multiplierUp: '1.0500',
        multiplierDown: '0.9500',
        multiplierDecimal: '4',
      },
    ],
    orderTypes: ['LIMIT', 'MARKET', 'STOP', 'STOP_MARKET', 'TAKE_PROFIT', 'TAKE_PROFIT_MARKET'],
    timeInForce: ['GTC', 'IOC', 'FOK', 'GTX'],
  };
}

export function usdmExchangeInfo(market: Market, now: number) {
  return {
    timezone: 'UTC',
    serverTime: now,
    rateLimits: apiRateLimits.map(({ rateLimitType, interval, intervalNum, limit }) => ({
      rateLimitType,
      interval,
      intervalNum,
      limit,
    })),
    exchangeFilters: [],
    assets: [{ asset: 'USDT', marginAvailable: true, autoAssetExchange: '-10000' }],
    symbols: [...market.all()].map(contract),
  };
}
