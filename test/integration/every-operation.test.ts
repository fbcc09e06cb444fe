/**
 * Every operation in the spec, called on the local exchange over REST and over the WebSocket API,
 * and its answer checked against the operation's emitted JSON Schema: the REST issue's "every
 * endpoint once" and the local exchange's self-check. Parameters come from a case here, else
 * from the operation's spec examples (`params`), so an operation added by one spec file is
 * covered with no edit here (the local exchange replays its examples when it does not simulate
 * it); one with neither fails the test, so coverage cannot silently shrink.
 */
import { createHmac, createPrivateKey, sign } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../../generated';
import { operationExamples } from '../../generated/examples';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { createHttpClient, type HttpClient } from '../../src/rest/http-client';
import { requestHttp } from '../../src/rest/request-http';
import { wsApiSession, type WsApiSession } from '../../src/ws-api/session';
import {
  descriptorsOf,
  operationParams,
  schemaErrors,
  type Cases,
  type Descriptor,
} from './operation-coverage';

const operations = descriptorsOf(generated);

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let client: HttpClient;
let session: WsApiSession;
let stop: () => void;
let price = '';
/** Far above and far below the market: limits that rest, stops that wait. */
let high = '';
let low = '';

/** A resting limit BUY well below the market (Spot, or cross margin); its client order id. */
async function restingOrder(
  quantity = '0.001',
  account: 'spot' | 'margin' = 'spot',
): Promise<string> {
  const id = `rest-${Math.random().toString(36).slice(2, 10)}`;
  const place =
    account === 'spot' ? generated.placeOrderOperation : generated.placeMarginOrderOperation;
  await firstValueFrom(
    requestHttp(
      place as unknown as Descriptor,
      {
        symbol,
        side: 'BUY',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity,
        price,
        newClientOrderId: id,
      },
      client,
    ),
  );
  return id;
}

const market = { symbol, side: 'BUY', type: 'MARKET', quantity: '0.001' } as const;

