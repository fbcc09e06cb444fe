/**
 * `usdmOrderFactory` on virtual time, with a `fetch` double (REST) or `MockWebSocket` (a futures
 * WebSocket API session) playing Binance: an order whose outcome is not known is looked up, never
 * guessed.
 */
import { NEVER, Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { OrderOutcomeUnknownError, type UnknownOrderStatusError } from '../../../src/errors';
import { createHttpClient } from '../../../src/rest/http-client';
import { usdmProduct } from '../../../src/usdm/index';
import { usdmOrderFactory } from '../../../src/usdm/orders/usdm-order-factory';
import type { UsdmUserData } from '../../../src/usdm/user-data/usdm-user-data';
import { testScheduler } from '../fixtures';
import { fakeFetch } from '../rest/fake-fetch';
import { harness } from '../ws-api/harness';
import { silentLogger } from '../../../src/logging/logger';
import type { AddOrderOptions } from '../../../src/orders/add-order-factory';
import { orderStageTable } from '../../../generated/order-stages';

const market = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' } as const;

/** A futures WebSocket API session on MockWebSocket, open. */
function openSession() {
  const h = harness({
    product: usdmProduct,
    credentials: { apiKey: 'KEY', sign: () => 'sig' },
    requestTimeoutMs: 60_000,
    heartbeatTimeoutMs: false,
  });
  h.session.connect();
  h.server().open();
  return h;
}

describe('usdmOrderFactory over REST: a POST that got no answer', () => {
  it('sent, then timed out: the order is unknown and looked up (GET), then OrderOutcomeUnknownError at the deadline', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const fake = fakeFetch(...Array<'hang'>(20).fill('hang'));
      const client = createHttpClient({
        baseUrl: 'http://fapi.test',
        fetch: fake.fetch,
        scheduler: ts,
        timeoutMs: 5000,
        credentials: { apiKey: 'KEY', sign: () => 'sig' },
      });
      const userData = { events$: NEVER, status$: NEVER } as unknown as UsdmUserData;
      const addOrder = usdmOrderFactory(client, userData, {
        scheduler: ts,
        newClientOrderId: () => 'order-1',
        reconcile: { deadlineMs: 60_000 },
      });
      const stages: string[] = [];
      let error: unknown;
      addOrder(market).subscribe({
        next: (u) => stages.push(u.stage),
        error: (e: unknown) => (error = e),
      });
      ts.schedule(() => {
        expect(fake.calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
          'POST http://fapi.test/fapi/v1/order',
        ]);
      }, 1);
      ts.schedule(() => {
        expect(error).toBeUndefined();
        expect(stages).toEqual(['submitted', 'unknown']);
        expect(fake.calls[1]!.init.method).toBe('GET');
        expect(fake.calls[1]!.url).toMatch(
          /^http:\/\/fapi\.test\/fapi\/v1\/order\?.*origClientOrderId=order-1/,
        );
      }, 5001);
      flush();
      expect(error).toBeInstanceOf(OrderOutcomeUnknownError);
      expect(error).toMatchObject({ reason: 'deadline', lastStage: 'unknown' });
      expect((error as OrderOutcomeUnknownError).causes[0]).toMatchObject({
        code: 'REQUEST_TIMEOUT',
        method: 'POST /fapi/v1/order',
        sent: true,
      });
    });
  });
});

