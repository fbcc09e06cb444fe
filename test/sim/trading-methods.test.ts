/**
 * The trading and account methods called straight through the catalog (no transport): answers
 * in the docs' shapes, the engine's fills and balances, user data events, Binance's rejections.
 * Key lists come from the examples in `web-socket-api.md` and `user-data-stream.md`.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createCatalog } from '../../sim/api/catalog';
import type { ApiDeps } from '../../sim/api/deps';
import { ApiError } from '../../sim/api/errors';
import { KeyRing } from '../../sim/api/keys';
import { Params, type RawParams } from '../../sim/api/params';
import { RateLimits, usdmRateLimits } from '../../sim/api/rate-limits';
import { formatE8 } from '../../sim/engine/amounts';
import { Engine } from '../../sim/engine/engine';
import { Futures } from '../../sim/usdm/trading/futures';
import { OrderLists } from '../../sim/engine/order-lists';
import { UserEvents, type UserDataEvent } from '../../sim/engine/user-events';
import { Market } from '../../sim/market/market';
import { resolveOptions } from '../../sim/options';

type Answer = Record<string, unknown>;

/** Keys of the docs' example answers; `?` marks the conditional ones (`rest-api.md`). */
const KEYS = {
  ack: 'symbol orderId orderListId clientOrderId transactTime',
  result:
    'symbol orderId orderListId clientOrderId transactTime price origQty executedQty origQuoteOrderQty cummulativeQuoteQty status timeInForce type side workingTime selfTradePreventionMode',
  cancel:
    'symbol origClientOrderId orderId orderListId clientOrderId transactTime price origQty executedQty origQuoteOrderQty cummulativeQuoteQty status timeInForce type side selfTradePreventionMode',
  // stopPrice (stop orders) and icebergQty (iceberg orders) are conditional: a LIMIT order has neither.
  status:
    'symbol orderId orderListId clientOrderId price origQty executedQty cummulativeQuoteQty status timeInForce type side time updateTime isWorking workingTime origQuoteOrderQty selfTradePreventionMode',
  fill: 'price qty commission commissionAsset tradeId',
  trade:
    'symbol id orderId orderListId price qty quoteQty commission commissionAsset time isBuyer isMaker isBestMatch',
  account:
    'makerCommission takerCommission buyerCommission sellerCommission canTrade canWithdraw canDeposit commissionRates brokered requireSelfTradePrevention preventSor updateTime accountType balances permissions uid',
  commission: 'symbol standardCommission specialCommission taxCommission discount',
  testRates: 'standardCommissionForOrder specialCommissionForOrder taxCommissionForOrder discount',
  orderLimit: 'rateLimitType interval intervalNum limit count',
  preventedMatch:
    'symbol preventedMatchId takerOrderId makerSymbol makerOrderId tradeGroupId selfTradePreventionMode price makerPreventedQuantity transactTime',
  executionReport: 'e E s c S o f q p P F g C x X r i l z L n N T t I w m M O Z Y Q W V',
  accountPosition: 'e E u B',
} as const;

const keys = (name: keyof typeof KEYS, ...more: string[]) =>
  [...KEYS[name].split(' '), ...more].sort();
const keysOf = (value: unknown) => Object.keys(value as object).sort();

const SYMBOL = 'BTCUSDT';
const CTX_CALLER = { apiKey: 'x', accountId: 'default' } as const;

let deps: ApiDeps;
let now: number;
let events: UserDataEvent[];

beforeEach(() => {
  const options = resolveOptions({ paused: true, symbols: [SYMBOL, 'ETHBTC'], seed: 7 });
  const market = new Market(options);
  const userEvents = new UserEvents();
  const engine = new Engine({ market, userEvents });
  deps = {
    options,
    market,
    engine,
    orderLists: new OrderLists(engine, userEvents),
    keys: new KeyRing(),
    limits: new RateLimits(options.rateLimits),
    usdmLimits: new RateLimits(usdmRateLimits(options.rateLimits)),
    userEvents,
    futures: new Futures(market),
  };
  now = 1_700_000_000_000;
  events = [];
  userEvents.listen('default', (event) => events.push(event));
});