/** Parameters for each operation (a function when it needs an order first). */
const cases: Cases = {
  ping: {},
  getServerTime: {},
  getExchangeInfo: { symbol },
  getBook: { symbol, limit: 5 },
  getRecentTrades: { symbol, limit: 5 },
  getHistoricalTrades: { symbol, limit: 5 },
  getAggTrades: { symbol, limit: 5 },
  getKlines: { symbol, interval: '1m', limit: 5 },
  getUiKlines: { symbol, interval: '1m', limit: 5 },
  getAvgPrice: { symbol },
  get24hrTicker: { symbol },
  getTradingDayTicker: { symbol },
  getPriceTicker: { symbol },
  getBookTicker: { symbol },
  getRollingWindowTicker: { symbol },
  placeOrder: market,
  testOrder: market,
  getOrder: async () => ({ symbol, origClientOrderId: await restingOrder() }),
  cancelOrder: async () => ({ symbol, origClientOrderId: await restingOrder() }),
  cancelOpenOrders: async () => (await restingOrder(), { symbol }),
  cancelReplaceOrder: async () => ({
    symbol,
    cancelReplaceMode: 'STOP_ON_FAILURE',
    cancelOrigClientOrderId: await restingOrder(),
    side: 'BUY',
    type: 'LIMIT',
    timeInForce: 'GTC',
    quantity: '0.001',
    price,
  }),
  getAccount: {},
  getOpenOrders: { symbol },
  getAllOrders: { symbol },
  getMyTrades: { symbol },
  getOrderRateLimit: {},
  getMyPreventedMatches: { symbol, orderId: 1 },
  getMyAllocations: { symbol },
  getCommissionRates: { symbol },
  getExecutionRules: { symbol },
  getHistoricalBlockTrades: { symbol, fromId: 1 },
  getReferencePrice: { symbol },
  getReferencePriceCalculation: { symbol },
  placeSorOrder: market,
  testSorOrder: market,
  getMyFilters: { symbol },
  amendOrderKeepPriority: async () => ({
    symbol,
    origClientOrderId: await restingOrder('0.002'),
    newQty: '0.001',
  }),
  getOrderAmendments: { symbol, orderId: 1 },
  placeOcoOrderDeprecated: () => Promise.resolve(marginOco()),
  placeOcoOrderList: () => Promise.resolve(oco()),
  placeOtoOrderList: () => Promise.resolve(otoParams()),
  placeOpoOrderList: () =>
    Promise.resolve({
      ...working(),
      pendingType: 'LIMIT_MAKER',
      pendingSide: 'SELL',
      pendingPrice: high,
    }),
  placeOtocoOrderList: () =>
    Promise.resolve({ ...working(), ...pendingPair(), pendingQuantity: '0.001' }),
  placeOpocoOrderList: () => Promise.resolve({ ...working(), ...pendingPair() }),
  cancelOrderList: async () => {
    const list = await firstValueFrom(
      requestHttp(generated.placeOcoOrderListOperation, oco(), client),
    );
    return { symbol, orderListId: list.orderListId };
  },
  getOrderList: async () => {
    const list = await firstValueFrom(
      requestHttp(generated.placeOcoOrderListOperation, oco(), client),
    );
    return { orderListId: list.orderListId };
  },
  getAllOrderLists: {},
  getOpenOrderLists: {},
  placeMarginOrder: market,
  cancelMarginOrder: async () => ({
    symbol,
    origClientOrderId: await restingOrder('0.001', 'margin'),
  }),
  getMarginOpenOrders: { symbol },
  getMarginOrder: async () => ({
    symbol,
    origClientOrderId: await restingOrder('0.001', 'margin'),
  }),
  getMarginAllOrders: { symbol },
  getMarginMyTrades: { symbol },
  marginBorrowRepay: { asset: 'USDT', isIsolated: 'FALSE', amount: '10', type: 'BORROW' },
  getMarginBorrowRepayRecords: { type: 'BORROW', startTime: 0 },
  getMarginMaxBorrowable: { asset: 'USDT' },
  getMarginMaxTransferable: { asset: 'USDT' },
  getMarginAccount: {},
  getMarginPriceIndex: { symbol },
  placeMarginOcoOrder: () => Promise.resolve(marginOco()),
  placeMarginOtoOrder: () => Promise.resolve(otoParams()),
  placeMarginOtocoOrder: () =>
    Promise.resolve({ ...working(), ...pendingPair(), pendingQuantity: '0.001' }),
  cancelMarginOrderList: async () => ({ symbol, orderListId: await marginOcoList() }),
  getMarginOrderList: async () => ({ orderListId: await marginOcoList() }),
  getMarginAllOrderLists: {},
  getMarginOpenOrderLists: {},
  cancelMarginOpenOrders: async () => {
    await restingOrder('0.001', 'margin');
    await marginOcoList();
    return { symbol };
  },
  getMarginPreventedMatches: { symbol, orderId: 1 },
  universalTransfer: { type: 'MAIN_MARGIN', asset: 'USDT', amount: '1' },
  createVirtualSubAccount: { subAccountString: 'created' },
  createMarginSpecialKey: { apiName: 'everyop' },
  getMarginSpecialKeyList: {},
  getMarginSpecialKey: async () => (await withSpecialKey(), {}),
  editMarginSpecialKeyIp: async () => (await withSpecialKey(), { ip: '127.0.0.1' }),
  deleteMarginSpecialKey: async () => (await withSpecialKey(), {}),
  getSubAccountList: {},
  subAccountUniversalTransfer: async () => ({
    toEmail: await subEmail(),
    fromAccountType: 'SPOT',
    toAccountType: 'SPOT',
    asset: 'USDT',
    amount: '1',
  }),
  subAccountTransferToMaster: { asset: 'USDT', amount: '1' },
  subAccountTransferToSub: async () => ({
    toEmail: await subEmail('sibling'),
    asset: 'USDT',
    amount: '1',
  }),
  getSubAccountMarginSummary: {},
  getSubAccountUniversalTransferHistory: {},
  getSubAccountMarginAccount: async () => ({ email: await subEmail() }),
  addSubAccountApiIpRestriction: async () => ({
    ...(await subKeyRef()),
    status: 2,
    ipAddress: '10.0.0.1',
  }),
  deleteSubAccountApiIpList: async () => ({ ...(await subKeyRef()), ipAddress: '10.0.0.1' }),
  getSubAccountApiIpRestriction: subKeyRef,
  getUniversalTransferHistory: { type: 'MAIN_MARGIN' },
  logon: {},
  logout: {},
  getSessionStatus: {},
  getSessionSubscriptions: {},
  subscribeUserDataStream: {},
  subscribeUserDataStreamSignature: {},
  unsubscribeUserDataStream: {},
  createMarginListenToken: {},
  subscribeUserDataStreamListenToken: async () => ({
    listenToken: (
      await firstValueFrom(requestHttp(generated.createMarginListenTokenOperation, {}, client))
    ).token,
  }),
};

