/**
 * What the general and market data methods answer (`rest-api.md`, "General endpoints" and
 * "Market Data endpoints"): data consistent with the simulated market, the documented
 * parameters (limit, fromId, startTime/endTime, timeZone, windowSize, type, symbolStatus,
 * permissions) and weights, and the same methods by their WebSocket API names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalExchange } from '../../sim';
import { Client, closeAll, sleep, start } from './helpers';

afterEach(closeAll);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface Answer {
  readonly status: number;
  readonly weight: number;
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function get(exchange: LocalExchange, path: string): Promise<Answer> {
  const res = await fetch(`${exchange.urls.rest}/api/v3/${path}`);
  return {
    status: res.status,
    weight: Number(res.headers.get('x-mbx-used-weight-1m')),
    body: await res.json(),
  };
}

/** The weight one request added (read from the used-weight header). */
async function weightOf(exchange: LocalExchange, path: string): Promise<number> {
  const before = (await get(exchange, 'ping')).weight;
  return (await get(exchange, path)).weight - before;
}

/** A paused exchange that traded in `batches` steps of separate milliseconds. */
async function traded(batches = 4): Promise<LocalExchange> {
  const exchange = await start({ paused: true });
  for (let i = 0; i < batches; i++) {
    exchange.market.step(50);
    await sleep(3);
  }
  return exchange;
}

interface RestTrade {
  id: number;
  price: string;
  qty: string;
  time: number;
}

interface RestAggTrade {
  a: number;
  p: string;
  q: string;
  f: number;
  l: number;
  T: number;
}

type Kline = [number, string, string, string, string, string, number, string, number];

const lastTradeOf = async (exchange: LocalExchange, symbol = 'BTCUSDT'): Promise<RestTrade> =>
  (await get(exchange, `trades?symbol=${symbol}&limit=1`)).body[0];

describe('order book and trades', () => {
  it('depth: best levels first, limited, weighted by limit', async () => {
    const exchange = await traded(1);
    const { body } = await get(exchange, 'depth?symbol=BTCUSDT&limit=5');
    expect(body.bids).toHaveLength(5);
    expect(body.asks).toHaveLength(5);
    const bids = body.bids.map(([p]: string[]) => Number(p));
    const asks = body.asks.map(([p]: string[]) => Number(p));
    expect(bids).toEqual([...bids].sort((a, b) => b - a));
    expect(asks).toEqual([...asks].sort((a, b) => a - b));
    expect(bids[0]).toBeLessThan(asks[0]);
    expect(body.lastUpdateId).toBeGreaterThan(0);
    expect(await weightOf(exchange, 'depth?symbol=BTCUSDT')).toBe(5);
    expect(await weightOf(exchange, 'depth?symbol=BTCUSDT&limit=500')).toBe(25);
    expect(await weightOf(exchange, 'depth?symbol=BTCUSDT&limit=1000')).toBe(50);
    expect(await weightOf(exchange, 'depth?symbol=BTCUSDT&limit=5000')).toBe(250);
    expect((await get(exchange, 'depth?symbol=BTCUSDT&limit=0')).body.code).toBe(-1130);
  });

  it('trades and historicalTrades: the most recent, or from an id, oldest first', async () => {
    const exchange = await traded(1);
    const recent: RestTrade[] = (await get(exchange, 'trades?symbol=BTCUSDT&limit=10')).body;
    expect(recent).toHaveLength(10);
    const ids = recent.map((t) => t.id);
    expect(ids).toEqual(ids.map((_, i) => ids[0]! + i));
    expect(ids.at(-1)).toBe((await lastTradeOf(exchange)).id);
    const from: RestTrade[] = (
      await get(exchange, 'historicalTrades?symbol=BTCUSDT&fromId=3&limit=4')
    ).body;
    expect(from.map((t) => t.id)).toEqual([3, 4, 5, 6]);
    const latest: RestTrade[] = (await get(exchange, 'historicalTrades?symbol=BTCUSDT&limit=2'))
      .body;
    expect(latest.map((t) => t.id)).toEqual(ids.slice(-2));
    expect(await weightOf(exchange, 'trades?symbol=BTCUSDT')).toBe(25);
  });

  it('aggTrades: cover the trades, by fromId, startTime and endTime', async () => {
    const exchange = await traded(4);
    const all: RestAggTrade[] = (await get(exchange, 'aggTrades?symbol=BTCUSDT&limit=1000')).body;
    expect(all.length).toBeGreaterThan(5);
    expect(all[0]!.f).toBe(1);
    for (let i = 1; i < all.length; i++) expect(all[i]!.f).toBe(all[i - 1]!.l + 1);
    expect(all.at(-1)!.l).toBe((await lastTradeOf(exchange)).id);

    const fromId: RestAggTrade[] = (
      await get(exchange, 'aggTrades?symbol=BTCUSDT&fromId=2&limit=3')
    ).body;
    expect(fromId.map((a) => a.a)).toEqual([2, 3, 4]);

    const times = [...new Set(all.map((a) => a.T))];
    expect(times.length).toBeGreaterThan(1);
    const [t0, t1] = times as [number, number];
    const since: RestAggTrade[] = (
      await get(exchange, `aggTrades?symbol=BTCUSDT&startTime=${t1}&limit=2`)
    ).body;
    expect(since.map((a) => a.a)).toEqual(
      all
        .filter((a) => a.T >= t1)
        .slice(0, 2)
        .map((a) => a.a),
    );
    const until: RestAggTrade[] = (
      await get(exchange, `aggTrades?symbol=BTCUSDT&endTime=${t0}&limit=2`)
    ).body;
    expect(until.map((a) => a.a)).toEqual(
      all
        .filter((a) => a.T <= t0)
        .slice(-2)
        .map((a) => a.a),
    );
    const micro: RestAggTrade[] = (
      await get(exchange, `aggTrades?symbol=BTCUSDT&startTime=${t0 * 1000}&endTime=${t0 * 1000}`)
    ).body;
    expect(micro.map((a) => a.a)).toEqual(all.filter((a) => a.T === t0).map((a) => a.a));
  });
});

