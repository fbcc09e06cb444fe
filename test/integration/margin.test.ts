/**
 * Margin trading over SAPI (`/sapi/v1/margin/…`) with the generated *Http functions against the
 * local exchange: cross and isolated margin orders live apart from Spot's, answers match their
 * schemas, SAPI usage is reported in its own headers and counted per endpoint by the governor,
 * never in its /api counts.
 */
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBookHttp } from '../../generated/operations/get-book';
import { getOpenOrdersHttp } from '../../generated/operations/get-open-orders';
import {
  cancelMarginOrderHttp,
  parseCancelMarginOrderResponse,
  validateCancelMarginOrderResponse,
} from '../../generated/operations/cancel-margin-order';
import { getMarginBorrowRepayRecordsHttp } from '../../generated/operations/get-margin-borrow-repay-records';
import { getMarginMaxBorrowableHttp } from '../../generated/operations/get-margin-max-borrowable';
import { getMarginMaxTransferableHttp } from '../../generated/operations/get-margin-max-transferable';
import { marginBorrowRepayHttp } from '../../generated/operations/margin-borrow-repay';
import {
  getMarginAccountHttp,
  parseGetMarginAccountResponse,
  validateGetMarginAccountResponse,
} from '../../generated/operations/get-margin-account';
import { getMarginPriceIndexHttp } from '../../generated/operations/get-margin-price-index';
import { getAccountHttp } from '../../generated/operations/get-account';
import {
  getUniversalTransferHistoryHttp,
  validateGetUniversalTransferHistoryResponse,
} from '../../generated/operations/get-universal-transfer-history';
import { universalTransferHttp } from '../../generated/operations/universal-transfer';
import { getMarginAllOrdersHttp } from '../../generated/operations/get-margin-all-orders';
import {
  getMarginMyTradesHttp,
  parseGetMarginMyTradesResponse,
} from '../../generated/operations/get-margin-my-trades';
import { getMarginOrderHttp } from '../../generated/operations/get-margin-order';
import { getMyTradesHttp } from '../../generated/operations/get-my-trades';
import {
  getMarginOpenOrdersHttp,
  validateGetMarginOpenOrdersResponse,
} from '../../generated/operations/get-margin-open-orders';
import {
  parsePlaceMarginOrderResponse,
  placeMarginOrderHttp,
  placeMarginOrderOperation,
  validatePlaceMarginOrderResponse,
} from '../../generated/operations/place-margin-order';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { BinanceApiError, InvalidParameterError } from '../../src/errors';
import { createHttpClient, type HttpClient } from '../../src/rest/http-client';
import { hmacClient } from './hmac-client';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let client: HttpClient;
let low = '';

beforeAll(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol] });
  exchange.market.step(20);
  client = hmacClient(exchange);
  const book = await firstValueFrom(getBookHttp({ symbol, limit: 1 }, client));
  low = (Number(book.bids[0]![0]) * 0.8).toFixed(2);
});
afterAll(() => exchange.close());

const restingBuy = (isIsolated: 'TRUE' | 'FALSE', newClientOrderId: string) =>
  firstValueFrom(
    placeMarginOrderHttp(
      {
        symbol,
        isIsolated,
        side: 'BUY',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity: '0.001',
        price: low,
        newClientOrderId,
        newOrderRespType: 'RESULT',
      },
      client,
    ),
  );

