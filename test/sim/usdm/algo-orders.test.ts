/**
 * USDⓈ-M algo (conditional) orders on the local exchange with the generated `binance-rx/usdm`
 * *Http functions: placed, queried, listed, canceled one by one and all at once, each answer
 * valid by its schema; Binance's codes for bad input; a close-all STOP_MARKET on the mark price
 * and a trailing stop on the last price triggered by the market, their ALGO_UPDATE statuses
 * (NEW, TRIGGERING, TRIGGERED, FINISHED) and the real order's ORDER_TRADE_UPDATE; REJECTED (a
 * reduce-only order with nothing to reduce, a FOK that cannot fill, with
 * CONDITIONAL_ORDER_TRIGGER_REJECT) and EXPIRED (close-all without a position). Every event is
 * valid by its schema.
 */
import { firstValueFrom, type Observable } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../../src/rest/http-client';
import {
  cancelAlgoOpenOrdersHttp,
  cancelAlgoOrderHttp,
  createListenKeyHttp,
  getAlgoOrderHttp,
  getAllAlgoOrdersHttp,
  getBookHttp,
  getOpenAlgoOrdersHttp,
  getPositionRiskHttp,
  placeAlgoOrderHttp,
  placeOrderHttp,
  validateAlgoUpdateEvent,
  validateConditionalOrderTriggerRejectEvent,
  validateCancelAlgoOpenOrdersResponse,
  validateCancelAlgoOrderResponse,
  validateGetAlgoOrderResponse,
  validateGetAllAlgoOrdersResponse,
  validateGetOpenAlgoOrdersResponse,
  validateOrderTradeUpdateEvent,
  validatePlaceAlgoOrderResponse,
  type PlaceAlgoOrderParams,
} from '../../../src/usdm';
import type { LocalExchange } from '../../../sim';
import { Client, closeAll } from '../helpers';
import { codeOf, startFutures } from './futures-exchange';
import { valid } from './frames';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let client: HttpClient;

beforeEach(async () => {
  ({ exchange, client } = await startFutures([symbol], 21));
});
afterEach(closeAll);

const call = <T>(request: Observable<T>): Promise<T> => firstValueFrom(request);

const best = async () => {
  const book = await call(getBookHttp({ symbol, limit: 5 }, client));
  return { bid: book.bids[0]![0], ask: book.asks[0]![0] };
};

/** A STOP_MARKET SELL on the mark price at the best bid (under the mark: it does not trigger). */
const stopSell = async (
  extra: Partial<PlaceAlgoOrderParams> = {},
): Promise<PlaceAlgoOrderParams> => ({
  algoType: 'CONDITIONAL',
  symbol,
  side: 'SELL',
  type: 'STOP_MARKET',
  triggerPrice: (await best()).bid,
  workingType: 'MARK_PRICE',
  quantity: '0.01',
  ...extra,
});

/** Steps the market until the algo order leaves NEW (at most `steps` steps); its status. */
async function stepUntilTriggered(algoId: number, steps = 3000): Promise<string> {
  for (let done = 0; done < steps; done += 20) {
    exchange.market.step(20);
    const { algoStatus } = await call(getAlgoOrderHttp({ algoId }, client));
    if (algoStatus !== 'NEW') return algoStatus;
  }
  return 'NEW';
}

/** The ALGO_UPDATE statuses of one algo order until `last`, each event valid by its schema. */
async function algoStatuses(stream: Client, algoId: number, last: string): Promise<string[]> {
  const statuses: string[] = [];
  while (statuses.at(-1) !== last) {
    const event = await stream.json<{ e: string; o: { aid: number; X: string } }>(
      (m) => m.e === 'ALGO_UPDATE' && m.o.aid === algoId,
    );
    expect(valid(validateAlgoUpdateEvent, event)).toEqual([]);
    statuses.push(event.o.X);
  }
  return statuses;
}

/** A socket on the account's futures user data (`/private/ws/<listenKey>`). */
async function privateStream(): Promise<Client> {
  const { listenKey } = await call(createListenKeyHttp({}, client));
  return Client.open(`${exchange.urls.usdmStreamHost}/private/ws/${listenKey}`);
}

