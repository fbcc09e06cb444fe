/**
 * Liquidation and funding on the local exchange over loopback, through the SDK: `usdmUserData`
 * receives MARGIN_CALL, the `autoclose-` liquidation order's ORDER_TRADE_UPDATEs and
 * ACCOUNT_UPDATE (schema-valid: nothing is dropped as invalid), the market streams
 * `<symbol>@forceOrder` and `!forceOrder@arr` carry the liquidation, the position is gone and the
 * balance moved by exactly the income booked, and an order of `usdmOrderFactory` resting on the
 * liquidated symbol ends `expired`; a position pays funding at each (compressed)
 * funding time, as ACCOUNT_UPDATE FUNDING_FEE, income history and a funding rate history row.
 */
import { filter, firstValueFrom, lastValueFrom, merge, map, toArray, type Observable } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SchemaValidationError } from '../../src/errors';
import type { HttpClient } from '../../src/rest/http-client';
import {
  changeMarginTypeHttp,
  getBalanceHttp,
  getBookHttp,
  getFundingRateHistoryHttp,
  getIncomeHistoryHttp,
  getForceOrdersHttp,
  getPositionRiskHttp,
  onAccountUpdate,
  onMarginCall,
  onOrderTradeUpdate,
  parseGetFundingRateHistoryCcxt,
  parseGetPositionRiskCcxt,
  placeOrderHttp,
  usdmOrderFactory,
  usdmStreamUrl,
  usdmUserData,
  validateAllForceOrdersEvent,
  validateGetForceOrdersResponse,
  validateForceOrderEvent,
} from '../../src/usdm';
import { Client, closeAll } from '../sim/helpers';
import { startFutures } from '../sim/usdm/futures-exchange';

afterEach(closeAll);

const symbol = 'BTCUSDT';
const call = <T>(request: Observable<T>): Promise<T> => firstValueFrom(request);

/**
 * The default account's user data through the typed operators, each event checked against its
 * schema (`invalid` collects any that fails), and the order in which they came (`kinds`).
 */
async function userData(client: HttpClient, host: string) {
  const stream = usdmUserData({ client, host });
  const invalid: SchemaValidationError[] = [];
  const options = { onInvalid: (e: SchemaValidationError) => invalid.push(e) };
  const orders = stream.events$.pipe(onOrderTradeUpdate(options));
  const accounts = stream.events$.pipe(onAccountUpdate(options));
  const calls = stream.events$.pipe(onMarginCall(options));
  const kinds: string[] = [];
  const opened = firstValueFrom(stream.status$.pipe(filter((s) => s.kind === 'open')));
  const subscription = merge(
    orders.pipe(map((e) => `${e.e}:${e.o.x}`)),
    accounts.pipe(map((e) => `${e.e}:${e.a.m}`)),
    calls.pipe(map((e) => e.e)),
  ).subscribe((kind) => kinds.push(kind));
  await opened;
  return { orders, accounts, kinds, invalid, stop: () => subscription.unsubscribe() };
}

const balanceOf = async (client: HttpClient) =>
  Number((await call(getBalanceHttp({}, client)))[0]!.balance);

