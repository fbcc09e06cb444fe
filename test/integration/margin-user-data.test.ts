/**
 * Margin user data by listen token on the local exchange: `createMarginListenTokenHttp` for the
 * token, `session.userData({ listenToken })` for the stream. Margin orders, borrows and transfers
 * reach the margin stream (typed and schema-checked with the `on<Event>()` operators) and not the
 * Spot one; an isolated margin token streams that account only; the stream is restored after a
 * dropped connection and renewed before its short-lived tokens expire, without an expiry.
 */
import { filter, firstValueFrom, lastValueFrom, type Observable } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMarginListenTokenHttp } from '../../generated/operations/create-margin-listen-token';
import { getSessionSubscriptionsFactory } from '../../generated/operations/get-session-subscriptions';
import { marginBorrowRepayHttp } from '../../generated/operations/margin-borrow-repay';
import { placeMarginOrderHttp } from '../../generated/operations/place-margin-order';
import { subscribeUserDataStreamListenTokenFactory } from '../../generated/operations/subscribe-user-data-stream-listen-token';
import { universalTransferHttp } from '../../generated/operations/universal-transfer';
import { onBalanceUpdate } from '../../generated/user-data/balance-update';
import { onExecutionReport } from '../../generated/user-data/execution-report';
import { onOutboundAccountPosition } from '../../generated/user-data/outbound-account-position';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { BinanceApiError } from '../../src/errors';
import type { HttpClient } from '../../src/rest/http-client';
import { hmacClient, hmacCredentials } from './hmac-client';
import type { Credentials } from '../../src/signing/credentials';
import type { ListenTokenSource } from '../../src/ws-api/listen-token-feed';
import { wsApiSession, type WsApiSession, type WsApiSessionEvent } from '../../src/ws-api/session';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let rest: HttpClient;
let session: WsApiSession;
let credentials: Credentials;
const stops: (() => void)[] = [];
const errors: unknown[] = [];
/** How long `vi.waitFor` retries (at most 5 s, every 10 ms). */
const WAIT = { timeout: 5_000, interval: 10 };

beforeEach(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol] });
  exchange.market.step(20);
  credentials = hmacCredentials(exchange);
  rest = hmacClient(exchange);
  session = wsApiSession({
    url: exchange.urls.wsApi,
    credentials,
    reconnect: { initialDelayMs: 20, jitter: 0 },
  });
  errors.length = 0;
  session.subscribe((e) => e.type === 'error' && errors.push(e.error));
  const connection = session.connect();
  stops.push(() => connection.unsubscribe());
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await exchange.close();
});

function collect<T>(source: Observable<T>) {
  const seen: T[] = [];
  const failures: unknown[] = [];
  const subscription = source.subscribe({
    next: (value) => seen.push(value),
    error: (error: unknown) => failures.push(error),
  });
  stops.push(() => subscription.unsubscribe());
  return { seen, failures };
}

/** Waits until the session's socket has `count` user data subscriptions. */
async function subscriptions(count: number): Promise<void> {
  await vi.waitFor(async () => {
    const active = await firstValueFrom(getSessionSubscriptionsFactory(session)({}));
    expect(active).toHaveLength(count);
  }, WAIT);
}

const marketBuy = (isIsolated: 'TRUE' | 'FALSE', newClientOrderId: string) =>
  lastValueFrom(
    placeMarginOrderHttp(
      { symbol, isIsolated, side: 'BUY', type: 'MARKET', quantity: '0.001', newClientOrderId },
      rest,
    ),
  );