/** Calls a method by its WebSocket API name, as the transports do after authentication. */
function call(name: string, params: RawParams = {}): unknown {
  const method = createCatalog(deps).byWsApiName(name);
  if (method === undefined) throw new Error(`no method ${name}`);
  now += 1;
  return method.handle(new Params(params), { now, caller: CTX_CALLER, transport: 'ws-api' });
}
const answer = (name: string, params: RawParams = {}) => call(name, params) as Answer;

/** The ApiError a call throws (fails the test when it does not throw one). */
function rejection(name: string, params: RawParams): { code: number; msg: string } {
  try {
    call(name, params);
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, msg: error.msg };
    throw error;
  }
  throw new Error(`${name} did not fail`);
}

function book() {
  const m = deps.market.get(SYMBOL.toLowerCase())!;
  const { tickE8, lotE8 } = m.spec;
  const level = (side: 'bid' | 'ask') => {
    const best = m.book.best(side)!;
    return { priceE8: best.price * tickE8, qtyE8: best.qty * lotE8 };
  };
  return { bid: level('bid'), ask: level('ask'), tickE8, lotE8 };
}
const price = (e8: number) => formatE8(e8);
const balance = (asset: string) => deps.engine.accounts.balance('default', asset);
const reports = () => events.filter((e) => e.e === 'executionReport');

/** A resting BUY far enough below the book not to trade: 0.01 BTC at 90% of the best bid. */
function restingBuy(extra: RawParams = {}) {
  const { bid, tickE8 } = book();
  const priceE8 = Math.floor((bid.priceE8 * 0.9) / tickE8) * tickE8;
  const placed = answer('order.place', {
    symbol: SYMBOL,
    side: 'BUY',
    type: 'LIMIT',
    timeInForce: 'GTC',
    quantity: '0.01000000',
    price: price(priceE8),
    newOrderRespType: 'RESULT',
    ...extra,
  });
  return { placed, priceE8 };
}

describe('placing, resting and canceling', () => {
  it('a LIMIT below the book rests NEW, locks price × quantity, and cancels back (events NEW then CANCELED)', () => {
    const before = { ...balance('USDT') };
    const { placed, priceE8 } = restingBuy({ newClientOrderId: 'mine-1' });
    expect(keysOf(placed)).toEqual(keys('result'));
    expect(placed).toMatchObject({
      status: 'NEW',
      clientOrderId: 'mine-1',
      executedQty: '0.00000000',
    });
    const lockedE8 = Math.floor((priceE8 * 1_000_000) / 1e8);
    expect(balance('USDT')).toEqual({
      free: before.free - lockedE8,
      locked: before.locked + lockedE8,
    });

    const open = call('openOrders.status', { symbol: SYMBOL }) as Answer[];
    expect(open.map((o) => o.orderId)).toEqual([placed.orderId]);
    expect(keysOf(open[0])).toEqual(keys('status'));

    const canceled = answer('order.cancel', {
      symbol: SYMBOL,
      origClientOrderId: 'mine-1',
      newClientOrderId: 'cancel-1',
    });
    expect(keysOf(canceled)).toEqual(keys('cancel'));
    expect(canceled).toMatchObject({
      origClientOrderId: 'mine-1',
      clientOrderId: 'cancel-1',
      status: 'CANCELED',
    });
    expect(balance('USDT')).toEqual(before);
    expect(reports().map((e) => [e.x, e.X])).toEqual([
      ['NEW', 'NEW'],
      ['CANCELED', 'CANCELED'],
    ]);
    const [created, ended] = reports();
    expect(keysOf(created)).toEqual(keys('executionReport'));
    expect(created).toMatchObject({ c: 'mine-1', C: '', w: true, S: 'BUY', o: 'LIMIT', f: 'GTC' });
    expect(ended).toMatchObject({ c: 'cancel-1', C: 'mine-1', w: false });
    const position = events.filter((e) => e.e === 'outboundAccountPosition').at(-1)!;
    expect(keysOf(position)).toEqual(keys('accountPosition'));
    expect(position.B).toContainEqual({
      a: 'USDT',
      f: formatE8(before.free),
      l: formatE8(before.locked),
    });
    expect(call('openOrders.status', { symbol: SYMBOL })).toEqual([]);
  });

  it('generated client order ids, order ids increasing per symbol, and the default response types', () => {
    const first = restingBuy({ newOrderRespType: undefined }).placed;
    const second = restingBuy({ newOrderRespType: undefined }).placed;
    expect(second.orderId).toBe((first.orderId as number) + 1);
    expect(first.clientOrderId).not.toBe(second.clientOrderId);
    // LIMIT and MARKET answer FULL by default, the other types ACK.
    expect(keysOf(first)).toEqual(keys('result', 'fills'));
    const { bid } = book();
    const stop = answer('order.place', {
      symbol: SYMBOL,
      side: 'SELL',
      type: 'STOP_LOSS_LIMIT',
      timeInForce: 'GTC',
      quantity: '0.001',
      price: price(bid.priceE8 - 1_000 * 1e8),
      stopPrice: price(bid.priceE8 - 500 * 1e8),
    });
    expect(keysOf(stop)).toEqual(keys('ack'));
    const other = answer('order.place', {
      symbol: 'ETHBTC',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '1',
      price: '0.01',
      newOrderRespType: 'ACK',
    });
    expect(other.orderId).toBe(1);
  });

  it('openOrders.cancelAll cancels every open order of the symbol; allOrders keeps them', () => {
    restingBuy();
    restingBuy();
    const canceled = call('openOrders.cancelAll', { symbol: SYMBOL }) as Answer[];
    expect(canceled.map((o) => o.status)).toEqual(['CANCELED', 'CANCELED']);
    expect(keysOf(canceled[0])).toEqual(keys('cancel'));
    const all = call('allOrders', { symbol: SYMBOL }) as Answer[];
    expect(all.map((o) => o.status)).toEqual(['CANCELED', 'CANCELED']);
    expect(keysOf(all[0])).toEqual(keys('status'));
    expect(rejection('openOrders.cancelAll', { symbol: SYMBOL })).toEqual({
      code: -2011,
      msg: 'Unknown order sent.',
    });
  });
});

