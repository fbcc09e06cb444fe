/**
 * The local exchange answers like Binance where Binance's answer has two shapes or optional
 * parts: `sors` only for symbols SOR serves, the whole list when one leg of an order list is
 * canceled, -2043 (as a WebSocket API result) for a reference price never set, and conditional
 * order fields only when they apply. Each answer is also checked against the emitted schema.
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
import { UserEvents } from '../../sim/engine/user-events';
import { Market } from '../../sim/market/market';
import { resolveOptions } from '../../sim/options';
import { validateCancelOrderResponse } from '../../generated/operations/cancel-order';
import { validateGetExchangeInfoResponse } from '../../generated/operations/get-exchange-info';
import {
  parseGetReferencePriceResponse,
  validateGetReferencePriceResponse,
} from '../../generated/operations/get-reference-price';
import { validateGetOrderResponse } from '../../generated/operations/get-order';

type Answer = Record<string, unknown>;
let deps: ApiDeps;
let now: number;

function setUp(symbols: string[]): void {
  const options = resolveOptions({ paused: true, symbols, seed: 7 });
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
}

function call(name: string, params: RawParams = {}, transport: 'ws-api' | 'rest' = 'ws-api') {
  const method = createCatalog(deps).byWsApiName(name)!;
  now += 1;
  return method.handle(new Params(params), {
    now,
    caller: { apiKey: 'x', accountId: 'default' },
    transport,
  }) as Answer;
}

describe('exchangeInfo: sors only when SOR serves the symbols asked', () => {
  beforeEach(() => setUp(['BTCUSDT', 'BTCUSDC', 'ETHUSDT']));

  it('lists the SOR group of a symbol SOR serves', () => {
    const info = call('exchangeInfo', { symbol: 'BTCUSDT' });
    expect(info['sors']).toEqual([{ baseAsset: 'BTC', symbols: ['BTCUSDT', 'BTCUSDC'] }]);
    expect(validateGetExchangeInfoResponse(info)).toBe(true);
  });

  it('leaves sors out for a symbol SOR does not serve, and the answer still validates', () => {
    const info = call('exchangeInfo', { symbol: 'ETHUSDT' });
    expect(info).not.toHaveProperty('sors');
    expect(validateGetExchangeInfoResponse(info)).toBe(true);
  });
});

describe('referencePrice never set: -2043', () => {
  beforeEach(() => setUp(['BTCUSDT']));

  it('is the result of a status-200 answer on the WebSocket API, which the parser tells apart', () => {
    const result = call('referencePrice', { symbol: 'BTCUSDT' });
    expect(result).toEqual({ code: -2043, msg: "This symbol doesn't have a reference price." });
    expect(validateGetReferencePriceResponse(result)).toBe(true);
    const parsed = parseGetReferencePriceResponse(result as never);
    expect('code' in parsed && parsed.code).toBe(-2043);
  });

  it('is an error on REST', () => {
    expect(() => call('referencePrice', { symbol: 'BTCUSDT' }, 'rest')).toThrow(ApiError);
  });

  it('is a price once the symbol has traded', () => {
    const m = deps.market.get('btcusdt')!;
    for (let i = 0; i < 200 && m.lastTrade === undefined; i += 1) m.step(now + i * 100);
    expect(m.lastTrade).toBeDefined();
    const result = call('referencePrice', { symbol: 'BTCUSDT' });
    expect(result['symbol']).toBe('BTCUSDT');
    expect(validateGetReferencePriceResponse(result)).toBe(true);
  });
});

describe('order.cancel on one leg of an order list', () => {
  beforeEach(() => setUp(['BTCUSDT']));

  function oco() {
    const m = deps.market.get('btcusdt')!;
    const bid = m.book.best('bid')!.price * m.spec.tickE8;
    const ask = m.book.best('ask')!.price * m.spec.tickE8;
    return call('orderList.place.oco', {
      symbol: 'BTCUSDT',
      side: 'SELL',
      quantity: '0.01',
      aboveType: 'LIMIT_MAKER',
      abovePrice: formatE8(Math.round((ask * 1.2) / m.spec.tickE8) * m.spec.tickE8),
      belowType: 'STOP_LOSS',
      belowStopPrice: formatE8(Math.round((bid * 0.8) / m.spec.tickE8) * m.spec.tickE8),
    }) as { orderListId: number; orders: { orderId: number }[] };
  }

  it('answers with the whole list, canceled, in the shape the schema accepts', () => {
    const list = oco();
    const answer = call('order.cancel', { symbol: 'BTCUSDT', orderId: list.orders[0]!.orderId });
    expect(answer).toMatchObject({ orderListId: list.orderListId, listOrderStatus: 'ALL_DONE' });
    expect(answer).not.toHaveProperty('origClientOrderId');
    const reports = answer['orderReports'] as Answer[];
    expect(reports.find((r) => r['orderId'] === list.orders[0]!.orderId)?.['status']).toBe(
      'CANCELED',
    );
    expect(validateCancelOrderResponse(answer)).toBe(true);
  });

  it('answers with the order alone for an order outside any list', () => {
    const m = deps.market.get('btcusdt')!;
    const bid = m.book.best('bid')!.price * m.spec.tickE8;
    const placed = call('order.place', {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      quantity: '0.01',
      price: formatE8(Math.round((bid * 0.9) / m.spec.tickE8) * m.spec.tickE8),
    });
    const status = call('order.status', {
      symbol: 'BTCUSDT',
      orderId: placed['orderId'] as number,
    });
    // Conditional fields only when they apply: a LIMIT order has no stopPrice nor icebergQty.
    expect(status).not.toHaveProperty('stopPrice');
    expect(status).not.toHaveProperty('icebergQty');
    expect(validateGetOrderResponse(status)).toBe(true);
    const answer = call('order.cancel', {
      symbol: 'BTCUSDT',
      orderId: placed['orderId'] as number,
    });
    expect(answer).toMatchObject({ orderId: placed['orderId'], status: 'CANCELED' });
    expect(validateCancelOrderResponse(answer)).toBe(true);
  });
});