describe('margin trading on the local exchange', () => {
  it('places a cross margin order that rests, lists it apart from Spot, and cancels it', async () => {
    const placed = await restingBuy('FALSE', 'cross-1');
    expect(validatePlaceMarginOrderResponse(placed)).toBe(true);
    expect(placed).toMatchObject({
      symbol,
      isIsolated: false,
      status: 'NEW',
      price: `${low}000000`,
    });
    expect(parsePlaceMarginOrderResponse(placed).cumulativeQuoteQty).toBe('0.00000000');

    const open = await firstValueFrom(getMarginOpenOrdersHttp({ symbol }, client));
    expect(validateGetMarginOpenOrdersResponse(open)).toBe(true);
    expect(open.map((o) => o.clientOrderId)).toEqual(['cross-1']);
    expect(open[0]).toMatchObject({ isWorking: true, isIsolated: false, stopPrice: '0.00000000' });
    // The Spot account does not see the margin account's orders.
    expect(await firstValueFrom(getOpenOrdersHttp({ symbol }, client))).toEqual([]);

    const canceled = await firstValueFrom(
      cancelMarginOrderHttp({ symbol, origClientOrderId: 'cross-1' }, client),
    );
    expect(validateCancelMarginOrderResponse(canceled)).toBe(true);
    expect(canceled).toMatchObject({
      orderId: String(placed.orderId),
      origClientOrderId: 'cross-1',
      status: 'CANCELED',
      isIsolated: false,
    });
    expect(parseCancelMarginOrderResponse(canceled).cumulativeQuoteQty).toBe('0.00000000');
    expect(await firstValueFrom(getMarginOpenOrdersHttp({ symbol }, client))).toEqual([]);
  });

  it('keeps the isolated margin account of a symbol apart from the cross margin account', async () => {
    await restingBuy('TRUE', 'iso-1');
    await restingBuy('FALSE', 'cross-2');
    const isolated = await firstValueFrom(
      getMarginOpenOrdersHttp({ symbol, isIsolated: 'TRUE' }, client),
    );
    expect(isolated.map((o) => [o.clientOrderId, o.isIsolated])).toEqual([['iso-1', true]]);
    const cross = await firstValueFrom(getMarginOpenOrdersHttp({}, client));
    expect(cross.map((o) => o.clientOrderId)).toEqual(['cross-2']);

    // An isolated order is not found in the cross account: Binance's -2011.
    const error = await firstValueFrom(
      cancelMarginOrderHttp({ symbol, origClientOrderId: 'iso-1' }, client),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BinanceApiError);
    expect((error as BinanceApiError).binanceCode).toBe(-2011);
    await firstValueFrom(
      cancelMarginOrderHttp({ symbol, isIsolated: 'TRUE', origClientOrderId: 'iso-1' }, client),
    );
    await firstValueFrom(cancelMarginOrderHttp({ symbol, origClientOrderId: 'cross-2' }, client));
  });

  it('answers a MARKET order with FULL fills from the margin account', async () => {
    const filled = await firstValueFrom(
      placeMarginOrderHttp({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.001' }, client),
    );
    expect(validatePlaceMarginOrderResponse(filled)).toBe(true);
    expect(filled.status).toBe('FILLED');
    expect(filled.fills!.length).toBeGreaterThan(0);
    expect(filled.marginBuyBorrowAmount).toBeUndefined();
  });

  it('finds its orders and trades in the margin account only', async () => {
    const placed = await firstValueFrom(
      placeMarginOrderHttp(
        { symbol, side: 'SELL', type: 'MARKET', quantity: '0.002', newClientOrderId: 'sell-1' },
        client,
      ),
    );
    const order = await firstValueFrom(
      getMarginOrderHttp({ symbol, origClientOrderId: 'sell-1' }, client),
    );
    expect(order).toMatchObject({ orderId: placed.orderId, status: 'FILLED', isIsolated: false });
    expect(order.executedQty).toBe('0.00200000');

    const all = await firstValueFrom(getMarginAllOrdersHttp({ symbol }, client));
    expect(all.map((o) => o.clientOrderId)).toContain('sell-1');
    const fromIt = await firstValueFrom(
      getMarginAllOrdersHttp({ symbol, orderId: placed.orderId, limit: 1 }, client),
    );
    expect(fromIt.map((o) => o.orderId)).toEqual([placed.orderId]);

    const trades = await firstValueFrom(
      getMarginMyTradesHttp({ symbol, orderId: placed.orderId }, client),
    );
    expect(trades.length).toBe(placed.fills!.length);
    const parsed = parseGetMarginMyTradesResponse(trades);
    expect(parsed.every((t) => !t.isBuyer && !t.isIsolated && t.orderId === placed.orderId)).toBe(
      true,
    );
    expect(parsed.map((t) => t.qty)).toEqual(placed.fills!.map((f) => f.qty));
    // Spot's trade list does not hold the margin account's trades.
    const spotTrades = await firstValueFrom(getMyTradesHttp({ symbol }, client));
    expect(spotTrades.some((t) => t.orderId === placed.orderId)).toBe(false);

    const missing = await firstValueFrom(
      getMarginOrderHttp({ symbol, isIsolated: 'TRUE', origClientOrderId: 'sell-1' }, client),
    ).catch((e: unknown) => e);
    expect((missing as BinanceApiError).binanceCode).toBe(-2013);
  });

  it('borrows and repays in an isolated margin account, with records and limits', async () => {
    const iso = { isolatedSymbol: symbol, asset: 'USDT' };
    const max = () => firstValueFrom(getMarginMaxBorrowableHttp(iso, client));
    const transferable = async () =>
      (await firstValueFrom(getMarginMaxTransferableHttp(iso, client))).amount;
    const before = await max();
    const freeBefore = await transferable();

    const borrow = await firstValueFrom(
      marginBorrowRepayHttp(
        { asset: 'USDT', isIsolated: 'TRUE', symbol, amount: '250.5', type: 'BORROW' },
        client,
      ),
    );
    expect(typeof borrow.tranId).toBe('number');
    const after = await max();
    expect(Number(before.amount) - Number(after.amount)).toBeCloseTo(250.5, 8);
    expect(after.borrowLimit).toBe(before.borrowLimit);
    // Borrowed funds are in the account but cannot be transferred out, nor can the first
    // hour's interest the borrow was charged (250.5 × 0.02 % / 24 = 0.0020875).
    expect(Number(await transferable())).toBeCloseTo(Number(freeBefore) - 0.0020875, 8);
    // The cross margin account owes nothing.
    expect(
      (await firstValueFrom(getMarginMaxBorrowableHttp({ asset: 'USDT' }, client))).amount,
    ).toBe(before.borrowLimit);

    const tooMuch = await firstValueFrom(
      marginBorrowRepayHttp(
        { asset: 'USDT', isIsolated: 'TRUE', symbol, amount: '300', type: 'REPAY' },
        client,
      ),
    ).catch((e: unknown) => e);
    expect((tooMuch as BinanceApiError).binanceCode).toBe(-3015);
    const overLimit = await firstValueFrom(
      marginBorrowRepayHttp(
        { asset: 'USDT', isIsolated: 'TRUE', symbol, amount: after.borrowLimit, type: 'BORROW' },
        client,
      ),
    ).catch((e: unknown) => e);
    expect((overLimit as BinanceApiError).binanceCode).toBe(-3006);

    const repay = await firstValueFrom(
      marginBorrowRepayHttp(
        { asset: 'USDT', isIsolated: 'TRUE', symbol, amount: '250.5020875', type: 'REPAY' },
        client,
      ),
    );
    expect((await max()).amount).toBe(before.amount);

    const borrows = await firstValueFrom(
      getMarginBorrowRepayRecordsHttp(
        { isolatedSymbol: symbol, type: 'BORROW', startTime: 0 },
        client,
      ),
    );
    expect(borrows.total).toBe(1);
    expect(borrows.rows[0]).toMatchObject({
      txId: borrow.tranId,
      isolatedSymbol: symbol,
      asset: 'USDT',
      amount: '250.50000000',
      status: 'CONFIRMED',
    });
    const repays = await firstValueFrom(
      getMarginBorrowRepayRecordsHttp(
        { isolatedSymbol: symbol, type: 'REPAY', txId: repay.tranId },
        client,
      ),
    );
    // Interest is paid first, then the principal.
    expect(repays.rows.map((r) => [r.interest, r.principal])).toEqual([
      ['0.00208750', '250.50000000'],
    ]);
    // Cross margin records do not list the isolated account's.
    const cross = await firstValueFrom(
      getMarginBorrowRepayRecordsHttp({ type: 'BORROW', startTime: 0 }, client),
    );
    expect(cross.total).toBe(0);
  });

  it('shows the cross margin account with its debt, valued at the price index', async () => {
    const index = await firstValueFrom(getMarginPriceIndexHttp({ symbol }, client));
    expect(index.symbol).toBe(symbol);
    expect(Number(index.price)).toBeGreaterThan(0);

    const before = parseGetMarginAccountResponse(
      await firstValueFrom(getMarginAccountHttp({}, client)),
    );
    expect(before.marginLevel).toBe('999.00000000');
    await firstValueFrom(
      marginBorrowRepayHttp(
        { asset: 'BTC', isIsolated: 'FALSE', amount: '1', type: 'BORROW' },
        client,
      ),
    );
    const raw = await firstValueFrom(getMarginAccountHttp({}, client));
    expect(validateGetMarginAccountResponse(raw)).toBe(true);
    const after = parseGetMarginAccountResponse(raw);
    const btc = after.userAssets.find((a) => a.asset === 'BTC')!;
    const btcBefore = before.userAssets.find((a) => a.asset === 'BTC')!;
    expect(btc.borrowed).toBe('1.00000000');
    expect(Number(btc.free) - Number(btcBefore.free)).toBeCloseTo(1, 8);
    // Less the first hour's interest the borrow was charged (1 × 0.02 % / 24, rounded up).
    expect(btc.interest).toBe('0.00000834');
    expect(Number(btc.netAsset)).toBeCloseTo(Number(btcBefore.netAsset) - 0.00000834, 8);
    expect(after.totalLiabilityOfBtc).toBe('1.00000834');
    expect(Number(after.totalAssetOfBtc) - Number(before.totalAssetOfBtc)).toBeCloseTo(1, 6);
    expect(Number(after.marginLevel)).toBeCloseTo(Number(after.totalAssetOfBtc) / 1.00000834, 6);
    await firstValueFrom(
      marginBorrowRepayHttp(
        { asset: 'BTC', isIsolated: 'FALSE', amount: '1', type: 'REPAY' },
        client,
      ),
    );
  });

  it('moves funds between Spot, cross and isolated margin with universal transfers', async () => {
    const spotUsdt = async () =>
      Number(
        (await firstValueFrom(getAccountHttp({}, client))).balances.find((b) => b.asset === 'USDT')!
          .free,
      );
    const crossUsdt = async () =>
      Number(
        (await firstValueFrom(getMarginAccountHttp({}, client))).userAssets.find(
          (a) => a.asset === 'USDT',
        )!.free,
      );
    const empty = await firstValueFrom(
      getUniversalTransferHistoryHttp({ type: 'MARGIN_ISOLATEDMARGIN' }, client),
    );
    expect(empty).toEqual({ total: 0 });
    expect(validateGetUniversalTransferHistoryResponse(empty)).toBe(true);

    const [spot0, cross0] = [await spotUsdt(), await crossUsdt()];
    const { tranId } = await firstValueFrom(
      universalTransferHttp({ type: 'MAIN_MARGIN', asset: 'USDT', amount: '125.5' }, client),
    );
    expect(await spotUsdt()).toBeCloseTo(spot0 - 125.5, 8);
    expect(await crossUsdt()).toBeCloseTo(cross0 + 125.5, 8);
    const toIsolated = await firstValueFrom(
      universalTransferHttp(
        { type: 'MARGIN_ISOLATEDMARGIN', asset: 'USDT', amount: '25.5', toSymbol: symbol },
        client,
      ),
    );
    expect(await crossUsdt()).toBeCloseTo(cross0 + 100, 8);

    const history = await firstValueFrom(
      getUniversalTransferHistoryHttp({ type: 'MAIN_MARGIN' }, client),
    );
    expect(history.rows!.find((r) => r.tranId === tranId)).toMatchObject({
      asset: 'USDT',
      amount: '125.50000000',
      type: 'MAIN_MARGIN',
      status: 'CONFIRMED',
    });
    const isolated = await firstValueFrom(
      getUniversalTransferHistoryHttp({ type: 'MARGIN_ISOLATEDMARGIN', toSymbol: symbol }, client),
    );
    expect(isolated.rows!.map((r) => r.tranId)).toEqual([toIsolated.tranId]);

    const codeOf = (e: unknown) => (e as BinanceApiError).binanceCode;
    const noSymbol = await firstValueFrom(
      universalTransferHttp({ type: 'ISOLATEDMARGIN_MARGIN', asset: 'USDT', amount: '1' }, client),
    ).catch((e: unknown) => e);
    expect(codeOf(noSymbol)).toBe(-1102);
    const futures = await firstValueFrom(
      universalTransferHttp({ type: 'MAIN_UMFUTURE', asset: 'USDT', amount: '1' }, client),
    ).catch((e: unknown) => e);
    expect((futures as BinanceApiError).binanceMessage).toContain('not simulated');
    // What the isolated account has borrowed cannot leave it.
    await firstValueFrom(
      marginBorrowRepayHttp(
        { asset: 'BNB', isIsolated: 'TRUE', symbol, amount: '5', type: 'BORROW' },
        client,
      ),
    );
    const { amount: free } = await firstValueFrom(
      getMarginMaxTransferableHttp({ asset: 'BNB', isolatedSymbol: symbol }, client),
    );
    const over = await firstValueFrom(
      universalTransferHttp(
        {
          type: 'ISOLATEDMARGIN_MARGIN',
          asset: 'BNB',
          amount: String(Number(free) + 1),
          fromSymbol: symbol,
        },
        client,
      ),
    ).catch((e: unknown) => e);
    expect(codeOf(over)).toBe(-2010);
  });

  it('refuses bad input before sending, and what it does not simulate with a Binance error', async () => {
    const bad = await firstValueFrom(
      placeMarginOrderHttp(
        // @ts-expect-error isIsolated is text, as Binance documents it
        { symbol, isIsolated: true, side: 'BUY', type: 'MARKET', quantity: '1' },
        client,
      ),
    ).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InvalidParameterError);
    const missing = await firstValueFrom(cancelMarginOrderHttp({ symbol } as never, client)).catch(
      (e: unknown) => e,
    );
    expect(missing).toBeInstanceOf(InvalidParameterError);

    const borrow = await firstValueFrom(
      placeMarginOrderHttp(
        { symbol, side: 'BUY', type: 'MARKET', quantity: '0.001', sideEffectType: 'MARGIN_BUY' },
        client,
      ),
    ).catch((e: unknown) => e);
    expect(borrow).toBeInstanceOf(BinanceApiError);
    expect((borrow as BinanceApiError).binanceMessage).toContain('not simulated');
  });

  it('reports SAPI weight in its own headers; the governor counts it per endpoint, not as /api weight', async () => {
    const before = client.governor.status().usage.find((u) => u.type === 'REQUEST_WEIGHT')!.used;
    const unsigned = await fetch(
      `${exchange.urls.rest}/sapi/v1/margin/openOrders?symbol=${symbol}`,
    );
    // Refused (no API key), and answered as SAPI: no /api weight header.
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get('x-mbx-used-weight-1m')).toBeNull();
    let headers: Headers | undefined;
    const spy = createHttpClient({
      baseUrl: exchange.urls.rest,
      credentials: client.credentials,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        headers = response.headers;
        return response;
      },
    });
    await firstValueFrom(getMarginOpenOrdersHttp({ symbol }, spy));
    const first = Number(headers!.get('x-sapi-used-ip-weight-1m'));
    await firstValueFrom(getMarginOpenOrdersHttp({ symbol }, spy));
    const second = Number(headers!.get('x-sapi-used-ip-weight-1m'));
    // 10 (IP) per call, in fixed minutes: one more call, or the first of a new minute.
    expect(second === first + 10 || second === 10).toBe(true);
    expect(headers!.get('x-mbx-used-weight-1m')).toBeNull();
    expect(spy.governor.status().usage.find((u) => u.type === 'REQUEST_WEIGHT')!.used).toBe(0);
    const after = client.governor.status().usage.find((u) => u.type === 'REQUEST_WEIGHT')!.used;
    expect(after).toBe(before);
    // The endpoint's own SAPI budget counted both calls (and heard its header).
    const [budget, ...others] = spy.governor.status().sapi;
    expect(others).toEqual([]);
    expect(budget).toMatchObject({
      endpoint: 'GET /sapi/v1/margin/openOrders',
      weightType: 'IP',
      type: 'SAPI_IP_WEIGHT',
      limit: 12_000,
    });
    expect(budget!.used).toBeGreaterThanOrEqual(Math.max(20, second));
    expect(placeMarginOrderOperation.weightType).toBe('UID');
  });
});
