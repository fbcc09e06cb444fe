/**
 * Fidelity of the local exchange, checked with the `binance` npm package (another client we did
 * not write): its REST client and its WebsocketClient, pointed at the local exchange by URL
 * overrides only.
 */
import { MainClient, WebsocketClient } from 'binance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalExchange, type LocalExchange } from '../../sim';

let exchange: LocalExchange;

beforeAll(async () => {
  exchange = await startLocalExchange({ symbols: ['BTCUSDT'], tickMs: 20, speed: 10 });
});
afterAll(() => exchange.close());

const silent = { trace: () => {}, info: () => {}, error: () => {} };

describe('the binance npm package against the local exchange', () => {
  it('REST: reads exchange info and the book, places and cancels an order, reads the account', async () => {
    const client = new MainClient({
      api_key: exchange.keys.hmac.apiKey,
      api_secret: exchange.keys.hmac.secret,
      baseUrl: exchange.urls.rest,
    });
    const info = await client.getExchangeInfo();
    expect(info.symbols.map((s) => s.symbol)).toEqual(['BTCUSDT']);
    const book = await client.getOrderBook({ symbol: 'BTCUSDT', limit: 5 });
    expect(book.bids.length).toBe(5);
    const price = (Number(book.bids[0]![0]) * 0.9).toFixed(2);
    const order = await client.submitNewOrder({
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: 0.001,
      price: Number(price),
      newOrderRespType: 'RESULT',
    });
    expect(order).toMatchObject({ symbol: 'BTCUSDT', status: 'NEW' });
    const canceled = await client.cancelOrder({ symbol: 'BTCUSDT', orderId: order.orderId });
    expect(canceled.status).toBe('CANCELED');
    const account = await client.getAccountInformation();
    expect(account.balances.find((b) => b.asset === 'USDT')).toBeDefined();
  });

  it('WebSocket: subscribes to trades and receives them', async () => {
    const ws = new WebsocketClient({ wsUrl: exchange.urls.streams }, silent);
    try {
      const trade = new Promise<Record<string, unknown>>((resolve) => {
        ws.on('message', (data: unknown) => {
          const message = data as Record<string, unknown>;
          if (message['e'] === 'trade') resolve(message);
        });
      });
      void ws.subscribeSpotTrades('BTCUSDT');
      expect(await trade).toMatchObject({ e: 'trade', s: 'BTCUSDT' });
    } finally {
      ws.closeAll(true);
    }
  });
});
