/**
 * Market data methods (`rest-api.md`, "Market Data endpoints"; `web-socket-api.md`, "Market data
 * requests"), read from the simulated market and written like the streams write them.
 */
import { KLINE_INTERVALS, type KlineInterval } from '../../market/kline-intervals';
import type { KlineBar } from '../../market/klines';
import type { AggTrade, SymbolMarket, Trade } from '../../market/symbol-market';
import { klineKey } from '../../market/symbol-market';
import { price, qty, quote } from '../../streams/payloads/format';
import {
  avgPricePayload,
  rollingTickerPayload,
  tickerPayload,
} from '../../streams/payloads/tickers';
import type { ApiDeps } from '../deps';
import { marketOf as marketOfSymbol } from './market-of';
import { errors } from '../errors';
import type { ApiMethod } from '../method';
import type { Params } from '../params';

const DAY = 86_400_000;

export function marketDataMethods(deps: ApiDeps): ApiMethod[] {
  const marketOf = (symbol: string): SymbolMarket => marketOfSymbol(deps, symbol);
  const one = (params: Params) => marketOf(params.string('symbol', true));
  /** `symbol`, `symbols` or neither (all): an object for `symbol`, else an array. */
  const many = <T>(params: Params, write: (m: SymbolMarket) => T): T | T[] => {
    const single = params.string('symbol');
    const listed = params.list('symbols');
    if (single !== undefined && listed !== undefined) throw errors.invalidParam('symbols');
    if (single !== undefined) return write(marketOf(single));
    const markets = listed?.map(marketOf) ?? [...deps.market.all()];
    return markets.map(write);
  };
  const byCount = (small: number, perSymbol: number, all: number) => (params: Params) =>
    params.has('symbol')
      ? small
      : params.has('symbols')
        ? Math.min(all, perSymbol * (params.list('symbols')?.length ?? 1))
        : all;

  const trade = (m: SymbolMarket, t: Trade) => ({
    id: t.id,
    price: price(m, t.price),
    qty: qty(m, t.qty),
    quoteQty: quote(((t.price * m.spec.tickE8) / 1e8) * ((t.qty * m.spec.lotE8) / 1e8)),
    time: t.time,
    isBuyerMaker: t.buyerMaker,
    isBestMatch: true,
  });
  const aggTrade = (m: SymbolMarket, a: AggTrade) => ({
    a: a.id,
    p: price(m, a.price),
    q: qty(m, a.qty),
    f: a.firstId,
    l: a.lastId,
    T: a.time,
    m: a.buyerMaker,
    M: true,
  });
  const kline = (m: SymbolMarket, bar: KlineBar) => [
    bar.openTime,
    price(m, bar.open),
    price(m, bar.high),
    price(m, bar.low),
    price(m, bar.close),
    qty(m, bar.volume),
    bar.closeTime,
    quote(bar.quote),
    bar.count,
    qty(m, bar.takerBuyVolume),
    quote(bar.takerBuyQuote),
    '0',
  ];
  const klines = (params: Params) => {
    const m = one(params);
    const interval = params.oneOf(
      'interval',
      KLINE_INTERVALS,
      true,
      errors.badInterval,
    ) as KlineInterval;
    const zone = params.string('timeZone') ?? '0';
    if (zone !== '0' && zone !== '+08:00' && zone !== '8') throw errors.invalidParam('timeZone');
    const offset = zone === '0' ? 0 : 8 * 3_600_000;
    const limit = params.limit('limit', 500, 1, 1000);
    const start = params.integer('startTime') ?? 0;
    const end = params.integer('endTime') ?? Number.MAX_SAFE_INTEGER;
    const series = m.klines.get(klineKey(interval, offset))!;
    const bars = [...series.history, series.current].filter(
      (b) => b.openTime >= start && b.openTime <= end,
    );
    const picked = params.has('startTime') ? bars.slice(0, limit) : bars.slice(-limit);
    return picked.map((bar) => kline(m, bar));
  };

  return [
    {
      wsApi: 'depth',
      rest: { method: 'GET', path: '/api/v3/depth' },
      security: 'NONE',
      weight: (params) => {
        const limit = Number(params.string('limit') ?? 100);
        return limit <= 100 ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;
      },
      handle: (params) => {
        const m = one(params);
        const limit = params.limit('limit', 100, 1, 5000);
        return deps.market.depthSnapshot(m.symbol, limit)!;
      },
    },
    {
      wsApi: 'trades.recent',
      rest: { method: 'GET', path: '/api/v3/trades' },
      security: 'NONE',
      weight: 25,
      handle: (params) => {
        const m = one(params);
        return m.history.recent(params.limit('limit', 500, 1, 1000)).map((t) => trade(m, t));
      },
    },
    {
      wsApi: 'trades.historical',
      rest: { method: 'GET', path: '/api/v3/historicalTrades' },
      security: 'NONE',
      weight: 25,
      handle: (params) => {
        const m = one(params);
        const limit = params.limit('limit', 500, 1, 1000);
        const fromId = params.integer('fromId');
        const list =
          fromId === undefined ? m.history.recent(limit) : m.history.fromId(fromId, limit);
        return list.map((t) => trade(m, t));
      },
    },
    {
      wsApi: 'trades.aggregate',
      rest: { method: 'GET', path: '/api/v3/aggTrades' },
      security: 'NONE',
      weight: 4,
      handle: (params) => {
        const m = one(params);
        const limit = params.limit('limit', 500, 1, 1000);
        const fromId = params.integer('fromId');
        const start = params.integer('startTime');
        const end = params.integer('endTime');
        const list =
          fromId !== undefined
            ? m.aggHistory.fromId(fromId, limit)
            : start !== undefined || end !== undefined
              ? m.aggHistory.between(start ?? 0, end ?? Number.MAX_SAFE_INTEGER, limit)
              : m.aggHistory.recent(limit);
        return list.map((a) => aggTrade(m, a));
      },
    },
    {
      wsApi: 'klines',
      rest: { method: 'GET', path: '/api/v3/klines' },
      security: 'NONE',
      weight: 2,
      handle: klines,
    },
    {
      wsApi: 'uiKlines',
      rest: { method: 'GET', path: '/api/v3/uiKlines' },
      security: 'NONE',
      weight: 2,
      handle: klines,
    },
    {
      wsApi: 'avgPrice',
      rest: { method: 'GET', path: '/api/v3/avgPrice' },
      security: 'NONE',
      weight: 2,
      handle: (params, ctx) => {
        const m = one(params);
        const p = avgPricePayload(m, ctx.now);
        return { mins: 5, price: p.w, closeTime: p.T };
      },
    },
    {
      wsApi: 'ticker.24hr',
      rest: { method: 'GET', path: '/api/v3/ticker/24hr' },
      security: 'NONE',
      weight: byCount(2, 2, 80),
      handle: (params, ctx) => {
        const mini = params.oneOf('type', ['FULL', 'MINI']) === 'MINI';
        return many(params, (m) => ticker24(m, ctx.now, mini));
      },
    },
    {
      wsApi: 'ticker.tradingDay',
      rest: { method: 'GET', path: '/api/v3/ticker/tradingDay' },
      security: 'NONE',
      weight: byCount(4, 4, 200),
      handle: (params, ctx) => {
        const mini = params.oneOf('type', ['FULL', 'MINI']) === 'MINI';
        const dayStart = Math.floor(ctx.now / DAY) * DAY;
        return many(params, (m) => rolling(m, ctx.now, ctx.now - dayStart, mini));
      },
    },
    {
      wsApi: 'ticker',
      rest: { method: 'GET', path: '/api/v3/ticker' },
      security: 'NONE',
      weight: byCount(4, 4, 200),
      handle: (params, ctx) => {
        const mini = params.oneOf('type', ['FULL', 'MINI']) === 'MINI';
        const windowMs = windowSize(params.string('windowSize') ?? '1d');
        return many(params, (m) => rolling(m, ctx.now, windowMs, mini));
      },
    },
    {
      wsApi: 'ticker.price',
      rest: { method: 'GET', path: '/api/v3/ticker/price' },
      security: 'NONE',
      weight: byCount(2, 2, 4),
      handle: (params) =>
        many(params, (m) => ({
          symbol: m.symbol,
          price: price(m, m.lastTrade?.price ?? Math.round(m.mid)),
        })),
    },
    {
      wsApi: 'ticker.book',
      rest: { method: 'GET', path: '/api/v3/ticker/bookTicker' },
      security: 'NONE',
      weight: byCount(2, 2, 4),
      handle: (params) =>
        many(params, (m) => {
          const bid = m.book.best('bid');
          const ask = m.book.best('ask');
          return {
            symbol: m.symbol,
            bidPrice: price(m, bid?.price ?? 0),
            bidQty: qty(m, bid?.qty ?? 0),
            askPrice: price(m, ask?.price ?? 0),
            askQty: qty(m, ask?.qty ?? 0),
          };
        }),
    },
  ];
}

