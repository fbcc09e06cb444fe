/**
 * Market data methods beyond the basics (`rest-api.md`): execution rules, historical block
 * trades, the reference price and how it is computed.
 */
import { tradeFields } from './rows';
import type { SymbolMarket } from '../../market/symbol-market';
import { price } from '../../streams/payloads/format';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import { marketOf as marketOfSymbol } from './market-of';
import type { ApiMethod } from '../method';
import type { Params } from '../params';

/** Orders must stay within 5% of the reference price on the local exchange. */
const PRICE_RANGE = {
  bidLimitMultUp: '1.0500',
  bidLimitMultDown: '0.9500',
  askLimitMultUp: '1.0500',
  askLimitMultDown: '0.9500',
};

export function moreMarketDataMethods(deps: ApiDeps): ApiMethod[] {
  const marketOf = (symbol: string): SymbolMarket => marketOfSymbol(deps, symbol);
  const one = (params: Params) => marketOf(params.string('symbol', true));
  return [
    {
      wsApi: 'executionRules',
      rest: { method: 'GET', path: '/api/v3/executionRules' },
      security: 'NONE',
      weight: 2,
      handle: (params) => {
        const single = params.string('symbol');
        const markets =
          single !== undefined
            ? [marketOf(single)]
            : (params.list('symbols')?.map(marketOf) ?? [...deps.market.all()]);
        return {
          symbolRules: markets.map((m) => ({
            symbol: m.symbol,
            rules: [{ ruleType: 'PRICE_RANGE', ...PRICE_RANGE }],
          })),
        };
      },
    },
    {
      wsApi: 'blockTrades.historical',
      rest: { method: 'GET', path: '/api/v3/historicalBlockTrades' },
      security: 'NONE',
      weight: 25,
      handle: (params) => {
        const m = one(params);
        const limit = params.limit('limit', 500, 1, 1000);
        return m.blockHistory.page(params.integer('fromId'), limit).map((t) => tradeFields(m, t));
      },
    },
    {
      wsApi: 'referencePrice',
      rest: { method: 'GET', path: '/api/v3/referencePrice' },
      security: 'NONE',
      weight: 2,
      handle: (params, ctx) => {
        const m = one(params);
        // A reference price is set once the symbol has traded; before, -2043: an error on REST,
        // and on the WebSocket API status 200 with the error object as the result (as Binance).
        if (m.lastTrade === undefined) {
          const never = errors.noReferencePrice();
          if (ctx.transport === 'rest') throw never;
          return never.toJSON();
        }
        return {
          symbol: m.symbol,
          referencePrice: price(m, Math.round(m.mid)),
          timestamp: ctx.now,
        };
      },
    },
    {
      wsApi: 'referencePrice.calculation',
      rest: { method: 'GET', path: '/api/v3/referencePrice/calculation' },
      security: 'NONE',
      weight: 2,
      handle: (params) => ({
        symbol: one(params).symbol,
        calculationType: 'ARITHMETIC_MEAN',
        bucketCount: 10,
        bucketWidthMs: 1000,
      }),
    },
  ];
}