describe('fills', () => {
  it('a MARKET BUY takes the best ask: FULL fills, commission in BTC, balances move, the book level shrinks', () => {
    const { ask, lotE8 } = book();
    const usdt = { ...balance('USDT') };
    const btc = { ...balance('BTC') };
    const placed = answer('order.place', {
      symbol: SYMBOL,
      side: 'BUY',
      type: 'MARKET',
      quantity: '0.00100000',
    });
    expect(keysOf(placed)).toEqual(keys('result', 'fills'));
    expect(placed).toMatchObject({ status: 'FILLED', executedQty: '0.00100000' });
    const fills = placed.fills as Answer[];
    expect(fills).toHaveLength(1);
    expect(keysOf(fills[0])).toEqual(keys('fill'));
    const costE8 = Math.floor((ask.priceE8 * 100_000) / 1e8);
    expect(fills[0]).toMatchObject({
      price: price(ask.priceE8),
      qty: '0.00100000',
      commission: '0.00000100',
      commissionAsset: 'BTC',
    });
    expect(placed.cummulativeQuoteQty).toBe(formatE8(costE8));
    expect(balance('USDT')).toEqual({ free: usdt.free - costE8, locked: usdt.locked });
    expect(balance('BTC')).toEqual({ free: btc.free + 100_000 - 100, locked: btc.locked });
    // The taken lots leave the simulated book, so the depth streams show the trade.
    const m = deps.market.get(SYMBOL.toLowerCase())!;
    expect(m.book.qtyAt('ask', ask.priceE8 / m.spec.tickE8) * lotE8).toBe(ask.qtyE8 - 100_000);

    const trades = call('myTrades', { symbol: SYMBOL }) as Answer[];
    expect(trades).toHaveLength(1);
    expect(keysOf(trades[0])).toEqual(keys('trade'));
    expect(trades[0]).toMatchObject({ orderId: placed.orderId, isBuyer: true, isMaker: false });
    const trade = reports().find((e) => e.x === 'TRADE')!;
    expect(trade).toMatchObject({
      X: 'FILLED',
      l: '0.00100000',
      N: 'BTC',
      n: '0.00000100',
      m: false,
    });
  });

  it('a MARKET BUY by quoteOrderQty spends at most the quote amount', () => {
    const usdt = balance('USDT').free;
    const placed = answer('order.place', {
      symbol: SYMBOL,
      side: 'BUY',
      type: 'MARKET',
      quoteOrderQty: '100',
    });
    expect(placed.origQuoteOrderQty).toBe('100.00000000');
    expect(Number(placed.cummulativeQuoteQty)).toBeLessThanOrEqual(100);
    expect(Number(placed.cummulativeQuoteQty)).toBeGreaterThan(99);
    expect(balance('USDT')).toEqual({
      free: usdt - Math.round(Number(placed.cummulativeQuoteQty) * 1e8),
      locked: 0,
    });
  });

  it('a MARKET SELL by quoteOrderQty locks and spends base, never more than the account holds', () => {
    const btc = balance('BTC').free;
    const placed = answer('order.place', {
      symbol: SYMBOL,
      side: 'SELL',
      type: 'MARKET',
      quoteOrderQty: '100',
    });
    expect(placed.status).toBe('FILLED');
    expect(balance('BTC')).toEqual({
      free: btc - Math.round(Number(placed.executedQty) * 1e8),
      locked: 0,
    });
  });

  it('a resting order fills when the market trades through it: PARTIALLY_FILLED, then FILLED, as maker', () => {
    const { placed, priceE8 } = restingBuy();
    const btc = balance('BTC').free;
    deps.engine.cross(SYMBOL, priceE8, 400_000, now);
    const partial = answer('order.status', { symbol: SYMBOL, orderId: placed.orderId as number });
    expect(partial).toMatchObject({ status: 'PARTIALLY_FILLED', executedQty: '0.00400000' });
    deps.engine.cross(SYMBOL, priceE8 - book().tickE8, 10_000_000, now);
    expect(
      answer('order.status', { symbol: SYMBOL, orderId: placed.orderId as number }),
    ).toMatchObject({
      status: 'FILLED',
      executedQty: '0.01000000',
    });
    deps.engine.cross(SYMBOL, priceE8 - book().tickE8, 10_000_000, now);
    const trades = reports().filter((e) => e.x === 'TRADE');
    expect(trades.map((e) => [e.X, e.l, e.m])).toEqual([
      ['PARTIALLY_FILLED', '0.00400000', true],
      ['FILLED', '0.00600000', true],
    ]);
    expect(balance('BTC').free).toBe(btc + 1_000_000 - 1_000);
    expect(balance('USDT').locked).toBe(0);
    const mine = call('myTrades', {
      symbol: SYMBOL,
      orderId: placed.orderId as number,
    }) as Answer[];
    expect(mine.map((t) => t.isMaker)).toEqual([true, true]);
  });

  it('a price that does not reach the order fills nothing', () => {
    const { placed, priceE8 } = restingBuy();
    deps.engine.cross(SYMBOL, priceE8 + book().tickE8, 10_000_000, now);
    expect(
      answer('order.status', { symbol: SYMBOL, orderId: placed.orderId as number }).status,
    ).toBe('NEW');
  });

  it('IOC trades what crosses and expires the rest; FOK expires untouched when it cannot fill all', () => {
    const { ask } = book();
    const quantity = formatE8(ask.qtyE8 + 50_000_000);
    const ioc = answer('order.place', {
      symbol: SYMBOL,
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'IOC',
      quantity,
      price: price(ask.priceE8),
    });
    expect(ioc).toMatchObject({ status: 'EXPIRED', executedQty: formatE8(ask.qtyE8) });
    const next = book().ask;
    const fok = answer('order.place', {
      symbol: SYMBOL,
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'FOK',
      quantity: formatE8(next.qtyE8 + 50_000_000),
      price: price(next.priceE8),
    });
    expect(fok).toMatchObject({ status: 'EXPIRED', executedQty: '0.00000000', fills: [] });
    expect(book().ask).toEqual(next);
    expect(balance('USDT').locked).toBe(0);
    expect(reports().at(-1)).toMatchObject({ x: 'EXPIRED', X: 'EXPIRED' });
  });

  it('a STOP_LOSS_LIMIT waits untriggered, then works as a LIMIT once the last trade reaches its stop', () => {
    const { bid, tickE8 } = book();
    const stopE8 = bid.priceE8 - 100 * tickE8;
    const placed = answer('order.place', {
      symbol: SYMBOL,
      side: 'SELL',
      type: 'STOP_LOSS_LIMIT',
      timeInForce: 'GTC',
      quantity: '0.00100000',
      stopPrice: price(stopE8),
      price: price(stopE8 - 10_000 * tickE8),
      newOrderRespType: 'RESULT',
    });
    expect(keysOf(placed)).toEqual(keys('result', 'stopPrice'));
    expect(placed).toMatchObject({ status: 'NEW', workingTime: -1 });
    const orderId = placed.orderId as number;
    expect(answer('order.status', { symbol: SYMBOL, orderId }).isWorking).toBe(false);
    deps.engine.cross(SYMBOL, stopE8 + tickE8, 1_000_000, now);
    expect(answer('order.status', { symbol: SYMBOL, orderId }).status).toBe('NEW');
    deps.engine.cross(SYMBOL, stopE8, 1_000_000, now);
    const done = answer('order.status', { symbol: SYMBOL, orderId });
    expect(done).toMatchObject({ status: 'FILLED', executedQty: '0.00100000', isWorking: true });
    expect(reports().map((e) => e.X)).toEqual(['NEW', 'FILLED']);
  });

  it('a TAKE_PROFIT BUY triggers when the price falls to its stop and fills at market', () => {
    const { ask, tickE8 } = book();
    const stopE8 = ask.priceE8 - 200 * tickE8;
    const placed = answer('order.place', {
      symbol: SYMBOL,
      side: 'BUY',
      type: 'TAKE_PROFIT',
      quantity: '0.00100000',
      stopPrice: price(stopE8),
      newOrderRespType: 'FULL',
    });
    expect(placed.status).toBe('NEW');
    deps.engine.cross(SYMBOL, stopE8, 1_000_000, now);
    expect(
      answer('order.status', { symbol: SYMBOL, orderId: placed.orderId as number }).status,
    ).toBe('FILLED');
  });
});