/** ticker/24hr in Binance's REST shape, from the stream payload's numbers. */
function ticker24(m: SymbolMarket, now: number, mini: boolean) {
  const t = tickerPayload(m, now);
  const common = {
    symbol: t.s,
    openPrice: t.o,
    highPrice: t.h,
    lowPrice: t.l,
    lastPrice: t.c,
    volume: t.v,
    quoteVolume: t.q,
    openTime: t.O,
    closeTime: t.C,
    firstId: t.F,
    lastId: t.L,
    count: t.n,
  };
  if (mini) return common;
  return {
    symbol: t.s,
    priceChange: t.p,
    priceChangePercent: t.P,
    weightedAvgPrice: t.w,
    prevClosePrice: t.x,
    lastPrice: t.c,
    lastQty: t.Q,
    bidPrice: t.b,
    bidQty: t.B,
    askPrice: t.a,
    askQty: t.A,
    openPrice: t.o,
    highPrice: t.h,
    lowPrice: t.l,
    volume: t.v,
    quoteVolume: t.q,
    openTime: t.O,
    closeTime: t.C,
    firstId: t.F,
    lastId: t.L,
    count: t.n,
  };
}

/** ticker (rolling window) and ticker/tradingDay in Binance's REST shape. */
function rolling(m: SymbolMarket, now: number, windowMs: number, mini: boolean) {
  const t = rollingTickerPayload(m, '1d', now);
  const w = m.stats.window(now - windowMs);
  const base = {
    symbol: m.symbol,
    openPrice: price(m, w.open),
    highPrice: price(m, w.high),
    lowPrice: price(m, w.low),
    lastPrice: price(m, w.close),
    volume: qty(m, w.volume),
    quoteVolume: quote(w.quote),
    openTime: now - windowMs,
    closeTime: now,
    firstId: w.firstId,
    lastId: w.lastId,
    count: w.count,
  };
  if (mini) return base;
  const { symbol, ...rest } = base;
  return {
    symbol,
    priceChange: price(m, w.close - w.open),
    priceChangePercent: t.P,
    weightedAvgPrice: w.volume === 0 ? price(m, w.close) : t.w,
    ...rest,
  };
}

/** `windowSize`: 1m…59m, 1h…23h, 1d…7d. */
function windowSize(text: string): number {
  const match = /^(\d+)([mhd])$/.exec(text);
  const n = Number(match?.[1]);
  const unit = match?.[2];
  const ok =
    (unit === 'm' && n >= 1 && n <= 59) ||
    (unit === 'h' && n >= 1 && n <= 23) ||
    (unit === 'd' && n >= 1 && n <= 7);
  if (!ok) throw errors.invalidParam('windowSize');
  return n * (unit === 'm' ? 60_000 : unit === 'h' ? 3_600_000 : DAY);
}
