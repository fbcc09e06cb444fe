/**
 * Margin order lists and the margin calls acting on several orders (`/sapi/v1/margin/order/oco`,
 * `orderList`, `allOrderList`, `openOrderList`, `DELETE openOrders`, `myPreventedMatches`) with
 * the generated *Http functions against the local exchange: cross and isolated margin lists live
 * apart from each other and from Spot's, answers match their schemas, and "nothing open" is the
 * -2011 that acceptNoOpenOrders() reads as an empty list.
 */
import { createHmac } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cancelMarginOpenOrdersHttp,
  validateCancelMarginOpenOrdersResponse,
} from '../../generated/operations/cancel-margin-open-orders';
import {
  cancelMarginOrderListHttp,
  validateCancelMarginOrderListResponse,
} from '../../generated/operations/cancel-margin-order-list';
import { getBookHttp } from '../../generated/operations/get-book';
import { getMarginAllOrderListsHttp } from '../../generated/operations/get-margin-all-order-lists';
import { getMarginOpenOrderListsHttp } from '../../generated/operations/get-margin-open-order-lists';
import { getMarginOpenOrdersHttp } from '../../generated/operations/get-margin-open-orders';
import { getMarginOrderHttp } from '../../generated/operations/get-margin-order';
import { getMarginOrderListHttp } from '../../generated/operations/get-margin-order-list';
import {
  getMarginPreventedMatchesHttp,
  validateGetMarginPreventedMatchesResponse,
} from '../../generated/operations/get-margin-prevented-matches';
import { getMyPreventedMatchesHttp } from '../../generated/operations/get-my-prevented-matches';
import { getOpenOrderListsHttp } from '../../generated/operations/get-open-order-lists';
import {
  parsePlaceMarginOcoOrderResponse,
  placeMarginOcoOrderHttp,
  validatePlaceMarginOcoOrderResponse,
} from '../../generated/operations/place-margin-oco-order';
import { placeMarginOrderHttp } from '../../generated/operations/place-margin-order';
import {
  placeMarginOtoOrderHttp,
  validatePlaceMarginOtoOrderResponse,
} from '../../generated/operations/place-margin-oto-order';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { BinanceApiError, InvalidParameterError } from '../../src/errors';
import { acceptNoOpenOrders } from '../../src/operators/accept-no-open-orders';
import { createHttpClient, type HttpClient } from '../../src/rest/http-client';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let client: HttpClient;
let bid = 0;
let ask = 0;

beforeAll(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol] });
  exchange.market.step(20);
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

/** A SELL OCO: a LIMIT_MAKER 20 % above the market, a STOP_LOSS 20 % below it. */
const sellOco = (isIsolated: 'TRUE' | 'FALSE', listClientOrderId: string) =>
  firstValueFrom(
    placeMarginOcoOrderHttp(
      {
        symbol,
        isIsolated,
        side: 'SELL',
        quantity: '0.001',
        price: (ask * 1.2).toFixed(2),
        stopPrice: (bid * 0.8).toFixed(2),
        listClientOrderId,
      },
      client,
    ),
  );

const codeOf = (e: unknown) => (e instanceof BinanceApiError ? e.binanceCode : e);

