/**
 * Fidelity of the local exchange's USDⓈ-M futures, checked with ccxt's `binanceusdm` (pro) class
 * pointed at it by URL overrides only: markets from `/fapi/v1/exchangeInfo`, aggTrade on the
 * `/market` route, an order book kept from diff depth (with `pu`) on the `/public` route, a
 * LIMIT order placed, listed and canceled, a MARKET order filled and its position read
 * (`/fapi/v3/positionRisk`, after `/fapi/v1/leverageBracket`).
 *
 * Two options, not overrides: ccxt's futures `watchTrades` defaults to `<symbol>@trade`, which
 * Binance does not document for USDⓈ-M (its docs and its own connector have aggTrade only), so
 * `watchTrades.name` asks for `aggTrade`; and, as for Spot, only linear markets are loaded.
 */
import ccxt from 'ccxt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalExchange, type LocalExchange } from '../../sim';

const SYMBOL = 'BTC/USDT:USDT';
let exchange: LocalExchange;
let client: InstanceType<typeof ccxt.pro.binanceusdm>;

beforeAll(async () => {
  exchange = await startLocalExchange({ symbols: ['BTCUSDT'], tickMs: 20, speed: 10 });
  client = new ccxt.pro.binanceusdm({
    apiKey: exchange.keys.hmac.apiKey,
    secret: exchange.keys.hmac.secret,
    options: {
      fetchMarkets: { types: ['linear'] },
      fetchCurrencies: false,
      fetchMargins: false,
      watchTrades: { name: 'aggTrade' },
    },
  });
  // ccxt wants its http agent loaded before it opens plain ws:// URLs (ours are loopback).
  await client.loadHttpProxyAgent();
  const fapi = `${exchange.urls.rest}/fapi`;
  const api = client.urls['api'] as Record<string, unknown> & { ws: Record<string, unknown> };
  client.urls['api'] = {
    ...api,
    fapiPublic: `${fapi}/v1`,
    fapiPublicV2: `${fapi}/v2`,
    fapiPublicV3: `${fapi}/v3`,
    fapiPrivate: `${fapi}/v1`,
    fapiPrivateV2: `${fapi}/v2`,
    fapiPrivateV3: `${fapi}/v3`,
    // ccxt rewrites a futures URL ending in /ws to /public/ws or /market/ws by stream.
    ws: { ...api.ws, future: `${exchange.urls.usdmStreamHost}/ws` },
  };
});
afterAll(async () => {
  await client.close();
  await exchange.close();
});

describe('ccxt pro binanceusdm against the local exchange', () => {
  it('loads the perpetual from exchangeInfo', async () => {
    const markets = await client.loadMarkets();
    expect(Object.keys(markets)).toEqual([SYMBOL]);
    expect(markets[SYMBOL]).toMatchObject({
      base: 'BTC',
      quote: 'USDT',
      settle: 'USDT',
      swap: true,
      linear: true,
      active: true,
    });
  });

  it('watches aggregate trades and an order book kept from diff depth', async () => {
    const trades = await client.watchTrades(SYMBOL);
    expect(trades.length).toBeGreaterThan(0);
    expect(trades[0]).toMatchObject({ symbol: SYMBOL, info: { e: 'aggTrade', s: 'BTCUSDT' } });
    expect(trades[0]!.price).toBeGreaterThan(0);
    const book = await client.watchOrderBook(SYMBOL);
    expect(book.bids.length).toBeGreaterThan(0);
    expect(book.asks.length).toBeGreaterThan(0);
    expect(book.bids[0]![0]!).toBeLessThan(book.asks[0]![0]!);
    expect(book.nonce).toBeGreaterThan(0);
  });

  it('places a limit order, finds it open, cancels it', async () => {
    const book = await client.fetchOrderBook(SYMBOL, 5);
    const price = Math.floor(book.bids[0]![0]! * 0.9);
    const order = await client.createOrder(SYMBOL, 'limit', 'buy', 0.001, price);
    expect(order).toMatchObject({ symbol: SYMBOL, status: 'open', type: 'limit', price });
    expect((await client.fetchOpenOrders(SYMBOL)).map((o) => o.id)).toEqual([order.id]);
    const canceled = await client.cancelOrder(order.id!, SYMBOL);
    expect(canceled.status).toBe('canceled');
    expect(await client.fetchOpenOrders(SYMBOL)).toEqual([]);
  });

  it('places orders in one batch (createOrders) and cancels them in one (cancelOrders)', async () => {
    const book = await client.fetchOrderBook(SYMBOL, 5);
    const price = Math.floor(book.bids[0]![0]! * 0.9);
    const order = { symbol: SYMBOL, type: 'limit', side: 'buy', amount: 0.001 } as const;
    const orders = await client.createOrders([
      { ...order, price },
      { ...order, price: price - 10 },
    ]);
    expect(orders.map((o) => [o.status, o.price])).toEqual([
      ['open', price],
      ['open', price - 10],
    ]);
    const ids = orders.map((o) => o.id!);
    expect((await client.fetchOpenOrders(SYMBOL)).map((o) => o.id).sort()).toEqual(ids.sort());
    const canceled = await client.cancelOrders(ids, SYMBOL);
    expect(canceled.map((o) => o.status)).toEqual(['canceled', 'canceled']);
    expect(await client.fetchOpenOrders(SYMBOL)).toEqual([]);
  });

  it('fills a market order and reads the long it opened', async () => {
    const order = await client.createOrder(SYMBOL, 'market', 'buy', 0.002);
    expect(order).toMatchObject({ status: 'closed', filled: 0.002 });
    const positions = await client.fetchPositions([SYMBOL]);
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({
      symbol: SYMBOL,
      side: 'long',
      contracts: 0.002,
      marginMode: 'cross',
    });
    expect(positions[0]!.entryPrice).toBeCloseTo(order.average!, 6);
  });
});