describe('klines', () => {
  it('count every trade, keep the limit and startTime, and reject a bad interval', async () => {
    const exchange = await traded(2);
    const total = (await lastTradeOf(exchange)).id;
    const bars: Kline[] = (await get(exchange, 'klines?symbol=BTCUSDT&interval=1s&limit=1000'))
      .body;
    expect(bars.reduce((sum, b) => sum + b[8], 0)).toBe(total);
    for (const b of bars) expect(b[6]).toBe(b[0] + 999);
    const one: Kline[] = (await get(exchange, 'klines?symbol=BTCUSDT&interval=1s&limit=1')).body;
    expect(one).toEqual([bars.at(-1)]);
    const since: Kline[] = (
      await get(exchange, `klines?symbol=BTCUSDT&interval=1s&startTime=${bars.at(-1)![0]}`)
    ).body;
    expect(since).toEqual([bars.at(-1)]);
    const ui: Kline[] = (await get(exchange, 'uiKlines?symbol=BTCUSDT&interval=1s&limit=1000'))
      .body;
    expect(ui).toEqual(bars);
    expect((await get(exchange, 'klines?symbol=BTCUSDT&interval=1y')).body.code).toBe(-1120);
    expect((await get(exchange, 'klines?symbol=BTCUSDT')).body.code).toBe(-1102);
  });

  it('align bars to timeZone: UTC, +8, 05:45 and -3, rejecting zones out of range', async () => {
    const exchange = await traded(1);
    const total = (await lastTradeOf(exchange)).id;
    const zones: [string, number][] = [
      ['0', 0],
      ['8', 8 * HOUR],
      ['%2B08:00', 8 * HOUR],
      ['05:45', 5 * HOUR + 45 * MINUTE],
      ['-3', -3 * HOUR],
    ];
    for (const [zone, offset] of zones) {
      const bars: Kline[] = (
        await get(exchange, `klines?symbol=BTCUSDT&interval=1d&timeZone=${zone}`)
      ).body;
      expect(bars.length, zone).toBeGreaterThan(0);
      for (const b of bars) {
        expect((b[0] + offset) % DAY, zone).toBe(0);
        expect(b[6], zone).toBe(b[0] + DAY - 1);
      }
      expect(
        bars.reduce((sum, b) => sum + b[8], 0),
        zone,
      ).toBe(total);
    }
    const hourly: Kline[] = (await get(exchange, 'klines?symbol=BTCUSDT&interval=1h&timeZone=-3'))
      .body;
    for (const b of hourly) expect(b[0] % HOUR).toBe(0);
    for (const bad of ['15', '-13', '5:75', 'UTC']) {
      expect(
        (await get(exchange, `klines?symbol=BTCUSDT&interval=1d&timeZone=${bad}`)).body.code,
        bad,
      ).toBe(-1130);
    }
  });
});

