/**
 * Fidelity of the local exchange, checked with the `binance` npm package (another client we did
 * not write): its REST client and its WebsocketClient, pointed at the local exchange by URL
 * overrides only.
 */
import { MainClient, WebsocketClient } from 'binance';
import { describe, expect, it } from 'vitest';
import { firstEvent, localExchange, restOptions, silent } from './binance-package';

const exchange = localExchange();

describe('the binance npm package against the local exchange', () => {
  it('REST: reads exchange info and the book, places and cancels an order, reads the account', async () => {
    const client = new MainClient(restOptions(exchange()));
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
    const ws = new WebsocketClient({ wsUrl: exchange().urls.streams }, silent);
    try {
      const trade = firstEvent(ws, 'trade');
      void ws.subscribeSpotTrades('BTCUSDT');
      expect(await trade).toMatchObject({ e: 'trade', s: 'BTCUSDT' });
    } finally {
      ws.closeAll(true);
    }
  });
});
