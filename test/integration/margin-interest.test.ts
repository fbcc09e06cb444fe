/**
 * Margin interest and the isolated margin account on the local exchange, over REST with the
 * generated functions: a borrow is charged its first hour (ON_BORROW), every interest hour charges
 * what is owed (PERIODIC), the accounts show the interest as a liability and their margin level
 * falls with it, repayments pay interest first, a borrow beyond the maximum is -3006; every answer
 * matches its schema; the fee data tells the same rate and limits.
 */
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  getIsolatedMarginAccountHttp,
  validateGetIsolatedMarginAccountResponse,
} from '../../generated/operations/get-isolated-margin-account';
import { getCrossMarginFeeDataHttp } from '../../generated/operations/get-cross-margin-fee-data';
import { getIsolatedMarginFeeDataHttp } from '../../generated/operations/get-isolated-margin-fee-data';
import { getMarginAccountHttp } from '../../generated/operations/get-margin-account';
import { getMarginBorrowRepayRecordsHttp } from '../../generated/operations/get-margin-borrow-repay-records';
import {
  getMarginInterestHistoryHttp,
  parseGetMarginInterestHistoryResponse,
  validateGetMarginInterestHistoryResponse,
} from '../../generated/operations/get-margin-interest-history';
import {
  getMarginAvailableInventoryHttp,
  parseGetMarginAvailableInventoryResponse,
  validateGetMarginAvailableInventoryResponse,
} from '../../generated/operations/get-margin-available-inventory';
import { getMarginNextHourlyInterestRateHttp } from '../../generated/operations/get-margin-next-hourly-interest-rate';
import { marginBorrowRepayHttp } from '../../generated/operations/margin-borrow-repay';
import { universalTransferHttp } from '../../generated/operations/universal-transfer';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { marginLevelStatus } from '../../sim/api/methods/margin-valuation';
import { BinanceApiError } from '../../src/errors';
import type { HttpClient } from '../../src/rest/http-client';
import { hmacClient } from './hmac-client';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let client: HttpClient;

beforeAll(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol] });
  exchange.market.step(20);
  client = hmacClient(exchange, { validateResponses: true });
});
afterAll(() => exchange.close());

const borrowRepay = (type: 'BORROW' | 'REPAY', asset: string, amount: string, isolated = false) =>
  firstValueFrom(
    marginBorrowRepayHttp(
      {
        asset,
        amount,
        type,
        isIsolated: isolated ? 'TRUE' : 'FALSE',
        ...(isolated ? { symbol } : {}),
      },
      client,
    ),
  );
const interestRows = async (isolatedSymbol?: string) => {
  const body = await firstValueFrom(
    getMarginInterestHistoryHttp(isolatedSymbol ? { isolatedSymbol } : {}, client),
  );
  expect(validateGetMarginInterestHistoryResponse(body)).toBe(true);
  return body;
};
const usdtOf = async () =>
  (await firstValueFrom(getMarginAccountHttp({}, client))).userAssets.find(
    (a) => a.asset === 'USDT',
  )!;

