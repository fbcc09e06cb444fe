/**
 * USDⓈ-M futures trading on the local exchange with the generated `binance-rx/usdm` *Http
 * functions: positions opened and closed in one-way and hedge mode, margin and reduce-only
 * rules with Binance's codes, orders rested, modified and canceled, account answers valid by
 * their schemas, and the listen key's lifecycle.
 */
import { firstValueFrom, type Observable } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Validator } from '../../../src/channels/descriptor';
import type { HttpClient } from '../../../src/rest/http-client';
import {
  cancelOpenOrdersHttp,
  cancelOrderHttp,
  changeLeverageHttp,
  changeMarginTypeHttp,
  changePositionModeHttp,
  closeListenKeyHttp,
  createListenKeyHttp,
  getAccountHttp,
  getAllOrdersHttp,
  getBalanceHttp,
  getBookHttp,
  getIncomeHistoryHttp,
  getMyTradesHttp,
  getOpenOrdersHttp,
  getOrderHttp,
  getPositionModeHttp,
  getPositionRiskHttp,
  modifyOrderHttp,
  placeOrderHttp,
  renewListenKeyHttp,
  validateCancelOrderResponse,
  validateGetAccountResponse,
  validateGetAllOrdersResponse,
  validateGetBalanceResponse,
  validateGetIncomeHistoryResponse,
  validateGetMyTradesResponse,
  validateGetOpenOrdersResponse,
  validateGetOrderResponse,
  validateGetPositionRiskResponse,
  validateModifyOrderResponse,
  validatePlaceOrderResponse,
} from '../../../src/usdm';
import type { LocalExchange } from '../../../sim';
import { closeAll } from '../helpers';
import { codeOf, startFutures } from './futures-exchange';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let client: HttpClient;

beforeEach(async () => {
  ({ exchange, client } = await startFutures([symbol, 'ETHUSDT'], 11));
});
afterEach(closeAll);

const call = <T>(request: Observable<T>): Promise<T> => firstValueFrom(request);

