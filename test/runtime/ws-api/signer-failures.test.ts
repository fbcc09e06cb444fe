/**
 * Signer failures are first-class: a signer that throws, rejects or hangs fails what needed the
 * signature with `SignerError` (never a process crash); a failed Ed25519 logon is retried on the
 * backoff and shown in status; a failed user data subscription reaches `userData()` subscribers and
 * is tried again only after the backoff delay. Also: a `userDataStream.subscribe` answer without a
 * `subscriptionId`, and socket callbacks that throw. Virtual time, mock sockets.
 */
import { describe, expect, it } from 'vitest';
import { placeOrderFactory } from '../../../generated/operations/place-order';
import {
  CallbackError,
  MalformedMessageError,
  RequestTimeoutError,
  SignerError,
} from '../../../src/errors';
import type { UserDataMessage } from '../../../src/ws-api/session';
import { harness } from './harness';
import { watch } from './watch';

const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' } as const;
const throwing = () => {
  throw new Error('key store locked');
};
const hung = () => new Promise<string>(() => {});

describe('signer failures on the WebSocket API', () => {
  it('a signer that throws while the request waits for the socket errors the request, no crash', () => {
    const h = harness({ credentials: { apiKey: 'K', sign: throwing } });
    h.session.connect();
    const placed = watch(placeOrderFactory(h.session)(order));
    expect(() => h.server().open()).not.toThrow();
    expect(placed.errors[0]).toBeInstanceOf(SignerError);
    expect(placed.errors[0]).toMatchObject({
      code: 'SIGNER_FAILED',
      failure: 'threw',
      operation: 'placeOrder',
    });
    expect(h.sent()).toEqual([]);
  });

  it('a rejected signature errors the request with SignerError', async () => {
    const h = harness({
      credentials: { apiKey: 'K', sign: () => Promise.reject(new Error('HSM down')) },
    });
    h.session.connect();
    h.server().open();
    const placed = watch(placeOrderFactory(h.session)(order));
    await Promise.resolve();
    await Promise.resolve();
    expect(placed.errors[0]).toMatchObject({ code: 'SIGNER_FAILED', failure: 'rejected' });
  });

  it('a hung signer: SignerError after signTimeoutMs, or the request timeout if that is shorter', () => {
    const slow = harness({ credentials: { apiKey: 'K', sign: hung }, signTimeoutMs: 2_000 });
    slow.session.connect();
    slow.server().open();
    const placed = watch(placeOrderFactory(slow.session)(order));
    slow.advance(1_999);
    expect(placed.errors).toEqual([]);
    slow.advance(1);
    expect(placed.errors[0]).toMatchObject({
      code: 'SIGNER_FAILED',
      failure: 'timeout',
      timeoutMs: 2_000,
    });

    const h = harness({ credentials: { apiKey: 'K', sign: hung }, signTimeoutMs: 60_000 });
    h.session.connect();
    h.server().open();
    const timed = watch(placeOrderFactory(h.session)(order));
    h.advance(10_000);
    expect(timed.errors[0]).toBeInstanceOf(RequestTimeoutError);
  });

  it('a failed Ed25519 logon is reported, shown in status, and retried on the backoff', () => {
    let fail = true;
    const sign = (payload: string) => {
      if (fail) throw new Error('locked');
      return `sig(${payload})`;
    };
    const h = harness({ credentials: { apiKey: 'ED', sign, keyType: 'ED25519' } });
    h.session.connect();
    expect(() => h.server().open()).not.toThrow();
    const errors = h.events.filter((e) => e.type === 'error').map((e) => e.error.code);
    expect(errors).toEqual(['SIGNER_FAILED']);
    expect(h.events.at(-2)).toMatchObject({
      type: 'status',
      status: 'open',
      attempt: 1,
      delayMs: 1000,
      reason: expect.stringContaining('logon failed') as unknown,
    });
    expect(h.events.at(-1)).toEqual({ type: 'socket', socketId: 1, loggedOn: false });
    fail = false;
    h.advance(1000);
    h.reply('session.logon', {});
    expect(h.events.at(-1)).toEqual({ type: 'socket', socketId: 1, loggedOn: true });
    watch(placeOrderFactory(h.session)(order));
    expect(h.lastSent('order.place').params).toEqual({ ...order, timestamp: 1000 });
  });

  it('a failed user data signature reaches the listeners; a retrying listener waits for the backoff', () => {
    let fail = true;
    const sign = (payload: string) => {
      if (fail) throw new Error('locked');
      return `sig(${payload})`;
    };
    const h = harness({ credentials: { apiKey: 'K', sign } });
    h.session.connect();
    h.server().open();
    const first = watch(h.session.userData());
    expect(first.errors[0]).toMatchObject({ code: 'SIGNER_FAILED', operation: 'userData' });
    fail = false;
    const second = watch(h.session.userData());
    expect(h.sent()).toEqual([]);
    h.advance(1000);
    h.reply('userDataStream.subscribe.signature', { subscriptionId: 4 });
    h.server().receive({ subscriptionId: 4, event: { e: 'balanceUpdate', E: 1 } });
    expect(second.values).toHaveLength(1);
    expect(second.errors).toEqual([]);
  });

  it('a subscribe answer with result null errors the listeners with MalformedMessageError', () => {
    const h = harness({ credentials: { apiKey: 'K', sign: (p) => `sig(${p})` } });
    h.session.connect();
    h.server().open();
    const user = watch<UserDataMessage>(h.session.userData());
    expect(() => h.reply('userDataStream.subscribe.signature', null)).not.toThrow();
    expect(user.errors[0]).toBeInstanceOf(MalformedMessageError);
  });
});

describe('guarded socket callbacks', () => {
  it('an exception inside a socket callback becomes a CallbackError event; the socket goes on', () => {
    const h = harness();
    h.session.connect();
    h.server().open();
    const socket = h.server();
    expect(() => socket.onmessage?.(null as never)).not.toThrow();
    const errors = h.events.filter((e) => e.type === 'error').map((e) => e.error);
    expect(errors[0]).toBeInstanceOf(CallbackError);
    expect(errors[0]).toMatchObject({ callback: 'message', socketId: 1 });
    expect(h.server()).toBe(socket);
  });
});