describe('tickers', () => {
  it('avgPrice: five minutes, a price and the last trade time', async () => {
    const exchange = await traded(1);
    const { body } = await get(exchange, 'avgPrice?symbol=BTCUSDT');
    expect(body.mins).toBe(5);
    expect(Number(body.price)).toBeGreaterThan(0);
    expect(body.closeTime).toBe((await lastTradeOf(exchange)).time);
  });

  it('ticker/24hr: an object for symbol, an array otherwise, FULL or MINI, weighted by count', async () => {
    const exchange = await traded(1);
    const last = await lastTradeOf(exchange);
    const one = (await get(exchange, 'ticker/24hr?symbol=BTCUSDT')).body;
    expect(one).toMatchObject({
      symbol: 'BTCUSDT',
      lastPrice: last.price,
      lastId: last.id,
      count: last.id,
      firstId: 1,
    });
    const listed = (await get(exchange, 'ticker/24hr?symbols=["ETHUSDT","BTCUSDT"]')).body;
    expect(listed.map((t: { symbol: string }) => t.symbol)).toEqual(['ETHUSDT', 'BTCUSDT']);
    const all = (await get(exchange, 'ticker/24hr?type=MINI')).body;
    expect(all).toHaveLength(3);
    expect(all[0]).not.toHaveProperty('priceChange');
    expect((await get(exchange, 'ticker/24hr?type=HALF')).body.code).toBe(-1130);
    expect(await weightOf(exchange, 'ticker/24hr?symbol=BTCUSDT')).toBe(2);
    expect(await weightOf(exchange, 'ticker/24hr?symbols=["BTCUSDT"]')).toBe(2);
    expect(await weightOf(exchange, 'ticker/24hr')).toBe(80);
  });

  it('ticker/tradingDay: needs symbol or symbols; the trading day in timeZone', async () => {
    const exchange = await traded(1);
    const missing = await get(exchange, 'ticker/tradingDay');
    expect(missing.body).toEqual({
      code: -1102,
      msg: "Param 'symbol' or 'symbols' must be sent, but both were empty/null!",
    });
    const utc = (await get(exchange, 'ticker/tradingDay?symbol=BTCUSDT')).body;
    expect(utc.openTime % DAY).toBe(0);
    expect(utc.closeTime).toBe(utc.openTime + DAY - 1);
    expect(utc.count).toBe((await lastTradeOf(exchange)).id);
    const east = (await get(exchange, 'ticker/tradingDay?symbol=BTCUSDT&timeZone=8')).body;
    expect((east.openTime + 8 * HOUR) % DAY).toBe(0);
    expect(await weightOf(exchange, 'ticker/tradingDay?symbols=["BTCUSDT","ETHUSDT"]')).toBe(8);
  });

  it('ticker: a rolling window opening on a minute, windowSize checked', async () => {
    const exchange = await traded(1);
    const before = Date.now();
    const { body } = await get(exchange, 'ticker?symbol=BTCUSDT&windowSize=15m');
    expect(body.openTime % MINUTE).toBe(0);
    expect(body.closeTime).toBeGreaterThanOrEqual(before);
    expect(body.closeTime - body.openTime).toBeGreaterThanOrEqual(15 * MINUTE);
    expect(body.closeTime - body.openTime).toBeLessThan(16 * MINUTE);
    expect(body.count).toBe((await lastTradeOf(exchange)).id);
    expect(Number(body.priceChange)).toBeCloseTo(
      Number(body.lastPrice) - Number(body.openPrice),
      6,
    );
    for (const bad of ['60m', '24h', '8d', '1d2h', '0m']) {
      expect((await get(exchange, `ticker?symbol=BTCUSDT&windowSize=${bad}`)).body.code, bad).toBe(
        -1130,
      );
    }
    expect((await get(exchange, 'ticker')).body.code).toBe(-1102);
    expect(await weightOf(exchange, 'ticker?symbol=BTCUSDT')).toBe(4);
  });

  it('ticker/price and ticker/bookTicker agree with the trades and the book', async () => {
    const exchange = await traded(1);
    const price = (await get(exchange, 'ticker/price?symbol=BTCUSDT')).body;
    expect(price).toEqual({ symbol: 'BTCUSDT', price: (await lastTradeOf(exchange)).price });
    const book = (await get(exchange, 'ticker/bookTicker?symbol=BTCUSDT')).body;
    const depth = (await get(exchange, 'depth?symbol=BTCUSDT&limit=1')).body;
    expect(book).toEqual({
      symbol: 'BTCUSDT',
      bidPrice: depth.bids[0][0],
      bidQty: depth.bids[0][1],
      askPrice: depth.asks[0][0],
      askQty: depth.asks[0][1],
    });
    expect(await weightOf(exchange, 'ticker/price?symbol=BTCUSDT')).toBe(2);
    expect(await weightOf(exchange, 'ticker/price?symbols=["BTCUSDT"]')).toBe(4);
    expect(await weightOf(exchange, 'ticker/bookTicker')).toBe(4);
  });

  it('symbol selection: symbolStatus, combinations, repeats and unknown symbols', async () => {
    const exchange = await traded(1);
    expect((await get(exchange, 'ticker/price?symbol=BTCUSDT&symbolStatus=TRADING')).status).toBe(
      200,
    );
    expect((await get(exchange, 'ticker/price?symbol=BTCUSDT&symbolStatus=HALT')).body).toEqual({
      code: -1220,
      msg: "The symbol's status does not match the requested symbolStatus.",
    });
    expect((await get(exchange, 'depth?symbol=BTCUSDT&symbolStatus=BREAK')).body.code).toBe(-1220);
    expect((await get(exchange, 'ticker/24hr?symbolStatus=HALT')).body).toEqual([]);
    expect((await get(exchange, 'ticker/price?symbolStatus=OPEN')).body.code).toBe(-1122);
    expect((await get(exchange, 'ticker/price?symbol=BTCUSDT&symbols=["ETHUSDT"]')).body.code).toBe(
      -1128,
    );
    expect((await get(exchange, 'ticker/price?symbols=["ETHUSDT","ETHUSDT"]')).body.code).toBe(
      -1151,
    );
    expect((await get(exchange, 'ticker/price?symbols=["ETHUSDT","NOPE"]')).body.code).toBe(-1121);
    expect((await get(exchange, 'ticker/price?symbol=btcusdt')).body.code).toBe(-1121);
  });
});

