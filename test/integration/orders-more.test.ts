/**
 * More order stories on the local exchange: a partial fill then the rest, rejections by signature
 * and by clock, an order that changes while the socket is down, an order amended to a new client
 * id, and a user data stream that is terminated by the server and comes back.
 */
import { createHmac, createPrivateKey, sign } from 'node:crypto';
import { filter, firstValueFrom, lastValueFrom, shareReplay, toArray } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amendOrderKeepPriorityFactory } from '../../generated/operations/amend-order-keep-priority';
import { cancelOrderHttp } from '../../generated/operations/cancel-order';
import { getBookFactory } from '../../generated/operations/get-book';
import { unsubscribeUserDataStreamFactory } from '../../generated/operations/unsubscribe-user-data-stream';
import { onExecutionReport } from '../../generated/user-data/execution-report';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { addOrderFactory, type OrderStage } from '../../src/orders/add-order-factory';
import { createHttpClient } from '../../src/rest/http-client';
import type { Credentials } from '../../src/signing/credentials';
import { wsApiSession, type WsApiSession } from '../../src/ws-api/session';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
const stops: (() => void)[] = [];

beforeEach(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol] });
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await exchange.close();
});

const hmac = (secret: string): Credentials => ({
  apiKey: exchange.keys.hmac.apiKey,
  sign: (p) => createHmac('sha256', secret).update(p).digest('hex'),
});
const ed25519 = (): Credentials => {
  const key = createPrivateKey(exchange.keys.ed25519.secret);
  return {
    apiKey: exchange.keys.ed25519.apiKey,
    sign: (p) => sign(null, Buffer.from(p), key).toString('base64'),
    keyType: 'ED25519',
  };
};
function open(credentials: Credentials, reconnectAfterMs = 20): WsApiSession {
  const session = wsApiSession({
    url: exchange.urls.wsApi,
    credentials,
    reconnect: { initialDelayMs: reconnectAfterMs, jitter: 0 },
  });
  const connection = session.connect();
  stops.push(() => connection.unsubscribe());
  return session;
}
const stages = (updates: OrderStage[]) => updates.map((u) => u.stage);

/**
 * A buy resting 10 % under the best bid, on a session that reconnects only after 500 ms (time to
 * change the order while the socket is down); resolves once the order is open.
 */
async function restingBuy(quantity: string, newClientOrderId?: string) {
  const session = open(ed25519(), 500);
  const book = await firstValueFrom(getBookFactory(session)({ symbol, limit: 1 }));
  const price = (Number(book.bids[0]![0]) * 0.9).toFixed(2);
  const order = addOrderFactory(session)({
    symbol,
    side: 'BUY',
    type: 'LIMIT',
    timeInForce: 'GTC',
    quantity,
    price,
    ...(newClientOrderId === undefined ? {} : { newClientOrderId }),
  }).pipe(shareReplay());
  const all = lastValueFrom(order.pipe(toArray()));
  const opened = await firstValueFrom(order.pipe(filter((u) => u.stage === 'open')));
  return { session, order, all, opened };
}

