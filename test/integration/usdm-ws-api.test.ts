/**
 * The futures WebSocket API end to end: `wsApiSession({ product: usdmProduct })` against the local
 * exchange's `/ws-fapi/v1`. Every futures operation with a ws-fapi method is called through its
 * `<operation>Factory` and its answer checked against the operation's emitted JSON Schema (a
 * method added to the spec without a case here fails the coverage test); an Ed25519 session logs
 * on; answers find their requests across a dropped socket; and `usdmOrderFactory` places through
 * the session and follows ORDER_TRADE_UPDATE to the order's end.
 */
import { createHmac, createPrivateKey, sign } from 'node:crypto';
import { firstValueFrom, forkJoin, lastValueFrom, toArray } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalExchange, type LocalExchange } from '../../sim';
import type { OperationDescriptor } from '../../src/operations/descriptor';
import { createHttpClient } from '../../src/rest/http-client';
import type { Credentials } from '../../src/signing/credentials';
import * as usdm from '../../src/usdm';
import { wsApiSession, type WsApiSession } from '../../src/ws-api/session';

type Descriptor = OperationDescriptor<object, unknown>;
const exported = usdm as unknown as Record<string, unknown>;
const withWsApi: Descriptor[] = Object.values(exported).filter(
  (v): v is Descriptor =>
    typeof v === 'object' && v !== null && 'schemaId' in v && (v as Descriptor).wsApi !== undefined,
);
const factory = (operation: string) =>
  exported[`${operation}Factory`] as (s: WsApiSession) => (params: object) => unknown;

const symbol = 'BTCUSDT';
const clientOrderId = 'ws-fapi-1';
const clientAlgoId = 'ws-fapi-algo-1';
let exchange: LocalExchange;
let session: WsApiSession;
let stop: () => void;
let below = '';

const hmac = (): Credentials => {
  const { apiKey, secret } = exchange.keys.hmac;
  return { apiKey, sign: (p) => createHmac('sha256', secret).update(p).digest('hex') };
};

const futuresSession = (credentials: Credentials) =>
  wsApiSession({
    product: usdm.usdmProduct,
    url: exchange.urls.usdmWsApi,
    credentials,
    validateResponses: true,
    reconnect: { initialDelayMs: 20, jitter: 0 },
  });

/** Each method once, in an order that gives the order methods an order to act on. */
const cases: [operation: string, params: () => object][] = [
  ['getBook', () => ({ symbol, limit: 5 })],
  ['getPriceTicker', () => ({ symbol })],
  ['getBookTicker', () => ({ symbol })],
  [
    'placeOrder',
    () => ({
      symbol,
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.01',
      price: below,
      newClientOrderId: clientOrderId,
    }),
  ],
  [
    'modifyOrder',
    () => ({
      symbol,
      origClientOrderId: clientOrderId,
      side: 'BUY',
      quantity: '0.02',
      price: below,
    }),
  ],
  ['getOrder', () => ({ symbol, origClientOrderId: clientOrderId })],
  ['cancelOrder', () => ({ symbol, origClientOrderId: clientOrderId })],
  [
    'placeAlgoOrder',
    () => ({
      algoType: 'CONDITIONAL',
      symbol,
      side: 'SELL',
      type: 'STOP_MARKET',
      quantity: '0.01',
      triggerPrice: below,
      clientAlgoId,
    }),
  ],
  ['cancelAlgoOrder', () => ({ clientAlgoId })],
  ['getAccount', () => ({})],
  ['getBalance', () => ({})],
  ['getPositionRisk', () => ({})],
  ['getAccountV2', () => ({})],
  ['getBalanceV2', () => ({})],
  ['getPositionRiskV2', () => ({ symbol })],
  ['createListenKey', () => ({})],
  ['renewListenKey', () => ({})],
  ['closeListenKey', () => ({})],
];

beforeAll(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol], seed: 4 });
  exchange.market.step(20);
  session = futuresSession(hmac());
  const connection = session.connect();
  stop = () => connection.unsubscribe();
  const book = await firstValueFrom(usdm.getBookFactory(session)({ symbol, limit: 5 }));
  below = (Number(book.bids[0]![0]) * 0.9).toFixed(2);
});
afterAll(async () => {
  stop();
  await exchange.close();
});

