/**
 * Several accounts' user data on one WebSocket API session, on the local exchange: the session's
 * own account (Ed25519, logged on: `userDataStream.subscribe`) and bob's (HMAC, through
 * `userDataStream.subscribe.signature`) share one socket; each Observable sees only its own
 * account's executionReports, before and after a dropped connection and a `serverShutdown`
 * handover (where the new socket numbers the subscriptions the other way round); a third account
 * whose signer fails errors alone.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { filter, firstValueFrom, lastValueFrom, type Observable } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSessionSubscriptionsFactory } from '../../generated/operations/get-session-subscriptions';
import { placeOrderFactory } from '../../generated/operations/place-order';
import {
  onExecutionReport,
  type ExecutionReportEvent,
} from '../../generated/user-data/execution-report';
import { startLocalExchange, type LocalExchange } from '../../sim';
import type { Credentials } from '../../src/signing/credentials';
import { hmacSigner } from '../../src/signers';
import { wsApiSession, type WsApiSession, type WsApiSessionEvent } from '../../src/ws-api/session';

let exchange: LocalExchange;
let session: WsApiSession;
let trader: WsApiSession;
const stops: (() => void)[] = [];

const connect = (credentials: Credentials) => {
  const s = wsApiSession({
    url: exchange.urls.wsApi,
    credentials,
    reconnect: { initialDelayMs: 20, jitter: 0 },
  });
  const connection = s.connect();
  stops.push(() => connection.unsubscribe());
  return s;
};

beforeEach(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: ['BTCUSDT'] });
  const own = createPrivateKey(exchange.keys.ed25519.secret);
  session = connect({
    apiKey: exchange.keys.ed25519.apiKey,
    sign: (payload) => sign(null, Buffer.from(payload), own).toString('base64'),
    keyType: 'ED25519',
  });
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await exchange.close();
});

/** How long `vi.waitFor` retries (at most 5 s, every 10 ms). */
const WAIT = { timeout: 5_000, interval: 10 };

/** The executionReports `source` delivers, as `clientOrderId:status`. */
function reports(source: Observable<ExecutionReportEvent>) {
  const seen: string[] = [];
  const errors: unknown[] = [];
  const subscription = source.subscribe({
    next: (report) => seen.push(`${report.c}:${report.X}`),
    error: (error: unknown) => errors.push(error),
  });
  stops.push(() => subscription.unsubscribe());
  return { seen, errors };
}

const market = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' } as const;
/** Waits until the session's socket has `count` user data subscriptions (`session.subscriptions`). */
async function subscriptions(count: number): Promise<void> {
  await vi.waitFor(async () => {
    const active = await firstValueFrom(getSessionSubscriptionsFactory(session)({}));
    expect(active).toHaveLength(count);
  }, WAIT);
}
const nextSocket = (s: WsApiSession) =>
  firstValueFrom(s.pipe(filter((e: WsApiSessionEvent) => e.type === 'socket')));

describe('several accounts on one WebSocket API session (local exchange)', () => {
  it('routes each account its own executionReports, across a drop and a handover', async () => {
    const bobKeys = exchange.accountKeys('bob').hmac;
    const bob: Credentials = { apiKey: bobKeys.apiKey, sign: await hmacSigner(bobKeys.secret) };
    trader = connect(bob);
    const placeOwn = placeOrderFactory(session);
    const placeBob = placeOrderFactory(trader);
    const errors: unknown[] = [];
    session.subscribe((e) => e.type === 'error' && errors.push(e.error));

    // Bob first: on the first socket bob is subscription 0 and the session's account 1; every
    // later socket subscribes the session's account first (0), then bob (1).
    const his = reports(session.userData(bob).pipe(onExecutionReport()));
    await subscriptions(1);
    const mine = reports(session.userData().pipe(onExecutionReport()));
    // The subscriptionIds each account's events came with, over all sockets.
    const ids = { mine: new Set<number>(), his: new Set<number>() };
    const tagged = [
      session.userData().subscribe((m) => ids.mine.add(m.subscriptionId)),
      session.userData(bob).subscribe((m) => ids.his.add(m.subscriptionId)),
    ];
    stops.push(() => tagged.forEach((t) => t.unsubscribe()));

    const round = async (name: string) => {
      await lastValueFrom(placeOwn({ ...market, newClientOrderId: `own-${name}` }));
      await lastValueFrom(placeBob({ ...market, newClientOrderId: `bob-${name}` }));
      await vi.waitFor(() => {
        expect(mine.seen).toContain(`own-${name}:FILLED`);
        expect(his.seen).toContain(`bob-${name}:FILLED`);
      }, WAIT);
    };
    await subscriptions(2);
    await round('first');

    exchange.faults.dropAll();
    await nextSocket(session);
    await subscriptions(2);
    await round('after-drop');

    exchange.faults.serverShutdown({ closeAfterMs: 1500 });
    const replacement = nextSocket(session);
    // An order during the handover: its reports come on whichever socket, to its account only.
    await round('during-handover');
    await replacement;
    await subscriptions(2);
    await round('after-handover');

    const rounds = ['first', 'after-drop', 'during-handover', 'after-handover'];
    expect(mine.seen).toEqual(rounds.flatMap((r) => [`own-${r}:NEW`, `own-${r}:FILLED`]));
    expect(his.seen).toEqual(rounds.flatMap((r) => [`bob-${r}:NEW`, `bob-${r}:FILLED`]));
    expect([mine.errors, his.errors]).toEqual([[], []]);
    // Id 0 was bob's on the first socket and the session account's on the later ones.
    expect([[...ids.mine].sort(), [...ids.his].sort()]).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(errors.filter((e) => (e as { code?: string }).code === 'UNEXPECTED_USER_DATA')).toEqual(
      [],
    );
  });

  it("a failing signer errors only its account; the others' events keep flowing", async () => {
    const carolKeys = exchange.accountKeys('carol').hmac;
    const carol: Credentials = {
      apiKey: carolKeys.apiKey,
      sign: () => {
        throw new Error('key store locked');
      },
    };
    const failed = reports(session.userData(carol).pipe(onExecutionReport()));
    const mine = reports(session.userData().pipe(onExecutionReport()));
    await vi.waitFor(() => expect(failed.errors).not.toHaveLength(0), WAIT);
    expect(failed.errors[0]).toMatchObject({ code: 'SIGNER_FAILED', operation: 'userData' });
    await subscriptions(1);
    await lastValueFrom(placeOrderFactory(session)({ ...market, newClientOrderId: 'own-1' }));
    await vi.waitFor(() => expect(mine.seen).toContain('own-1:FILLED'), WAIT);
    expect(mine).toEqual({ seen: ['own-1:NEW', 'own-1:FILLED'], errors: [] });
    expect(failed.seen).toEqual([]);
  });
});
