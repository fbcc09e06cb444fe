/**
 * Every USDⓈ-M operation of spec/usdm/, called on the local exchange over REST and its answer
 * checked against the operation's emitted JSON Schema, as `every-operation.test.ts` does for
 * Spot. Parameters come from a case here, else from the operation's spec examples (`params`), so
 * a futures operation added by one spec file is covered with no edit here (the local exchange
 * replays its examples when it does not simulate it); one with neither fails the first test.
 */
import { createHmac } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as usdm from '../../generated/usdm';
import { operationExamples } from '../../generated/usdm/examples';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { createHttpClient, type HttpClient } from '../../src/rest/http-client';
import { requestHttp } from '../../src/rest/request-http';
import {
  descriptorsOf,
  operationParams,
  schemaErrors,
  type Cases,
  type Descriptor,
} from './operation-coverage';

const operations = descriptorsOf(usdm);

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let client: HttpClient;
/** A limit price well under the market: an order that rests. */
let low = '';

const signed = (apiKey: string, secret: string) =>
  createHttpClient({
    baseUrl: exchange.urls.rest,
    credentials: { apiKey, sign: (p) => createHmac('sha256', secret).update(p).digest('hex') },
  });

/** A resting limit BUY under the market; its client order id. */
async function restingOrder(quantity = '0.01'): Promise<string> {
  const id = `rest-${Math.random().toString(36).slice(2, 10)}`;
  const order = { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity, price: low };
  const place = usdm.placeOrderOperation as unknown as Descriptor;
  await firstValueFrom(requestHttp(place, { ...order, newClientOrderId: id }, client));
  return id;
}

/** A STOP_MARKET SELL algo order waiting below the market. */
const stopSell = () => ({
  algoType: 'CONDITIONAL',
  symbol,
  side: 'SELL',
  type: 'STOP_MARKET',
  triggerPrice: low,
  workingType: 'MARK_PRICE',
  quantity: '0.01',
});

/** A waiting algo order placed; its algo id. */
async function algoOrder(): Promise<number> {
  const place = usdm.placeAlgoOrderOperation as unknown as Descriptor;
  const placed = await firstValueFrom(requestHttp(place, stopSell(), client));
  return (placed as { algoId: number }).algoId;
}

/** Parameters for each operation whose spec examples have none (a function when it needs state). */
const cases: Cases = {
  getExchangeInfo: {},
  getBook: { symbol, limit: 5 },
  getRecentTrades: { symbol, limit: 5 },
  getAggTrades: { symbol, limit: 5 },
  getKlines: { symbol, interval: '1m', limit: 5 },
  getPremiumIndex: { symbol },
  getFundingRateHistory: { symbol, limit: 3 },
  get24hrTicker: { symbol },
  getPriceTicker: { symbol },
  getPriceTickerV2: { symbol },
  getBookTicker: { symbol },
  getOpenInterest: { symbol },
  getAssetIndex: { symbol: 'BTCUSD' },
  placeOrder: { symbol, side: 'BUY', type: 'MARKET', quantity: '0.01' },
  modifyOrder: async () => ({
    symbol,
    origClientOrderId: await restingOrder(),
    side: 'BUY',
    quantity: '0.02',
    price: low,
  }),
  cancelOrder: async () => ({ symbol, origClientOrderId: await restingOrder() }),
  cancelOpenOrders: async () => (await restingOrder(), { symbol }),
  getOrder: async () => ({ symbol, origClientOrderId: await restingOrder() }),
  getOpenOrders: { symbol },
  getAllOrders: { symbol },
  getMyTrades: { symbol },
  getAccount: {},
  getBalance: {},
  getPositionRisk: { symbol },
  changeLeverage: { symbol, leverage: 10 },
  changeMarginType: { symbol: 'ETHUSDT', marginType: 'ISOLATED' },
  changePositionMode: { dualSidePosition: 'true' },
  getPositionMode: {},
  getIncomeHistory: {},
  createListenKey: {},
  renewListenKey: async () => {
    await firstValueFrom(requestHttp(usdm.createListenKeyOperation as Descriptor, {}, client));
    return {};
  },
  closeListenKey: {},
  getOpenOrder: async () => ({ symbol, origClientOrderId: await restingOrder() }),
  placeAlgoOrder: () => Promise.resolve(stopSell()),
  cancelAlgoOrder: async () => ({ algoId: await algoOrder() }),
  getAlgoOrder: async () => ({ algoId: await algoOrder() }),
  cancelAlgoOpenOrders: async () => (await algoOrder(), { symbol }),
  getAllAlgoOrders: { symbol },
  placeBatchOrders: { batchOrders: [{ symbol, side: 'BUY', type: 'MARKET', quantity: '0.01' }] },
  modifyBatchOrders: async () => ({
    batchOrders: [
      {
        symbol,
        origClientOrderId: await restingOrder(),
        side: 'BUY',
        quantity: '0.02',
        price: low,
      },
    ],
  }),
  cancelBatchOrders: async () => ({ symbol, origClientOrderIdList: [await restingOrder()] }),
  changePositionMargin: async () => {
    const isolated = callerFor.changePositionMargin!();
    const change = usdm.changeMarginTypeOperation as unknown as Descriptor;
    await firstValueFrom(requestHttp(change, { symbol, marginType: 'ISOLATED' }, isolated));
    const buy = { symbol, side: 'BUY', type: 'MARKET', quantity: '0.01' };
    await firstValueFrom(requestHttp(usdm.placeOrderOperation as Descriptor, buy, isolated));
    return { symbol, amount: '10', type: 1 };
  },
};

/** Operations on an account of their own: modes change with nothing open; isolated margin. */
const callerFor: Record<string, () => HttpClient> = {};
for (const operation of ['changePositionMode', 'changePositionMargin']) {
  let caller: HttpClient | undefined;
  callerFor[operation] = () => {
    const keys = exchange.accountKeys(`usdm-${operation}`).hmac;
    return (caller ??= signed(keys.apiKey, keys.secret));
  };
}

const { uncovered, paramsOf } = operationParams(cases, operationExamples);

beforeAll(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol, 'ETHUSDT'] });
  exchange.market.step(20);
  client = signed(exchange.keys.hmac.apiKey, exchange.keys.hmac.secret);
  const book = await firstValueFrom(
    requestHttp(usdm.getBookOperation as Descriptor, { symbol, limit: 5 }, client),
  );
  low = (Number((book as { bids: string[][] }).bids[0]![0]) * 0.9).toFixed(2);
});
afterAll(() => exchange.close());

describe('every USDⓈ-M operation of the spec on the local exchange', () => {
  it('has a case or spec example parameters for each operation', () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(uncovered(operations.map((o) => o.operation))).toEqual([]);
  });

  for (const descriptor of operations.filter((o) => o.rest !== undefined)) {
    it(`REST ${descriptor.rest!.method} ${descriptor.rest!.path} (${descriptor.operation}) answers per its schema`, async () => {
      const caller = callerFor[descriptor.operation]?.() ?? client;
      const body = await firstValueFrom(
        requestHttp(descriptor, await paramsOf(descriptor.operation), caller),
      );
      expect(schemaErrors(descriptor, body)).toEqual([]);
    });
  }
});
