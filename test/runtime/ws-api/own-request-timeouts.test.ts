/**
 * The session's own requests (`session.logon`, `userDataStream.subscribe*`) time out like every
 * request: a server that keeps the socket alive but never answers one of them gets a
 * `RequestTimeoutError` after `requestTimeoutMs` on the session's scheduler, which takes the
 * failure path of what sent it (a logon is reported and retried on the backoff; a user data
 * subscription errors its listeners and waits for the backoff). A late answer is dropped as an
 * unexpected response and settles nothing twice. A frame `ws.send` could not write ends the same
 * way. Virtual time, mock sockets.
 */
import { describe, expect, it } from 'vitest';
import { placeOrderFactory } from '../../../generated/operations/place-order';
import {
  CallbackError,
  RequestTimeoutError,
  UnexpectedResponseError,
  type BinanceRxError,
} from '../../../src/errors';
import type { UserDataMessage } from '../../../src/ws-api/session';
import { harness } from './harness';
import { watch } from './watch';

const SUBSCRIBE = 'userDataStream.subscribe.signature';
const LOGON = 'session.logon';
const hmacLike = { apiKey: 'KEY', sign: (p: string) => `sig(${p})` };
const ed25519 = { apiKey: 'ED', sign: (p: string) => `sig(${p})`, keyType: 'ED25519' as const };
const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' } as const;

function setup(credentials: typeof hmacLike | typeof ed25519) {
  const h = harness({ credentials, requestTimeoutMs: 10_000, heartbeatTimeoutMs: false });
  h.session.connect();
  const errors = () =>
    h.events.filter((e) => e.type === 'error').map((e) => (e as { error: BinanceRxError }).error);
  const count = (method: string) => h.sent().filter((r) => r.method === method).length;
  /** Makes `ws.send` throw on the current socket until the returned function is called. */
  const breakSend = () => {
    const socket = h.server();
    socket.send = () => {
      throw new Error('EPIPE');
    };
    return () => Reflect.deleteProperty(socket, 'send');
  };
  return { h, errors, count, breakSend };
}

describe('the session’s own requests time out', () => {
  it('an unanswered user data subscription errors its listeners after requestTimeoutMs', () => {
    const { h, errors, count } = setup(hmacLike);
    h.server().open();
    const first = watch<UserDataMessage>(h.session.userData());
    const unanswered = h.lastSent(SUBSCRIBE);
    h.advance(9_999);
    expect(first.errors).toEqual([]);
    h.advance(1);
    expect(first.errors).toHaveLength(1);
    expect(first.errors[0]).toBeInstanceOf(RequestTimeoutError);
    expect(first.errors[0]).toMatchObject({
      method: SUBSCRIBE,
      requestId: unanswered.id,
      timeoutMs: 10_000,
    });
    // A new listener's attempt waits for the backoff delay.
    const second = watch<UserDataMessage>(h.session.userData());
    expect(count(SUBSCRIBE)).toBe(1);
    h.advance(1000);
    expect(count(SUBSCRIBE)).toBe(2);
    // The late answer of the first settles nothing: an UNEXPECTED_RESPONSE event.
    h.server().receive({ id: unanswered.id, status: 200, result: { subscriptionId: 1 } });
    expect(errors().at(-1)).toBeInstanceOf(UnexpectedResponseError);
    expect(first.errors).toHaveLength(1);
    h.reply(SUBSCRIBE, { subscriptionId: 2 });
    h.server().receive({ subscriptionId: 2, event: { e: 'balanceUpdate', E: 1 } });
    expect(second.values).toHaveLength(1);
    // The answered subscription's timer is gone.
    h.advance(100_000);
    expect(second.errors).toEqual([]);
  });

  it('an unanswered logon is reported, fails waiting signed requests and is retried', () => {
    const { h, errors, count } = setup(ed25519);
    h.server().open();
    const placed = watch(placeOrderFactory(h.session)(order));
    const unanswered = h.lastSent(LOGON);
    h.advance(10_000);
    expect(errors()).toEqual([expect.any(RequestTimeoutError)]);
    expect(errors()[0]).toMatchObject({ method: LOGON, requestId: unanswered.id });
    expect(placed.errors[0]).toBeInstanceOf(RequestTimeoutError);
    // The failure path of every failed logon: a retry announced, the socket ready without it.
    const [retry, socket] = h.events.slice(-2);
    expect(retry).toMatchObject({ status: 'open', attempt: 1, delayMs: 1000 });
    expect(socket).toEqual({ type: 'socket', socketId: 1, loggedOn: false });
    h.advance(1000);
    expect(count(LOGON)).toBe(2);
    // The first logon's late answer does not log the socket on; the retry's does, once.
    h.server().receive({ id: unanswered.id, status: 200, result: {} });
    expect(errors().at(-1)).toBeInstanceOf(UnexpectedResponseError);
    expect(h.events.at(-1)).toMatchObject({ type: 'error' });
    h.reply(LOGON, {});
    expect(h.events.at(-1)).toEqual({ type: 'socket', socketId: 1, loggedOn: true });
    h.advance(100_000);
    expect(errors()).toHaveLength(2);
    expect(count(LOGON)).toBe(2);
  });

  it('a logon whose frame ws.send could not write fails the same way and is retried', () => {
    const { h, errors, count, breakSend } = setup(ed25519);
    const repair = breakSend();
    h.server().open();
    expect(errors()).toEqual([expect.any(CallbackError)]);
    expect(errors()[0]).toMatchObject({ callback: 'send', socketId: 1 });
    h.advance(10_000);
    expect(errors()[1]).toBeInstanceOf(RequestTimeoutError);
    expect(errors()[1]).toMatchObject({ method: LOGON });
    repair();
    h.advance(1000);
    expect(count(LOGON)).toBe(1);
    h.reply(LOGON, {});
    expect(h.events.at(-1)).toEqual({ type: 'socket', socketId: 1, loggedOn: true });
  });

  it('a user data subscription whose frame ws.send could not write errors its listeners', () => {
    const { h, errors, count, breakSend } = setup(hmacLike);
    h.server().open();
    const repair = breakSend();
    const first = watch<UserDataMessage>(h.session.userData());
    expect(errors()).toEqual([expect.any(CallbackError)]);
    h.advance(10_000);
    expect(first.errors[0]).toBeInstanceOf(RequestTimeoutError);
    repair();
    const second = watch<UserDataMessage>(h.session.userData());
    h.advance(1000);
    expect(count(SUBSCRIBE)).toBe(1);
    h.reply(SUBSCRIBE, { subscriptionId: 5 });
    h.server().receive({ subscriptionId: 5, event: { e: 'balanceUpdate', E: 1 } });
    expect(second.values).toHaveLength(1);
  });

  it('a pending logon ends with its socket: no timeout fires after the drop', () => {
    const { h, errors, count } = setup(ed25519);
    const first = h.server();
    first.open();
    first.serverClose(1006, 'gone');
    h.advance(1000);
    h.server().open();
    expect(count(LOGON)).toBe(1);
    h.reply(LOGON, {});
    h.advance(100_000);
    expect(errors().filter((e) => e instanceof RequestTimeoutError)).toEqual([]);
  });
});
