/**
 * Fidelity of the local exchange's USDⓈ-M futures, checked with the `binance` npm package:
 * its USDMClient (REST under `/fapi`, batch orders included) and its WebsocketClient on the `usdm` market (it routes
 * each stream to `/public/stream` or `/market/stream` of the host it is given), pointed at the
 * local exchange by URL overrides only.
 */
import { USDMClient, WebsocketClient } from 'binance';
import { describe, expect, it } from 'vitest';
import { firstEvent, localExchange, restOptions, silent } from './binance-package';

const exchange = localExchange();

describe('the binance npm package (USDⓈ-M) against the local exchange', () => {
  it('REST: reads the book, places and cancels a limit order, fills a market order, reads the position', async () => {
    const client = new USDMClient(restOptions(exchange()));
    const info = await client.getExchangeInfo();
    expect(info.symbols.map((s) => [s.symbol, s.contractType])).toEqual([['BTCUSDT', 'PERPETUAL']]);
    const book = await client.getOrderBook({ symbol: 'BTCUSDT', limit: 5 });
    expect(book.bids.length).toBe(5);
    expect(Number(book.bids[0]![0])).toBeLessThan(Number(book.asks[0]![0]));

    const price = Math.floor(Number(book.bids[0]![0]) * 0.9);
    const order = await client.submitNewOrder({
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: 0.001,
      price,
    });
    expect(order).toMatchObject({ symbol: 'BTCUSDT', status: 'NEW', type: 'LIMIT' });
    const open = await client.getAllOpenOrders({ symbol: 'BTCUSDT' });
    expect(open.map((o) => o.orderId)).toEqual([order.orderId]);
    const canceled = await client.cancelOrder({ symbol: 'BTCUSDT', orderId: order.orderId });
    expect(canceled.status).toBe('CANCELED');
    expect(await client.getAllOpenOrders({ symbol: 'BTCUSDT' })).toEqual([]);

    const market = await client.submitNewOrder({
      symbol: 'BTCUSDT',
      side: 'SELL',
      type: 'MARKET',
      quantity: 0.003,
      newOrderRespType: 'RESULT',
    });
    expect(market).toMatchObject({ status: 'FILLED', executedQty: '0.00300000' });
    const positions = await client.getPositionsV3({ symbol: 'BTCUSDT' });
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({ symbol: 'BTCUSDT', positionSide: 'BOTH' });
    expect(Number(positions[0]!.positionAmt)).toBe(-0.003);
    expect(Number(positions[0]!.entryPrice)).toBeCloseTo(Number(market.avgPrice), 6);
  });

  it('REST: places two orders in one batch and cancels them by id list', async () => {
    const client = new USDMClient(restOptions(exchange()));
    const book = await client.getOrderBook({ symbol: 'BTCUSDT', limit: 5 });
    const price = Math.floor(Number(book.bids[0]![0]) * 0.9);
    const order = {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: 0.001,
    } as const;
    const placed = await client.submitMultipleOrders([
      { ...order, price },
      { ...order, price: price - 10 },
    ]);
    const ids = placed.map((o) => ('orderId' in o ? o.orderId : o.code));
    expect(placed.map((o) => ('status' in o ? o.status : o.code))).toEqual(['NEW', 'NEW']);
    const canceled = await client.cancelMultipleOrders({ symbol: 'BTCUSDT', orderIdList: ids });
    expect(canceled.map((o) => ('status' in o ? o.status : o.code))).toEqual([
      'CANCELED',
      'CANCELED',
    ]);
    expect(await client.getAllOpenOrders({ symbol: 'BTCUSDT' })).toEqual([]);
  });

  it('WebSocket: aggregate trades on /market, diff depth with pu on /public', async () => {
    const ws = new WebsocketClient({ wsUrl: exchange().urls.usdmStreamHost }, silent);
    try {
      const trade = firstEvent(ws, 'aggTrade');
      const depth = firstEvent(ws, 'depthUpdate');
      void ws.subscribeAggregateTrades('BTCUSDT', 'usdm');
      void ws.subscribeDiffBookDepth('BTCUSDT', 100, 'usdm');
      expect(await trade).toMatchObject({ e: 'aggTrade', s: 'BTCUSDT' });
      const update = await depth;
      expect(update).toMatchObject({ e: 'depthUpdate', s: 'BTCUSDT' });
      expect(update['pu']).toBeLessThan(update['u'] as number);
    } finally {
      ws.closeAll(true);
    }
  });
});
