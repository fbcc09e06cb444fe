/**
 * Several accounts' user data on one WebSocket API session: `userData()` (the session's account)
 * and `userData(credentials)` (another one) each get only the events of their `subscriptionId`,
 * share one subscription per account, fail alone, and are restored with new ids after reconnects
 * and handovers without an event reaching the wrong account. Virtual time, mock sockets; the last
 * test is a marble timeline (TestScheduler) of listeners joining and leaving.
 */
import { map, type Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError, SignerError } from '../../../src/errors';
import type { Credentials } from '../../../src/signing/credentials';
import { wsApiSession, type UserDataMessage } from '../../../src/ws-api/session';
import { script, testScheduler } from '../fixtures';
import { MockWebSocket } from '../mock-web-socket';
import { harness } from './harness';

const SIGNED = 'userDataStream.subscribe.signature';
const own: Credentials = { apiKey: 'OWN', sign: (p) => `own(${p})` };
const bob: Credentials = { apiKey: 'BOB', sign: (p) => `bob(${p})` };
const report = (E: number) => ({ e: 'executionReport', E });

function watch(source: Observable<UserDataMessage>) {
  const seen = { events: [] as number[], errors: [] as unknown[] };
  const subscription = source.subscribe({
    next: (m) => seen.events.push(m.event.E),
    error: (e: unknown) => seen.errors.push(e),
  });
  return Object.assign(seen, { subscription });
}

function setup(credentials: Credentials = own) {
  const h = harness({ credentials });
  h.session.connect();
  h.server().open();
  const subscribes = (apiKey: string, socket = h.server()) =>
    h.sent(socket).filter((r) => r.method === SIGNED && r.params['apiKey'] === apiKey);
  /** Answers the latest subscribe.signature of `apiKey` on `socket` with `subscriptionId`. */
  const subscribed = (apiKey: string, subscriptionId: number, socket = h.server()) => {
    const request = subscribes(apiKey, socket).at(-1);
    if (request === undefined) throw new Error(`no subscription of ${apiKey} was sent`);
    socket.receive({ id: request.id, status: 200, result: { subscriptionId } });
  };
  const push = (subscriptionId: number, E: number, socket: MockWebSocket = h.server()) =>
    socket.receive({ subscriptionId, event: report(E) });
  const errors = () => h.events.filter((e) => e.type === 'error').map((e) => e.error);
  /** The session's account (subscription 0) and bob's (1), both listened to and subscribed. */
  const both = () => {
    const listeners = { mine: watch(h.session.userData()), his: watch(h.session.userData(bob)) };
    subscribed('OWN', 0);
    subscribed('BOB', 1);
    return listeners;
  };
  return { h, subscribes, subscribed, push, errors, both };
}

