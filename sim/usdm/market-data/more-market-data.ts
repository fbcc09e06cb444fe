/**
 * The USDⓈ-M market data REST calls beyond sim/usdm/methods.ts that follow from the simulated
 * market (spec/usdm/operations/): old trades, the RPI order book (the simulation has no RPI
 * orders, so it is the book), funding settings, the composite and asset indexes of indexes.ts
 * (as their streams send them), index constituents, `GET /fapi/v2/ticker/price` (v1's answer) and the TradFi trading schedule (the
 * simulated weekly one of trading-sessions.ts). The calls with nothing to simulate (insurance
 * fund, ADL risk, most /futures/data statistics) replay their spec examples
 * (sim/api/methods/replayed.ts).
 */
import type { ApiDeps } from '../../api/deps';
import type { ApiMethod } from '../../api/method';
import type { Params } from '../../api/params';
import { errors } from '../../api/errors';
import { marketOf } from '../../api/methods/market-of';
import { tradeFields } from '../../api/methods/rows';
import type { SymbolMarket } from '../../market/symbol-market';
import { formatFloat } from '../../market/decimal';
import { price } from '../../streams/payloads/format';
import { assetIndexMarket, assetIndexPayload, compositeIndexPayload } from '../indexes';
import { FUNDING_CAP, indexTicks } from '../model';
import { tradingScheduleMethod } from '../trading-sessions';

const get = (path: string) => ({ method: 'GET', path: `/fapi/v1/${path}` }) as const;

/** A margin asset's index as REST `assetIndex` answers it: the asset index stream's values. */
function assetIndex(m: SymbolMarket, now: number) {
  const p = assetIndexPayload(m, now);
  return {
    symbol: p.s,
    time: now,
    index: p.i,
    bidBuffer: p.b,
    askBuffer: p.a,
    bidRate: p.B,
    askRate: p.A,
    autoExchangeBidBuffer: p.q,
    autoExchangeAskBuffer: p.g,
    autoExchangeBidRate: p.Q,
    autoExchangeAskRate: p.G,
  };
}

/** The composite index as REST `indexInfo` answers it: the compositeIndex stream's components. */
function indexInfo(deps: ApiDeps, now: number) {
  const p = compositeIndexPayload(deps.market, now);
  if (p === undefined) return [];
  const baseAssetList = p.c.map((c) => ({
    baseAsset: c.b,
    quoteAsset: c.q,
    weightInQuantity: c.w,
    weightInPercentage: c.W,
  }));
  return [{ symbol: p.s, time: now, component: p.C, baseAssetList }];
}

export function usdmMoreMarketDataMethods(deps: ApiDeps, v1: readonly ApiMethod[]): ApiMethod[] {
  const one = (params: Params) => marketOf(deps, params.string('symbol', true));
  const all = () => [...deps.market.all()];
  const allAssetIndexMarkets = () =>
    all().filter((m) => assetIndexMarket(deps.market, `${m.symbol.slice(0, -4)}USD`) === m);
  const v1Price = v1.find((m) => m.rest?.path === '/fapi/v1/ticker/price')!;
  return [
    tradingScheduleMethod,
    {
      rest: get('historicalTrades'),
      security: 'USER_STREAM',
      weight: 20,
      handle: (params) => {
        const m = one(params);
        const limit = params.limit('limit', 100, 1, 500);
        return m.history
          .page(params.integer('fromId'), limit)
          .map((t) => ({ ...tradeFields(m, t), isRPITrade: false }));
      },
    },
    {
      rest: get('rpiDepth'),
      security: 'NONE',
      weight: 20,
      handle: (params, ctx) => {
        const m = one(params);
        params.limit('limit', 1000, 1000, 1000);
        const { lastUpdateId, bids, asks } = deps.market.depthSnapshot(m.symbol, 1000)!;
        return { lastUpdateId, E: ctx.now, T: ctx.now, bids, asks };
      },
    },
    {
      rest: get('fundingInfo'),
      security: 'NONE',
      weight: 0,
      // Every contract, with the simulation's cap and floor and its 8-hour interval.
      handle: () =>
        all().map((m) => ({
          symbol: m.symbol,
          adjustedFundingRateCap: formatFloat(FUNDING_CAP, 8),
          adjustedFundingRateFloor: formatFloat(-FUNDING_CAP, 8),
          fundingIntervalHours: 8,
          disclaimer: false,
        })),
    },
    { ...v1Price, rest: { method: 'GET', path: '/fapi/v2/ticker/price' } },
    {
      rest: get('indexInfo'),
      security: 'NONE',
      weight: 1,
      handle: (params, ctx) =>
        indexInfo(deps, ctx.now).filter(
          (i) => !params.has('symbol') || i.symbol === params.string('symbol'),
        ),
    },
    {
      rest: get('assetIndex'),
      security: 'NONE',
      weight: (params) => (params.has('symbol') ? 1 : 10),
      handle: (params, ctx) => {
        const indexes = allAssetIndexMarkets().map((m) => assetIndex(m, ctx.now));
        if (!params.has('symbol')) return indexes;
        const found = indexes.find((i) => i.symbol === params.string('symbol'));
        if (found === undefined) throw errors.badSymbol();
        return found;
      },
    },
    {
      rest: get('constituents'),
      security: 'NONE',
      weight: 2,
      // The index is the contract's own last trade: one constituent, this exchange, weight 1.
      handle: (params, ctx) => {
        const m = one(params);
        const constituent = {
          exchange: 'binance',
          symbol: m.symbol,
          price: price(m, indexTicks(m)),
          weight: '1.00000000',
        };
        return { symbol: m.symbol, time: ctx.now, constituents: [constituent] };
      },
    },
  ];
}
