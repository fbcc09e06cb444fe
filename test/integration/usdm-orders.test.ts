/**
 * Futures orders with their stages on the local exchange: `usdmOrderFactory` places with REST and
 * follows ORDER_TRADE_UPDATE through the same stage table as Spot: a position opened and closed,
 * a resting order canceled (its `canceled` stage from the user data stream), a refused order
 * (`rejected` with Binance's -2022), and a resting order modified (`amended`, twice) then canceled.
 */
import { elementAt, filter, firstValueFrom, lastValueFrom, shareReplay, tap, toArray } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cancelOrderHttp,
  getBookHttp,
  getPositionRiskHttp,
  modifyOrderHttp,
  usdmOrderFactory,
  usdmUserData,
  type UsdmOrderStage,
} from '../../src/usdm';
import type { HttpClient } from '../../src/rest/http-client';
import { closeAll } from '../sim/helpers';
import { limitBuy, startFutures } from '../sim/usdm/futures-exchange';

afterEach(closeAll);

const stagesOf = (updates: UsdmOrderStage[]) => updates.map((u) => u.stage);

/** A limit BUY 10 % under the best bid, placed with `addOrder`: its updates, once open, and its end. */
async function restingBuy(
  addOrder: ReturnType<typeof usdmOrderFactory>,
  client: HttpClient,
  symbol: string,
) {
  const book = await firstValueFrom(getBookHttp({ symbol, limit: 5 }, client));
  const price = (Number(book.bids[0]![0]) * 0.9).toFixed(2);
  const updates: UsdmOrderStage[] = [];
  let opened: (update: UsdmOrderStage) => void = () => undefined;
  const open = new Promise<UsdmOrderStage>((resolve) => (opened = resolve));
  const order = limitBuy(symbol, price);
  const done = lastValueFrom(
    addOrder(order).pipe(
      tap((update) => {
        updates.push(update);
        if (update.stage === 'open') opened(update);
      }),
    ),
  );
  return { updates, open, done };
}

