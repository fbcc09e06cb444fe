/**
 * The order factory when order.place ends without a conclusive answer, on virtual time with
 * `MockWebSocket` playing Binance: the order becomes `unknown`, is looked up with order.status on
 * the factory's scheduler with backoff (and through executionReports) until Binance says where it
 * is, or ends with OrderOutcomeUnknownError at the deadline. Also: failures before sending end the
 * order with their own error, a closed session ends it, unknown statuses move nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  BinanceApiError,
  BinanceRxError,
  ConnectionClosedError,
  InvalidParameterError,
  OrderOutcomeUnknownError,
  RateLimitWaitError,
  RequestTimeoutError,
  UnknownOrderStatusError,
} from '../../../src/errors';
import { DEFAULT_RECONCILE, lookupDelay, resolveReconcile } from '../../../src/orders/order-lookup';
import { placeOutcome } from '../../../src/orders/place-outcome';
import type { Credentials } from '../../../src/signing/credentials';
import { limit, orderFactoryHarness } from './factory-harness';

const UNKNOWN_MSG =
  'Timeout waiting for response from backend server. Send status unknown; execution status unknown.';
const reconcile = { initialDelayMs: 100, maxDelayMs: 400, multiplier: 2, deadlineMs: 5_000 };

function setup(
  options: { credentials?: Credentials; requestTimeoutMs?: number; open?: boolean } = {},
) {
  const invalid: UnknownOrderStatusError[] = [];
  const t = orderFactoryHarness(
    {
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
      // The mock server sends nothing by itself: with the watchdog on, a minute of virtual time
      // would drop the socket, and these tests count requests on one socket.
      heartbeatTimeoutMs: false,
    },
    { reconcile, onInvalid: (e) => invalid.push(e) },
    { open: options.open !== false },
  );
  return { ...t, invalid };
}

describe('order outcome unknown: reconciliation', () => {
  it('-1007 makes the order unknown (never rejected); order.status with backoff until Binance has it', () => {
    const t = setup();
    t.watch();
    t.userData(); // working user data: a final stage would come from it
    t.h.fail('order.place', 400, -1007, UNKNOWN_MSG);
    expect(t.stages()).toEqual(['submitted:request', 'unknown:request']);
    expect(t.lookups()).toBe(1);
    t.h.fail('order.status', 400, -2013, 'Order does not exist.');
    t.h.advance(99);
    expect(t.lookups()).toBe(1);
    t.h.advance(1);
    expect(t.lookups()).toBe(2);
    t.h.fail('order.status', 400, -2013, 'Order does not exist.');
    t.h.advance(199);
    expect(t.lookups()).toBe(2);
    t.h.advance(1);
    expect(t.lookups()).toBe(3);
    t.h.reply('order.status', { status: 'NEW', executedQty: '0' });
    expect(t.stages()).toEqual([
      'submitted:request',
      'unknown:request',
      'pending:orderStatus',
      'open:orderStatus',
    ]);
    // Known now: no more lookups, no deadline.
    t.h.advance(60_000);
    expect(t.lookups()).toBe(3);
    expect(t.outcome).toEqual({ error: undefined, complete: false });
  });

  it('the lookup key is the client order id the factory set', () => {
    const t = setup();
    t.watch();
    t.h.fail('order.place', 400, -1007, UNKNOWN_MSG);
    expect(t.h.lastSent('order.place').params).toMatchObject({ newClientOrderId: 'order-1' });
    expect(t.h.lastSent('order.status').params).toMatchObject({
      symbol: 'BTCUSDT',
      origClientOrderId: 'order-1',
    });
  });

  it('an executionReport settles an unknown order without waiting for order.status', () => {
    const t = setup();
    t.watch();
    t.userData();
    t.h.fail(
      'order.place',
      503,
      -1006,
      'An unexpected response was received from the message bus. Execution status unknown.',
    );
    t.execution('NEW', '0');
    t.execution('FILLED', '1');
    expect(t.stages()).toEqual([
      'submitted:request',
      'unknown:request',
      'pending:executionReport',
      'open:executionReport',
      'filled:executionReport',
    ]);
    expect(t.outcome.complete).toBe(true);
    const sent = t.lookups();
    t.h.advance(60_000);
    expect(t.lookups()).toBe(sent);
  });

  it('a timeout after sending, then -2013 (not in the book yet), then the order appears: never rejected', () => {
    const t = setup({ requestTimeoutMs: 1_000 });
    t.watch();
    t.h.advance(1_000);
    expect(t.stages()).toEqual(['submitted:request', 'unknown:request']);
    t.h.fail('order.status', 400, -2013, 'Order does not exist.');
    t.h.advance(100);
    t.h.reply('order.status', { status: 'PARTIALLY_FILLED', executedQty: '0.5' });
    expect(t.stages().slice(2)).toEqual(['pending:orderStatus', 'partiallyFilled:orderStatus']);
  });

  it('the deadline ends an order that stays unknown with OrderOutcomeUnknownError carrying all that is known', () => {
    const t = setup();
    t.watch();
    t.h.fail('order.place', 400, -1007, UNKNOWN_MSG);
    for (let elapsed = 0; elapsed < 5_000; elapsed += 100) {
      if (t.h.sent().at(-1)?.method === 'order.status' && t.outcome.error === undefined) {
        t.h.fail('order.status', 400, -2013, 'Order does not exist.');
      }
      t.h.advance(100);
    }
    const error = t.outcome.error as OrderOutcomeUnknownError;
    expect(error).toBeInstanceOf(OrderOutcomeUnknownError);
    expect(error).toMatchObject({
      code: 'ORDER_OUTCOME_UNKNOWN',
      clientOrderId: 'order-1',
      symbol: 'BTCUSDT',
      lastStage: 'unknown',
      reason: 'deadline',
    });
    expect(error.causes[0]).toMatchObject({ binanceCode: -1007 });
    expect(error.causes.slice(1).every((c) => (c as BinanceApiError).binanceCode === -2013)).toBe(
      true,
    );
    expect(error.causes.length).toBeGreaterThan(5);
    expect(t.stages()).toEqual(['submitted:request', 'unknown:request']);
    // Nothing goes on after the end.
    const sent = t.h.sent().length;
    t.h.advance(10_000);
    expect(t.h.sent().length).toBe(sent);
  });

  it('a rate-limited lookup (429) waits its retryAfter before the next', () => {
    const t = setup();
    t.watch();
    t.h.fail('order.place', 400, -1007, UNKNOWN_MSG);
    const now = t.h.scheduler.now();
    t.h.fail('order.status', 429, -1003, 'Too much request weight used.', {
      serverTime: now,
      retryAfter: now + 2_000,
    });
    t.h.advance(1_999);
    expect(t.lookups()).toBe(1);
    t.h.advance(1);
    expect(t.lookups()).toBe(2);
  });

  it.each<[object, string]>([
    [
      { deadlineMs: -1 },
      'orderFactory: parameter reconcile.deadlineMs: -1 must be a positive finite number',
    ],
    [
      { initialDelayMs: Number.NaN },
      'orderFactory: parameter reconcile.initialDelayMs: NaN must be a positive finite number',
    ],
    [{ multiplier: 0.5 }, 'orderFactory: parameter reconcile.multiplier: 0.5 must be at least 1'],
    [
      { maxDelayMs: 10 },
      'orderFactory: parameter reconcile.maxDelayMs: 10 must be at least initialDelayMs (250)',
    ],
  ])('refuses reconcile options %j with InvalidParameterError', (options, message) => {
    expect(() => resolveReconcile(options)).toThrow(InvalidParameterError);
    expect(() => resolveReconcile(options)).toThrow(message);
  });

  it('lookup delays double up to the cap', () => {
    const options = { ...DEFAULT_RECONCILE, initialDelayMs: 100, maxDelayMs: 400 };
    expect([1, 2, 3, 4, 5].map((a) => lookupDelay(a, options))).toEqual([100, 200, 400, 400, 400]);
  });

  it('a working order after a reconnect: looked up, retried with backoff until one answer, then left alone', () => {
    const t = setup();
    t.watch();
    t.userData();
    t.h.reply('order.place', { status: 'NEW', executedQty: '0' });
    t.h.server().serverClose(1006, 'gone');
    t.h.advance(1_000);
    t.h.server().open();
    t.userData();
    expect(t.lookups()).toBe(1);
    t.h.fail('order.status', 500, -1007, UNKNOWN_MSG);
    t.h.advance(100);
    expect(t.lookups()).toBe(2);
    t.h.reply('order.status', { status: 'NEW', executedQty: '0' });
    t.h.advance(60_000);
    expect(t.lookups()).toBe(2);
    expect(t.stages()).toEqual(['submitted:request', 'pending:response', 'open:response']);
    expect(t.outcome).toEqual({ error: undefined, complete: false });
  });

  it('a working order whose user data fails: followed with order.status, with backoff, until a final stage', () => {
    const t = setup();
    t.watch();
    t.h.reply('order.place', { status: 'NEW', executedQty: '0' });
    // No executionReport can reach the order any more.
    t.h.fail(
      'userDataStream.subscribe.signature',
      400,
      -2015,
      'Invalid API-key, IP, or permissions.',
    );
    expect(t.lookups()).toBe(1);
    t.h.reply('order.status', { status: 'NEW', executedQty: '0' });
    t.h.advance(99);
    expect(t.lookups()).toBe(1);
    t.h.advance(1);
    expect(t.lookups()).toBe(2);
    t.h.reply('order.status', { status: 'PARTIALLY_FILLED', executedQty: '0.4' });
    t.h.advance(200);
    expect(t.lookups()).toBe(3);
    t.h.reply('order.status', { status: 'FILLED', executedQty: '1' });
    t.h.advance(60_000);
    expect(t.lookups()).toBe(3);
    expect(t.stages()).toEqual([
      'submitted:request',
      'pending:response',
      'open:response',
      'partiallyFilled:orderStatus',
      'filled:orderStatus',
    ]);
    expect(t.outcome).toEqual({ error: undefined, complete: true });
  });

  it('user data that fails while the order is being placed: looked up once the answer says it works', () => {
    const t = setup();
    t.watch();
    t.h.fail(
      'userDataStream.subscribe.signature',
      400,
      -2015,
      'Invalid API-key, IP, or permissions.',
    );
    expect(t.lookups()).toBe(0);
    t.h.reply('order.place', { status: 'NEW', executedQty: '0' });
    expect(t.lookups()).toBe(0);
    t.h.advance(100);
    expect(t.lookups()).toBe(1);
    t.h.reply('order.status', { status: 'CANCELED', executedQty: '0' });
    expect(t.stages().slice(2)).toEqual(['open:response', 'canceled:orderStatus']);
    expect(t.outcome.complete).toBe(true);
  });

  it('a dropped socket in flight: unknown, then looked up on the next socket', () => {
    const t = setup();
    t.watch();
    t.h.server().serverClose(1006, 'gone');
    expect(t.stages()).toEqual(['submitted:request', 'unknown:request']);
    t.h.advance(1_000);
    t.h.server().open();
    t.h.reply('order.status', { status: 'CANCELED', executedQty: '0' });
    expect(t.stages().slice(2)).toEqual(['pending:orderStatus', 'canceled:orderStatus']);
    expect(t.outcome.complete).toBe(true);
  });
});

describe('order outcome: failures that end the order', () => {
  it('a definite Binance error is rejected; a 5xx status is unknown', () => {
    expect(placeOutcome(new BinanceApiError(info, 400, -2010, 'insufficient'), false)).toBe(
      'rejected',
    );
    expect(placeOutcome(new BinanceApiError(info, 400, -1007, UNKNOWN_MSG), false)).toBe('unknown');
    expect(placeOutcome(new BinanceApiError(info, 502, -1001, 'Internal error'), false)).toBe(
      'unknown',
    );
    expect(placeOutcome(new ConnectionClosedError(1006, ''), false)).toBe('unknown');
    expect(placeOutcome(new RequestTimeoutError('order.place', 7, 1000), false)).toBe('unknown');
    // A REST timeout has no request id, but once fetch was called the order may exist.
    const rest = new RequestTimeoutError('POST /api/v3/order', undefined, 1000, [], true);
    expect(placeOutcome(rest, false)).toBe('unknown');
    expect(placeOutcome(new Error('anything else'), false)).toBe('unknown');
  });

  it('failures before sending are definite: parameter check, signer, rate-limit wait, a timeout waiting for a socket', () => {
    expect(placeOutcome(new Error('thrown while subscribing'), true)).toBe('notSent');
    expect(placeOutcome(new RequestTimeoutError('order.place', undefined, 1000), false)).toBe(
      'notSent',
    );
    const signer = new BinanceRxError('SIGNER_FAILED' as 'MISSING_CREDENTIALS', 'signer threw');
    expect(placeOutcome(signer, false)).toBe('notSent');
    const wait = new RateLimitWaitError(info, 'ORDERS 200000/1d', Infinity, 60_000);
    expect(placeOutcome(wait, false)).toBe('notSent');
  });

  it('a parameter check failure errors the order with that error, no stage at all', () => {
    const t = setup();
    t.watch({ ...limit, symbol: 'BTC USDT' });
    expect(t.outcome.error).toBeInstanceOf(InvalidParameterError);
    expect(t.stages()).toEqual([]);
    expect(t.h.sent().filter((r) => r.method === 'order.place')).toEqual([]);
  });

  it('a signer that throws errors the order with its error, never leaving it submitted', () => {
    const t = setup({
      credentials: {
        apiKey: 'KEY',
        sign: () => {
          throw new Error('HSM offline');
        },
      },
    });
    t.watch();
    expect(String(t.outcome.error)).toContain('HSM offline');
    expect(t.stages()).toEqual([]);
  });

  it('no socket within the request timeout: the order never left, it errors with the timeout', () => {
    const t = setup({ open: false, requestTimeoutMs: 1_000 });
    t.watch();
    t.h.advance(1_000);
    expect(t.outcome.error).toBeInstanceOf(RequestTimeoutError);
    expect(t.stages()).toEqual(['submitted:request']);
    expect(t.h.sent()).toEqual([]);
  });

  it('the session closed with the order in flight: OrderOutcomeUnknownError, at once', () => {
    const t = setup();
    t.watch();
    t.connection.unsubscribe();
    expect(t.outcome.error).toBeInstanceOf(OrderOutcomeUnknownError);
    expect(t.outcome.error).toMatchObject({ reason: 'sessionClosed', lastStage: 'unknown' });
    expect((t.outcome.error as OrderOutcomeUnknownError).causes[0]).toBeInstanceOf(
      ConnectionClosedError,
    );
  });

  it('the session closed with the order working: OrderOutcomeUnknownError with its last stage', () => {
    const t = setup();
    t.watch();
    t.h.reply('order.place', { status: 'NEW', executedQty: '0' });
    t.connection.unsubscribe();
    expect(t.outcome.error).toMatchObject({ reason: 'sessionClosed', lastStage: 'open' });
  });
});

describe('unknown order statuses move nothing', () => {
  // undefined: an executionReport without X, which Binance always sends.
  it.each<unknown>([
    'constructor',
    '__proto__',
    'toString',
    'PENDING_CANCEL',
    'NEWISH',
    42,
    null,
    undefined,
  ])('status %s: reported as UnknownOrderStatusError, the order keeps its stage', (status) => {
    const t = setup();
    t.watch();
    t.userData();
    t.h.reply('order.place', { status: 'NEW', executedQty: '0' });
    t.execution(status, '0');
    expect(t.outcome).toEqual({ error: undefined, complete: false });
    expect(t.invalid).toHaveLength(1);
    expect(t.invalid[0]).toMatchObject({
      code: 'UNKNOWN_ORDER_STATUS',
      clientOrderId: 'order-1',
      source: 'executionReport',
      stage: 'open',
    });
    t.execution('FILLED', '1');
    expect(t.stages().at(-1)).toBe('filled:executionReport');
  });

  it('an onInvalid that throws breaks nothing', () => {
    const t = orderFactoryHarness(
      {},
      {
        onInvalid: () => {
          throw new Error('callback bug');
        },
      },
    );
    t.watch();
    t.h.reply('order.place', { status: 'NEW', executedQty: '0' });
    t.userData();
    expect(() => t.execution('ODD', '0')).not.toThrow();
    t.execution('FILLED', '1');
    expect(t.updates.map((u) => u.stage)).toEqual(['submitted', 'pending', 'open', 'filled']);
  });

  it.each([
    ['constructor', 'constructor'],
    [undefined, '(undefined)'],
  ])(
    'an order.status answer with status %s keeps an unknown order unknown; reported',
    (status, shown) => {
      const t = setup();
      t.watch();
      t.h.fail('order.place', 400, -1007, UNKNOWN_MSG);
      t.h.reply('order.status', { status, executedQty: '0' }); // an undefined status is left out
      expect(t.stages().at(-1)).toBe('unknown:request');
      expect(t.invalid[0]).toMatchObject({
        status: shown,
        source: 'orderStatus',
        stage: 'unknown',
      });
    },
  );

  it('an order.place answer without a status (newOrderRespType ACK) is not reported', () => {
    const t = setup();
    t.watch();
    t.h.reply('order.place', { orderId: 1 });
    expect(t.stages().at(-1)).toBe('pending:response');
    expect(t.invalid).toHaveLength(0);
  });

  it('REPLACED with a status the table does not know moves nothing: no amendment is assumed', () => {
    const t = setup();
    t.watch();
    t.userData();
    t.h.reply('order.place', { status: 'NEW', executedQty: '0', origQty: '1' });
    const replaced = (X: string) => t.execution(X, '0', { x: 'REPLACED', q: '0.5' });
    replaced('NEW_STATUS');
    expect(t.stages().at(-1)).toBe('open:response');
    expect(t.invalid[0]).toMatchObject({
      status: 'NEW_STATUS',
      source: 'executionReport',
      stage: 'open',
    });
    replaced('NEW');
    expect(t.stages().at(-1)).toBe('amended:executionReport');
  });
});

const info = { operation: 'placeOrder', method: 'order.place', params: {} };
