/** The matching engine through its API: order types, time in force, stops, locked balances. */
import { createHmac } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAccountHttp } from '../../generated/operations/get-account';
import { getBookHttp } from '../../generated/operations/get-book';
import { getMyPreventedMatchesHttp } from '../../generated/operations/get-my-prevented-matches';
import { getOrderHttp } from '../../generated/operations/get-order';
import { placeOrderHttp, type PlaceOrderParams } from '../../generated/operations/place-order';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { createHttpClient, type HttpClient } from '../../src/rest/http-client';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let client: HttpClient;
let bid = 0;
let ask = 0;
let askQty = 0;

beforeAll(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol] });
  const { apiKey, secret } = exchange.keys.hmac;
  client = createHttpClient({
    baseUrl: exchange.urls.rest,
    credentials: { apiKey, sign: (p) => createHmac('sha256', secret).update(p).digest('hex') },
  });
});
afterAll(() => exchange.close());

async function refreshBook() {
  const book = await firstValueFrom(getBookHttp({ symbol, limit: 1 }, client));
  bid = Number(book.bids[0]![0]);
  ask = Number(book.asks[0]![0]);
  askQty = Number(book.asks[0]![1]);
}
const place = (order: Omit<PlaceOrderParams, 'symbol'>) =>
  firstValueFrom(placeOrderHttp({ symbol, newOrderRespType: 'FULL', ...order }, client));
const failure = (order: Omit<PlaceOrderParams, 'symbol'>) => place(order).catch((e: unknown) => e);
const usdt = async () => {
  const account = await firstValueFrom(getAccountHttp({}, client));
  const b = account.balances.find((x) => x.asset === 'USDT')!;
  return { free: Number(b.free), locked: Number(b.locked) };
};

describe('matching engine', () => {
  it('a resting limit BUY locks its quote amount until it ends', async () => {
    await refreshBook();
    const before = await usdt();
    const price = (bid * 0.9).toFixed(2);
    const order = await place({
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.01',
      price,
    });
    const during = await usdt();
    expect(during.locked - before.locked).toBeCloseTo(Number(price) * 0.01, 6);
    expect(order.status).toBe('NEW');
  });

  it('LIMIT_MAKER that would take is rejected with -2010', async () => {
    await refreshBook();
    const error = await failure({
      side: 'BUY',
      type: 'LIMIT_MAKER',
      quantity: '0.001',
      price: ask.toFixed(2),
    });
    expect(error).toMatchObject({
      binanceCode: -2010,
      binanceMessage: 'Order would immediately match and take.',
    });
  });

  it('IOC fills what it can at once and expires the rest; FOK expires untouched if it cannot fill all', async () => {
    await refreshBook();
    const quantity = (askQty + 0.5).toFixed(5);
    const ioc = await place({
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'IOC',
      quantity,
      price: ask.toFixed(2),
    });
    expect(ioc.status).toBe('EXPIRED');
    expect(Number(ioc.executedQty)).toBeCloseTo(askQty, 8);
    await refreshBook();
    const fok = await place({
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'FOK',
      quantity: (askQty + 0.5).toFixed(5),
      price: ask.toFixed(2),
    });
    expect(fok).toMatchObject({ status: 'EXPIRED', executedQty: '0.00000000' });
  });

  it('a market order fills across levels with commission in the asset received', async () => {
    const order = await place({ side: 'BUY', type: 'MARKET', quantity: '0.01' });
    expect(order.status).toBe('FILLED');
    expect(order.fills!.length).toBeGreaterThan(0);
    expect(order.fills!.every((f) => f.commissionAsset === 'BTC')).toBe(true);
  });

  it('a stop-loss waits untriggered and triggers when the market trades through its stop price', async () => {
    await refreshBook();
    const stop = await place({
      side: 'SELL',
      type: 'STOP_LOSS',
      quantity: '0.001',
      stopPrice: (bid * 1.5).toFixed(2),
    });
    expect(
      (await firstValueFrom(getOrderHttp({ symbol, orderId: stop.orderId }, client))).isWorking,
    ).toBe(false);
    // A SELL stop triggers at or below its stop price: the next trade is far below it.
    for (let i = 0; i < 50; i += 1) {
      exchange.market.step();
      const now = await firstValueFrom(getOrderHttp({ symbol, orderId: stop.orderId }, client));
      if (now.status !== 'NEW') break;
    }
    expect(
      (await firstValueFrom(getOrderHttp({ symbol, orderId: stop.orderId }, client))).status,
    ).toBe('FILLED');
  });

  it('filters: a price off the tick is -1013 PRICE_FILTER, a tiny order -1013 NOTIONAL', async () => {
    expect(
      await failure({
        side: 'BUY',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity: '0.001',
        price: '100.001',
      }),
    ).toMatchObject({
      binanceCode: -1013,
      binanceMessage: 'Filter failure: PRICE_FILTER',
    });
    expect(
      await failure({
        side: 'BUY',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity: '0.00001',
        price: '1.00',
      }),
    ).toMatchObject({
      binanceCode: -1013,
      binanceMessage: 'Filter failure: NOTIONAL',
    });
  });
});

describe('self-trade prevention', () => {
  it('a taker crossing the same account resting order expires the maker (EXPIRE_MAKER) and records the prevented match', async () => {
    await refreshBook();
    // A resting SELL just above the best ask; a BUY taker a little higher would trade with it.
    const maker = await place({
      side: 'SELL',
      type: 'LIMIT_MAKER',
      quantity: '0.001',
      price: (ask * 1.0001).toFixed(2),
    });
    const taker = await place({
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'IOC',
      quantity: '0.001',
      price: (ask * 1.001).toFixed(2),
    });
    const makerNow = await firstValueFrom(getOrderHttp({ symbol, orderId: maker.orderId }, client));
    expect(makerNow.status).toBe('EXPIRED_IN_MATCH');
    expect(taker.status).not.toBe('EXPIRED_IN_MATCH');
    const matches = await firstValueFrom(
      getMyPreventedMatchesHttp({ symbol, orderId: maker.orderId }, client),
    );
    expect(matches).toMatchObject([
      {
        takerOrderId: taker.orderId,
        makerOrderId: maker.orderId,
        selfTradePreventionMode: 'EXPIRE_MAKER',
      },
    ]);
  });

  it('EXPIRE_TAKER expires the taker instead', async () => {
    await refreshBook();
    const maker = await place({
      side: 'SELL',
      type: 'LIMIT_MAKER',
      quantity: '0.001',
      price: (ask * 1.0001).toFixed(2),
    });
    const taker = await place({
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.001',
      price: (ask * 1.001).toFixed(2),
      selfTradePreventionMode: 'EXPIRE_TAKER',
    });
    expect(taker.status).toBe('EXPIRED_IN_MATCH');
    expect(
      (await firstValueFrom(getOrderHttp({ symbol, orderId: maker.orderId }, client))).status,
    ).toBe('NEW');
  });
});
