/**
 * More USDⓈ-M trading and account endpoints on the local exchange: the open order query, the test
 * order (checked, nothing placed), the countdown cancel-all on the exchange's clock, isolated
 * position margin (added, counted, listed, refused with Binance's codes), and the settings
 * (Multi-Assets mode, BNB fee burn, symbol configuration, commission rates).
 */
import { firstValueFrom } from 'rxjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  cancelOrderHttp,
  changeFeeBurnHttp,
  changeLeverageHttp,
  changeMarginTypeHttp,
  changeMultiAssetsModeHttp,
  changePositionMarginHttp,
  getAccountConfigHttp,
  getBalanceHttp,
  getBookHttp,
  getIncomeHistoryHttp,
  getCommissionRateHttp,
  getFeeBurnHttp,
  getOpenOrderHttp,
  getOpenOrdersHttp,
  getPositionMarginHistoryHttp,
  getPositionRiskHttp,
  getSymbolConfigHttp,
  placeOrderHttp,
  setCountdownCancelAllHttp,
  testOrderHttp,
} from '../../../src/usdm';
import type { HttpClient } from '../../../src/rest/http-client';
import { closeAll } from '../helpers';
import { limitBuy, startFutures } from './futures-exchange';

afterAll(closeAll);

const symbol = 'BTCUSDT';
/** Binance's error code of a failed call (undefined when it succeeded). */
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: { binanceCode?: number }) => e.binanceCode,
  );

async function restingBuy(client: HttpClient) {
  const book = await firstValueFrom(getBookHttp({ symbol, limit: 5 }, client));
  const price = (Number(book.bids[0]![0]) * 0.9).toFixed(2);
  return firstValueFrom(placeOrderHttp(limitBuy(symbol, price), client));
}

describe('local exchange: more USDⓈ-M trading and account endpoints', () => {
  it('finds an open order until it is canceled; a test order is checked and places nothing', async () => {
    const { client } = await startFutures([symbol], 51);
    const placed = await restingBuy(client);
    const open = await firstValueFrom(
      getOpenOrderHttp({ symbol, orderId: placed.orderId }, client),
    );
    expect(open).toMatchObject({ orderId: placed.orderId, status: 'NEW' });
    await firstValueFrom(cancelOrderHttp({ symbol, orderId: placed.orderId }, client));
    expect(
      await codeOf(firstValueFrom(getOpenOrderHttp({ symbol, orderId: placed.orderId }, client))),
    ).toBe(-2013);
    const market = { symbol, side: 'BUY', type: 'MARKET', quantity: '0.01' } as const;
    expect(await firstValueFrom(testOrderHttp(market, client))).toEqual({});
    // Below the lot size: refused as New Order refuses it.
    const tiny = { ...market, quantity: '0.0000001' };
    expect(await codeOf(firstValueFrom(testOrderHttp(tiny, client)))).toBeLessThan(0);
    expect(await firstValueFrom(getOpenOrdersHttp({ symbol }, client))).toEqual([]);
  });

  it('cancels the open orders when the countdown ends, and not while it is renewed or stopped', async () => {
    const { exchange, client } = await startFutures([symbol], 52);
    await restingBuy(client);
    const stopped = await firstValueFrom(
      setCountdownCancelAllHttp({ symbol, countdownTime: 1 }, client),
    );
    expect(stopped).toEqual({ symbol, countdownTime: '1' });
    await firstValueFrom(setCountdownCancelAllHttp({ symbol, countdownTime: 0 }, client));
    exchange.market.step(2);
    expect(await firstValueFrom(getOpenOrdersHttp({ symbol }, client))).toHaveLength(1);
    await firstValueFrom(setCountdownCancelAllHttp({ symbol, countdownTime: 1 }, client));
    await vi.waitFor(async () => {
      exchange.market.step(1);
      expect(await firstValueFrom(getOpenOrdersHttp({ symbol }, client))).toEqual([]);
    });
  });

  it('adds margin to an isolated position, counts and lists it; refuses a cross one and over-reduction', async () => {
    const { client } = await startFutures([symbol], 53);
    await firstValueFrom(
      placeOrderHttp({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.01' }, client),
    );
    const add = { symbol, amount: '25', type: 1 } as const;
    expect(await codeOf(firstValueFrom(changePositionMarginHttp(add, client)))).toBe(-4054);
    await firstValueFrom(
      placeOrderHttp({ symbol, side: 'SELL', type: 'MARKET', quantity: '0.01' }, client),
    );
    await firstValueFrom(changeMarginTypeHttp({ symbol, marginType: 'ISOLATED' }, client));
    await firstValueFrom(
      placeOrderHttp({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.01' }, client),
    );
    const [before] = await firstValueFrom(getPositionRiskHttp({ symbol }, client));
    expect(await firstValueFrom(changePositionMarginHttp(add, client))).toMatchObject({
      amount: 25,
      code: 200,
      type: 1,
    });
    const [after] = await firstValueFrom(getPositionRiskHttp({ symbol }, client));
    expect(Number(after!.isolatedMargin) - Number(before!.isolatedMargin)).toBeCloseTo(25, 6);
    const reduce = { symbol, amount: '30', type: 2 } as const;
    expect(await codeOf(firstValueFrom(changePositionMarginHttp(reduce, client)))).toBe(-4051);
    // Closing the position gives the added margin back: the wallet moves by it and the income.
    const wallet = async () =>
      Number((await firstValueFrom(getBalanceHttp(undefined, client)))[0]!.balance);
    const incomes = async () =>
      (await firstValueFrom(getIncomeHistoryHttp({}, client))).reduce(
        (sum, i) => sum + Number(i.income),
        0,
      );
    const [walletOpen, incomeOpen] = [await wallet(), await incomes()];
    const close = { symbol, side: 'SELL', type: 'MARKET', quantity: '0.01' } as const;
    await firstValueFrom(placeOrderHttp(close, client));
    const booked = (await incomes()) - incomeOpen;
    expect((await wallet()) - walletOpen - booked).toBeCloseTo(25, 6);
    const history = await firstValueFrom(getPositionMarginHistoryHttp({ symbol }, client));
    expect(history.map((h) => [h.type, h.amount, h.positionSide])).toEqual([
      [1, '25.00000000', 'BOTH'],
    ]);
  });

  it('keeps Multi-Assets mode and BNB fee burn, and reports leverage and rates per symbol', async () => {
    const { client } = await startFutures([symbol], 54);
    await firstValueFrom(changeMultiAssetsModeHttp({ multiAssetsMargin: 'true' }, client));
    expect(await firstValueFrom(getAccountConfigHttp(undefined, client))).toMatchObject({
      multiAssetsMargin: true,
      dualSidePosition: false,
    });
    expect(await firstValueFrom(getFeeBurnHttp(undefined, client))).toEqual({ feeBurn: false });
    await firstValueFrom(changeFeeBurnHttp({ feeBurn: 'true' }, client));
    expect(await firstValueFrom(getFeeBurnHttp(undefined, client))).toEqual({ feeBurn: true });
    await firstValueFrom(changeLeverageHttp({ symbol, leverage: 10 }, client));
    expect(await firstValueFrom(getSymbolConfigHttp({ symbol }, client))).toEqual([
      {
        symbol,
        marginType: 'CROSSED',
        isAutoAddMargin: false,
        leverage: 10,
        maxNotionalValue: '100000000',
      },
    ]);
    const rates = await firstValueFrom(getCommissionRateHttp({ symbol }, client));
    expect(rates).toEqual({
      symbol,
      makerCommissionRate: '0.00020000',
      takerCommissionRate: '0.00050000',
    });
  });
});