describe('margin user data by listen token (local exchange)', () => {
  it('margin orders, borrows and transfers reach the margin stream, not the Spot one', async () => {
    const cross: ListenTokenSource = { listenToken: () => createMarginListenTokenHttp({}, rest) };
    const margin = collect(session.userData(cross).pipe(onExecutionReport()));
    const positions = collect(session.userData(cross).pipe(onOutboundAccountPosition()));
    const deposits = collect(session.userData(cross).pipe(onBalanceUpdate()));
    const spot = collect(session.userData().pipe(onExecutionReport()));
    await subscriptions(2);

    await marketBuy('TRUE', 'isolated-buy'); // another margin account: on neither stream
    await marketBuy('FALSE', 'cross-buy');
    await lastValueFrom(
      marginBorrowRepayHttp(
        { asset: 'USDT', isIsolated: 'FALSE', amount: '100', type: 'BORROW' },
        rest,
      ),
    );
    await lastValueFrom(
      universalTransferHttp({ type: 'MAIN_MARGIN', asset: 'BTC', amount: '0.5' }, rest),
    );
    await vi.waitFor(() => {
      expect(margin.seen.map((r) => `${r.c}:${r.X}`)).toEqual([
        'cross-buy:NEW',
        'cross-buy:FILLED',
      ]);
      expect(positions.seen.some((p) => p.B.some((b) => b.a === 'USDT'))).toBe(true);
      expect(deposits.seen.map((d) => [d.a, d.d])).toEqual([['BTC', '0.50000000']]);
    }, WAIT);
    expect(spot.seen).toEqual([]);
    expect([margin.failures, positions.failures, spot.failures, errors]).toEqual([[], [], [], []]);
  });

  it('an isolated margin token streams that account only', async () => {
    const isolated: ListenTokenSource = {
      listenToken: () => createMarginListenTokenHttp({ isIsolated: true, symbol }, rest),
    };
    const reports = collect(session.userData(isolated).pipe(onExecutionReport()));
    await subscriptions(1);
    await marketBuy('FALSE', 'cross-buy');
    await marketBuy('TRUE', 'isolated-buy');
    await vi.waitFor(() => expect(reports.seen.map((r) => r.c)).toContain('isolated-buy'), WAIT);
    expect(reports.seen.map((r) => r.c)).not.toContain('cross-buy');
  });

  it('is restored with a new token after a dropped connection', async () => {
    let tokens = 0;
    const cross: ListenTokenSource = {
      listenToken: () => ((tokens += 1), createMarginListenTokenHttp({}, rest)),
    };
    const reports = collect(session.userData(cross).pipe(onExecutionReport()));
    await subscriptions(1);
    exchange.faults.dropAll();
    await firstValueFrom(session.pipe(filter((e: WsApiSessionEvent) => e.type === 'socket')));
    await subscriptions(1);
    await marketBuy('FALSE', 'after-drop');
    await vi.waitFor(() => expect(reports.seen.map((r) => r.c)).toContain('after-drop'), WAIT);
    expect(tokens).toBe(2);
    expect(reports.failures).toEqual([]);
  });

  it('renews short-lived tokens before they expire: no expiry, events keep flowing', async () => {
    let tokens = 0;
    const cross: ListenTokenSource = {
      listenToken: () => ((tokens += 1), createMarginListenTokenHttp({ validity: 1500 }, rest)),
      renewBeforeMs: 700,
    };
    const reports = collect(session.userData(cross).pipe(onExecutionReport()));
    await subscriptions(1);
    // Past the first token's expiry, after two renewals.
    await vi.waitFor(() => expect(tokens).toBeGreaterThanOrEqual(3), WAIT);
    await subscriptions(1);
    await marketBuy('FALSE', 'renewed');
    await vi.waitFor(() => expect(reports.seen.map((r) => r.c)).toContain('renewed'), WAIT);
    expect(errors).toEqual([]);
    expect(reports.failures).toEqual([]);
  });
});

describe('userDataStream.subscribe.listenToken on the local exchange', () => {
  it('ends at the token expiry with eventStreamTerminated; an unknown token is -1209', async () => {
    const { token, expirationTime } = await firstValueFrom(
      createMarginListenTokenHttp({ validity: 300 }, rest),
    );
    const raw = collect(session.pipe(filter((e) => e.type === 'error')));
    const answer = await firstValueFrom(
      subscribeUserDataStreamListenTokenFactory(session)({ listenToken: token }),
    );
    expect(answer.expirationTime).toBe(expirationTime);
    await subscriptions(1);
    await subscriptions(0);
    const refused = await firstValueFrom(
      subscribeUserDataStreamListenTokenFactory(session)({ listenToken: token }),
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BinanceApiError);
    expect((refused as BinanceApiError).binanceCode).toBe(-1209);
    expect(raw.failures).toEqual([]);
  });
});