describe('usdmOrderFactory on the local exchange', () => {
  it('opens and closes a position, stage by stage; a resting order ends canceled; -2022 is rejected', async () => {
    const { exchange, client } = await startFutures(['BTCUSDT'], 9);
    const userData = usdmUserData({ client, host: exchange.urls.usdmStreamHost });
    // Held for the whole session, as an application does: orders share its socket.
    const opened = firstValueFrom(userData.status$);
    const held = userData.events$.subscribe();
    await opened;
    const addOrder = usdmOrderFactory(client, userData);
    const symbol = 'BTCUSDT';

    const buy = await lastValueFrom(
      addOrder({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.01' }).pipe(toArray()),
    );
    expect(stagesOf(buy)).toEqual(['submitted', 'pending', 'open', 'filled']); // NEW is reported too
    // Whichever came first moved it: the REST answer or the ORDER_TRADE_UPDATE of the fill.
    expect(['response', 'executionReport']).toContain(buy.at(-1)!.source);
    expect(await firstValueFrom(getPositionRiskHttp({ symbol }, client))).toHaveLength(1);

    const closed = await lastValueFrom(
      addOrder({ symbol, side: 'SELL', type: 'MARKET', quantity: '0.01', reduceOnly: 'true' }).pipe(
        toArray(),
      ),
    );
    expect(stagesOf(closed)).toEqual(['submitted', 'pending', 'open', 'filled']);
    expect(await firstValueFrom(getPositionRiskHttp({ symbol }, client))).toEqual([]);

    const { updates, open: isOpen, done: resting } = await restingBuy(addOrder, client, symbol);
    const open = await isOpen;
    await firstValueFrom(
      cancelOrderHttp({ symbol, origClientOrderId: open.clientOrderId }, client),
    );
    const last = await resting;
    expect(stagesOf(updates)).toEqual(['submitted', 'pending', 'open', 'canceled']);
    expect(last.source).toBe('executionReport'); // the ORDER_TRADE_UPDATE of the cancel
    expect(last.executionReport).toMatchObject({ e: 'ORDER_TRADE_UPDATE', o: { X: 'CANCELED' } });

    const refused = await lastValueFrom(
      addOrder({ symbol, side: 'SELL', type: 'MARKET', quantity: '0.01', reduceOnly: 'true' }).pipe(
        toArray(),
      ),
    );
    expect(stagesOf(refused)).toEqual(['submitted', 'rejected']);
    expect(refused.at(-1)!.error).toMatchObject({ binanceCode: -2022 });
    held.unsubscribe();
  });

  it('a report lost while the user data socket was down is found by the lookup after it reopens', async () => {
    const { exchange, client } = await startFutures(['BTCUSDT'], 4);
    const symbol = 'BTCUSDT';
    const userData = usdmUserData({
      client,
      host: exchange.urls.usdmStreamHost,
      backoff: { initialDelayMs: 20, jitter: 0 },
    });
    const opened = firstValueFrom(userData.status$);
    const held = userData.events$.subscribe();
    await opened;
    const addOrder = usdmOrderFactory(client, userData);
    const { updates, open: isOpen, done: resting } = await restingBuy(addOrder, client, symbol);
    const open = await isOpen;

    const reopened = firstValueFrom(
      userData.status$.pipe(filter((s) => s.kind === 'open' && s.gapSince !== undefined)),
    );
    // The user data socket goes silent: its CANCELED report is lost for certain (no other socket
    // exists until this one is reset, after the cancel), whatever the machine's load.
    const silent = exchange.faults.halfOpen();
    await firstValueFrom(
      cancelOrderHttp({ symbol, origClientOrderId: open.clientOrderId }, client),
    );
    exchange.faults.dropAll();
    exchange.faults.clear();
    await silent;
    await reopened;
    const last = await resting;
    expect(stagesOf(updates)).toEqual(['submitted', 'pending', 'open', 'canceled']);
    expect(last.source).toBe('orderStatus'); // GET /fapi/v1/order after the socket reopened
    held.unsubscribe();
  });

  it('a modified order (PUT /fapi/v1/order) is amended, again when only its price changes, then canceled', async () => {
    const { exchange, client } = await startFutures(['BTCUSDT'], 5);
    const symbol = 'BTCUSDT';
    const userData = usdmUserData({ client, host: exchange.urls.usdmStreamHost });
    const opened = firstValueFrom(userData.status$);
    const held = userData.events$.subscribe();
    await opened;
    const addOrder = usdmOrderFactory(client, userData);
    const book = await firstValueFrom(getBookHttp({ symbol, limit: 5 }, client));
    const price = Number(book.bids[0]![0]) * 0.9;
    // Every stage replayed to each await below.
    const order$ = addOrder(limitBuy(symbol, price.toFixed(2))).pipe(shareReplay());
    const all = lastValueFrom(order$.pipe(toArray()));
    const open = await firstValueFrom(order$.pipe(filter((u) => u.stage === 'open')));
    const amended = (n: number) =>
      firstValueFrom(
        order$.pipe(
          filter((u) => u.stage === 'amended'),
          elementAt(n - 1),
        ),
      );
    const modify = (newPrice: number, quantity: string) =>
      firstValueFrom(
        modifyOrderHttp(
          {
            symbol,
            origClientOrderId: open.clientOrderId,
            side: 'BUY',
            quantity,
            price: newPrice.toFixed(2),
          },
          client,
        ),
      );

    await modify(price - 1, '0.02'); // price and quantity
    expect((await amended(1)).executionReport).toMatchObject({
      e: 'ORDER_TRADE_UPDATE',
      o: { x: 'AMENDMENT', X: 'NEW', q: '0.02000000', p: (price - 1).toFixed(2) + '000000' },
    });
    await modify(price - 2, '0.02'); // the price only
    expect((await amended(2)).executionReport).toMatchObject({
      o: { x: 'AMENDMENT', X: 'NEW', q: '0.02000000', p: (price - 2).toFixed(2) + '000000' },
    });

    await firstValueFrom(
      cancelOrderHttp({ symbol, origClientOrderId: open.clientOrderId }, client),
    );
    expect(stagesOf(await all)).toEqual([
      'submitted',
      'pending',
      'open',
      'amended',
      'amended',
      'canceled',
    ]);
    held.unsubscribe();
  });
});
