/**
 * Market data methods (`rest-api.md`, "Market Data endpoints"; `web-socket-api.md`, "Market data
 * requests"): order book, trades, aggregate trades, klines, average price and tickers, read from
 * the simulated market and formatted like the streams format them.
 */
import { KLINE_INTERVALS, type KlineInterval } from '../../market/kline-intervals';
import type { SymbolMarket, Trade } from '../../market/symbol-market';
import { price, qty } from '../../streams/payloads/format';
import { avgPricePayload } from '../../streams/payloads/tickers';
import { aggTradeFields } from '../../streams/payloads/trades';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod } from '../method';
import type { Params } from '../params';
import { requestedAggTrades } from './agg-trades';
import { klineBars } from './kline-bars';
import { klineRow, requestedBars, tradeFields } from './rows';
import { marketOf } from './market-of';
import {
  requestedCount,
  selectMarkets,
  STATUS_OF_SIMULATED,
  statusMismatch,
  symbolStatus,
  type SelectionRules,
} from './symbol-selection';
import { ticker24, windowTicker } from './ticker-answers';
import { timeZoneOffset } from './time-zone';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Most symbols `ticker` and `ticker/tradingDay` accept in `symbols`. */
const MAX_WINDOW_SYMBOLS = 100;

export function marketDataMethods(deps: ApiDeps): ApiMethod[] {
  const one = (params: Params) => marketOf(deps, params.string('symbol', true));
  /** One object for `symbol`, an array for `symbols` or all symbols. */
  const each = <T>(params: Params, rules: SelectionRules, write: (m: SymbolMarket) => T) => {
    const selection = selectMarkets(deps, params, rules);
    const answers = selection.markets.map(write);
    return selection.single ? answers[0] : answers;
  };
  const type = (params: Params) => params.oneOf('type', ['FULL', 'MINI']) === 'MINI';
  /** `symbol` 2, anything else 4 (`ticker/price`, `ticker/bookTicker`). */
  const twoOrFour = (params: Params) => (params.has('symbol') ? 2 : 4);
  /** 4 per symbol, at most 200 (`ticker`, `ticker/tradingDay`). */
  const fourEach = (params: Params) => Math.min(200, 4 * requestedCount(params, 1));

  const klines = (params: Params) => {
    const m = one(params);
    const interval = params.oneOf(
      'interval',
      KLINE_INTERVALS,
      true,
      errors.badInterval,
    ) as KlineInterval;
    const offset = timeZoneOffset(params);
    const limit = params.limit('limit', 500, 1, 1000);
    return requestedBars(klineBars(m, interval, offset), params, limit).map((bar) =>
      klineRow(m, bar),
    );
  };

  return [
    {
      wsApi: 'depth',
      rest: { method: 'GET', path: '/api/v3/depth' },
      security: 'NONE',
      weight: (params) => {
        const limit = Number(params.string('limit') ?? 100);
        return !(limit > 100) ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;
      },
      handle: (params) => {
        const m = one(params);
        const limit = params.limit('limit', 100, 1, 5000);
        const status = symbolStatus(params);
        if (status !== undefined && status !== STATUS_OF_SIMULATED) throw statusMismatch();
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
        return m.history.page(params.integer('fromId'), limit).map((t) => trade(m, t));
      },
    },
    {
      wsApi: 'trades.aggregate',
      rest: { method: 'GET', path: '/api/v3/aggTrades' },
      security: 'NONE',
      weight: 4,
      handle: (params) => {
        const m = one(params);
        return requestedAggTrades(m, params).map((a) => aggTradeFields(m, a));
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
        const p = avgPricePayload(one(params), ctx.now);
        return { mins: 5, price: p.w, closeTime: p.T };
      },
    },
    {
      wsApi: 'ticker.24hr',
      rest: { method: 'GET', path: '/api/v3/ticker/24hr' },
      security: 'NONE',
      weight: (params) => {
        if (params.has('symbol')) return 2;
        const count = requestedCount(params, Infinity);
        return count <= 20 ? 2 : count <= 100 ? 40 : 80;
      },
      handle: (params, ctx) => {
        const mini = type(params);
        return each(params, {}, (m) => ticker24(m, ctx.now, mini));
      },
    },
    {
      wsApi: 'ticker.tradingDay',
      rest: { method: 'GET', path: '/api/v3/ticker/tradingDay' },
      security: 'NONE',
      weight: fourEach,
      handle: (params, ctx) => {
        const mini = type(params);
        const offset = timeZoneOffset(params);
        const dayStart = Math.floor((ctx.now + offset) / DAY) * DAY - offset;
        const rules = { required: true, max: MAX_WINDOW_SYMBOLS };
        return each(params, rules, (m) => windowTicker(m, dayStart, dayStart + DAY - 1, mini));
      },
    },
    {
      wsApi: 'ticker',
      rest: { method: 'GET', path: '/api/v3/ticker' },
      security: 'NONE',
      weight: fourEach,
      handle: (params, ctx) => {
        const mini = type(params);
        const windowMs = windowSize(params.string('windowSize') ?? '1d');
        const openTime = Math.floor((ctx.now - windowMs) / MINUTE) * MINUTE;
        const rules = { required: true, max: MAX_WINDOW_SYMBOLS };
        return each(params, rules, (m) => windowTicker(m, openTime, ctx.now, mini));
      },
    },
    {
      wsApi: 'ticker.price',
      rest: { method: 'GET', path: '/api/v3/ticker/price' },
      security: 'NONE',
      weight: twoOrFour,
      handle: (params) =>
        each(params, {}, (m) => ({
          symbol: m.symbol,
          price: price(m, m.lastTrade?.price ?? Math.round(m.mid)),
        })),
    },
    {
      wsApi: 'ticker.book',
      rest: { method: 'GET', path: '/api/v3/ticker/bookTicker' },
      security: 'NONE',
      weight: twoOrFour,
      handle: (params) =>
        each(params, {}, (m) => {
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

const trade = (m: SymbolMarket, t: Trade) => ({ ...tradeFields(m, t), isBestMatch: true });

/** `windowSize`: 1m…59m, 1h…23h, 1d…7d (units not combined). */
function windowSize(text: string): number {
  const match = /^(\d{1,2})([mhd])$/.exec(text);
  const n = Number(match?.[1]);
  const unit = match?.[2];
  const ok =
    (unit === 'm' && n >= 1 && n <= 59) ||
    (unit === 'h' && n >= 1 && n <= 23) ||
    (unit === 'd' && n >= 1 && n <= 7);
  if (!ok) throw errors.invalidParam('windowSize');
  return n * (unit === 'm' ? MINUTE : unit === 'h' ? HOUR : DAY);
}