describe('futures WebSocket API on the local exchange (/ws-fapi/v1)', () => {
  it('has a case for every futures operation with a ws-fapi method', () => {
    expect(cases.map(([operation]) => operation).sort()).toEqual(
      withWsApi.map((d) => d.operation).sort(),
    );
  });

  it.each(cases)('%s answers as its schema says', async (operation, params) => {
    const descriptor = withWsApi.find((d) => d.operation === operation)!;
    const call = factory(operation)(session)(params()) as ReturnType<WsApiSession['request']>;
    const answer = await firstValueFrom(call);
    expect(descriptor.validate(answer) ? [] : descriptor.validate.errors).toEqual([]);
    if (operation === 'modifyOrder')
      expect(answer).toMatchObject({ origQty: expect.stringMatching(/^0\.02/) });
    if (operation === 'cancelOrder')
      expect(answer).toMatchObject({ status: 'CANCELED', clientOrderId });
    if (operation === 'placeAlgoOrder')
      expect(answer).toMatchObject({ algoStatus: 'NEW', clientAlgoId, orderType: 'STOP_MARKET' });
    if (operation === 'cancelAlgoOrder')
      expect(answer).toMatchObject({ clientAlgoId, code: '200' });
  });

  it('answers the V2 methods as the V2 endpoints: an entry per symbol, open or not', async () => {
    const before = await firstValueFrom(usdm.getPositionRiskV2Factory(session)({}));
    expect(before.map((p) => [p.symbol, p.positionSide, p.marginType])).toEqual([
      [symbol, 'BOTH', 'cross'],
    ]);
    const account = await firstValueFrom(usdm.getAccountV2Factory(session)({}));
    const [position] = account.positions;
    expect(position).toMatchObject({ symbol, positionSide: 'BOTH', isolated: false });
    // No position is open yet (the order above was canceled): V3 lists none, V2 the symbol's.
    expect(position!.positionAmt).toMatch(/^0(\.0+)?$/);
    expect(await firstValueFrom(usdm.getPositionRiskFactory(session)({}))).toEqual([]);
    // REST /fapi/v2/… is the same handler.
    const rest = createHttpClient({
      product: usdm.usdmProduct,
      baseUrl: exchange.urls.rest,
      credentials: hmac(),
    });
    expect(await firstValueFrom(usdm.getPositionRiskV2Http({}, rest))).toEqual(before);
    expect(account.totalWalletBalance).toBe(
      (await firstValueFrom(usdm.getAccountFactory(session)({}))).totalWalletBalance,
    );
  });

  it('answers every ticker when no symbol is given (the array variant)', async () => {
    const all = await firstValueFrom(usdm.getPriceTickerFactory(session)({}));
    expect(Array.isArray(all) && all.map((t) => t.symbol)).toEqual([symbol]);
  });

  it("fails a futures error with Binance's code: -2013 for an unknown order", async () => {
    const error = await firstValueFrom(
      usdm.getOrderFactory(session)({ symbol, orderId: 987654 }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BINANCE_ERROR', binanceCode: -2013 });
  });

  it('logs on with an Ed25519 key and serves signed methods unsigned', async () => {
    const key = createPrivateKey(exchange.keys.ed25519.secret);
    const ed25519 = futuresSession({
      apiKey: exchange.keys.ed25519.apiKey,
      sign: (payload) => sign(null, Buffer.from(payload), key).toString('base64'),
      keyType: 'ED25519',
    });
    const sockets: unknown[] = [];
    const events = ed25519.subscribe((e) => sockets.push(e));
    const connection = ed25519.connect();
    try {
      const balance = await firstValueFrom(usdm.getBalanceFactory(ed25519)({}));
      expect(balance.map((b) => b.asset)).toContain('USDT');
      expect(sockets).toContainEqual(expect.objectContaining({ type: 'socket', loggedOn: true }));
    } finally {
      connection.unsubscribe();
      events.unsubscribe();
    }
  });

  it('gives each answer to its own request, before and after a dropped socket', async () => {
    const ask = () =>
      forkJoin([
        usdm.getBookFactory(session)({ symbol, limit: 5 }),
        usdm.getPriceTickerFactory(session)({ symbol }),
        usdm.getBalanceFactory(session)({}),
      ]);
    const check = ([book, ticker, balance]: Awaited<
      ReturnType<typeof firstValueFrom<unknown[]>>
    >) => {
      expect(book).toHaveProperty('lastUpdateId');
      expect(ticker).toMatchObject({ symbol });
      expect(Array.isArray(balance)).toBe(true);
    };
    check(await firstValueFrom(ask()));
    const reconnected = new Promise<number>((resolve) => {
      const watch = session.subscribe((e) => {
        if (e.type === 'socket') {
          watch.unsubscribe();
          resolve(e.socketId);
        }
      });
    });
    exchange.faults.dropAll();
    // A new socket (the session reconnects by itself), and the same correlation on it.
    expect(await reconnected).toBeGreaterThan(1);
    check(await firstValueFrom(ask()));
  });

  it('places through usdmOrderFactory on the session and follows ORDER_TRADE_UPDATE to filled', async () => {
    const client = createHttpClient({
      product: usdm.usdmProduct,
      baseUrl: exchange.urls.rest,
      credentials: hmac(),
    });
    const userData = usdm.usdmUserData({ client, host: exchange.urls.usdmStreamHost });
    const opened = firstValueFrom(userData.status$);
    const held = userData.events$.subscribe();
    await opened;
    try {
      const addOrder = usdm.usdmOrderFactory(session, userData);
      const updates = await lastValueFrom(
        addOrder({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.01' }).pipe(toArray()),
      );
      expect(updates.map((u) => u.stage)).toEqual(['submitted', 'pending', 'open', 'filled']);
      const positions = await firstValueFrom(usdm.getPositionRiskFactory(session)({ symbol }));
      expect(positions.map((p) => p.positionAmt)).toEqual([expect.stringMatching(/^0\.01/)]);
    } finally {
      held.unsubscribe();
    }
  });
});
