import { describe, expect, it } from 'vitest';
import { getServerTimeFactory } from '../../../generated/operations/get-server-time';
import { MissingCredentialsError } from '../../../src/errors';
import type { UserDataMessage } from '../../../src/ws-api/session';
import { harness } from './harness';

const hmacLike = { apiKey: 'KEY', sign: (p: string) => `sig(${p})` };
const report = (i: number) => ({ e: 'executionReport', E: i, s: 'BTCUSDT', i });

function listen(h: ReturnType<typeof harness>) {
  const messages: UserDataMessage[] = [];
  const errors: unknown[] = [];
  const subscription = h.session.userData().subscribe({
    next: (m) => messages.push(m),
    error: (e: unknown) => errors.push(e),
  });
  return { messages, errors, subscription };
}

describe('wsApiSession user data stream', () => {
  it('subscribes with a signature (HMAC/RSA keys) and delivers only its subscription', () => {
    const h = harness({ credentials: hmacLike });
    h.session.connect();
    h.server().open();
    const user = listen(h);
    const request = h.lastSent('userDataStream.subscribe.signature');
    expect(request.params).toEqual({
      apiKey: 'KEY',
      timestamp: 0,
      signature: 'sig(apiKey=KEY&timestamp=0)',
    });
    h.reply('userDataStream.subscribe.signature', { subscriptionId: 3 });
    h.server().receive({ subscriptionId: 3, event: report(1) });
    h.server().receive({ subscriptionId: 4, event: report(2) });
    expect(user.messages).toEqual([{ subscriptionId: 3, event: report(1) }]);
  });

  it('uses userDataStream.subscribe on a logged-on (Ed25519) session', () => {
    const h = harness({ credentials: { ...hmacLike, keyType: 'ED25519' } });
    h.session.connect();
    h.server().open();
    listen(h);
    expect(h.sent().map((r) => r.method)).toEqual(['session.logon']);
    h.reply('session.logon', {});
    expect(h.lastSent('userDataStream.subscribe').params).toEqual({});
  });

  it('subscribes again after a reconnect and after eventStreamTerminated, delivering each event once', () => {
    const h = harness({ credentials: hmacLike });
    h.session.connect();
    h.server().open();
    const user = listen(h);
    h.reply('userDataStream.subscribe.signature', { subscriptionId: 0 });
    const terminated = { e: 'eventStreamTerminated', E: 5 };
    h.server().receive({ subscriptionId: 0, event: terminated });
    h.reply('userDataStream.subscribe.signature', { subscriptionId: 1 });
    h.server().receive({ subscriptionId: 1, event: report(6) });
    h.server().serverClose();
    h.advance(1000);
    h.server().open();
    h.reply('userDataStream.subscribe.signature', { subscriptionId: 0 });
    h.server().receive({ subscriptionId: 0, event: report(7) });
    expect(user.messages.map((m) => m.event.E)).toEqual([5, 6, 7]);
    expect(user.errors).toEqual([]);
  });

  it('unsubscribes on the server when the last listener leaves', () => {
    const h = harness({ credentials: hmacLike });
    h.session.connect();
    h.server().open();
    const a = listen(h);
    const b = listen(h);
    h.reply('userDataStream.subscribe.signature', { subscriptionId: 2 });
    expect(h.sent().filter((r) => r.method.startsWith('userDataStream.subscribe'))).toHaveLength(1);
    a.subscription.unsubscribe();
    expect(h.sent().map((r) => r.method)).not.toContain('userDataStream.unsubscribe');
    b.subscription.unsubscribe();
    expect(h.lastSent('userDataStream.unsubscribe').params).toEqual({ subscriptionId: 2 });
  });

  it('errors the listeners when there are no credentials, or the subscription is refused', () => {
    const none = harness();
    none.session.connect();
    none.server().open();
    expect(listen(none).errors[0]).toBeInstanceOf(MissingCredentialsError);

    const h = harness({ credentials: hmacLike });
    h.session.connect();
    h.server().open();
    const user = listen(h);
    h.fail(
      'userDataStream.subscribe.signature',
      400,
      -1022,
      'Signature for this request is not valid.',
    );
    expect(user.errors[0]).toMatchObject({ binanceCode: -1022 });
  });
});

describe('wsApiSession on serverShutdown', () => {
  it('opens the replacement first, moves new requests and the user data stream, then closes the old socket', () => {
    const h = harness({ credentials: hmacLike });
    h.session.connect();
    const old = h.server();
    old.open();
    const user = listen(h);
    h.reply('userDataStream.subscribe.signature', { subscriptionId: 0 }, old);
    const inFlight = getServerTimeFactory(h.session)({});
    const answers: unknown[] = [];
    inFlight.subscribe((v) => answers.push(v));

    old.receive({ event: { e: 'serverShutdown', E: 1 } });
    const replacement = h.server();
    expect(replacement).not.toBe(old);
    replacement.open();
    h.reply('userDataStream.subscribe.signature', { subscriptionId: 0 }, replacement);
    // The same event on both sockets during the overlap is delivered once.
    old.receive({ subscriptionId: 0, event: report(8) });
    replacement.receive({ subscriptionId: 0, event: report(8) });
    getServerTimeFactory(h.session)({}).subscribe((v) => answers.push(v));
    expect(h.sent(replacement).map((r) => r.method)).toContain('time');
    expect(old.closedByClient).toBeUndefined();
    h.reply('time', { serverTime: 1 }, old);
    expect(old.closedByClient).toMatchObject({ reason: 'replaced' });
    h.reply('time', { serverTime: 2 }, replacement);
    expect(answers).toEqual([{ serverTime: 1 }, { serverTime: 2 }]);
    expect(user.messages.map((m) => m.event.E)).toEqual([8]);
  });
});
