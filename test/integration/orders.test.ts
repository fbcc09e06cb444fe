/**
 * Orders through the WebSocket API on the local exchange, stage by stage: a limit order rests and
 * is canceled, a market order fills, rejections end in `rejected` with Binance's code, the user
 * data stream survives a dropped connection.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { filter, firstValueFrom, lastValueFrom, merge, shareReplay, toArray } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelOrderFactory } from '../../generated/operations/cancel-order';
import { getBookFactory } from '../../generated/operations/get-book';
import { getSessionSubscriptionsFactory } from '../../generated/operations/get-session-subscriptions';
import { cancelOrderListFactory } from '../../generated/operations/cancel-order-list';
import { placeOcoOrderListFactory } from '../../generated/operations/place-oco-order-list';
import { onBalanceUpdate } from '../../generated/user-data/balance-update';
import { onExecutionReport } from '../../generated/user-data/execution-report';
import { onListStatus } from '../../generated/user-data/list-status';
import { onOutboundAccountPosition } from '../../generated/user-data/outbound-account-position';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { addOrderFactory, type OrderStage } from '../../src/orders/add-order-factory';
import type { Credentials } from '../../src/signing/credentials';
import { wsApiSession, type WsApiSession } from '../../src/ws-api/session';

let exchange: LocalExchange;
let session: WsApiSession;
let stop: () => void;

const ed25519 = (): Credentials => {
  const key = createPrivateKey(exchange.keys.ed25519.secret);
  return {
    apiKey: exchange.keys.ed25519.apiKey,
    sign: (payload) => sign(null, Buffer.from(payload), key).toString('base64'),
    keyType: 'ED25519',
  };
};

beforeEach(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: ['BTCUSDT'] });
  session = wsApiSession({
    url: exchange.urls.wsApi,
    credentials: ed25519(),
    reconnect: { initialDelayMs: 20, jitter: 0 },
  });
  const connection = session.connect();
  stop = () => connection.unsubscribe();
});
afterEach(async () => {
  stop();
  await exchange.close();
});

const stages = (updates: OrderStage[]) => updates.map((u) => u.stage);
const bestBid = async () =>
  Number(
    (await firstValueFrom(getBookFactory(session)({ symbol: 'BTCUSDT', limit: 1 }))).bids[0]![0],
  );

describe('addOrderFactory on the local exchange', () => {
  it('a limit order rests (submitted, pending, open) and is canceled', async () => {
    const price = ((await bestBid()) - 50).toFixed(2);
    const order = addOrderFactory(session)({
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.001',
      price,
    }).pipe(shareReplay());
    const all = lastValueFrom(order.pipe(toArray()));
    const open = await firstValueFrom(order.pipe(filter((u) => u.stage === 'open')));
    await firstValueFrom(
      cancelOrderFactory(session)({ symbol: 'BTCUSDT', origClientOrderId: open.clientOrderId }),
    );
    const updates = await all;
    expect(stages(updates)).toEqual(['submitted', 'pending', 'open', 'canceled']);
    expect(updates.at(-1)!.executionReport).toMatchObject({ x: 'CANCELED', X: 'CANCELED' });
  });

  it('a market order fills', async () => {
    const updates = await lastValueFrom(
      addOrderFactory(session)({
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'MARKET',
        quantity: '0.01',
      }).pipe(toArray()),
    );
    // The exchange reports NEW, then the fill, as Binance does; each report moves the order once.
    expect(stages(updates)).toEqual(['submitted', 'pending', 'open', 'filled']);
    expect(updates.at(-1)!.response ?? updates.at(-1)!.executionReport).toBeDefined();
  });

  it('rejections end in rejected with Binance code: insufficient balance, a filter', async () => {
    const addOrder = addOrderFactory(session);
    const broke = await lastValueFrom(
      addOrder({ symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '1000' }).pipe(
        toArray(),
      ),
    );
    expect(stages(broke)).toEqual(['submitted', 'rejected']);
    expect(broke.at(-1)!.error).toMatchObject({ binanceCode: -2010 });
    const tick = await lastValueFrom(
      addOrder({
        symbol: 'BTCUSDT',
        side: 'BUY',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity: '0.001',
        price: '100.001',
      }).pipe(toArray()),
    );
    expect(tick.at(-1)).toMatchObject({
      stage: 'rejected',
      error: { binanceCode: -1013, binanceMessage: 'Filter failure: PRICE_FILTER' },
    });
  });

  it('the user data stream comes back after the connection drops', async () => {
    const seen: string[] = [];
    const listening = session
      .userData()
      .subscribe(
        ({ event }) =>
          event.e === 'executionReport' && seen.push(`${String(event.c)}:${String(event.X)}`),
      );
    const market = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' } as const;
    await lastValueFrom(addOrderFactory(session)({ ...market, newClientOrderId: 'before-drop' }));
    exchange.faults.dropAll();
    await firstValueFrom(session.pipe(filter((e) => e.type === 'socket')));
    await lastValueFrom(addOrderFactory(session)({ ...market, newClientOrderId: 'after-drop' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    listening.unsubscribe();
    expect(seen).toEqual(
      expect.arrayContaining(['before-drop:FILLED', 'after-drop:NEW', 'after-drop:FILLED']),
    );
  });

  it('every user data event the exchange sends matches its spec (executionReport, outboundAccountPosition, listStatus)', async () => {
    const invalid: unknown[] = [];
    const seen = new Set<string>();
    const options = { onInvalid: (e: unknown) => invalid.push(e) };
    const events = session.userData();
    const watching = merge(
      events.pipe(onExecutionReport(options)),
      events.pipe(onOutboundAccountPosition(options)),
      events.pipe(onListStatus(options)),
    ).subscribe((event) => seen.add(event.e));
    const addOrder = addOrderFactory(session);
    await lastValueFrom(
      addOrder({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' }),
    );
    const bid = await bestBid();
    const list = await firstValueFrom(
      placeOcoOrderListFactory(session)({
        symbol: 'BTCUSDT',
        side: 'SELL',
        quantity: '0.001',
        aboveType: 'LIMIT_MAKER',
        abovePrice: (bid * 1.2).toFixed(2),
        belowType: 'STOP_LOSS',
        belowStopPrice: (bid * 0.8).toFixed(2),
      }),
    );
    await firstValueFrom(
      cancelOrderListFactory(session)({ symbol: 'BTCUSDT', orderListId: list.orderListId }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    watching.unsubscribe();
    expect(invalid).toEqual([]);
    expect([...seen].sort()).toEqual(['executionReport', 'listStatus', 'outboundAccountPosition']);
  });

  it('a deposit sends balanceUpdate, matching its spec', async () => {
    const invalid: unknown[] = [];
    const update = firstValueFrom(
      session.userData().pipe(onBalanceUpdate({ onInvalid: (e) => invalid.push(e) })),
    );
    // The user data subscription is live once the connection lists it.
    for (let i = 0; i < 100; i += 1) {
      if ((await firstValueFrom(getSessionSubscriptionsFactory(session)())).length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    exchange.deposit('USDT', '250.5');
    expect(await update).toMatchObject({ e: 'balanceUpdate', a: 'USDT', d: '250.50000000' });
    expect(invalid).toEqual([]);
  });
});
