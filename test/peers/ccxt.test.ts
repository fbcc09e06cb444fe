/**
 * Fidelity of the local exchange, checked with a client we did not write: ccxt's binance (pro)
 * class, pointed at the local exchange by URL overrides only, loads markets, watches a ticker,
 * trades and an order book, and places and cancels an order.
 */
import ccxt from 'ccxt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalExchange, type LocalExchange } from '../../sim';

let exchange: LocalExchange;
let client: InstanceType<typeof ccxt.pro.binance>;

beforeAll(async () => {
  exchange = await startLocalExchange({ symbols: ['BTCUSDT', 'ETHUSDT'], tickMs: 20, speed: 10 });
  const rest = `${exchange.urls.rest}/api/v3`;
  client = new ccxt.pro.binance({
    apiKey: exchange.keys.hmac.apiKey,
    secret: exchange.keys.hmac.secret,
    options: { fetchMarkets: { types: ['spot'] }, fetchCurrencies: false, fetchMargins: false },
  });
  // ccxt wants its http agent loaded before it opens plain ws:// URLs (ours are loopback).
  await client.loadHttpProxyAgent();
  const api = client.urls['api'] as Record<string, unknown>;
  client.urls['api'] = {
    ...api,
    public: rest,
    private: rest,
    v1: rest,
    ws: {
      spot: exchange.urls.streams,
      margin: exchange.urls.streams,
      'ws-api': { spot: exchange.urls.wsApi },
    },
  };
});
afterAll(async () => {
  await client.close();
  await exchange.close();
});

describe('ccxt pro binance against the local exchange', () => {
  it('loads the markets from exchangeInfo', async () => {
    const markets = await client.loadMarkets();
    expect(markets['BTC/USDT']).toMatchObject({
      base: 'BTC',
      quote: 'USDT',
      spot: true,
      active: true,
    });
    expect(markets['BTC/USDT']!.precision.price).toBeGreaterThan(0);
  });

  it('watches a ticker, trades and an order book', async () => {
    const ticker = await client.watchTicker('BTC/USDT');
    expect(ticker).toMatchObject({ symbol: 'BTC/USDT' });
    expect(ticker.last).toBeGreaterThan(0);
    const trades = await client.watchTrades('BTC/USDT');
    expect(trades.length).toBeGreaterThan(0);
    expect(trades[0]).toMatchObject({ symbol: 'BTC/USDT' });
    const book = await client.watchOrderBook('BTC/USDT');
    expect(book.bids.length).toBeGreaterThan(0);
    expect(book.asks.length).toBeGreaterThan(0);
    expect(book.bids[0]![0]!).toBeLessThan(book.asks[0]![0]!);
  });

  it('places and cancels an order', async () => {
    const book = await client.fetchOrderBook('BTC/USDT', 5);
    const price = Math.floor(book.bids[0]![0]! * 0.9);
    const order = await client.createOrder('BTC/USDT', 'limit', 'buy', 0.001, price);
    expect(order).toMatchObject({ symbol: 'BTC/USDT', status: 'open', type: 'limit', side: 'buy' });
    const canceled = await client.cancelOrder(order.id!, 'BTC/USDT');
    expect(canceled.status).toBe('canceled');
    const balance = await client.fetchBalance();
    expect(balance['USDT']?.free).toBeGreaterThan(0);
  });
});