describe('orders on the local exchange, continued', () => {
  it('fills partially, then fully as the market trades through the rest', async () => {
    const session = open(ed25519());
    const book = await firstValueFrom(getBookFactory(session)({ symbol, limit: 1 }));
    const [askPrice, askQty] = book.asks[0]!;
    const quantity = (Number(askQty) + 0.001).toFixed(5);
    const order = addOrderFactory(session)({
      symbol,
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity,
      price: askPrice,
    }).pipe(shareReplay());
    const all = lastValueFrom(order.pipe(toArray()));
    await firstValueFrom(order.pipe(filter((u) => u.stage === 'partiallyFilled')));
    let done = false;
    void all.then(() => (done = true));
    // Each market step may trade through the resting rest of the order (sellers hit the bid).
    for (let i = 0; i < 500 && !done; i += 1) {
      exchange.market.step();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const updates = await all;
    expect(stages(updates)[0]).toBe('submitted');
    expect(stages(updates)).toContain('partiallyFilled');
    expect(stages(updates).at(-1)).toBe('filled');
    const fills = updates.filter((u) => u.stage === 'partiallyFilled' || u.stage === 'filled');
    const filled = fills.map((u) => Number(u.executionReport?.z ?? u.response?.executedQty));
    expect(filled).toEqual([...filled].sort((a, b) => a - b));
  });

  it('a bad signature and a stale timestamp each end in rejected with Binance code', async () => {
    const wrong = open(hmac('not-the-secret'));
    const bad = await lastValueFrom(
      addOrderFactory(wrong)({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.001' }).pipe(
        toArray(),
      ),
    );
    expect(stages(bad)).toEqual(['submitted', 'rejected']);
    expect(bad.at(-1)!.error).toMatchObject({ binanceCode: -1022 });

    const late = open(hmac(exchange.keys.hmac.secret));
    late.timeOffsetMs = -120_000;
    const stale = await lastValueFrom(
      addOrderFactory(late)({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.001' }).pipe(
        toArray(),
      ),
    );
    expect(stale.at(-1)).toMatchObject({ stage: 'rejected', error: { binanceCode: -1021 } });
  });

  it('an order canceled while the socket is down is reported once the socket is back', async () => {
    const { all, opened } = await restingBuy('0.001');
    exchange.faults.dropAll();
    const rest = createHttpClient({
      baseUrl: exchange.urls.rest,
      credentials: hmac(exchange.keys.hmac.secret),
    });
    await firstValueFrom(
      cancelOrderHttp({ symbol, origClientOrderId: opened.clientOrderId }, rest),
    );
    const updates = await all;
    expect(stages(updates)).toEqual(['submitted', 'pending', 'open', 'canceled']);
    // Usually learned from order.status on the new socket; on a slow machine the resubscribed user
    // data stream may tell it first. Either way the stage arrives once.
    expect(['orderStatus', 'executionReport']).toContain(updates.at(-1)!.source);
  });

  it('an order amended to a new client id is amended, then followed by its order id', async () => {
    const { session, order, all, opened } = await restingBuy('0.003', 'before-amend');
    const orderId = opened.response?.orderId ?? opened.executionReport?.i;
    const amend = amendOrderKeepPriorityFactory(session);
    await firstValueFrom(
      amend({
        symbol,
        origClientOrderId: 'before-amend',
        newQty: '0.002',
        newClientOrderId: 'renamed',
      }),
    );
    const amended = await firstValueFrom(order.pipe(filter((u) => u.stage === 'amended')));
    expect(amended.executionReport).toMatchObject({ x: 'REPLACED', c: 'renamed', q: '0.00200000' });
    // Its reports now carry `renamed`; while the socket is down it is canceled, and only a lookup
    // by order id (not by the client id it was placed with) can tell.
    exchange.faults.dropAll();
    const rest = createHttpClient({
      baseUrl: exchange.urls.rest,
      credentials: hmac(exchange.keys.hmac.secret),
    });
    await firstValueFrom(cancelOrderHttp({ symbol, orderId: Number(orderId) }, rest));
    const updates = await all;
    expect(stages(updates)).toEqual(['submitted', 'pending', 'open', 'amended', 'canceled']);
  });

  it('the user data stream comes back after the server terminates it', async () => {
    const session = open(hmac(exchange.keys.hmac.secret));
    const reports: string[] = [];
    const terminated: number[] = [];
    const listening = session.userData().subscribe(({ event }) => {
      if (event.e === 'eventStreamTerminated') terminated.push(event.E);
    });
    const executions = session
      .userData()
      .pipe(onExecutionReport())
      .subscribe((r) => reports.push(`${r.c}:${r.X}`));
    stops.push(() => (listening.unsubscribe(), executions.unsubscribe()));
    await lastValueFrom(
      addOrderFactory(session)({
        symbol,
        side: 'BUY',
        type: 'MARKET',
        quantity: '0.001',
        newClientOrderId: 'first',
      }),
    );
    await firstValueFrom(unsubscribeUserDataStreamFactory(session)({}));
    await firstValueFrom(session.rateLimits$.pipe(filter(() => terminated.length > 0)));
    await lastValueFrom(
      addOrderFactory(session)({
        symbol,
        side: 'BUY',
        type: 'MARKET',
        quantity: '0.001',
        newClientOrderId: 'second',
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(terminated).toHaveLength(1);
    expect(reports).toEqual(
      expect.arrayContaining(['first:FILLED', 'second:NEW', 'second:FILLED']),
    );
  });
});
