/**
 * `usdmUserData` against the local exchange over loopback: the listen key from REST opens the
 * `/private` stream, futures orders arrive as typed ORDER_TRADE_UPDATE events, and when the key
 * expires the stream creates another and reconnects, reporting the gap, with events flowing again.
 */
import { filter, firstValueFrom, take, toArray } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { onOrderTradeUpdate, placeOrderHttp, usdmUserData } from '../../src/usdm';
import { closeAll } from '../sim/helpers';
import { startFutures } from '../sim/usdm/futures-exchange';

afterEach(closeAll);

describe('usdmUserData on the local exchange', () => {
  it('streams futures orders, and survives an expired listen key', async () => {
    const { exchange, client } = await startFutures(['BTCUSDT'], 3);
    const stream = usdmUserData({ client, host: exchange.urls.usdmStreamHost });
    const orders = stream.events$.pipe(onOrderTradeUpdate());
    const opens = stream.status$.pipe(filter((s) => s.kind === 'open'));
    const firstOpen = firstValueFrom(opens);
    const filled = firstValueFrom(orders.pipe(filter((e) => e.o.X === 'FILLED')));
    const sub = orders.subscribe();
    await firstOpen;

    const market = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' } as const;
    const order = await firstValueFrom(placeOrderHttp(market, client));
    expect((await filled).o.i).toBe(order.orderId);

    const statuses = firstValueFrom(stream.status$.pipe(take(2), toArray()));
    exchange.usdm.expireListenKeys();
    const [interrupted, reopened] = await statuses;
    expect(interrupted).toMatchObject({ kind: 'interrupted', reason: 'listenKeyExpired' });
    expect(reopened).toMatchObject({ kind: 'open' });
    expect(reopened!.kind === 'open' && reopened!.gapSince).toBeGreaterThan(0);

    const next = firstValueFrom(orders.pipe(filter((e) => e.o.X === 'FILLED')));
    const second = await firstValueFrom(placeOrderHttp({ ...market, side: 'SELL' }, client));
    expect((await next).o.i).toBe(second.orderId);
    sub.unsubscribe();
  });
});