/**
 * Sessions for the methods that need another key mode than HMAC-signed requests: `session.logon`
 * takes an Ed25519 key (signed like any request), `userDataStream.subscribe` a logged-on session.
 */
const sessionFor: Record<string, () => WsApiSession> = {
  logon: () => ed25519Signing,
  subscribeUserDataStream: () => loggedOn,
};
/** REST clients for the methods a sub-account calls (its transfers); the master's otherwise. */
const clientFor: Record<string, () => HttpClient> = {
  subAccountTransferToMaster: () => subClient,
  subAccountTransferToSub: () => subClient,
  getMarginSpecialKey: () => specialClient,
  editMarginSpecialKeyIp: () => specialClient,
  deleteMarginSpecialKey: () => specialClient,
};
let subClient: HttpClient;
/** A client signing with a new margin special key (the special key calls act on their own key). */
let specialClient: HttpClient;
async function withSpecialKey(): Promise<void> {
  const key = await firstValueFrom(
    requestHttp(generated.createMarginSpecialKeyOperation, { apiName: 'signing' }, client),
  );
  specialClient = hmacClient(key.apiKey, key.secretKey!);
}
/** The sub-accounts (of the default account) the sub-account cases use, each created once. */
const SUB = 'everyop';
const created = new Map<string, Promise<string>>();
const subEmail = (name = SUB): Promise<string> => {
  const request = requestHttp(
    generated.createVirtualSubAccountOperation,
    { subAccountString: name },
    client,
  );
  if (!created.has(name))
    created.set(
      name,
      firstValueFrom(request).then((a) => a.email),
    );
  return created.get(name)!;
};
let ed25519Signing: WsApiSession;
let loggedOn: WsApiSession;

/** An OCO selling above (limit maker) or below (stop loss) the market. */
function oco() {
  return {
    symbol,
    side: 'SELL',
    quantity: '0.001',
    aboveType: 'LIMIT_MAKER',
    abovePrice: high,
    belowType: 'STOP_LOSS',
    belowStopPrice: low,
  } as const;
}
/** An OCO in the deprecated OCO's parameters (margin's OCO takes them too), selling above or below the market. */
function marginOco() {
  return { symbol, side: 'SELL', quantity: '0.001', price: high, stopPrice: low } as const;
}
/** A margin OCO placed; its order list id. */
async function marginOcoList(): Promise<number> {
  const placed = requestHttp(generated.placeMarginOcoOrderOperation, marginOco(), client);
  return (await firstValueFrom(placed)).orderListId;
}
/** An OTO: the working leg below, and a LIMIT_MAKER SELL above the market pending. */
function otoParams() {
  return {
    ...working(),
    pendingType: 'LIMIT_MAKER',
    pendingSide: 'SELL',
    pendingPrice: high,
    pendingQuantity: '0.001',
  } as const;
}
/** The working leg of OTO-style lists: a limit BUY below the market. */
function working() {
  return {
    symbol,
    workingType: 'LIMIT',
    workingSide: 'BUY',
    workingPrice: low,
    workingQuantity: '0.001',
    workingTimeInForce: 'GTC',
  } as const;
}
/** The pending OCO pair of OTOCO-style lists. */
function pendingPair() {
  return {
    pendingSide: 'SELL',
    pendingAboveType: 'LIMIT_MAKER',
    pendingAbovePrice: high,
    pendingBelowType: 'STOP_LOSS',
    pendingBelowStopPrice: low,
  } as const;
}