describe('rejections', () => {
  const limit = (extra: RawParams): RawParams => ({
    symbol: SYMBOL,
    side: 'BUY',
    type: 'LIMIT',
    timeInForce: 'GTC',
    quantity: '0.01',
    price: '50000.00',
    ...extra,
  });

  it.each<[string, RawParams, number, string]>([
    [
      'no quantity',
      limit({ quantity: undefined }),
      -1102,
      "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed.",
    ],
    [
      'no price',
      limit({ price: undefined }),
      -1102,
      "Mandatory parameter 'price' was not sent, was empty/null, or malformed.",
    ],
    [
      'no timeInForce',
      limit({ timeInForce: undefined }),
      -1102,
      "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.",
    ],
    [
      'MARKET without amounts',
      { symbol: SYMBOL, side: 'BUY', type: 'MARKET' },
      -1102,
      "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!",
    ],
    [
      'timeInForce on MARKET',
      { symbol: SYMBOL, side: 'BUY', type: 'MARKET', quantity: '0.01', timeInForce: 'GTC' },
      -1106,
      "Parameter 'timeInForce' sent when not required.",
    ],
    ['bad timeInForce', limit({ timeInForce: 'GTX' }), -1115, 'Invalid timeInForce.'],
    ['bad type', limit({ type: 'LIMITED' }), -1116, 'Invalid orderType.'],
    ['bad side', limit({ side: 'HOLD' }), -1117, 'Invalid side.'],
    ['bad symbol', limit({ symbol: 'NOPEUSDT' }), -1121, 'Invalid symbol.'],
    ['price off the tick', limit({ price: '50000.001' }), -1013, 'Filter failure: PRICE_FILTER'],
    ['quantity off the step', limit({ quantity: '0.000015' }), -1013, 'Filter failure: LOT_SIZE'],
    [
      'notional under 5',
      limit({ quantity: '0.00001', price: '100.00' }),
      -1013,
      'Filter failure: NOTIONAL',
    ],
    [
      'more than the balance',
      limit({ quantity: '100' }),
      -2010,
      'Account has insufficient balance for requested action.',
    ],
  ])('%s', (_name, params, code, msg) => {
    expect(rejection('order.place', params)).toEqual({ code, msg });
    expect(reports()).toEqual([]);
  });

  it('a duplicate open client order id is -2010 "Duplicate order sent."', () => {
    restingBuy({ newClientOrderId: 'dup' });
    const { bid } = book();
    expect(
      rejection(
        'order.place',
        limit({ newClientOrderId: 'dup', price: price(bid.priceE8 - 1e10) }),
      ),
    ).toEqual({ code: -2010, msg: 'Duplicate order sent.' });
  });

  it('a LIMIT_MAKER that would take is -2010; one that rests is NEW', () => {
    const { ask, bid } = book();
    const maker = { symbol: SYMBOL, side: 'BUY', type: 'LIMIT_MAKER', quantity: '0.001' };
    expect(rejection('order.place', { ...maker, price: price(ask.priceE8) })).toEqual({
      code: -2010,
      msg: 'Order would immediately match and take.',
    });
    expect(answer('order.place', { ...maker, price: price(bid.priceE8) }).orderId).toBe(1);
  });

  it('cancel: -1102 without an id, -2011 for an unknown or finished order; query: -2013', () => {
    expect(rejection('order.cancel', { symbol: SYMBOL })).toEqual({
      code: -1102,
      msg: "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!",
    });
    expect(rejection('order.cancel', { symbol: SYMBOL, orderId: 99 })).toEqual({
      code: -2011,
      msg: 'Unknown order sent.',
    });
    const { placed } = restingBuy();
    answer('order.cancel', { symbol: SYMBOL, orderId: placed.orderId as number });
    expect(
      rejection('order.cancel', { symbol: SYMBOL, orderId: placed.orderId as number }).code,
    ).toBe(-2011);
    expect(rejection('order.status', { symbol: SYMBOL, orderId: 99 })).toEqual({
      code: -2013,
      msg: 'Order does not exist.',
    });
    expect(rejection('order.status', { symbol: 'NOPEUSDT', orderId: 1 }).code).toBe(-1121);
  });
});

