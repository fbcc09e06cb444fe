/**
 * Orders never lie, on the local exchange: every fault (drop, half-open, shutdown, -1007, timeout,
 * -2013 race) at every phase of an order (before send, after send before the answer, after the
 * answer before NEW, between NEW and the fill, between partial fills). In each cell:
 * - every stage is reported at most once (partial fills once per filled quantity), in rank order;
 * - `rejected` never appears (none of these is a Binance rejection);
 * - the final stage equals the exchange's own record of the order (REST GET /api/v3/order by the
 *   client order id); where the exchange has no order, the Observable errors (never a guessed
 *   stage): OrderOutcomeUnknownError at the deadline.
 *
 * Before send, the fault is in force when the order goes out: the socket is already dropped, silent
 * (the request is never looked at) or shutting down; -1007 and timeout mean the backend never got
 * the order (Binance's "send status unknown"); the -2013 race means order.status lags the book.
 * -1007, timeout and -2013 race are faults of a request. Before the answer they hit order.place;
 * once order.place is answered (phases 3–5) the socket is dropped at that phase and they hit the
 * order.status lookup that follows. Everything waits on events or on the exchange's own record,
 * with generous upper bounds; nothing sleeps a fixed time to let something happen.
 */
import { createHmac, createPrivateKey, sign } from 'node:crypto';
import { ReplaySubject, filter, firstValueFrom, type Observable } from 'rxjs';
import { WebSocket } from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getBookFactory } from '../../generated/operations/get-book';
import { getOrderHttp } from '../../generated/operations/get-order';
import { orderStageTable, type OrderStageName } from '../../generated/order-stages';
import { startLocalExchange, type LocalExchange, type RequestFaultRule } from '../../sim';
import { BinanceApiError, OrderOutcomeUnknownError } from '../../src/errors';
import { addOrderFactory, type OrderStage } from '../../src/orders/add-order-factory';
import { createHttpClient, type HttpClient } from '../../src/rest/http-client';
import type { Credentials } from '../../src/signing/credentials';
import type { WebSocketConstructor } from '../../src/socket/web-socket-like';
import { wsApiSession, type WsApiSession } from '../../src/ws-api/session';

const symbol = 'BTCUSDT';
/** Upper bound for anything to happen; generous for a busy 2-core machine. */
const WITHIN_MS = 20_000;

type Fault = 'drop' | 'halfOpen' | 'shutdown' | '-1007' | 'timeout' | '-2013 race';
type Phase = 'before send' | 'after send' | 'after answer' | 'after NEW' | 'after partial fill';
const FAULTS: Fault[] = ['drop', 'halfOpen', 'shutdown', '-1007', 'timeout', '-2013 race'];
const PHASES: Phase[] = [
  'before send',
  'after send',
  'after answer',
  'after NEW',
  'after partial fill',
];

let exchange: LocalExchange;
let session: WsApiSession;
let rest: HttpClient;
let stop: () => void;

beforeEach(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol], pingIntervalMs: 100 });
  const key = createPrivateKey(exchange.keys.ed25519.secret);
  const ed25519: Credentials = {
    apiKey: exchange.keys.ed25519.apiKey,
    sign: (payload) => sign(null, Buffer.from(payload), key).toString('base64'),
    keyType: 'ED25519',
  };
  session = wsApiSession({
    url: exchange.urls.wsApi,
    credentials: ed25519,
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    requestTimeoutMs: 500,
    heartbeatTimeoutMs: 800,
    reconnect: { initialDelayMs: 20, maxDelayMs: 100, jitter: 0 },
  });
  const connection = session.connect();
  stop = () => connection.unsubscribe();
  const secret = exchange.keys.hmac.secret;
  rest = createHttpClient({
    baseUrl: exchange.urls.rest,
    credentials: {
      apiKey: exchange.keys.hmac.apiKey,
      sign: (p) => createHmac('sha256', secret).update(p).digest('hex'),
    },
  });
});
afterEach(async () => {
  stop();
  await exchange.close();
});

