/**
 * USDⓈ-M batch orders over loopback against the local exchange, with the generated
 * `placeBatchOrdersHttp`, `modifyBatchOrdersHttp` and `cancelBatchOrdersHttp`: each answer valid
 * by its schema, one item per order in the order sent, an item that fails in the middle answered
 * in its place while the others go through (each with its ORDER_TRADE_UPDATE), and the item
 * limits: refused by the client before sending, and by the exchange itself when sent anyway.
 */
import { createHmac } from 'node:crypto';
import { firstValueFrom, type Observable } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Validator } from '../../../src/channels/descriptor';
import { InvalidParameterError } from '../../../src/errors';
import type { HttpClient } from '../../../src/rest/http-client';
import {
  cancelBatchOrdersHttp,
  createListenKeyHttp,
  getBookHttp,
  getOpenOrdersHttp,
  modifyBatchOrdersHttp,
  placeBatchOrdersHttp,
  validateCancelBatchOrdersResponse,
  validateModifyBatchOrdersResponse,
  validateOrderTradeUpdateEvent,
  validatePlaceBatchOrdersResponse,
} from '../../../src/usdm';
import type { LocalExchange } from '../../../sim';
import { Client, closeAll } from '../helpers';
import { limitBuy as restingBuy, startFutures } from './futures-exchange';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let client: HttpClient;

beforeEach(async () => {
  ({ exchange, client } = await startFutures([symbol], 17));
});
afterEach(closeAll);

const call = <T>(request: Observable<T>): Promise<T> => firstValueFrom(request);