describe('margin interest (local exchange)', () => {
  it('charges a borrow its first hour, then every interest hour; repayments pay interest first', async () => {
    await borrowRepay('BORROW', 'USDT', '1000');
    // 0.02 % a day: one hour of 1000 USDT is 0.00833334 (rounded up to 1e-8).
    const first = await interestRows();
    expect(first.total).toBe(1);
    expect(first.rows[0]).toMatchObject({
      asset: 'USDT',
      rawAsset: 'USDT',
      principal: '1000.00000000',
      interest: '0.00833334',
      type: 'ON_BORROW',
    });
    expect(first.rows[0]).not.toHaveProperty('isolatedSymbol');
    expect(await usdtOf()).toMatchObject({ borrowed: '1000.00000000', interest: '0.00833334' });

    exchange.accrueInterest();
    const second = parseGetMarginInterestHistoryResponse(await interestRows());
    expect(second.rows.map((r) => r.type)).toEqual(['PERIODIC', 'ON_BORROW']);
    expect(second.rows[0]!.interestAccruedTime).toBeGreaterThanOrEqual(
      second.rows[1]!.interestAccruedTime,
    );
    const usdt = await usdtOf();
    expect(usdt.interest).toBe('0.01666668');
    const account = await firstValueFrom(getMarginAccountHttp({}, client));
    expect(account.marginLevel).not.toBe('999.00000000'); // 999 only without a liability

    await borrowRepay('REPAY', 'USDT', '1000');
    const records = await firstValueFrom(
      getMarginBorrowRepayRecordsHttp({ type: 'REPAY', startTime: 0 }, client),
    );
    expect(records.rows[0]).toMatchObject({
      amount: '1000.00000000',
      interest: '0.01666668',
      principal: '999.98333332',
    });
    expect(await usdtOf()).toMatchObject({ borrowed: '0.01666668', interest: '0.00000000' });
    // What is owed cannot be overpaid.
    const over = await borrowRepay('REPAY', 'USDT', '1').catch((e: unknown) => e);
    expect((over as BinanceApiError).binanceCode).toBe(-3015);
  });

  it('refuses a borrow beyond the maximum with -3006', async () => {
    const refused = await borrowRepay('BORROW', 'USDT', '2000000').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BinanceApiError);
    expect((refused as BinanceApiError).binanceCode).toBe(-3006);
  });

  it('the isolated margin account: its assets, interest, margin level and status', async () => {
    await borrowRepay('BORROW', 'BTC', '10', true);
    // Move the quote asset out: 20 BTC held against 10 BTC owed is a margin level of 2.
    await firstValueFrom(
      universalTransferHttp(
        { type: 'ISOLATEDMARGIN_MARGIN', asset: 'USDT', amount: '1000000', fromSymbol: symbol },
        client,
      ),
    );
    const named = await firstValueFrom(getIsolatedMarginAccountHttp({ symbols: symbol }, client));
    expect(validateGetIsolatedMarginAccountResponse(named)).toBe(true);
    expect(named).not.toHaveProperty('totalAssetOfBtc');
    const [entry] = named.assets;
    expect(entry).toMatchObject({
      symbol,
      baseAsset: { asset: 'BTC', borrowed: '10.00000000', totalAsset: '20.00000000' },
      quoteAsset: { asset: 'USDT', totalAsset: '0.00000000' },
    });
    // The first hour's interest is owed too: just under 2, NORMAL.
    expect(entry!.baseAsset.interest).toBe('0.00008334');
    expect(Number(entry!.marginLevel)).toBeLessThan(2);
    expect(entry!.marginLevelStatus).toBe('NORMAL');

    const all = await firstValueFrom(getIsolatedMarginAccountHttp({}, client));
    expect(all.assets.map((a) => a.symbol)).toEqual([symbol]);
    expect(all.totalLiabilityOfBtc).toBe('10.00008334');

    const isolated = await interestRows(symbol);
    expect(isolated.rows[0]).toMatchObject({ isolatedSymbol: symbol, type: 'ON_BORROW' });
    expect(isolated.rows[0]).not.toHaveProperty('rawAsset');
  });

  it('answers the fee data at the rate it charges', async () => {
    const [btc, ...others] = await firstValueFrom(
      getCrossMarginFeeDataHttp({ coin: 'BTC' }, client),
    );
    expect(others).toEqual([]);
    expect(btc).toMatchObject({
      coin: 'BTC',
      dailyInterest: '0.00020000',
      borrowLimit: '10.00000000',
      marginablePairs: [symbol],
    });
    const isolated = await firstValueFrom(getIsolatedMarginFeeDataHttp({ symbol }, client));
    expect(isolated).toEqual([
      {
        vipLevel: 0,
        symbol,
        leverage: '10',
        data: [
          { coin: 'BTC', dailyInterest: '0.00020000', borrowLimit: '10.00000000' },
          { coin: 'USDT', dailyInterest: '0.00020000', borrowLimit: '1000000.00000000' },
        ],
      },
    ]);
  });

  it('lends from a pool per asset, which a borrow lowers (available inventory)', async () => {
    const inventory = async (type: 'MARGIN' | 'ISOLATED') => {
      const body = await firstValueFrom(getMarginAvailableInventoryHttp({ type }, client));
      expect(validateGetMarginAvailableInventoryResponse(body)).toBe(true);
      return parseGetMarginAvailableInventoryResponse(body, { decimal: Number });
    };
    const before = await inventory('MARGIN');
    const isolatedBefore = await inventory('ISOLATED');
    expect(Object.keys(before.assets).sort()).toEqual(['BTC', 'USDT']);
    await borrowRepay('BORROW', 'BTC', '0.5');
    const after = await inventory('MARGIN');
    expect(before.assets.BTC! - after.assets.BTC!).toBeCloseTo(0.5, 8);
    expect(after.assets.USDT).toBe(before.assets.USDT);
    // The isolated pool is its own.
    expect((await inventory('ISOLATED')).assets.BTC).toBe(isolatedBefore.assets.BTC);
    await borrowRepay('REPAY', 'BTC', '0.5');
  });

  it('tells the next hourly rate it charges', async () => {
    const rates = await firstValueFrom(
      getMarginNextHourlyInterestRateHttp({ assets: 'BTC,USDT', isIsolated: 'FALSE' }, client),
    );
    expect(rates).toEqual([
      { asset: 'BTC', nextHourlyInterestRate: '0.00000833' },
      { asset: 'USDT', nextHourlyInterestRate: '0.00000833' },
    ]);
  });

  it('names the margin level status as Binance does', () => {
    const levels: [number, string][] = [
      [999, 'EXCESSIVE'],
      [2, 'EXCESSIVE'],
      [1.99, 'NORMAL'],
      [1.4, 'MARGIN_CALL'],
      [1.2, 'PRE_LIQUIDATION'],
      [1.05, 'FORCE_LIQUIDATION'],
    ];
    for (const [level, status] of levels) expect(marginLevelStatus(level * 1e8)).toBe(status);
  });
});

describe('interest hours in compressed time (local exchange)', () => {
  it('charges every interestHourMs by itself', async () => {
    const fast = await startLocalExchange({ paused: true, symbols: [symbol], interestHourMs: 50 });
    try {
      const rest = hmacClient(fast);
      await firstValueFrom(
        marginBorrowRepayHttp(
          { asset: 'BTC', amount: '1', type: 'BORROW', isIsolated: 'FALSE' },
          rest,
        ),
      );
      await vi.waitFor(
        async () => {
          const history = await firstValueFrom(getMarginInterestHistoryHttp({}, rest));
          expect(history.rows.filter((r) => r.type === 'PERIODIC').length).toBeGreaterThan(1);
        },
        { timeout: 5_000, interval: 50 },
      );
    } finally {
      await fast.close();
    }
  });
});