describe('exchangeInfo', () => {
  const symbolsOf = (body: { symbols: { symbol: string }[] }) => body.symbols.map((s) => s.symbol);

  it('filters by symbol, symbols, permissions and symbolStatus', async () => {
    const exchange = await start({ paused: true });
    expect(symbolsOf((await get(exchange, 'exchangeInfo?symbol=ETHUSDT')).body)).toEqual([
      'ETHUSDT',
    ]);
    expect(
      symbolsOf(
        (await get(exchange, 'exchangeInfo?symbols=%5B%22BNBUSDT%22,%22BTCUSDT%22%5D')).body,
      ),
    ).toEqual(['BNBUSDT', 'BTCUSDT']);
    expect((await get(exchange, 'exchangeInfo?symbol=NOPE')).body.code).toBe(-1121);
    expect(symbolsOf((await get(exchange, 'exchangeInfo?permissions=SPOT')).body)).toHaveLength(3);
    expect(
      symbolsOf((await get(exchange, 'exchangeInfo?permissions=["MARGIN","LEVERAGED"]')).body),
    ).toEqual([]);
    expect((await get(exchange, 'exchangeInfo?permissions=FUTURES')).body.code).toBe(-1130);
    expect(symbolsOf((await get(exchange, 'exchangeInfo?symbolStatus=TRADING')).body)).toHaveLength(
      3,
    );
    expect(symbolsOf((await get(exchange, 'exchangeInfo?symbolStatus=HALT')).body)).toEqual([]);
    expect(
      (await get(exchange, 'exchangeInfo?symbol=BTCUSDT&symbolStatus=TRADING')).body.code,
    ).toBe(-1128);
    expect((await get(exchange, 'exchangeInfo?symbol=BTCUSDT&permissions=SPOT')).body.code).toBe(
      -1128,
    );
  });

  it('leaves permissionSets empty with showPermissionSets=false and weighs 20', async () => {
    const exchange = await start({ paused: true });
    const shown = (await get(exchange, 'exchangeInfo?symbol=BTCUSDT')).body.symbols[0];
    expect(shown.permissionSets).toEqual([['SPOT']]);
    const hidden = (await get(exchange, 'exchangeInfo?symbol=BTCUSDT&showPermissionSets=false'))
      .body.symbols[0];
    expect(hidden.permissionSets).toEqual([]);
    expect(await weightOf(exchange, 'exchangeInfo')).toBe(20);
  });
});