/** Steps the market until the algo order leaves NEW; its ALGO_UPDATE statuses up to its end. */
async function runToEnd(stream: Client, algoId: number): Promise<string[]> {
  return algoStatuses(stream, algoId, await stepUntilTriggered(algoId));
}

describe('local exchange: USDⓈ-M algo orders', () => {
  it('places, queries, lists and cancels algo orders, one and all, with valid answers', async () => {
    const placed = await call(placeAlgoOrderHttp(await stopSell({ clientAlgoId: 'sl-1' }), client));
    expect(valid(validatePlaceAlgoOrderResponse, placed)).toEqual([]);
    expect(placed).toMatchObject({
      algoStatus: 'NEW',
      orderType: 'STOP_MARKET',
      clientAlgoId: 'sl-1',
    });

    const queried = await call(getAlgoOrderHttp({ clientAlgoId: 'sl-1' }, client));
    expect(valid(validateGetAlgoOrderResponse, queried)).toEqual([]);
    expect(queried).toMatchObject({ algoId: placed.algoId, algoStatus: 'NEW', actualOrderId: '' });

    const other = await call(placeAlgoOrderHttp(await stopSell(), client));
    const open = await call(getOpenAlgoOrdersHttp({ symbol }, client));
    expect(valid(validateGetOpenAlgoOrdersResponse, open)).toEqual([]);
    expect(open.map((a) => a.algoId)).toEqual([placed.algoId, other.algoId]);

    const canceled = await call(cancelAlgoOrderHttp({ algoId: placed.algoId }, client));
    expect(valid(validateCancelAlgoOrderResponse, canceled)).toEqual([]);
    expect(canceled).toMatchObject({ algoId: placed.algoId, clientAlgoId: 'sl-1', code: '200' });
    expect(await codeOf(cancelAlgoOrderHttp({ algoId: placed.algoId }, client))).toBe(-2011);

    await call(placeAlgoOrderHttp(await stopSell(), client));
    const all = await call(cancelAlgoOpenOrdersHttp({ symbol }, client));
    expect(valid(validateCancelAlgoOpenOrdersResponse, all)).toEqual([]);
    expect(await call(getOpenAlgoOrdersHttp({ symbol }, client))).toEqual([]);

    const history = await call(getAllAlgoOrdersHttp({ symbol }, client));
    expect(valid(validateGetAllAlgoOrdersResponse, history)).toEqual([]);
    expect(history.map((a) => a.algoStatus)).toEqual(['CANCELED', 'CANCELED', 'CANCELED']);
    expect(await codeOf(getAlgoOrderHttp({ algoId: 999 }, client))).toBe(-2013);
  });

  it("refuses bad input with Binance's codes", async () => {
    const { ask } = await best();
    // A SELL stop above the mark would trigger at once.
    expect(await codeOf(placeAlgoOrderHttp(await stopSell({ triggerPrice: ask }), client))).toBe(
      -2021,
    );
    const closeAllWithQuantity = await stopSell({ closePosition: 'true' });
    expect(await codeOf(placeAlgoOrderHttp(closeAllWithQuantity, client))).toBe(-1106);
    // A STOP (limit) needs its price.
    expect(await codeOf(placeAlgoOrderHttp(await stopSell({ type: 'STOP' }), client))).toBe(-1102);
    await call(placeAlgoOrderHttp(await stopSell({ clientAlgoId: 'twice' }), client));
    expect(
      await codeOf(placeAlgoOrderHttp(await stopSell({ clientAlgoId: 'twice' }), client)),
    ).toBe(-4116);
  });

  it('triggers a close-all STOP_MARKET on the mark price: NEW to FINISHED, its order filled', async () => {
    const stream = await privateStream();
    await call(placeOrderHttp({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.02' }, client));
    const placed = await call(
      placeAlgoOrderHttp(await stopSell({ quantity: undefined, closePosition: 'true' }), client),
    );

    expect(await runToEnd(stream, placed.algoId)).toEqual([
      'NEW',
      'TRIGGERING',
      'TRIGGERED',
      'FINISHED',
    ]);
    const finished = await call(getAlgoOrderHttp({ algoId: placed.algoId }, client));
    expect(valid(validateGetAlgoOrderResponse, finished)).toEqual([]);
    expect(finished).toMatchObject({ actualType: 'MARKET', actualQty: '0.02000000' });
    expect(finished.triggerTime).toBeGreaterThan(0);

    const orderId = Number(finished.actualOrderId);
    const filled = await stream.json<{ e: string; o: { i: number; X: string } }>(
      (m) => m.e === 'ORDER_TRADE_UPDATE' && m.o.i === orderId && m.o.X === 'FILLED',
    );
    expect(valid(validateOrderTradeUpdateEvent, filled)).toEqual([]);
    expect(await call(getPositionRiskHttp({ symbol }, client))).toEqual([]);
  });

  it('follows the last price with a trailing stop from activation and triggers on the callback', async () => {
    const placed = await call(
      placeAlgoOrderHttp(
        {
          algoType: 'CONDITIONAL',
          symbol,
          side: 'SELL',
          type: 'TRAILING_STOP_MARKET',
          quantity: '0.01',
          callbackRate: '0.1',
        },
        client,
      ),
    );
    expect(valid(validatePlaceAlgoOrderResponse, placed)).toEqual([]);
    expect(placed.activatePrice).not.toBe(''); // the last price when it was placed
    expect(placed.callbackRate).toBe('0.1');
    expect(await stepUntilTriggered(placed.algoId)).toBe('FINISHED');
    const finished = await call(getAlgoOrderHttp({ algoId: placed.algoId }, client));
    expect(finished.actualQty).toBe('0.01000000');
  });

  it('rejects a triggered reduce-only order with nothing to reduce, and expires a close-all one', async () => {
    const stream = await privateStream();
    const reduce = await call(placeAlgoOrderHttp(await stopSell({ reduceOnly: 'true' }), client));
    const closing = await call(
      placeAlgoOrderHttp(await stopSell({ quantity: undefined, closePosition: 'true' }), client),
    );
    expect(await runToEnd(stream, reduce.algoId)).toEqual(['NEW', 'TRIGGERING', 'REJECTED']);
    const rejected = await call(getAlgoOrderHttp({ algoId: reduce.algoId }, client));
    expect(rejected.actualOrderId).toBe('');
    expect(await stepUntilTriggered(closing.algoId)).toBe('EXPIRED');
    const expired = await stream.json<{ e: string; o: { aid: number; X: string; rm?: string } }>(
      (m) => m.e === 'ALGO_UPDATE' && m.o.aid === closing.algoId && m.o.X === 'EXPIRED',
    );
    expect(valid(validateAlgoUpdateEvent, expired)).toEqual([]);
    expect(expired.o.rm).toBe('No position to close.');
  });

  it('rejects a triggered FOK that cannot fill, with CONDITIONAL_ORDER_TRIGGER_REJECT naming its order', async () => {
    const stream = await privateStream();
    const { bid } = await best();
    // A STOP that sells FOK 1 % over the bid: nobody buys there, so the triggered order expires.
    const price = (Number(bid) * 1.01).toFixed(2);
    const placed = await call(
      placeAlgoOrderHttp(await stopSell({ type: 'STOP', price, timeInForce: 'FOK' }), client),
    );
    expect(await runToEnd(stream, placed.algoId)).toEqual([
      'NEW',
      'TRIGGERING',
      'TRIGGERED',
      'REJECTED',
    ]);
    const { actualOrderId } = await call(getAlgoOrderHttp({ algoId: placed.algoId }, client));
    const reject = await stream.json<{ e: string; or: { i: number; s: string; r: string } }>(
      (m) => m.e === 'CONDITIONAL_ORDER_TRIGGER_REJECT',
    );
    expect(valid(validateConditionalOrderTriggerRejectEvent, reject)).toEqual([]);
    expect(reject.or).toMatchObject({ s: symbol, i: Number(actualOrderId) });
  });
});