describe('userData(credentials): several accounts on one session', () => {
  it('subscribes each account with its own key and signer; events go by subscriptionId only', () => {
    const { h, subscribes, subscribed, push } = setup();
    const mine = watch(h.session.userData());
    const his = watch(h.session.userData(bob));
    expect(subscribes('OWN')[0]?.params).toEqual({
      apiKey: 'OWN',
      timestamp: 0,
      signature: 'own(apiKey=OWN&timestamp=0)',
    });
    expect(subscribes('BOB')[0]?.params).toEqual({
      apiKey: 'BOB',
      timestamp: 0,
      signature: 'bob(apiKey=BOB&timestamp=0)',
    });
    subscribed('BOB', 0);
    subscribed('OWN', 1);
    push(0, 10);
    push(1, 11);
    push(0, 12);
    expect(mine.events).toEqual([11]);
    expect(his.events).toEqual([10, 12]);
  });

  it('listeners of one account share one subscription, unsubscribed by id when the last leaves', () => {
    const { h, subscribes, subscribed, push } = setup();
    const mine = watch(h.session.userData());
    const first = watch(h.session.userData(bob));
    const second = watch(h.session.userData({ ...bob }));
    subscribed('OWN', 0);
    subscribed('BOB', 1);
    expect(subscribes('BOB')).toHaveLength(1);
    push(1, 1);
    expect([first.events, second.events]).toEqual([[1], [1]]);
    first.subscription.unsubscribe();
    expect(h.sent().map((r) => r.method)).not.toContain('userDataStream.unsubscribe');
    second.subscription.unsubscribe();
    expect(h.lastSent('userDataStream.unsubscribe').params).toEqual({ subscriptionId: 1 });
    // The session's own account is not touched; bob's late events go nowhere, without an error.
    push(1, 2);
    push(0, 3);
    expect(mine.events).toEqual([3]);
    expect(h.sent().filter((r) => r.method === 'userDataStream.unsubscribe')).toHaveLength(1);
    expect(h.events.filter((e) => e.type === 'error')).toEqual([]);
    // Back again: a new subscription for bob.
    const again = watch(h.session.userData(bob));
    expect(subscribes('BOB')).toHaveLength(2);
    subscribed('BOB', 2);
    push(2, 4);
    expect(again.events).toEqual([4]);
  });

  it('the session account under its own key is the same subscription as userData()', () => {
    const { h, subscribes } = setup();
    watch(h.session.userData());
    watch(h.session.userData({ apiKey: 'OWN', sign: () => 'other signer' }));
    expect(subscribes('OWN')).toHaveLength(1);
    expect(h.session.userData()).toBe(h.session.userData());
  });

  it('works on a session without credentials of its own, and beside a logged-on account', () => {
    const plain = setup(undefined as unknown as Credentials);
    const his = watch(plain.h.session.userData(bob));
    plain.subscribed('BOB', 0);
    plain.push(0, 1);
    expect(his.events).toEqual([1]);

    const h = harness({ credentials: { ...own, keyType: 'ED25519' } });
    h.session.connect();
    h.server().open();
    watch(h.session.userData());
    watch(h.session.userData(bob));
    expect(h.sent().map((r) => r.method)).toEqual(['session.logon']);
    h.reply('session.logon', {});
    expect(h.sent().map((r) => `${r.method} ${String(r.params['apiKey'])}`)).toEqual([
      'session.logon OWN',
      'userDataStream.subscribe undefined',
      `${SIGNED} BOB`,
    ]);
  });

  it("a signer failure errors only that account's listeners; the others keep flowing", () => {
    let locked = true;
    const flaky: Credentials = {
      apiKey: 'BOB',
      sign: (p) => {
        if (locked) throw new Error('key store locked');
        return `bob(${p})`;
      },
    };
    const { h, subscribes, subscribed, push } = setup();
    const mine = watch(h.session.userData());
    const his = watch(h.session.userData(flaky));
    subscribed('OWN', 0);
    expect(his.errors).toHaveLength(1);
    expect(his.errors[0]).toBeInstanceOf(SignerError);
    expect(his.errors[0]).toMatchObject({ operation: 'userData', failure: 'threw' });
    push(0, 1);
    expect(mine).toMatchObject({ events: [1], errors: [] });
    // Bob's next attempt waits for the backoff delay (1000 ms here), then succeeds.
    locked = false;
    const retry = watch(h.session.userData(flaky));
    expect(subscribes('BOB')).toHaveLength(0);
    h.advance(999);
    expect(subscribes('BOB')).toHaveLength(0);
    h.advance(1);
    subscribed('BOB', 1);
    push(1, 2);
    push(0, 3);
    expect(retry.events).toEqual([2]);
    expect(mine.events).toEqual([1, 3]);
  });

  it("Binance's refusal (-2035: account already subscribed) errors only that account", () => {
    const { h, subscribes, subscribed, push } = setup();
    const mine = watch(h.session.userData());
    const his = watch(h.session.userData(bob));
    subscribed('OWN', 0);
    const request = subscribes('BOB')[0]!;
    h.server().receive({
      id: request.id,
      status: 400,
      error: { code: -2035, msg: 'User Data Stream subscription already active.' },
    });
    expect(his.errors[0]).toMatchObject({ code: 'BINANCE_ERROR', binanceCode: -2035 });
    push(0, 1);
    expect(mine).toMatchObject({ events: [1], errors: [] });
  });

  it('restores every account after a reconnect with new ids; old ids route nowhere meanwhile', () => {
    const { h, subscribed, push, errors, both } = setup();
    const { mine, his } = both();
    push(0, 1);
    push(1, 2);
    const old = h.server();
    old.serverClose();
    h.advance(1000);
    const next = h.server();
    expect(next).not.toBe(old);
    next.open();
    // Before the new subscriptions are answered, id 0 means nothing on the new socket.
    push(0, 99, next);
    // The new socket swaps the ids: bob is 0, the session's account 1.
    subscribed('BOB', 0, next);
    subscribed('OWN', 1, next);
    push(0, 3, next);
    push(1, 4, next);
    expect(mine).toMatchObject({ events: [1, 4], errors: [] });
    expect(his).toMatchObject({ events: [2, 3], errors: [] });
    expect(errors().filter((e) => e.code !== 'CONNECTION_CLOSED')).toMatchObject([
      { code: 'UNEXPECTED_USER_DATA', subscriptionId: 0, socketId: 2 },
    ]);
  });

  it('a handover keeps both sockets routed by their own ids, then closes the old one', () => {
    const { h, subscribed, push, both } = setup();
    const { mine, his } = both();
    const old = h.server();
    old.receive({ event: { e: 'serverShutdown', E: 1 } });
    const next = h.server();
    next.open();
    subscribed('BOB', 0, next);
    // Not ready while the session's own account is not subscribed on the new socket.
    h.advance(100);
    expect(old.closedByClient).toBeUndefined();
    // Id 0 is the session's account on the old socket and bob's on the new one.
    push(0, 5, old);
    push(0, 6, next);
    // The same event of bob on both sockets (the handover's overlap) arrives once.
    push(1, 7, old);
    push(0, 7, next);
    subscribed('OWN', 1, next);
    h.advance(100);
    expect(old.closedByClient).toMatchObject({ reason: 'replaced' });
    push(1, 8, next);
    expect(mine.events).toEqual([5, 8]);
    expect(his.events).toEqual([6, 7]);
  });

  it('eventStreamTerminated of one account resubscribes that account only', () => {
    const { h, subscribes, subscribed, push, both } = setup();
    const { mine, his } = both();
    h.server().receive({ subscriptionId: 1, event: { e: 'eventStreamTerminated', E: 2 } });
    expect(subscribes('BOB')).toHaveLength(2);
    expect(subscribes('OWN')).toHaveLength(1);
    subscribed('BOB', 2);
    push(2, 3);
    push(1, 4);
    expect(his.events).toEqual([2, 3]);
    expect(mine.events).toEqual([]);
  });

  it('an unknown subscriptionId is reported once per socket and id, and dropped', () => {
    const { h, subscribed, push, errors } = setup();
    const mine = watch(h.session.userData());
    subscribed('OWN', 0);
    push(7, 1);
    push(7, 2);
    push(8, 3);
    push(0, 4);
    expect(mine.events).toEqual([4]);
    expect(errors()).toMatchObject([
      { code: 'UNEXPECTED_USER_DATA', subscriptionId: 7, socketId: 1 },
      { code: 'UNEXPECTED_USER_DATA', subscriptionId: 8, socketId: 1 },
    ]);
  });

  it('invalid credentials error the Observable with InvalidOptionError; nothing is sent', () => {
    const { h } = setup();
    const cases: unknown[] = [
      null,
      'BOB',
      { apiKey: '', sign: bob.sign },
      { apiKey: 42, sign: bob.sign },
      { apiKey: 'BOB' },
      { apiKey: 'BOB', sign: 'secret' },
    ];
    for (const credentials of cases) {
      const seen = watch(h.session.userData(credentials as Credentials));
      expect(seen.errors).toHaveLength(1);
      expect(seen.errors[0]).toBeInstanceOf(InvalidOptionError);
    }
    expect(h.sent()).toEqual([]);
  });
});