describe('margin order lists on the local exchange', () => {
  it('places a cross margin OCO, finds it, cancels it, and keeps it apart from Spot and isolated', async () => {
    const placed = await sellOco('FALSE', 'oco-cross');
    expect(validatePlaceMarginOcoOrderResponse(placed)).toBe(true);
    expect(placed).toMatchObject({
      contingencyType: 'OCO',
      listOrderStatus: 'EXECUTING',
      isIsolated: false,
      symbol,
    });
    const reports = parsePlaceMarginOcoOrderResponse(placed).orderReports;
    expect(reports.map((r) => [r.type, r.status, r.orderListId])).toEqual([
      ['STOP_LOSS', 'NEW', placed.orderListId],
      ['LIMIT_MAKER', 'NEW', placed.orderListId],
    ]);
    expect(reports[0]!.stopPrice).toBe(`${(bid * 0.8).toFixed(2)}000000`);
    expect(placed.marginBuyBorrowAmount).toBeUndefined();

    const open = await firstValueFrom(getMarginOpenOrderListsHttp({}, client));
    expect(open.map((l) => l.listClientOrderId)).toEqual(['oco-cross']);
    expect(await firstValueFrom(getOpenOrderListsHttp({}, client))).toEqual([]);
    const isolatedOpen = await firstValueFrom(
      getMarginOpenOrderListsHttp({ isIsolated: 'TRUE', symbol }, client),
    );
    expect(isolatedOpen).toEqual([]);
    const found = await firstValueFrom(
      getMarginOrderListHttp({ origClientOrderId: 'oco-cross' }, client),
    );
    expect(found.orders.map((o) => o.orderId)).toEqual(placed.orders.map((o) => o.orderId));

    const canceled = await firstValueFrom(
      cancelMarginOrderListHttp({ symbol, orderListId: placed.orderListId }, client),
    );
    expect(validateCancelMarginOrderListResponse(canceled)).toBe(true);
    expect(canceled.listOrderStatus).toBe('ALL_DONE');
    // The first leg is canceled; the engine's OCO rule ends the other (as Spot's lists here).
    expect(canceled.orderReports[0]!.status).toBe('CANCELED');
    expect(canceled.orderReports.every((r) => r.status !== 'NEW')).toBe(true);
    const legs = await firstValueFrom(
      getMarginOrderHttp({ symbol, orderId: placed.orders[0]!.orderId }, client),
    );
    expect(legs.status).toBe('CANCELED');
    expect(await firstValueFrom(getMarginOpenOrderListsHttp({}, client))).toEqual([]);
    const all = await firstValueFrom(getMarginAllOrderListsHttp({}, client));
    expect(all.map((l) => [l.orderListId, l.listStatusType])).toContainEqual([
      placed.orderListId,
      'ALL_DONE',
    ]);
    const again = await firstValueFrom(
      cancelMarginOrderListHttp({ symbol, orderListId: placed.orderListId }, client),
    ).catch((e: unknown) => e);
    expect(codeOf(again)).toBe(-2011);
  });

  it('cancels every open order of a symbol in one margin account, each list once', async () => {
    const list = await sellOco('TRUE', 'oco-iso');
    const single = await firstValueFrom(
      placeMarginOrderHttp(
        {
          symbol,
          isIsolated: 'TRUE',
          side: 'BUY',
          type: 'LIMIT',
          timeInForce: 'GTC',
          quantity: '0.001',
          price: (bid * 0.8).toFixed(2),
          newClientOrderId: 'iso-single',
        },
        client,
      ),
    );
    const cross = await sellOco('FALSE', 'oco-cross-2');

    const canceled = await firstValueFrom(
      cancelMarginOpenOrdersHttp({ symbol, isIsolated: 'TRUE' }, client),
    );
    expect(validateCancelMarginOpenOrdersResponse(canceled)).toBe(true);
    const ids = canceled.map((e) => ('contingencyType' in e ? e.orderListId : e.orderId));
    expect(ids.sort()).toEqual([list.orderListId, single.orderId].sort());
    const entry = canceled.find((e) => !('contingencyType' in e))!;
    expect(entry).toMatchObject({ isIsolated: true, status: 'CANCELED', orderListId: -1 });
    expect(
      await firstValueFrom(getMarginOpenOrdersHttp({ symbol, isIsolated: 'TRUE' }, client)),
    ).toEqual([]);
    // The cross margin account's list is still open.
    const crossOpen = await firstValueFrom(getMarginOpenOrderListsHttp({}, client));
    expect(crossOpen.map((l) => l.orderListId)).toEqual([cross.orderListId]);

    // Nothing left: Binance's -2011, read as an empty list by acceptNoOpenOrders().
    const none = await firstValueFrom(
      cancelMarginOpenOrdersHttp({ symbol, isIsolated: 'TRUE' }, client),
    ).catch((e: unknown) => e);
    expect(codeOf(none)).toBe(-2011);
    const empty = await firstValueFrom(
      cancelMarginOpenOrdersHttp({ symbol, isIsolated: 'TRUE' }, client).pipe(acceptNoOpenOrders()),
    );
    expect(empty).toEqual([]);
    await firstValueFrom(cancelMarginOpenOrdersHttp({ symbol }, client));
  });

  it('OTO in an isolated margin account: the pending order waits, then starts when the working one fills', async () => {
    const oto = (workingPrice: string, listClientOrderId: string) =>
      firstValueFrom(
        placeMarginOtoOrderHttp(
          {
            symbol,
            isIsolated: 'TRUE',
            listClientOrderId,
            workingType: 'LIMIT',
            workingSide: 'BUY',
            workingPrice,
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
    const waiting = await oto((bid * 0.8).toFixed(2), 'oto-waits');
    expect(validatePlaceMarginOtoOrderResponse(waiting)).toBe(true);
    expect(waiting.orderReports.map((r) => r.status)).toEqual(['NEW', 'PENDING_NEW']);
    expect(waiting).toMatchObject({ contingencyType: 'OTO', isIsolated: true });
    const open = await firstValueFrom(
      getMarginOpenOrderListsHttp({ isIsolated: 'TRUE', symbol }, client),
    );
    expect(open.map((l) => l.listClientOrderId)).toEqual(['oto-waits']);
    expect(await firstValueFrom(getMarginOpenOrderListsHttp({}, client))).not.toContainEqual(
      expect.objectContaining({ listClientOrderId: 'oto-waits' }),
    );

    const filled = await oto((ask * 1.01).toFixed(2), 'oto-fills');
    const pending = await firstValueFrom(
      getMarginOrderHttp(
        { symbol, isIsolated: 'TRUE', orderId: filled.orders[1]!.orderId },
        client,
      ),
    );
    expect(pending.status).toBe('NEW');
    await firstValueFrom(cancelMarginOpenOrdersHttp({ symbol, isIsolated: 'TRUE' }, client));
  });

  it('records the margin account’s prevented matches, not Spot’s', async () => {
    const maker = await firstValueFrom(
      placeMarginOrderHttp(
        {
          symbol,
          side: 'SELL',
          type: 'LIMIT_MAKER',
          quantity: '0.001',
          price: (ask * 1.0001).toFixed(2),
        },
        client,
      ),
    );
    const taker = await firstValueFrom(
      placeMarginOrderHttp(
        {
          symbol,
          side: 'BUY',
          type: 'LIMIT',
          timeInForce: 'IOC',
          quantity: '0.001',
          price: (ask * 1.001).toFixed(2),
        },
        client,
      ),
    );
    const matches = await firstValueFrom(
      getMarginPreventedMatchesHttp({ symbol, orderId: maker.orderId }, client),
    );
    expect(validateGetMarginPreventedMatchesResponse(matches)).toBe(true);
    expect(matches).toMatchObject([
      {
        takerOrderId: taker.orderId,
        makerOrderId: maker.orderId,
        selfTradePreventionMode: 'EXPIRE_MAKER',
        makerPreventedQuantity: '0.00100000',
      },
    ]);
    expect(
      await firstValueFrom(getMyPreventedMatchesHttp({ symbol, orderId: maker.orderId }, client)),
    ).toEqual([]);
    expect(
      await firstValueFrom(
        getMarginPreventedMatchesHttp(
          { symbol, isIsolated: 'TRUE', orderId: maker.orderId },
          client,
        ),
      ),
    ).toEqual([]);
  });

  it('refuses bad input before sending, and MARGIN_BUY lists as not simulated', async () => {
    const noRef = await firstValueFrom(
      cancelMarginOrderListHttp({ symbol } as never, client),
    ).catch((e: unknown) => e);
    expect(noRef).toBeInstanceOf(InvalidParameterError);
    const noStop = await firstValueFrom(
      placeMarginOcoOrderHttp(
        { symbol, side: 'SELL', quantity: '0.001', price: '1' } as never,
        client,
      ),
    ).catch((e: unknown) => e);
    expect(noStop).toBeInstanceOf(InvalidParameterError);
    const borrow = await firstValueFrom(
      placeMarginOcoOrderHttp(
        {
          symbol,
          side: 'SELL',
          quantity: '0.001',
          price: (ask * 1.2).toFixed(2),
          stopPrice: (bid * 0.8).toFixed(2),
          sideEffectType: 'MARGIN_BUY',
        },
        client,
      ),
    ).catch((e: unknown) => e);
    expect((borrow as BinanceApiError).binanceMessage).toContain('not simulated');
  });
});