/** The exchange's own record: its order status, or undefined when it has no such order. */
async function record(clientOrderId: string): Promise<string | undefined> {
  try {
    const order = await firstValueFrom(
      getOrderHttp({ symbol, origClientOrderId: clientOrderId }, rest),
    );
    return order.status;
  } catch (error) {
    if (error instanceof BinanceApiError && error.binanceCode === -2013) return undefined;
    throw error;
  }
}

/** Steps the market until the exchange records the order FILLED (sellers hit our bid). */
async function tradeUntilFilled(clientOrderId: string): Promise<void> {
  for (let round = 0; round < 400; round += 1) {
    exchange.market.step(5);
    if ((await record(clientOrderId)) === 'FILLED') return;
  }
  throw new Error(`${clientOrderId} not filled after 2000 market steps`);
}

const book = () => firstValueFrom(getBookFactory(session)({ symbol, limit: 1 }));

/** Arms a request fault: on order.place before the answer, on the lookup after it. */
function requestFaultRule(fault: Fault, method: string, executed: boolean): RequestFaultRule {
  if (fault === '-1007') return { method, answer: 'unknown', execute: executed ? 'now' : 'never' };
  if (fault === 'timeout') return { method, answer: 'none', execute: executed ? 'now' : 'never' };
  // -2013 race: order.place runs late (order.status answers -2013 until then); a lookup is
  // answered -2013 although the order exists (a lagging read).
  return method === 'order.place'
    ? { method, execute: 600, answer: 'none' }
    : { method, answer: 'notFound', count: 2 };
}

/** A connection fault, now, on every current connection. */
function strike(fault: Fault): void {
  if (fault === 'drop') exchange.faults.dropAll();
  else if (fault === 'halfOpen') void exchange.faults.halfOpen();
  else if (fault === 'shutdown') exchange.faults.serverShutdown({ closeAfterMs: 100 });
  else {
    exchange.faults.requestFault(requestFaultRule(fault, 'order.status', true));
    exchange.faults.dropAll();
  }
}

/** After send, before the answer: the exchange runs order.place and the fault eats the answer. */
function afterSend(fault: Fault): RequestFaultRule {
  if (fault === 'drop') return { answer: 'none', then: 'drop' };
  if (fault === 'halfOpen') return { answer: 'none', then: 'halfOpen' };
  if (fault === 'shutdown') return { answer: 'none', then: 'shutdown', closeAfterMs: 100 };
  return requestFaultRule(fault, 'order.place', true);
}

/** Before send: the fault is in force when the order goes out. Returns whether Binance will run it. */
function beforeSend(fault: Fault): boolean {
  if (fault === 'drop' || fault === 'shutdown') {
    strike(fault);
    return true;
  }
  if (fault === 'halfOpen') {
    void exchange.faults.halfOpen(); // the request is never looked at
    return false;
  }
  if (fault === '-2013 race') {
    exchange.faults.requestFault({ method: 'order.status', answer: 'notFound', count: 2 });
    exchange.faults.requestFault({ answer: 'none' });
    return true;
  }
  exchange.faults.requestFault(requestFaultRule(fault, 'order.place', false)); // never run
  return false;
}

interface Run {
  readonly updates: OrderStage[];
  readonly error: unknown;
  readonly clientOrderId: string;
}

/** The stage that stands for an order status the exchange recorded. */
const STAGE_OF: Record<string, OrderStageName> = {
  NEW: 'open',
  PARTIALLY_FILLED: 'partiallyFilled',
  FILLED: 'filled',
  CANCELED: 'canceled',
  EXPIRED: 'expired',
  REJECTED: 'rejected',
};