describe('usdmOrderFactory: the listen-key user data fails while the order works', () => {
  it('the order is followed with order.status, with backoff, until a final stage', () => {
    const h = openSession();
    const events$ = new Subject<never>();
    const userData = { events$, status$: NEVER } as unknown as UsdmUserData;
    const stages: string[] = [];
    const outcome = { error: undefined as unknown, complete: false };
    usdmOrderFactory(h.session, userData, {
      scheduler: h.scheduler,
      reconcile: { initialDelayMs: 100, maxDelayMs: 400, multiplier: 2, deadlineMs: 5_000 },
    })({ ...market, type: 'LIMIT', timeInForce: 'GTC', price: '100' }).subscribe({
      next: (u) => stages.push(`${u.stage}:${u.source}`),
      error: (e: unknown) => (outcome.error = e),
      complete: () => (outcome.complete = true),
    });
    const lookups = () => h.sent().filter((r) => r.method === 'order.status').length;
    h.reply('order.place', { status: 'NEW', executedQty: '0', orderId: 7 });
    events$.error(new Error('listen key gone'));
    expect(lookups()).toBe(1);
    h.reply('order.status', { status: 'NEW', executedQty: '0', orderId: 7 });
    h.advance(100);
    expect(lookups()).toBe(2);
    h.reply('order.status', { status: 'FILLED', executedQty: '0.01', orderId: 7 });
    h.advance(60_000);
    expect(lookups()).toBe(2);
    expect(stages).toEqual([
      'submitted:request',
      'pending:response',
      'open:response',
      'filled:orderStatus',
    ]);
    expect(outcome).toEqual({ error: undefined, complete: true });
  });
});

/**
 * A LIMIT order (0.01 at 100, order id 7) placed on a futures WebSocket API session and answered
 * NEW; `report` sends it an ORDER_TRADE_UPDATE (a TRADE at 100 unless `fields` say otherwise).
 */
function watch(options: AddOrderOptions = {}) {
  const h = openSession();
  const events$ = new Subject<object>();
  const userData = { events$, status$: NEVER } as unknown as UsdmUserData;
  const stages: string[] = [];
  const invalid: UnknownOrderStatusError[] = [];
  const warnings: object[] = [];
  usdmOrderFactory(h.session, userData, {
    scheduler: h.scheduler,
    newClientOrderId: () => 'order-1',
    onInvalid: (e) => invalid.push(e),
    logger: { ...silentLogger, warn: (_message, data) => void warnings.push(data ?? {}) },
    ...options,
  })({ ...market, type: 'LIMIT', timeInForce: 'GTC', price: '100' }).subscribe((u) =>
    stages.push(`${u.stage}:${u.source}`),
  );
  h.reply('order.place', {
    status: 'NEW',
    executedQty: '0',
    origQty: '0.01',
    price: '100',
    orderId: 7,
  });
  const o = { s: 'BTCUSDT', c: 'order-1', i: 7, x: 'TRADE', q: '0.01', p: '100' };
  /** An ORDER_TRADE_UPDATE of the order; `top`: fields beside `o` (the transaction time `T`). */
  const report = (fields: object, top: object = {}) =>
    events$.next({
      subscriptionId: 0,
      event: { e: 'ORDER_TRADE_UPDATE', E: 1, ...top, o: { ...o, ...fields } },
    });
  return { stages, invalid, warnings, report };
}

describe('usdmOrderFactory: ORDER_TRADE_UPDATE with what the spec did not expect', () => {
  it.each<[string, object, string]>([
    ['a status the table does not know', { X: 'NEW_ADL', z: '0' }, 'NEW_ADL'],
    ['no X', { z: '0' }, '(undefined)'],
  ])('%s: moves nothing, UnknownOrderStatusError; the order goes on', (_, fields, shown) => {
    const t = watch();
    t.report(fields);
    expect(t.stages.at(-1)).toBe('open:response');
    expect(t.invalid[0]).toMatchObject({ status: shown, source: 'executionReport', stage: 'open' });
    t.report({ X: 'FILLED', z: '0.01' });
    expect(t.stages.at(-1)).toBe('filled:executionReport');
  });

  it("a status the caller's `stages` maps (a user's order-stages.yaml) moves the order", () => {
    const stages = {
      ...orderStageTable,
      statusEvents: { ...orderStageTable.statusEvents, EXPIRED_BY_SYSTEM: 'expire' as const },
    };
    const t = watch({ stages });
    t.report({ X: 'EXPIRED_BY_SYSTEM', z: '0' });
    expect(t.stages.at(-1)).toBe('expired:executionReport');
    expect(t.invalid).toEqual([]);
  });

  it('a further partial fill with a numeric z is emitted, not taken for old news', () => {
    const t = watch();
    t.report({ X: 'PARTIALLY_FILLED', z: '0.004' });
    t.report({ X: 'PARTIALLY_FILLED', z: 0.007 });
    expect(t.stages.filter((s) => s.startsWith('partiallyFilled'))).toHaveLength(2);
  });
});