describe('order.test and order.cancelReplace', () => {
  it('order.test checks the order and places nothing; with computeCommissionRates it gives the rates', () => {
    const params = {
      symbol: SYMBOL,
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.01',
      price: '50000',
    };
    expect(call('order.test', params)).toEqual({});
    const rates = answer('order.test', { ...params, computeCommissionRates: true });
    expect(keysOf(rates)).toEqual(keys('testRates'));
    expect(rates.standardCommissionForOrder).toEqual({ maker: '0.00100000', taker: '0.00100000' });
    expect(rejection('order.test', { ...params, price: '0.001' }).code).toBe(-1013);
    expect(call('allOrders', { symbol: SYMBOL })).toEqual([]);
    expect(events).toEqual([]);
  });

  it('cancelReplace cancels and places; STOP_ON_FAILURE stops at an unknown order with -2022', () => {
    const { placed } = restingBuy();
    const { bid } = book();
    const replaced = answer('order.cancelReplace', {
      symbol: SYMBOL,
      cancelReplaceMode: 'STOP_ON_FAILURE',
      cancelOrderId: placed.orderId as number,
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.002',
      price: price(bid.priceE8 - 1e10),
    });
    expect(keysOf(replaced)).toEqual(
      ['cancelResult', 'newOrderResult', 'cancelResponse', 'newOrderResponse'].sort(),
    );
    expect(replaced).toMatchObject({ cancelResult: 'SUCCESS', newOrderResult: 'SUCCESS' });
    expect(keysOf(replaced.cancelResponse)).toEqual(keys('cancel'));
    expect((replaced.newOrderResponse as Answer).status).toBe('NEW');

    let error: unknown;
    try {
      call('order.cancelReplace', {
        symbol: SYMBOL,
        cancelReplaceMode: 'STOP_ON_FAILURE',
        cancelOrderId: 999,
        side: 'BUY',
        type: 'MARKET',
        quantity: '0.001',
      });
    } catch (e) {
      error = e;
    }
    expect((error as ApiError).toJSON()).toEqual({
      code: -2022,
      msg: 'Order cancel-replace failed.',
      data: {
        cancelResult: 'FAILURE',
        newOrderResult: 'NOT_ATTEMPTED',
        cancelResponse: { code: -2011, msg: 'Unknown order sent.' },
        newOrderResponse: null,
      },
    });
  });

  it('cancelReplace whose new order fails after the cancel is -2021 with both outcomes', () => {
    const { placed } = restingBuy();
    const { ask } = book();
    let error: unknown;
    try {
      call('order.cancelReplace', {
        symbol: SYMBOL,
        cancelReplaceMode: 'ALLOW_FAILURE',
        cancelOrderId: placed.orderId as number,
        side: 'BUY',
        type: 'LIMIT_MAKER',
        quantity: '0.001',
        price: price(ask.priceE8),
      });
    } catch (e) {
      error = e;
    }
    const json = (error as ApiError).toJSON() as { code: number; data: Answer };
    expect(json.code).toBe(-2021);
    expect(json.data).toMatchObject({
      cancelResult: 'SUCCESS',
      newOrderResult: 'FAILURE',
      newOrderResponse: { code: -2010, msg: 'Order would immediately match and take.' },
    });
    expect((json.data.cancelResponse as Answer).status).toBe('CANCELED');
  });
});

