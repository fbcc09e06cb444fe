/**
 * Futures orders with their stages on the local exchange: `usdmOrderFactory` places with REST and
 * follows ORDER_TRADE_UPDATE through the same stage table as Spot: a position opened and closed,
 * a resting order canceled (its `canceled` stage from the user data stream), and a refused order
 * (`rejected` with Binance's -2022).
 */
import { firstValueFrom, lastValueFrom, tap, toArray } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cancelOrderHttp,
  getBookHttp,
  getPositionRiskHttp,
  usdmOrderFactory,
  usdmUserData,
  type UsdmOrderStage,
} from '../../src/usdm';
import { closeAll } from '../sim/helpers';
import { startFutures } from '../sim/usdm/futures-exchange';

afterEach(closeAll);

const stagesOf = (updates: UsdmOrderStage[]) => updates.map((u) => u.stage);

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

    const book = await firstValueFrom(getBookHttp({ symbol, limit: 5 }, client));
    const low = (Number(book.bids[0]![0]) * 0.9).toFixed(2);
    const updates: UsdmOrderStage[] = [];
    let opened$: (update: UsdmOrderStage) => void = () => undefined;
    const isOpen = new Promise<UsdmOrderStage>((resolve) => (opened$ = resolve));
    const resting = lastValueFrom(
      addOrder({
        symbol,
        side: 'BUY',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity: '0.01',
        price: low,
      }).pipe(
        tap((update) => {
          updates.push(update);
          if (update.stage === 'open') opened$(update);
        }),
      ),
    );
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
});