/** Arms the fault of a phase that strikes the request itself; returns whether Binance runs it. */
function arm(fault: Fault, phase: Phase): boolean {
  if (phase === 'before send') return beforeSend(fault);
  if (phase === 'after send') exchange.faults.requestFault(afterSend(fault));
  if (phase === 'after answer') {
    const connectionFault = fault === 'halfOpen' || fault === 'shutdown';
    if (!connectionFault && fault !== 'drop') {
      exchange.faults.requestFault(requestFaultRule(fault, 'order.status', true));
    }
    exchange.faults.requestFault({ then: connectionFault ? fault : 'drop', closeAfterMs: 100 });
  }
  return true;
}

/** The order of each phase: resting ones for the phases after NEW, a market order otherwise. */
async function orderFor(phase: Phase) {
  const { asks, bids } = await book();
  if (phase === 'after NEW') {
    // Alone at the top of the bid when the spread allows (else joining it): sellers fill it.
    const [bid, ask] = [Number(bids[0]![0]), Number(asks[0]![0])];
    const price = (ask - bid > 0.015 ? bid + 0.01 : bid).toFixed(2);
    return { type: 'LIMIT', timeInForce: 'GTC', price, quantity: '0.001' } as const;
  }
  if (phase === 'after partial fill') {
    // Takes the best ask level at once and rests with the rest.
    const [price, quantity] = asks[0]!;
    const more = (Number(quantity) + 0.002).toFixed(5);
    return { type: 'LIMIT', timeInForce: 'GTC', price, quantity: more } as const;
  }
  // ACK: the answer carries no status, so NEW and the fill come by events (or lookups).
  return { type: 'MARKET', quantity: '0.001', newOrderRespType: 'ACK' } as const;
}

async function runCell(fault: Fault, phase: Phase): Promise<Run> {
  const order = await orderFor(phase); // also: a socket is open
  const clientOrderId = `matrix-${FAULTS.indexOf(fault)}-${PHASES.indexOf(phase)}`;
  const reconnecting = firstValueFrom(
    session.pipe(filter((e) => e.type === 'status' && e.status === 'reconnecting')),
  );
  const runs = arm(fault, phase);
  if (phase === 'before send' && fault === 'drop') await reconnecting;
  const stages = new ReplaySubject<OrderStageName>();
  const updates: OrderStage[] = [];
  const end = new Promise<unknown>((resolve) => {
    addOrderFactory(session, {
      reconcile: { initialDelayMs: 50, maxDelayMs: 200, deadlineMs: runs ? WITHIN_MS : 1_500 },
    })({ symbol, side: 'BUY', newClientOrderId: clientOrderId, ...order }).subscribe({
      next: (update) => {
        updates.push(update);
        stages.next(update.stage);
      },
      error: resolve,
      complete: () => resolve(undefined),
    });
  });
  const working = phase === 'after NEW' ? 'open' : 'partiallyFilled';
  if (phase === 'after NEW' || phase === 'after partial fill') {
    await within(firstValueFrom(stages.pipe(filter((s) => s === working))), 'stage reached');
    strike(fault);
    await tradeUntilFilled(clientOrderId);
  }
  const error = await within(end, 'end of the order');
  return { updates, error, clientOrderId };
}

/** `promise`, or a failure naming `what` after WITHIN_MS. */
function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timeout: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timeout = setTimeout(() => reject(new Error(`no ${what} within ${WITHIN_MS} ms`)), WITHIN_MS);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timeout));
}

/** The filled quantity an update reports, when it reports one. */
const filledQty = (u: OrderStage): string | undefined =>
  u.executionReport?.z !== undefined
    ? String(u.executionReport.z)
    : ((u.orderStatus as { executedQty?: string } | undefined)?.executedQty ??
      u.response?.executedQty);