/** The sub-account's email and its HMAC API key (the IP restriction calls name both). */
async function subKeyRef() {
  return {
    email: await subEmail(),
    subAccountApiKey: exchange.accountKeys(`default-${SUB}`).hmac.apiKey,
  };
}
/** A REST client on the local exchange signing with an HMAC key. */
const hmacClient = (apiKey: string, secret: string) =>
  createHttpClient({
    baseUrl: exchange.urls.rest,
    credentials: {
      apiKey,
      sign: (p: string) => createHmac('sha256', secret).update(p).digest('hex'),
    },
  });

beforeAll(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol] });
  exchange.market.step(20);
  const { apiKey, secret } = exchange.keys.hmac;
  const credentials = {
    apiKey,
    sign: (p: string) => createHmac('sha256', secret).update(p).digest('hex'),
  };
  client = createHttpClient({ baseUrl: exchange.urls.rest, credentials });
  const sub = exchange.accountKeys(`default-${SUB}`).hmac;
  subClient = hmacClient(sub.apiKey, sub.secret);
  session = wsApiSession({ url: exchange.urls.wsApi, credentials });
  const ed = exchange.keys.ed25519;
  const edKey = createPrivateKey(ed.secret);
  const edSign = (p: string) => sign(null, Buffer.from(p), edKey).toString('base64');
  ed25519Signing = wsApiSession({
    url: exchange.urls.wsApi,
    credentials: { apiKey: ed.apiKey, sign: edSign },
  });
  loggedOn = wsApiSession({
    url: exchange.urls.wsApi,
    credentials: { apiKey: ed.apiKey, sign: edSign, keyType: 'ED25519' },
  });
  const connections = [session, ed25519Signing, loggedOn].map((s) => s.connect());
  stop = () => connections.forEach((c) => c.unsubscribe());
  const book = await firstValueFrom(
    requestHttp(generated.getBookOperation, { symbol, limit: 1 }, client),
  );
  price = (Number(book.bids[0]![0]) * 0.9).toFixed(2);
  high = (Number(book.bids[0]![0]) * 1.2).toFixed(2);
  low = (Number(book.bids[0]![0]) * 0.8).toFixed(2);
});
afterAll(async () => {
  stop();
  await exchange.close();
});

const { uncovered, paramsOf } = operationParams(cases, operationExamples);

describe('every operation of the spec on the local exchange', () => {
  it('has a case for each operation', () => {
    expect(operations.length).toBeGreaterThan(25);
    expect(uncovered(operations.map((o) => o.operation))).toEqual([]);
  });

  for (const descriptor of operations.filter((o) => o.rest !== undefined)) {
    it(`REST ${descriptor.rest!.method} ${descriptor.rest!.path} (${descriptor.operation}) answers per its schema`, async () => {
      const body = await firstValueFrom(
        requestHttp(
          descriptor,
          await paramsOf(descriptor.operation),
          clientFor[descriptor.operation]?.() ?? client,
        ),
      );
      expect(schemaErrors(descriptor, body)).toEqual([]);
    });
  }

  for (const descriptor of operations.filter((o) => o.wsApi !== undefined)) {
    it(`WebSocket API ${descriptor.wsApi!.method} (${descriptor.operation}) answers per its schema`, async () => {
      const result = await firstValueFrom(
        (sessionFor[descriptor.operation]?.() ?? session).request(
          descriptor,
          await paramsOf(descriptor.operation),
        ),
      );
      expect(schemaErrors(descriptor, result)).toEqual([]);
    });
  }
});
