import { describe, expect, it } from 'vitest';
import { BinanceApiError, IllegalOrderTransitionError } from '../../../src/errors';
import { silentLogger } from '../../../src/logging/logger';
import { limit, orderFactoryHarness } from './factory-harness';

function setup(options: Parameters<typeof orderFactoryHarness>[0] = {}) {
  /** The factory's warnings, as logged. */
  const warnings: { message: string; data?: object }[] = [];
  const logger = {
    ...silentLogger,
    warn: (message: string, data?: object) => void warnings.push({ message, data }),
  };
  let n = 0;
  const t = orderFactoryHarness(options, { newClientOrderId: () => `order-${(n += 1)}`, logger });
  return { ...t, warnings };
}

describe('createOrderFactory', () => {
  it('a limit order rests, then is canceled: each stage once, whichever source reports it first', () => {
    const t = setup();
    t.watch();
    t.userData();
    const placed = t.h.lastSent('order.place');
    expect(placed.params).toMatchObject({
      newClientOrderId: 'order-1',
      newOrderRespType: 'RESULT',
    });
    t.execution('NEW', '0.00000000');
    t.h.reply('order.place', {
      clientOrderId: 'order-1',
      status: 'NEW',
      executedQty: '0.00000000',
    });
    t.h.server().receive({
      subscriptionId: 1,
      event: {
        e: 'executionReport',
        E: 2,
        s: 'BTCUSDT',
        c: 'cancel-1',
        C: 'order-1',
        X: 'CANCELED',
        z: '0',
      },
    });
    expect(t.stages()).toEqual([
      'submitted:request',
      'pending:executionReport',
      'open:executionReport',
      'canceled:executionReport',
    ]);
    expect(t.outcome.complete).toBe(true);
  });

  it('partial fills count once each, by filled quantity; a late NEW is stale', () => {
    const t = setup();
    t.watch();
    t.userData();
    t.h.reply('order.place', { status: 'NEW', executedQty: '0' });
    t.execution('PARTIALLY_FILLED', '0.4');
    t.execution('PARTIALLY_FILLED', '0.4');
    t.execution('NEW', '0');
    t.execution('PARTIALLY_FILLED', '0.7');
    t.execution('FILLED', '1');
    expect(t.stages()).toEqual([
      'submitted:request',
      'pending:response',
      'open:response',
      'partiallyFilled:executionReport',
      'partiallyFilled:executionReport',
      'filled:executionReport',
    ]);
  });

  it.each<[string, unknown]>([
    ['a number', 0.7],
    ['null', null],
    ['not a decimal', 'abc'],
    ['missing', undefined],
  ])(
    'a further partial fill whose z is %s is emitted (it cannot be told from old news), with a warning',
    (_, z) => {
      const t = setup();
      t.watch();
      t.userData();
      t.h.reply('order.place', { status: 'NEW', executedQty: '0' });
      t.execution('PARTIALLY_FILLED', '0.4');
      t.execution('PARTIALLY_FILLED', z as string); // JSON leaves an undefined z out
      expect(t.stages().filter((s) => s.startsWith('partiallyFilled'))).toHaveLength(2);
      expect(t.warnings.map((w) => w.data)).toContainEqual(
        expect.objectContaining({
          clientOrderId: 'order-1',
          field: 'z',
          source: 'executionReport',
        }),
      );
      t.execution('FILLED', '1');
      expect(t.stages().at(-1)).toBe('filled:executionReport');
    },
  );

  it('a Spot amendment report older than the last (transaction time T), delivered late, is old news', () => {
    const t = setup();
    t.watch();
    t.userData();
    t.h.reply('order.place', { status: 'NEW', executedQty: '0', origQty: '1', price: '100' });
    const replaced = (q: string, T: number) =>
      t.execution('NEW', '0', { x: 'REPLACED', q, p: '100.00', T });
    replaced('0.8', 10);
    replaced('0.5', 20);
    replaced('0.8', 10);
    expect(t.stages().filter((s) => s.startsWith('amended'))).toHaveLength(2);
    replaced('0.4', 30);
    expect(t.stages().filter((s) => s.startsWith('amended'))).toHaveLength(3);
  });

  it('Spot amendments (REPLACED, quantity lowered, same price) count once each, as before AMENDMENT existed', () => {
    const t = setup();
    t.watch();
    t.userData();
    t.h.reply('order.place', { status: 'NEW', executedQty: '0', origQty: '1', price: '100' });
    const replaced = (q: string) => t.execution('NEW', '0', { x: 'REPLACED', q, p: '100.00' });
    replaced('0.8');
    replaced('0.8');
    replaced('0.5');
    // A reconnect: the lookup's answer (no execution type) is stale, and no amendment.
    t.h.server().serverClose(1006, 'gone');
    t.h.advance(1000);
    t.h.server().open();
    t.h.reply('order.status', { status: 'NEW', executedQty: '0', origQty: '1', price: '100' });
    t.userData();
    replaced('0.5');
    t.execution('CANCELED', '0', { x: 'CANCELED', q: '0.5', p: '100.00' });
    expect(t.stages()).toEqual([
      'submitted:request',
      'pending:response',
      'open:response',
      'amended:executionReport',
      'amended:executionReport',
      'canceled:executionReport',
    ]);
    expect(t.warnings).toEqual([]);
  });

  it('validateResponses: an order.place answer failing its schema is still an answer (no lookup, no unknown), and the failure is logged', () => {
    const t = setup({ validateResponses: true });
    t.watch();
    t.userData();
    // orderId is an integer in the spec.
    t.h.reply('order.place', { symbol: 'BTCUSDT', orderId: 'x', status: 'NEW', executedQty: '0' });
    expect(t.stages()).toEqual(['submitted:request', 'pending:response', 'open:response']);
    expect(t.h.sent().filter((r) => r.method === 'order.status')).toHaveLength(0);
    expect(t.warnings).toContainEqual({
      message: 'order.place answer failed its check; the order follows what it said',
      data: expect.objectContaining({ clientOrderId: 'order-1', code: 'SCHEMA_VALIDATION' }),
    });
    t.execution('FILLED', '1');
    expect(t.stages().at(-1)).toBe('filled:executionReport');
  });

  it('a Binance error ends in rejected with the error', () => {
    const t = setup();
    t.watch();
    t.h.fail('order.place', 400, -2010, 'Account has insufficient balance for requested action.');
    const last = t.updates.at(-1);
    expect(last).toMatchObject({
      stage: 'rejected',
      source: 'request',
      error: { binanceCode: -2010 },
    });
    expect(last?.error).toBeInstanceOf(BinanceApiError);
  });

  it('a socket drop in flight: the order is unknown, looked up on the next socket, and no stage is lost', () => {
    const t = setup();
    t.watch();
    t.userData();
    t.h.server().serverClose(1006, 'gone');
    t.h.advance(1000);
    t.h.server().open();
    t.userData();
    const query = t.h.lastSent('order.status');
    expect(query.params).toMatchObject({ symbol: 'BTCUSDT', origClientOrderId: 'order-1' });
    t.h.reply('order.status', { status: 'PARTIALLY_FILLED', executedQty: '0.5' });
    t.execution('PARTIALLY_FILLED', '0.5');
    t.execution('FILLED', '1');
    expect(t.stages()).toEqual([
      'submitted:request',
      'unknown:request',
      'pending:orderStatus',
      'partiallyFilled:orderStatus',
      'filled:executionReport',
    ]);
  });

  it('an order lost in flight that order.status does not find (-2013) is never rejected: it stays unknown', () => {
    const t = setup();
    t.watch();
    t.h.server().serverClose(1006, 'gone');
    t.h.advance(1000);
    t.h.server().open();
    t.h.fail('order.status', 400, -2013, 'Order does not exist.');
    expect(t.stages()).toEqual(['submitted:request', 'unknown:request']);
    expect(t.outcome).toEqual({ error: undefined, complete: false });
  });

  it('a working order is reconciled after a reconnect (fills during the outage are not lost)', () => {
    const t = setup();
    t.watch();
    t.userData();
    t.h.reply('order.place', { status: 'NEW', executedQty: '0' });
    t.h.server().serverClose(1006, 'gone');
    t.h.advance(1000);
    t.h.server().open();
    t.h.reply('order.status', { status: 'FILLED', executedQty: '1' });
    expect(t.stages().slice(-1)).toEqual(['filled:orderStatus']);
  });

  it('two orders on two symbols with the same client id: a report moves only the order of its symbol', () => {
    const t = setup({ heartbeatTimeoutMs: false });
    const seen: Record<string, string[]> = { BTCUSDT: [], ETHUSDT: [] };
    for (const symbol of ['BTCUSDT', 'ETHUSDT'] as const) {
      t.addOrder({ ...limit, symbol, newClientOrderId: 'grid-1' }).subscribe((u) =>
        seen[symbol]!.push(`${u.stage}:${u.source}`),
      );
      t.h.reply('order.place', { symbol, status: 'NEW', executedQty: '0' });
    }
    t.userData();
    t.h.server().receive({
      subscriptionId: 1,
      event: { e: 'executionReport', E: 1, s: 'ETHUSDT', c: 'grid-1', i: 77, X: 'FILLED', z: '1' },
    });
    expect(seen['ETHUSDT']!.at(-1)).toBe('filled:executionReport');
    expect(seen['BTCUSDT']).toEqual(['submitted:request', 'pending:response', 'open:response']);
  });

  it('reports an illegal transition as an error, never swallowing it', () => {
    const t = setup();
    t.watch();
    t.userData();
    t.h.reply('order.place', { status: 'NEW', executedQty: '0' });
    t.execution('CANCELED', '0');
    expect(t.outcome.complete).toBe(true);
    const u = setup();
    u.watch();
    u.userData();
    u.h.reply('order.place', { status: 'NEW', executedQty: '0' });
    u.execution('PARTIALLY_FILLED', '0.5');
    u.execution('REJECTED', '0.5');
    expect(u.outcome.error).toBeInstanceOf(IllegalOrderTransitionError);
    expect(u.outcome.error).toMatchObject({
      from: 'partiallyFilled',
      event: 'reject',
      source: 'executionReport',
    });
  });
});