describe('userData(credentials) on a marble timeline', () => {
  it('one subscription per account while anyone listens; each event to its account only', () => {
    const ts = testScheduler();
    ts.run(({ hot, expectObservable, flush }) => {
      MockWebSocket.reset(ts);
      const session = wsApiSession({
        url: 'ws://binance.test/ws-api/v3',
        WebSocket: MockWebSocket,
        scheduler: ts,
        credentials: own,
        connectTimeoutMs: false,
        heartbeatTimeoutMs: false,
        rotateAfterMs: false,
      });
      const errors: unknown[] = [];
      session.subscribe((e) => e.type === 'error' && errors.push(e.error));
      session.connect();
      const server = () => MockWebSocket.last();
      const answer = (apiKey: string, subscriptionId: number) => {
        const request = server()
          .sentJson()
          .find((r) => (r as { params: { apiKey?: string } }).params.apiKey === apiKey);
        server().receive({
          id: (request as { id: number }).id,
          status: 200,
          result: { subscriptionId },
        });
      };
      const event = (subscriptionId: number) => () =>
        server().receive({ subscriptionId, event: report(ts.now()) });
      // Frames: 0 open; 6 answers (the session's account 0, bob 1); events of 1 at 8, 12 and 16,
      // of 0 at 10.
      script(hot, 'o-----a-b-c-d---e', {
        o: () => server().open(),
        a: () => (answer('OWN', 0), answer('BOB', 1)),
        b: event(1),
        c: event(0),
        d: event(1),
        e: event(1),
      });
      const letters: Record<number, string> = { 8: 'b', 10: 'c', 12: 'd', 16: 'e' };
      const letter = map((m: UserDataMessage) => letters[m.event.E] ?? '?');
      const ownSub = '   -^----------------';
      const bobFirst = ' --^--------!';
      const bobSecond = '----^----------!';
      expectObservable(session.userData().pipe(letter), ownSub).toBe('----------c');
      expectObservable(session.userData(bob).pipe(letter), bobFirst).toBe('--------b');
      expectObservable(session.userData(bob).pipe(letter), bobSecond).toBe('--------b---d');
      flush();
      const subscriptions = server().sentAt.map(([at, frame]) => {
        const { method, params } = frame as { method: string; params: Record<string, unknown> };
        return [at, method, params['apiKey'] ?? params['subscriptionId']];
      });
      // Bob's second listener sends nothing; the last one leaving unsubscribes bob's id, the
      // session's account stays; bob's late event (16) goes to nobody and is no error.
      expect(subscriptions).toEqual([
        [1, SIGNED, 'OWN'],
        [2, SIGNED, 'BOB'],
        [15, 'userDataStream.unsubscribe', 1],
      ]);
      expect(errors).toEqual([]);
    });
  });
});