function valid(validate: Validator, data: unknown): unknown[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

const market = (side: 'BUY' | 'SELL', quantity: string, extra: Record<string, string> = {}) =>
  placeOrderHttp(
    { symbol, side, type: 'MARKET', quantity, newOrderRespType: 'RESULT', ...extra },
    client,
  );

describe('local exchange: USDⓈ-M futures trading', () => {
  it('opens a long with a market order and closes it reduce-only, realizing PnL', async () => {
    const opened = await call(market('BUY', '0.01'));
    expect(valid(validatePlaceOrderResponse, opened)).toEqual([]);
    expect(opened).toMatchObject({
      status: 'FILLED',
      executedQty: '0.01000000',
      positionSide: 'BOTH',
    });

    const [position] = await call(getPositionRiskHttp({ symbol }, client));
    expect(valid(validateGetPositionRiskResponse, [position])).toEqual([]);
    expect(position).toMatchObject({ positionAmt: '0.01000000', positionSide: 'BOTH' });
    expect(Number(position!.entryPrice)).toBeCloseTo(Number(opened.avgPrice), 2);
    const account = await call(getAccountHttp({}, client));
    expect(valid(validateGetAccountResponse, account)).toEqual([]);
    expect(account.positions).toHaveLength(1);
    expect(Number(account.totalPositionInitialMargin)).toBeGreaterThan(0);

    const closed = await call(market('SELL', '0.01', { reduceOnly: 'true' }));
    expect(closed.status).toBe('FILLED');
    expect(await call(getPositionRiskHttp({ symbol }, client))).toEqual([]);

    const trades = await call(getMyTradesHttp({ symbol }, client));
    expect(valid(validateGetMyTradesResponse, trades)).toEqual([]);
    const closing = trades.filter((t) => t.orderId === closed.orderId);
    const realized = closing.reduce((sum, t) => sum + Number(t.realizedPnl), 0);
    const expected = (Number(closed.avgPrice) - Number(opened.avgPrice)) * 0.01;
    expect(realized).toBeCloseTo(expected, 6);
    const income = await call(getIncomeHistoryHttp({ symbol }, client));
    expect(valid(validateGetIncomeHistoryResponse, income)).toEqual([]);
    const commissions = income.filter((i) => i.incomeType === 'COMMISSION');
    expect(commissions.length).toBe(trades.length);
    const balance = await call(getBalanceHttp({}, client));
    expect(valid(validateGetBalanceResponse, balance)).toEqual([]);
    const paid = commissions.reduce((sum, i) => sum + Number(i.income), 0);
    expect(Number(balance[0]!.balance)).toBeCloseTo(100_000 + realized + paid, 6);
  });

  it('refuses with Binance codes: -2019 margin, -2022 reduce-only, -4061 side', async () => {
    await call(changeLeverageHttp({ symbol, leverage: 1 }, client));
    expect(await codeOf(market('BUY', '2'))).toBe(-2019); // ~120 000 USDT at 1x > 100 000
    expect(await codeOf(market('SELL', '0.01', { reduceOnly: 'true' }))).toBe(-2022);
    expect(await codeOf(market('BUY', '0.01', { positionSide: 'LONG' }))).toBe(-4061);
    const raw = await fetch(`${exchange.urls.rest}/fapi/v1/order?symbol=${symbol}`, {
      method: 'POST',
    });
    expect(raw.status).toBe(401); // unsigned
    await call(changeLeverageHttp({ symbol, leverage: 100 }, client));
    expect((await call(market('BUY', '1'))).status).toBe('FILLED'); // 100x: ~600 USDT margin
  });

  it('rests, lists, modifies and cancels limit orders; GTX that would trade is -5022', async () => {
    const book = await call(getBookHttp({ symbol, limit: 5 }, client));
    const low = (Number(book.bids[0]![0]) * 0.9).toFixed(2);
    const ask = book.asks[0]![0];
    const limit = {
      symbol,
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.01',
    } as const;
    const placed = await call(placeOrderHttp({ ...limit, price: low }, client));
    expect(valid(validatePlaceOrderResponse, placed)).toEqual([]);
    expect(placed.status).toBe('NEW');
    expect(await codeOf(placeOrderHttp({ ...limit, price: ask, timeInForce: 'GTX' }, client))).toBe(
      -5022,
    );

    const open = await call(getOpenOrdersHttp({ symbol }, client));
    expect(valid(validateGetOpenOrdersResponse, open)).toEqual([]);
    expect(open.map((o) => o.orderId)).toEqual([placed.orderId]);
    const lower = (Number(low) - 10).toFixed(2);
    const modified = await call(
      modifyOrderHttp(
        { symbol, orderId: placed.orderId, side: 'BUY', quantity: '0.02', price: lower },
        client,
      ),
    );
    expect(valid(validateModifyOrderResponse, modified)).toEqual([]);
    expect(modified).toMatchObject({
      orderId: placed.orderId,
      price: `${lower}000000`,
      origQty: '0.02000000',
    });
    const queried = await call(getOrderHttp({ symbol, orderId: placed.orderId }, client));
    expect(valid(validateGetOrderResponse, queried)).toEqual([]);

    const canceled = await call(cancelOrderHttp({ symbol, orderId: placed.orderId }, client));
    expect(valid(validateCancelOrderResponse, canceled)).toEqual([]);
    expect(canceled.status).toBe('CANCELED');
    expect(await codeOf(cancelOrderHttp({ symbol, orderId: placed.orderId }, client))).toBe(-2011);
    expect(await codeOf(getOrderHttp({ symbol, orderId: 999_999 }, client))).toBe(-2013);

    await call(placeOrderHttp({ ...limit, price: low }, client));
    await call(placeOrderHttp({ ...limit, price: lower }, client));
    expect(await call(cancelOpenOrdersHttp({ symbol }, client))).toMatchObject({ code: 200 });
    expect(await call(getOpenOrdersHttp({ symbol }, client))).toEqual([]);
    const all = await call(getAllOrdersHttp({ symbol }, client));
    expect(valid(validateGetAllOrdersResponse, all)).toEqual([]);
    expect(all.map((o) => o.status)).toEqual(['CANCELED', 'CANCELED', 'CANCELED']);
  });

  it('hedge mode holds a long and a short at once; modes and margin types change only when flat', async () => {
    expect(await codeOf(changePositionModeHttp({ dualSidePosition: 'false' }, client))).toBe(-4059);
    await call(changePositionModeHttp({ dualSidePosition: 'true' }, client));
    expect(await call(getPositionModeHttp({}, client))).toEqual({ dualSidePosition: true });
    expect(await codeOf(market('BUY', '0.01'))).toBe(-4061); // BOTH in hedge mode
    expect(await codeOf(market('BUY', '0.01', { positionSide: 'LONG', reduceOnly: 'true' }))).toBe(
      -1106,
    );
    await call(market('BUY', '0.01', { positionSide: 'LONG' }));
    await call(market('SELL', '0.02', { positionSide: 'SHORT' }));
    const positions = await call(getPositionRiskHttp({ symbol }, client));
    expect(positions.map((p) => [p.positionSide, p.positionAmt]).sort()).toEqual([
      ['LONG', '0.01000000'],
      ['SHORT', '-0.02000000'],
    ]);
    // Closing more than the long holds is refused.
    expect(await codeOf(market('SELL', '0.02', { positionSide: 'LONG' }))).toBe(-2022);
    expect(await codeOf(changePositionModeHttp({ dualSidePosition: 'false' }, client))).toBe(-4068);
    expect(await codeOf(changeMarginTypeHttp({ symbol, marginType: 'ISOLATED' }, client))).toBe(
      -4048,
    );
    expect(await codeOf(changeMarginTypeHttp({ symbol, marginType: 'CROSSED' }, client))).toBe(
      -4046,
    );
    await call(market('SELL', '0.01', { positionSide: 'LONG' }));
    await call(market('BUY', '0.02', { positionSide: 'SHORT' }));
    expect(await call(getPositionRiskHttp({ symbol }, client))).toEqual([]);
    await call(changeMarginTypeHttp({ symbol, marginType: 'ISOLATED' }, client));
    await call(changePositionModeHttp({ dualSidePosition: 'false' }, client));
  });

  it('creates, renews and closes the listen key; renewing a closed one is -1125', async () => {
    const { listenKey } = await call(createListenKeyHttp({}, client));
    expect(listenKey).toMatch(/^[0-9a-f]{64}$/);
    expect(await call(createListenKeyHttp({}, client))).toEqual({ listenKey });
    expect(await call(renewListenKeyHttp({}, client))).toEqual({ listenKey });
    expect(await call(closeListenKeyHttp({}, client))).toEqual({});
    expect(await codeOf(renewListenKeyHttp({}, client))).toBe(-1125);
  });
});
