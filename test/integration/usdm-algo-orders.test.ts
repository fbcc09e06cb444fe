/**
 * Algo (conditional) orders with their stages on the local exchange: `usdmAlgoOrderFactory`
 * places with REST and follows ALGO_UPDATE through spec/usdm/algo-order-stages.yaml. A close-all
 * STOP_MARKET on the mark price is triggered by the market moving the mark down and ends
 * `finished`, its order filled (ORDER_TRADE_UPDATE) and the position closed; a working one ends
 * `canceled` when canceled; a lost CANCELED report is found by the lookup after the socket
 * reopens. Every ALGO_UPDATE received is valid by its schema.
 */
import { firstValueFrom, lastValueFrom, tap, toArray, type Observable } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cancelAlgoOrderHttp,
  getAlgoOrderHttp,
  getBookHttp,
  getPositionRiskHttp,
  placeOrderHttp,
  usdmAlgoOrderFactory,
  usdmUserData,
  validateAlgoUpdateEvent,
  type PlaceAlgoOrderParams,
  type UsdmAlgoOrderStage,
} from '../../src/usdm';
import type { HttpClient } from '../../src/rest/http-client';
import type { LocalExchange } from '../../sim';
import { closeAll } from '../sim/helpers';
import { startFutures } from '../sim/usdm/futures-exchange';

afterEach(closeAll);

const symbol = 'BTCUSDT';
const stagesOf = (updates: UsdmAlgoOrderStage[]) => updates.map((u) => u.stage);

/** A STOP_MARKET SELL on the mark price at the best bid: under the mark, so it waits. */
async function stopSell(client: HttpClient, extra: Partial<PlaceAlgoOrderParams> = {}) {
  const book = await firstValueFrom(getBookHttp({ symbol, limit: 5 }, client));
  return {
    algoType: 'CONDITIONAL',
    symbol,
    side: 'SELL',
    type: 'STOP_MARKET',
    triggerPrice: book.bids[0]![0],
    workingType: 'MARK_PRICE',
    ...extra,
  } as const satisfies PlaceAlgoOrderParams;
}

/** Steps the market (20 steps at a time, at most 3 000) until `done` settles. */
async function stepUntil(exchange: LocalExchange, client: HttpClient, done: Promise<unknown>) {
  let settled = false;
  void done.finally(() => (settled = true));
  for (let steps = 0; steps < 3000 && !settled; steps += 20) {
    exchange.market.step(20);
    // A REST round trip lets the sockets deliver what the steps produced.
    await firstValueFrom(getBookHttp({ symbol, limit: 5 }, client));
  }
  return done;
}

/** An algo order's updates, its `open` stage and its last update. */
function watch(stages: Observable<UsdmAlgoOrderStage>) {
  const updates: UsdmAlgoOrderStage[] = [];
  let opened: (u: UsdmAlgoOrderStage) => void = () => undefined;
  const open = new Promise<UsdmAlgoOrderStage>((resolve) => (opened = resolve));
  const done = lastValueFrom(
    stages.pipe(
      tap((u) => {
        updates.push(u);
        if (u.stage === 'open') opened(u);
      }),
    ),
  );
  return { updates, open, done };
}

async function session(seed: number) {
  const { exchange, client } = await startFutures([symbol], seed);
  const backoff = { initialDelayMs: 20, jitter: 0 };
  const userData = usdmUserData({ client, host: exchange.urls.usdmStreamHost, backoff });
  const opened = firstValueFrom(userData.status$);
  const events: Record<string, unknown>[] = [];
  const held = userData.events$.subscribe(({ event }) => events.push(event));
  await opened;
  return { exchange, client, userData, events, held };
}

describe('usdmAlgoOrderFactory on the local exchange', () => {
  it('a close-all STOP_MARKET on the mark price: triggered by the market, finished, its order filled', async () => {
    const { exchange, client, userData, events, held } = await session(21);
    await firstValueFrom(
      placeOrderHttp({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.02' }, client),
    );
    const addAlgoOrder = usdmAlgoOrderFactory(client, userData);
    const { updates, open, done } = watch(
      addAlgoOrder(await stopSell(client, { closePosition: 'true' })),
    );
    await open; // placed before the market moves
    const last = await stepUntil(exchange, client, done);

    expect(stagesOf(updates)).toEqual([
      'submitted',
      'pending',
      'open',
      'triggering',
      'triggered',
      'finished',
    ]);
    expect(last).toMatchObject({
      source: 'executionReport',
      executionReport: { e: 'ALGO_UPDATE' },
    });
    const algoUpdates = events.filter((e) => e['e'] === 'ALGO_UPDATE');
    for (const event of algoUpdates) expect(validateAlgoUpdateEvent(event)).toBe(true);
    const finished = algoUpdates.at(-1) as { o: { X: string; ai: string; aq: string } };
    expect(finished.o).toMatchObject({ X: 'FINISHED', aq: '0.02000000' });
    const child = events.filter(
      (e) =>
        e['e'] === 'ORDER_TRADE_UPDATE' && (e['o'] as { i: number }).i === Number(finished.o.ai),
    );
    expect(child.map((e) => (e['o'] as { X: string }).X).at(-1)).toBe('FILLED');
    expect(await firstValueFrom(getPositionRiskHttp({ symbol }, client))).toEqual([]);
    held.unsubscribe();
  });

  it('a working algo order ends canceled; a CANCELED report lost with the socket is found by the lookup', async () => {
    const { exchange, client, userData, held } = await session(22);
    const addAlgoOrder = usdmAlgoOrderFactory(client, userData);
    const order = await stopSell(client, { quantity: '0.01' });

    const { updates, open, done } = watch(addAlgoOrder(order));
    const { clientOrderId } = await open;
    await firstValueFrom(cancelAlgoOrderHttp({ clientAlgoId: clientOrderId }, client));
    expect((await done).stage).toBe('canceled');
    expect(stagesOf(updates)).toEqual(['submitted', 'pending', 'open', 'canceled']);

    const lost = await lastValueFrom(
      addAlgoOrder(order).pipe(
        tap((u) => {
          if (u.stage !== 'open') return;
          // The user data socket goes silent, so the CANCELED report is lost for certain (no
          // other socket exists until this one is reset, after the cancel).
          const silent = exchange.faults.halfOpen();
          void firstValueFrom(cancelAlgoOrderHttp({ clientAlgoId: u.clientOrderId }, client)).then(
            () => {
              exchange.faults.dropAll();
              exchange.faults.clear();
              return silent;
            },
          );
        }),
        toArray(),
      ),
    );
    expect(stagesOf(lost)).toEqual(['submitted', 'pending', 'open', 'canceled']);
    expect(lost.at(-1)!.source).toBe('orderStatus'); // GET /fapi/v1/algoOrder after the reopen
    const queried = await firstValueFrom(
      getAlgoOrderHttp({ clientAlgoId: lost.at(-1)!.clientOrderId }, client),
    );
    expect(queried.algoStatus).toBe('CANCELED');
    held.unsubscribe();
  });
});