describe('account methods', () => {
  it('account.status lists balances with Binance commission fields; account.commission the rates', () => {
    const account = answer('account.status');
    expect(keysOf(account)).toEqual(keys('account'));
    expect(account).toMatchObject({ makerCommission: 10, takerCommission: 10 });
    const balances = account.balances as { asset: string; free: string; locked: string }[];
    expect(balances.map((b) => b.asset).sort()).toEqual(['BTC', 'ETH', 'USDT']);
    expect(balances.find((b) => b.asset === 'USDT')).toEqual({
      asset: 'USDT',
      free: '1000000.00000000',
      locked: '0.00000000',
    });
    const commission = answer('account.commission', { symbol: SYMBOL });
    expect(keysOf(commission)).toEqual(keys('commission'));
    expect(rejection('account.commission', { symbol: 'NOPEUSDT' }).code).toBe(-1121);
  });

  it('the unfilled order count, allocations and prevented matches answer in their shapes', () => {
    const counts = call('account.rateLimits.orders') as Answer[];
    expect(counts.map(keysOf)).toEqual([keys('orderLimit'), keys('orderLimit')]);
    expect(counts.map((c) => [c.interval, c.intervalNum])).toEqual([
      ['SECOND', 10],
      ['DAY', 1],
    ]);
    expect(call('myAllocations', { symbol: SYMBOL })).toEqual([]);
    expect(call('myPreventedMatches', { symbol: SYMBOL, orderId: 1 })).toEqual([]);
  });

  it('self-trade prevention: the resting maker expires in match, with its prevented match everywhere', () => {
    const { ask, tickE8 } = book();
    const maker = answer('order.place', {
      symbol: SYMBOL,
      side: 'SELL',
      type: 'LIMIT_MAKER',
      quantity: '0.001',
      price: price(ask.priceE8 + tickE8),
    });
    answer('order.place', {
      symbol: SYMBOL,
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'IOC',
      quantity: '0.001',
      price: price(ask.priceE8 + 2 * tickE8),
    });
    const status = answer('order.status', { symbol: SYMBOL, orderId: maker.orderId as number });
    expect(keysOf(status)).toEqual(keys('status', 'preventedMatchId', 'preventedQuantity'));
    expect(status).toMatchObject({
      status: 'EXPIRED_IN_MATCH',
      preventedMatchId: 1,
      preventedQuantity: '0.00100000',
    });
    const prevention = reports().find((e) => e.x === 'TRADE_PREVENTION')!;
    expect(keysOf(prevention)).toEqual(keys('executionReport', 'v'));
    expect(prevention).toMatchObject({ i: maker.orderId, X: 'EXPIRED_IN_MATCH', v: 1 });
    const matches = call('myPreventedMatches', { symbol: SYMBOL, preventedMatchId: 1 }) as Answer[];
    expect(matches.map(keysOf)).toEqual([keys('preventedMatch')]);
  });
});