function valid(validate: Validator, data: unknown): unknown[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** Two prices well under the best bid: LIMIT BUY orders there rest. */
async function restingPrices(): Promise<[string, string]> {
  const book = await call(getBookHttp({ symbol, limit: 5 }, client));
  const bid = Number(book.bids[0]![0]);
  return [(bid * 0.9).toFixed(2), (bid * 0.8).toFixed(2)];
}

const limitBuy = (price: string, newClientOrderId: string) =>
  ({ ...restingBuy(symbol, price), newClientOrderId }) as const;

/** A reduce-only SELL with no position to reduce: Binance refuses it with -2022. */
const reduceOnlySell = {
  symbol,
  side: 'SELL',
  type: 'MARKET',
  quantity: '0.01',
  reduceOnly: 'true',
} as const;

/** The order (`o`: id `i`, execution `x`, status `X`) of the next ORDER_TRADE_UPDATE, schema-checked. */
async function nextOrderUpdate(stream: Client): Promise<{ i: number; x: string; X: string }> {
  const event = JSON.parse(await stream.take((text) => text.includes('"ORDER_TRADE_UPDATE"')));
  expect(valid(validateOrderTradeUpdateEvent, event)).toEqual([]);
  return (event as { o: { i: number; x: string; X: string } }).o;
}

describe('local exchange: USDⓈ-M batch orders', () => {
  it('places, modifies and cancels in batches; a failing item answers in place', async () => {
    const { listenKey } = await call(createListenKeyHttp({}, client));
    const stream = await Client.open(`${exchange.urls.usdmStreamHost}/private/ws/${listenKey}`);
    const [low, lower] = await restingPrices();

    const placed = await call(
      placeBatchOrdersHttp(
        { batchOrders: [limitBuy(low, 'batch-a'), reduceOnlySell, limitBuy(lower, 'batch-b')] },
        client,
      ),
    );
    expect(valid(validatePlaceBatchOrdersResponse, placed)).toEqual([]);
    expect(placed).toHaveLength(3);
    const [a, failed, b] = placed as [
      { orderId: number; status: string; clientOrderId: string },
      { code: number; msg: string },
      { orderId: number; status: string; clientOrderId: string },
    ];
    expect(a).toMatchObject({ status: 'NEW', clientOrderId: 'batch-a' });
    expect(failed).toEqual({ code: -2022, msg: 'ReduceOnly Order is rejected.' });
    expect(b).toMatchObject({ status: 'NEW', clientOrderId: 'batch-b' });
    // One ORDER_TRADE_UPDATE per order placed, none for the refused item (likewise below).
    expect(await nextOrderUpdate(stream)).toMatchObject({ i: a.orderId, X: 'NEW' });
    expect(await nextOrderUpdate(stream)).toMatchObject({ i: b.orderId, X: 'NEW' });
    const open = await call(getOpenOrdersHttp({ symbol }, client));
    expect(open.map((o) => o.orderId).sort()).toEqual([a.orderId, b.orderId].sort());

    const lowest = (Number(lower) - 10).toFixed(2);
    const change = { symbol, side: 'BUY', quantity: '0.02', price: lowest } as const;
    const modified = await call(
      modifyBatchOrdersHttp(
        {
          batchOrders: [
            { ...change, orderId: a.orderId },
            { ...change, orderId: 999_999 },
            { ...change, origClientOrderId: 'batch-b' },
          ],
        },
        client,
      ),
    );
    expect(valid(validateModifyBatchOrdersResponse, modified)).toEqual([]);
    expect(modified[0]).toMatchObject({ orderId: a.orderId, origQty: '0.02000000' });
    expect(modified[1]).toEqual({ code: -2013, msg: 'Order does not exist.' });
    expect(modified[2]).toMatchObject({ orderId: b.orderId, origQty: '0.02000000' });
    expect(await nextOrderUpdate(stream)).toMatchObject({ i: a.orderId, x: 'AMENDMENT' });
    expect(await nextOrderUpdate(stream)).toMatchObject({ i: b.orderId, x: 'AMENDMENT' });

    const canceled = await call(
      cancelBatchOrdersHttp({ symbol, orderIdList: [b.orderId, 999_999, a.orderId] }, client),
    );
    expect(valid(validateCancelBatchOrdersResponse, canceled)).toEqual([]);
    expect(canceled[0]).toMatchObject({ orderId: b.orderId, status: 'CANCELED' });
    expect(canceled[1]).toEqual({ code: -2011, msg: 'Unknown order sent.' });
    expect(canceled[2]).toMatchObject({ orderId: a.orderId, status: 'CANCELED' });
    expect(await nextOrderUpdate(stream)).toMatchObject({ i: b.orderId, X: 'CANCELED' });
    expect(await nextOrderUpdate(stream)).toMatchObject({ i: a.orderId, X: 'CANCELED' });
    expect(await call(getOpenOrdersHttp({ symbol }, client))).toEqual([]);
  });

  it('cancels by client order ids', async () => {
    const [low, lower] = await restingPrices();
    await call(
      placeBatchOrdersHttp({ batchOrders: [limitBuy(low, 'x-1'), limitBuy(lower, 'x-2')] }, client),
    );
    const canceled = await call(
      cancelBatchOrdersHttp({ symbol, origClientOrderIdList: ['x-2', 'x-1'] }, client),
    );
    expect(valid(validateCancelBatchOrdersResponse, canceled)).toEqual([]);
    expect(canceled.map((o) => ('clientOrderId' in o ? o.clientOrderId : o.code))).toEqual([
      'x-2',
      'x-1',
    ]);
  });
});

describe('the item limits', () => {
  it('the client refuses a sixth order before sending; the exchange would answer -4082', async () => {
    const [low] = await restingPrices();
    const six = Array.from({ length: 6 }, (_, i) => limitBuy(low, `six-${i}`));
    const error = await call(placeBatchOrdersHttp({ batchOrders: six }, client)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter: 'batchOrders' });
    expect(await call(getOpenOrdersHttp({ symbol }, client))).toEqual([]);

    // The same six, signed and sent by hand: the local exchange refuses the whole request.
    const { apiKey, secret } = exchange.keys.hmac;
    const text = `batchOrders=${encodeURIComponent(JSON.stringify(six))}&timestamp=${Date.now()}`;
    const signature = createHmac('sha256', secret).update(text).digest('hex');
    const raw = await fetch(`${exchange.urls.rest}/fapi/v1/batchOrders`, {
      method: 'POST',
      headers: { 'X-MBX-APIKEY': apiKey, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${text}&signature=${signature}`,
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual({
      code: -4082,
      msg: 'Invalid number of batch place orders: 6',
    });
    expect(await call(getOpenOrdersHttp({ symbol }, client))).toEqual([]);
  });

  it('the client refuses an eleventh id to cancel', async () => {
    const ids = Array.from({ length: 11 }, (_, i) => i + 1);
    const error = await call(cancelBatchOrdersHttp({ symbol, orderIdList: ids }, client)).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      name: 'InvalidParameterError',
      parameter: 'orderIdList',
      rule: 'has 11 items; at most 10 are allowed',
    });
  });
});