describe('WebSocket API names', () => {
  it('serves the same methods by their WebSocket API names', async () => {
    const exchange = await traded(1);
    const client = await Client.open(exchange.urls.wsApi);
    const requests: [string, Record<string, unknown>][] = [
      ['ping', {}],
      ['time', {}],
      ['exchangeInfo', { symbols: ['BTCUSDT'] }],
      ['depth', { symbol: 'BTCUSDT', limit: 5 }],
      ['trades.recent', { symbol: 'BTCUSDT', limit: 5 }],
      ['trades.historical', { symbol: 'BTCUSDT', fromId: 1, limit: 5 }],
      ['trades.aggregate', { symbol: 'BTCUSDT', limit: 5 }],
      ['klines', { symbol: 'BTCUSDT', interval: '1m', limit: 5 }],
      ['uiKlines', { symbol: 'BTCUSDT', interval: '1m', limit: 5, timeZone: '8' }],
      ['avgPrice', { symbol: 'BTCUSDT' }],
      ['ticker.24hr', { symbols: ['BTCUSDT', 'ETHUSDT'], type: 'MINI' }],
      ['ticker.tradingDay', { symbols: ['BTCUSDT'], timeZone: '00:00' }],
      ['ticker', { symbol: 'BTCUSDT', windowSize: '7d' }],
      ['ticker.price', { symbol: 'BTCUSDT' }],
      ['ticker.book', {}],
    ];
    let id = 0;
    for (const [method, params] of requests) {
      const answer = await client.request({ id: ++id, method, params });
      expect(answer, method).toMatchObject({ id, status: 200 });
      const rest = await get(exchange, restPath(method, params));
      expect(Array.isArray(answer['result']), method).toBe(Array.isArray(rest.body));
    }
  });
});

/** The REST request equivalent to a WebSocket API one (shape comparison only). */
function restPath(method: string, params: Record<string, unknown>): string {
  const paths: Record<string, string> = {
    'trades.recent': 'trades',
    'trades.historical': 'historicalTrades',
    'trades.aggregate': 'aggTrades',
    'ticker.24hr': 'ticker/24hr',
    'ticker.tradingDay': 'ticker/tradingDay',
    'ticker.price': 'ticker/price',
    'ticker.book': 'ticker/bookTicker',
  };
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(Array.isArray(v) ? JSON.stringify(v) : String(v))}`)
    .join('&');
  return `${paths[method] ?? method}?${query}`;
}