async function check(run: Run, fault: Fault, phase: Phase): Promise<void> {
  const stages = run.updates.map((u) => u.stage);
  expect(stages[0]).toBe('submitted');
  expect(stages).not.toContain('rejected');
  const rank = (s: OrderStageName) => orderStageTable.stages[s].rank;
  for (let i = 1; i < stages.length; i += 1) {
    expect(rank(stages[i]!), `${stages.join(' > ')}`).toBeGreaterThanOrEqual(rank(stages[i - 1]!));
  }
  const once = stages.filter((s) => !orderStageTable.stages[s].repeatable);
  expect(new Set(once).size, `each stage once: ${stages.join(' > ')}`).toBe(once.length);
  const partials = run.updates.filter((u) => u.stage === 'partiallyFilled').map(filledQty);
  expect(new Set(partials).size, 'each partial fill once').toBe(partials.length);
  // After send, the answer is lost: the order is `unknown` until Binance says where it is —
  // unless its executionReports (sent, as on Binance, while the request waits) said so first.
  if (phase === 'after send') {
    const toldByEvents = run.updates[1]?.source === 'executionReport';
    expect(toldByEvents || stages.includes('unknown'), stages.join(' > ')).toBe(true);
    if (fault !== 'timeout' && fault !== 'shutdown') expect(stages).toContain('unknown');
  }
  const status = await record(run.clientOrderId);
  if (status === undefined) {
    expect(run.error, `${fault} / ${phase}: no order on the exchange`).toBeInstanceOf(
      OrderOutcomeUnknownError,
    );
    expect(['submitted', 'unknown']).toContain(stages.at(-1));
  } else {
    expect(run.error, `${fault} / ${phase}: ${String(run.error)}`).toBeUndefined();
    expect(stages.at(-1)).toBe(STAGE_OF[status]);
  }
}

describe('orders never lie: fault × phase on the local exchange', () => {
  const cells = FAULTS.flatMap((fault) => PHASES.map((phase) => ({ fault, phase })));
  it.each(cells)('$fault / $phase', async ({ fault, phase }) => {
    const run = await runCell(fault, phase);
    await check(run, fault, phase);
  });
});

/** Follows an order: its stages, a promise of a stage, and a promise of its end (the error, if any). */
function follow(order: Observable<OrderStage>) {
  const stages = new ReplaySubject<OrderStageName>();
  const seen: OrderStageName[] = [];
  const end = new Promise<unknown>((resolve) =>
    order.subscribe({
      next: (u) => {
        seen.push(u.stage);
        stages.next(u.stage);
      },
      error: resolve,
      complete: () => resolve(undefined),
    }),
  );
  const reached = (stage: OrderStageName) =>
    within(firstValueFrom(stages.pipe(filter((s) => s === stage))), stage);
  return { seen, reached, end: within(end, 'end of the order') };
}

describe('closing the session ends the orders it carries', () => {
  it('an order in flight and an order working both error with OrderOutcomeUnknownError, at once', async () => {
    const { bids } = await book();
    const addOrder = addOrderFactory(session);
    const price = (Number(bids[0]![0]) * 0.9).toFixed(2);
    const working = follow(
      addOrder({
        symbol,
        side: 'BUY',
        type: 'LIMIT',
        timeInForce: 'GTC',
        quantity: '0.001',
        price,
      }),
    );
    await working.reached('open');
    exchange.faults.requestFault({ answer: 'none' }); // the next order gets no answer
    const inFlight = follow(addOrder({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.001' }));
    await inFlight.reached('submitted');
    stop();
    for (const order of [inFlight, working]) {
      const error = await order.end;
      expect(error).toBeInstanceOf(OrderOutcomeUnknownError);
      expect(error).toMatchObject({ reason: 'sessionClosed' });
      expect(order.seen).not.toContain('rejected');
    }
    expect((await inFlight.end) as OrderOutcomeUnknownError).toMatchObject({
      lastStage: 'unknown',
    });
    expect((await working.end) as OrderOutcomeUnknownError).toMatchObject({ lastStage: 'open' });
  });
});