describe('usdmOrderFactory: a modify order (PUT /fapi/v1/order, order.modify) is `amended`', () => {
  /** ORDER_TRADE_UPDATE of a modify order: execution type AMENDMENT, status NEW. */
  const amendment = (fields: object = {}) => ({ x: 'AMENDMENT', X: 'NEW', z: '0', ...fields });

  it('the first AMENDMENT moves the order to amended', () => {
    const t = watch();
    t.report(amendment({ p: '101' }));
    expect(t.stages).toEqual([
      'submitted:request',
      'pending:response',
      'open:response',
      'amended:executionReport',
    ]);
    expect(t.invalid).toEqual([]);
  });

  it('a second AMENDMENT that changes only the price is amended again', () => {
    const t = watch();
    t.report(amendment({ p: '101' }));
    t.report(amendment({ p: '102' }));
    expect(t.stages.filter((s) => s.startsWith('amended'))).toHaveLength(2);
  });

  it('a further AMENDMENT that raises the quantity is amended again', () => {
    const t = watch();
    t.report(amendment({ p: '101' }));
    t.report(amendment({ p: '101', q: '0.02' }));
    expect(t.stages.filter((s) => s.startsWith('amended'))).toHaveLength(2);
  });

  it('the same AMENDMENT report twice is amended once', () => {
    const t = watch();
    t.report(amendment({ p: '101' }));
    t.report(amendment({ p: '101' }));
    expect(t.stages.filter((s) => s.startsWith('amended'))).toHaveLength(1);
    expect(t.warnings).toEqual([]);
  });

  it('an AMENDMENT of a partly filled order, then fills and a cancel, stage by stage', () => {
    const t = watch();
    t.report({ X: 'PARTIALLY_FILLED', z: '0.004' });
    t.report(amendment({ X: 'PARTIALLY_FILLED', z: '0.004', p: '99' }));
    t.report({ X: 'PARTIALLY_FILLED', z: '0.006', p: '99' });
    t.report({ x: 'CANCELED', X: 'CANCELED', z: '0.006', p: '99' });
    expect(t.stages.slice(3)).toEqual([
      'partiallyFilled:executionReport',
      'amended:executionReport',
      'partiallyFilled:executionReport',
      'canceled:executionReport',
    ]);
  });

  it('an AMENDMENT with a status the table does not know moves nothing: UnknownOrderStatusError', () => {
    const t = watch();
    t.report(amendment({ X: 'NEW_ADL', p: '101' }));
    expect(t.stages.at(-1)).toBe('open:response');
    expect(t.invalid).toHaveLength(1);
    expect(t.invalid[0]).toMatchObject({
      code: 'UNKNOWN_ORDER_STATUS',
      status: 'NEW_ADL',
      source: 'executionReport',
      stage: 'open',
    });
    t.report(amendment({ p: '101' }));
    expect(t.stages.at(-1)).toBe('amended:executionReport');
  });

  it("an older AMENDMENT delivered after a newer one is old news, by the event's transaction time T", () => {
    const t = watch();
    // o.T (the order's last trade time) runs the other way: it is not what orders them.
    t.report(amendment({ p: '101', T: 30 }), { T: 10 });
    t.report(amendment({ p: '102', T: 20 }), { T: 20 });
    t.report(amendment({ p: '101', T: 30 }), { T: 10 });
    expect(t.stages.filter((s) => s.startsWith('amended'))).toHaveLength(2);
    t.report(amendment({ p: '103', T: 10 }), { T: 30 });
    expect(t.stages.filter((s) => s.startsWith('amended'))).toHaveLength(3);
    expect(t.warnings).toEqual([]);
  });

  it('a further AMENDMENT whose price is not a decimal string counts, with a warning naming p', () => {
    const t = watch();
    t.report(amendment({ p: '101' }));
    t.report(amendment({ p: 102 }));
    expect(t.stages.filter((s) => s.startsWith('amended'))).toHaveLength(2);
    expect(t.warnings).toEqual([
      expect.objectContaining({ clientOrderId: 'order-1', field: 'p', received: 'number' }),
    ]);
  });
});
