/** Order lists on the local exchange behave as Binance documents them. */
import { createHmac } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelOrderHttp } from '../../generated/operations/cancel-order';
import { getBookHttp } from '../../generated/operations/get-book';
import { getOrderHttp } from '../../generated/operations/get-order';
import { getOrderListHttp } from '../../generated/operations/get-order-list';
import { placeOcoOrderListHttp } from '../../generated/operations/place-oco-order-list';
import { placeOtoOrderListHttp } from '../../generated/operations/place-oto-order-list';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { createHttpClient, type HttpClient } from '../../src/rest/http-client';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let client: HttpClient;
let bid = 0;
let ask = 0;

beforeAll(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol] });
  const { apiKey, secret } = exchange.keys.hmac;
  client = createHttpClient({
    baseUrl: exchange.urls.rest,
    credentials: { apiKey, sign: (p) => createHmac('sha256', secret).update(p).digest('hex') },
  });
  const book = await firstValueFrom(getBookHttp({ symbol, limit: 1 }, client));
  bid = Number(book.bids[0]![0]);
  ask = Number(book.asks[0]![0]);
});
afterAll(() => exchange.close());

const status = async (orderId: number) =>
  (await firstValueFrom(getOrderHttp({ symbol, orderId }, client))).status;

describe('order lists on the local exchange', () => {
  it('OCO: canceling one leg cancels the whole list, both legs CANCELED', async () => {
    const list = await firstValueFrom(
      placeOcoOrderListHttp(
        {
          symbol,
          side: 'SELL',
          quantity: '0.001',
          aboveType: 'LIMIT_MAKER',
          abovePrice: (ask * 1.1).toFixed(2),
          belowType: 'STOP_LOSS',
          belowStopPrice: (bid * 0.9).toFixed(2),
        },
        client,
      ),
    );
    expect(list).toMatchObject({ contingencyType: 'OCO', listOrderStatus: 'EXECUTING' });
    const [first, second] = list.orders;
    const answer = await firstValueFrom(
      cancelOrderHttp({ symbol, orderId: first!.orderId }, client),
    );
    expect(answer).toMatchObject({ orderListId: list.orderListId, listOrderStatus: 'ALL_DONE' });
    expect('orderReports' in answer ? answer.orderReports.map((r) => r.status) : undefined).toEqual(
      ['CANCELED', 'CANCELED'],
    );
    expect(await status(first!.orderId)).toBe('CANCELED');
    expect(await status(second!.orderId)).toBe('CANCELED');
    const after = await firstValueFrom(getOrderListHttp({ orderListId: list.orderListId }, client));
    expect(after).toMatchObject({ listStatusType: 'ALL_DONE', listOrderStatus: 'ALL_DONE' });
  });

  it('OTO: the pending order waits (PENDING_NEW) and starts when the working order fills', async () => {
    const list = await firstValueFrom(
      placeOtoOrderListHttp(
        {
          symbol,
          workingType: 'LIMIT',
          workingSide: 'BUY',
          workingPrice: (ask * 1.01).toFixed(2),
          workingQuantity: '0.001',
          workingTimeInForce: 'GTC',
          pendingType: 'LIMIT_MAKER',
          pendingSide: 'SELL',
          pendingPrice: (ask * 1.2).toFixed(2),
          pendingQuantity: '0.001',
        },
        client,
      ),
    );
    const [working, pending] = list.orders;
    expect(await status(working!.orderId)).toBe('FILLED');
    expect(await status(pending!.orderId)).toBe('NEW');

    const waiting = await firstValueFrom(
      placeOtoOrderListHttp(
        {
          symbol,
          workingType: 'LIMIT',
          workingSide: 'BUY',
          workingPrice: (bid * 0.8).toFixed(2),
          workingQuantity: '0.001',
          workingTimeInForce: 'GTC',
          pendingType: 'MARKET',
          pendingSide: 'SELL',
          pendingQuantity: '0.001',
        },
        client,
      ),
    );
    expect(waiting.orderReports.map((r) => r.status)).toEqual(['NEW', 'PENDING_NEW']);
  });
});