describe('local exchange: USDⓈ-M liquidation', () => {
  it('liquidates an isolated long past its reported liquidation price, on every stream', async () => {
    const { exchange, client } = await startFutures([symbol], 7);
    const host = exchange.urls.usdmStreamHost;
    await call(changeMarginTypeHttp({ symbol, marginType: 'ISOLATED' }, client));
    const user = await userData(client, host);
    const url = `${usdmStreamUrl('market', host)}?streams=btcusdt@forceOrder/!forceOrder@arr`;
    const market = await Client.open(url);

    const opened = firstValueFrom(user.accounts);
    await call(placeOrderHttp({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.1' }, client));
    await opened;
    const positions = await call(getPositionRiskHttp({ symbol }, client));
    const [position] = positions;
    const entry = Number(position!.entryPrice);
    const liquidation = Number(position!.liquidationPrice);
    // The CCXT position reads the same answer.
    expect(parseGetPositionRiskCcxt(positions)[0]).toMatchObject({
      symbol: 'BTC/USDT:USDT',
      side: 'long',
      contracts: 0.1,
      marginMode: 'isolated',
      liquidationPrice: liquidation,
    });
    // 20x isolated: the margin is 5 % of the entry notional, maintenance 0.4 % of the notional.
    expect(liquidation).toBeGreaterThan(entry * 0.95);
    expect(liquidation).toBeLessThan(entry * 0.96);
    const before = await balanceOf(client);
    const incomeBefore = (await call(getIncomeHistoryHttp({}, client))).length;

    exchange.usdm.setMarkPrice(symbol, (liquidation + 1).toFixed(2));
    expect(await call(getPositionRiskHttp({ symbol }, client))).toHaveLength(1);
    const done = firstValueFrom(user.orders.pipe(filter((e) => e.o.x === 'CALCULATED')));
    const flat = firstValueFrom(user.accounts.pipe(filter((e) => e.a.P[0]?.pa === '0.00000000')));
    exchange.usdm.setMarkPrice(symbol, (liquidation - 1).toFixed(2));
    const calculated = await done;
    await flat;

    const { kinds } = user;
    expect(kinds.slice(kinds.indexOf('MARGIN_CALL'))).toEqual([
      'MARGIN_CALL',
      'ORDER_TRADE_UPDATE:NEW',
      'ORDER_TRADE_UPDATE:CALCULATED',
      'ACCOUNT_UPDATE:ORDER',
    ]);
    expect(calculated).toMatchObject({
      o: { s: symbol, S: 'SELL', o: 'LIQUIDATION', f: 'IOC', X: 'FILLED', z: '0.10000000' },
    });
    expect(calculated.o.c).toMatch(/^autoclose-/);
    expect(user.invalid).toEqual([]);

    const force = [
      await market.json((f: { stream: string }) => f.stream === 'btcusdt@forceOrder'),
      await market.json((f: { stream: string }) => f.stream === '!forceOrder@arr'),
    ] as { stream: string; data: { o: Record<string, unknown> } }[];
    expect(validateForceOrderEvent(force[0]!.data)).toBe(true);
    expect(validateAllForceOrdersEvent(force[1]!.data)).toBe(true);
    for (const { data } of force) {
      expect(data.o).toMatchObject({ s: symbol, S: 'SELL', o: 'LIMIT', f: 'IOC', q: '0.10000000' });
    }

    expect(await call(getPositionRiskHttp({ symbol }, client))).toEqual([]);
    // User's Force Orders lists the liquidation order, as its stream events described it.
    const forceOrders = await call(getForceOrdersHttp({ symbol }, client));
    expect(
      validateGetForceOrdersResponse(forceOrders) ? [] : validateGetForceOrdersResponse.errors,
    ).toEqual([]);
    expect(forceOrders).toEqual([
      expect.objectContaining({
        clientOrderId: calculated.o.c,
        status: 'FILLED',
        side: 'SELL',
        executedQty: '0.10000000',
        timeInForce: 'IOC',
      }),
    ]);
    expect(await call(getForceOrdersHttp({ symbol, autoCloseType: 'ADL' }, client))).toEqual([]);
    const booked = (await call(getIncomeHistoryHttp({}, client))).slice(incomeBefore);
    expect(booked.map((i) => i.incomeType)).toEqual(['REALIZED_PNL']);
    expect(await balanceOf(client)).toBeCloseTo(before + Number(booked[0]!.income), 8);
    user.stop();
  });
});

describe('local exchange: USDⓈ-M liquidation and order stages', () => {
  it("expires the liquidated symbol's open orders: a factory order ends expired", async () => {
    const { exchange, client } = await startFutures([symbol], 12);
    await call(changeMarginTypeHttp({ symbol, marginType: 'ISOLATED' }, client));
    const stream = usdmUserData({ client, host: exchange.urls.usdmStreamHost });
    const opened = firstValueFrom(stream.status$);
    const held = stream.events$.subscribe();
    await opened;
    const addOrder = usdmOrderFactory(client, stream);
    const market = { symbol, side: 'BUY', type: 'MARKET', quantity: '0.1' } as const;
    await lastValueFrom(addOrder(market));
    const book = await call(getBookHttp({ symbol, limit: 5 }, client));
    const price = (Number(book.bids[0]![0]) * 0.9).toFixed(2);
    const limit = { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price } as const;
    const resting = addOrder({ ...limit, quantity: '0.01' }).pipe(toArray());
    const stages = lastValueFrom(resting);
    await firstValueFrom(
      stream.events$.pipe(
        onOrderTradeUpdate(),
        filter((e) => e.o.o === 'LIMIT' && e.o.X === 'NEW'),
      ),
    );

    exchange.usdm.setMarkPrice(symbol, (Number(price) * 0.5).toFixed(2));
    expect((await stages).map((u) => u.stage).at(-1)).toBe('expired');
    expect(await call(getPositionRiskHttp({ symbol }, client))).toEqual([]);
    held.unsubscribe();
  });
});

describe('local exchange: USDⓈ-M funding', () => {
  it('pays funding at each funding time: ACCOUNT_UPDATE FUNDING_FEE, income and rate rows', async () => {
    const { exchange, client } = await startFutures([symbol], 8, { fundingIntervalMs: 300 });
    const user = await userData(client, exchange.urls.usdmStreamHost);
    await call(placeOrderHttp({ symbol, side: 'SELL', type: 'MARKET', quantity: '0.1' }, client));
    const funding = await firstValueFrom(
      user.accounts.pipe(filter((e) => e.a.m === 'FUNDING_FEE')),
    );
    expect(funding.a.P).toEqual([]); // a cross position: the balance only
    const fee = Number(funding.a.B[0]!.bc);

    const income = await call(getIncomeHistoryHttp({ incomeType: 'FUNDING_FEE' }, client));
    const paid = income.find((i) => i.time === funding.T)!;
    expect(Number(paid.income)).toBeCloseTo(fee, 8);
    const rows = await call(getFundingRateHistoryHttp({ symbol, limit: 1000 }, client));
    const row = rows.find((r) => r.fundingTime === funding.T)!;
    expect(funding.T % 300).toBe(0);
    const history = parseGetFundingRateHistoryCcxt(rows);
    expect(history.find((h) => h.timestamp === funding.T)).toMatchObject({
      symbol: 'BTC/USDT:USDT',
      fundingRate: Number(row.fundingRate),
    });
    // A short receives a positive rate: fee = rate × 0.1 × mark.
    expect(fee).toBeCloseTo(Number(row.fundingRate) * 0.1 * Number(row.markPrice), 6);
    expect(user.invalid).toEqual([]);
    user.stop();
  });
});
