/**
 * USDⓈ-M market-data REST methods under `/fapi/v1/` (spec/usdm/operations/), on the shared
 * market: the contract of a symbol trades on the Spot simulation's book (see model.ts). Order
 * book, price and book tickers are also the futures WebSocket API's `depth`, `ticker.price` and
 * `ticker.book` (`/ws-fapi/v1`). Weights as Binance documents them.
 * Rows and tickers come from the Spot answers' builders, reshaped where futures differ.
 */
import type { SymbolMarket } from '../market/symbol-market';
import type { ApiDeps } from '../api/deps';
import type { ApiMethod } from '../api/method';
import type { Params } from '../api/params';
import { requestedAggTrades } from '../api/methods/agg-trades';
import { klineRow, tradeFields } from '../api/methods/rows';
import { ticker24 } from '../api/methods/ticker-answers';
import { usdmExchangeInfo } from './exchange-info';
import { marketOf } from '../api/methods/market-of';
import { price } from '../streams/payloads/format';
import { bookTickerPayload } from '../streams/payloads/trades';
import { formatFloat } from '../market/decimal';
import { fundingHistory } from './funding-history';
import { INTEREST_RATE, markValues, openInterest } from './model';
import { usdmAggTradeFields } from './payloads';
import { klineWeight, requestedKlineBars } from './market-data/kline-requests';

/** `ticker/24hr` as futures answer it: no previous close, no best bid and ask. */
function futuresTicker24(m: SymbolMarket, now: number) {
  const {
    prevClosePrice: _p,
    bidPrice: _b,
    bidQty: _B,
    askPrice: _a,
    askQty: _A,
    ...rest
  } = ticker24(m, now, false) as ReturnType<typeof ticker24> & Record<string, unknown>;
  return rest;
}

const get = (path: string) => ({ method: 'GET', path: `/fapi/v1/${path}` }) as const;

export function usdmMarketDataMethods(deps: ApiDeps): ApiMethod[] {
  const one = (params: Params) => marketOf(deps, params.string('symbol', true));
  /** One object with `symbol`, an array of every contract without. */
  const each = <T>(params: Params, write: (m: SymbolMarket) => T): T | T[] =>
    params.has('symbol') ? write(one(params)) : [...deps.market.all()].map(write);
  const oneOrAll = (single: number, all: number) => (params: Params) =>
    params.has('symbol') ? single : all;
  const premiumIndex = (m: SymbolMarket, now: number) => {
    const v = markValues(m, now);
    return {
      symbol: m.symbol,
      markPrice: v.markPrice,
      indexPrice: v.indexPrice,
      estimatedSettlePrice: v.estimatedSettlePrice,
      lastFundingRate: v.fundingRate,
      interestRate: formatFloat(INTEREST_RATE, 8),
      nextFundingTime: v.nextFundingTime,
      time: now,
    };
  };

  return [
    { rest: get('ping'), security: 'NONE', weight: 1, handle: () => ({}) },
    {
      rest: get('time'),
      security: 'NONE',
      weight: 1,
      handle: (_params, ctx) => ({ serverTime: ctx.now }),
    },
    {
      rest: get('depth'),
      wsApi: 'depth',
      security: 'NONE',
      weight: (params) => {
        const limit = Number(params.string('limit') ?? 500);
        return limit <= 50 ? 2 : limit <= 100 ? 5 : limit <= 500 ? 10 : 20;
      },
      handle: (params, ctx) => {
        const m = one(params);
        const snapshot = deps.market.depthSnapshot(m.symbol, params.limit('limit', 500, 5, 1000))!;
        return {
          lastUpdateId: snapshot.lastUpdateId,
          E: ctx.now,
          T: ctx.now,
          bids: snapshot.bids,
          asks: snapshot.asks,
        };
      },
    },
    {
      rest: get('trades'),
      security: 'NONE',
      weight: 5,
      handle: (params) => {
        const m = one(params);
        return m.history
          .recent(params.limit('limit', 500, 1, 1000))
          .map((t) => ({ ...tradeFields(m, t), isRPITrade: false }));
      },
    },
    {
      rest: get('aggTrades'),
      security: 'NONE',
      weight: 20,
      handle: (params) => {
        const m = one(params);
        return requestedAggTrades(m, params).map((a) => usdmAggTradeFields(m, a));
      },
    },
    {
      rest: get('exchangeInfo'),
      security: 'NONE',
      weight: 1,
      handle: (_params, ctx) => usdmExchangeInfo(deps.market, ctx.now),
    },
    {
      rest: get('klines'),
      security: 'NONE',
      weight: klineWeight,
      handle: (params) => {
        const m = one(params);
        return requestedKlineBars(m, params).map((bar) => klineRow(m, bar));
      },
    },
    {
      rest: get('ticker/24hr'),
      security: 'NONE',
      weight: oneOrAll(1, 40),
      handle: (params, ctx) => each(params, (m) => futuresTicker24(m, ctx.now)),
    },
    {
      rest: get('premiumIndex'),
      security: 'NONE',
      weight: oneOrAll(1, 10),
      handle: (params, ctx) => each(params, (m) => premiumIndex(m, ctx.now)),
    },
    {
      rest: get('fundingRate'),
      security: 'NONE',
      weight: 1,
      handle: (params, ctx) => {
        const limit = params.limit('limit', 100, 1, 1000);
        const markets = params.has('symbol') ? [one(params)] : [...deps.market.all()];
        return markets
          .flatMap((m) =>
            fundingHistory(m, ctx.now, limit).map((row) => ({ symbol: m.symbol, ...row })),
          )
          .sort((a, b) => a.fundingTime - b.fundingTime)
          .slice(-limit);
      },
    },
    {
      rest: get('openInterest'),
      security: 'NONE',
      weight: 1,
      handle: (params, ctx) => {
        const m = one(params);
        return { openInterest: openInterest(m), symbol: m.symbol, time: ctx.now };
      },
    },
    {
      rest: get('ticker/price'),
      wsApi: 'ticker.price',
      security: 'NONE',
      weight: oneOrAll(1, 2),
      handle: (params, ctx) =>
        each(params, (m) => ({
          symbol: m.symbol,
          price: price(m, m.lastTrade?.price ?? Math.round(m.mid)),
          time: ctx.now,
        })),
    },
    {
      rest: get('ticker/bookTicker'),
      wsApi: 'ticker.book',
      security: 'NONE',
      weight: oneOrAll(2, 5),
      handle: (params, ctx) =>
        each(params, (m) => {
          const { s, b, B, a, A } = bookTickerPayload(m);
          return { symbol: s, bidPrice: b, bidQty: B, askPrice: a, askQty: A, time: ctx.now };
        }),
    },
  ];
}
