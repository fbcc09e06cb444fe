/**
 * Listen token user data (`session.userData({ listenToken })`): subscribed with the source's
 * token, renewed before each expiry, restored after a reconnect and after an expiry, failures
 * typed (`ListenTokenError`, `ListenTokenExpiredError`, Binance's -1209). Virtual time and mock
 * sockets; the last test is a marble timeline of when the token source is asked.
 */
import { Observable, of, throwError } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  BinanceApiError,
  InvalidOptionError,
  ListenTokenError,
  ListenTokenExpiredError,
} from '../../../src/errors';
import type { ListenToken, ListenTokenSource } from '../../../src/ws-api/listen-token-feed';
import type { LogFields, Logger } from '../../../src/logging/logger';
import { wsApiSession, type UserDataMessage } from '../../../src/ws-api/session';
import { script, testScheduler } from '../fixtures';
import { MockWebSocket } from '../mock-web-socket';
import { harness } from './harness';

const SUBSCRIBE = 'userDataStream.subscribe.listenToken';
const MINUTE = 60_000;

/** A token source handing out `t1`, `t2`, … valid for `validityMs` from the scheduler's now. */
function tokens(now: () => number, validityMs = 60 * MINUTE) {
  const given: ListenToken[] = [];
  let failNext = 0;
  const source: ListenTokenSource = {
    listenToken: () => {
      if (failNext > 0) {
        failNext -= 1;
        return throwError(() => new Error('HTTP 503'));
      }
      const token = { token: `t${given.length + 1}`, expirationTime: now() + validityMs };
      given.push(token);
      return of(token);
    },
  };
  return { source, given, failNextTimes: (n: number) => (failNext = n) };
}

function watch(source: Observable<UserDataMessage>) {
  const seen = { events: [] as string[], errors: [] as unknown[] };
  source.subscribe({
    next: (m) => seen.events.push(m.event.e),
    error: (e: unknown) => seen.errors.push(e),
  });
  return seen;
}

function setup(validityMs?: number) {
  const h = harness({ connectTimeoutMs: false, heartbeatTimeoutMs: false, rotateAfterMs: false });
  h.session.connect();
  h.server().open();
  const t = tokens(() => h.scheduler.now(), validityMs);
  const subscribes = (socket = h.server()) => h.sent(socket).filter((r) => r.method === SUBSCRIBE);
  /** Answers the latest listenToken subscription as Binance does. */
  const answer = (subscriptionId: number, socket = h.server()) => {
    const request = subscribes(socket).at(-1)!;
    const token = t.given.find((g) => g.token === request.params['listenToken'])!;
    socket.receive({
      id: request.id,
      status: 200,
      result: { subscriptionId, expirationTime: token.expirationTime },
    });
  };
  const errors = () => h.events.filter((e) => e.type === 'error').map((e) => e.error);
  const push = (subscriptionId: number, e = 'executionReport', socket = h.server()) =>
    socket.receive({ subscriptionId, event: { e, E: h.scheduler.now() } });
  return { h, t, subscribes, answer, errors, push };
}

describe('userData({ listenToken })', () => {
  it("subscribes with the source's token and delivers the margin account's events", () => {
    const { h, t, subscribes, answer, push } = setup();
    const seen = watch(h.session.userData(t.source));
    expect(subscribes().map((r) => r.params)).toEqual([{ listenToken: 't1' }]);
    answer(3);
    push(3, 'executionReport');
    push(3, 'outboundAccountPosition');
    expect(seen.events).toEqual(['executionReport', 'outboundAccountPosition']);
    expect(seen.errors).toEqual([]);
  });

  it('renews with a new token renewBeforeMs before expiry (default 5 minutes), same id', () => {
    const { h, t, subscribes, answer, push, errors } = setup();
    const seen = watch(h.session.userData(t.source));
    answer(0);
    h.advance(55 * MINUTE - 1);
    expect(subscribes()).toHaveLength(1);
    h.advance(1);
    expect(subscribes().map((r) => r.params['listenToken'])).toEqual(['t1', 't2']);
    answer(0);
    push(0);
    // The next renewal is 5 minutes before the second token's expiry (115 minutes).
    h.advance(55 * MINUTE - 1);
    expect(subscribes()).toHaveLength(2);
    h.advance(1);
    expect(subscribes()).toHaveLength(3);
    expect(seen.events).toEqual(['executionReport']);
    expect(errors()).toEqual([]);
  });

  it('renews at half the time left when the token is shorter-lived than renewBeforeMs', () => {
    const { h, t, subscribes, answer } = setup(4 * MINUTE);
    watch(h.session.userData(t.source));
    answer(0);
    h.advance(2 * MINUTE);
    expect(subscribes()).toHaveLength(2);
  });

  it('maps a renewal answered with another id and unsubscribes the old one', () => {
    const { h, t, answer, push } = setup();
    const seen = watch(h.session.userData(t.source));
    answer(0);
    h.advance(55 * MINUTE);
    answer(1);
    expect(h.lastSent('userDataStream.unsubscribe').params).toEqual({ subscriptionId: 0 });
    push(1);
    expect(seen.events).toEqual(['executionReport']);
  });

  it('reports a failed renewal and tries again at half the time left', () => {
    const { h, t, subscribes, answer, errors } = setup();
    const seen = watch(h.session.userData(t.source));
    answer(0);
    t.failNextTimes(1);
    h.advance(55 * MINUTE);
    expect(errors()).toHaveLength(1);
    const error = errors()[0] as ListenTokenError;
    expect(error).toBeInstanceOf(ListenTokenError);
    expect(error.code).toBe('LISTEN_TOKEN_FAILED');
    expect(error.phase).toBe('renew');
    expect(error.expirationTime).toBe(60 * MINUTE);
    expect(subscribes()).toHaveLength(1);
    h.advance(2.5 * MINUTE); // half of the 5 minutes left
    expect(subscribes().map((r) => r.params['listenToken'])).toEqual(['t1', 't2']);
    expect(seen.errors).toEqual([]);
  });

  it("reports Binance's refusal of a renewal token the same way", () => {
    const { h, t, answer, errors } = setup();
    watch(h.session.userData(t.source));
    answer(0);
    h.advance(55 * MINUTE);
    h.fail(SUBSCRIBE, 400, -1209, 'Invalid listenToken.');
    const error = errors()[0] as ListenTokenError;
    expect(error).toBeInstanceOf(ListenTokenError);
    expect(error.cause).toBeInstanceOf(BinanceApiError);
  });

  it('an expiry (eventStreamTerminated) is reported, then a new token is subscribed', () => {
    const { h, t, subscribes, answer, push, errors } = setup();
    const seen = watch(h.session.userData(t.source));
    answer(0);
    t.failNextTimes(100);
    h.advance(60 * MINUTE - 1);
    push(0, 'eventStreamTerminated');
    const expired = errors().filter((e) => e instanceof ListenTokenExpiredError);
    expect(expired).toHaveLength(1);
    expect((expired[0] as ListenTokenExpiredError).expirationTime).toBe(60 * MINUTE);
    // The new subscription's token could not be had either: the listeners hear it.
    expect(seen.errors[0]).toBeInstanceOf(ListenTokenError);
    expect((seen.errors[0] as ListenTokenError).phase).toBe('subscribe');
    expect(seen.events).toEqual(['eventStreamTerminated']);
    expect(subscribes()).toHaveLength(1);
  });

  it('an expiry Binance does not announce is noticed at expirationTime', () => {
    const { h, t, subscribes, answer, push, errors } = setup();
    const seen = watch(h.session.userData(t.source));
    answer(0);
    t.failNextTimes(10); // every renewal fails
    h.advance(60 * MINUTE);
    expect(errors().filter((e) => e instanceof ListenTokenExpiredError)).toHaveLength(1);
    // The renewals were tried (5 min, 2.5 min, … before expiry) and the resubscription failed.
    t.failNextTimes(0);
    h.advance(5_000); // within requestTimeoutMs, after which an unanswered subscription fails
    const last = subscribes().at(-1)!;
    expect(last.params['listenToken']).toMatch(/^t\d$/);
    answer(1);
    push(0); // the old id is let go
    push(1);
    expect(seen.events).toEqual(['executionReport']);
  });

  it('is subscribed again with a new token on the next socket', () => {
    const { h, t, subscribes, answer, push } = setup();
    const seen = watch(h.session.userData(t.source));
    answer(0);
    const first = h.server();
    first.serverClose();
    h.advance(1000);
    h.server().open();
    expect(h.server()).not.toBe(first);
    expect(subscribes().map((r) => r.params['listenToken'])).toEqual(['t2']);
    answer(0);
    push(0);
    expect(seen.events).toEqual(['executionReport']);
    // The old socket's renewal timer went with it: only the new one renews.
    h.advance(55 * MINUTE + 1000);
    expect(subscribes().map((r) => r.params['listenToken'])).toEqual(['t2', 't3']);
  });

  it("errors the listeners with Binance's -1209 for an invalid token", () => {
    const { h, t } = setup();
    const seen = watch(h.session.userData(t.source));
    h.fail(SUBSCRIBE, 400, -1209, 'Invalid listenToken.');
    expect(seen.errors[0]).toBeInstanceOf(BinanceApiError);
    expect((seen.errors[0] as BinanceApiError).binanceCode).toBe(-1209);
  });

  it('refuses a token source that gives no token, and a bad renewBeforeMs', () => {
    const { h } = setup();
    const bad = [of({ token: '', expirationTime: 1 }), of({ token: 'x' }), of(null)];
    for (const token of bad) {
      const seen = watch(
        h.session.userData({ listenToken: () => token as Observable<ListenToken> }),
      );
      expect(seen.errors[0]).toBeInstanceOf(ListenTokenError);
    }
    const seen = watch(h.session.userData({ listenToken: () => of(), renewBeforeMs: -1 }));
    expect(seen.errors[0]).toBeInstanceOf(InvalidOptionError);
  });

  it('two sources answered with one subscription: the second is refused, the first keeps it', () => {
    const { h, t, answer, push } = setup();
    const other = tokens(() => h.scheduler.now());
    const first = watch(h.session.userData(t.source));
    answer(0);
    const second = watch(h.session.userData(other.source));
    const request = h.lastSent(SUBSCRIBE);
    h.server().receive({ id: request.id, status: 200, result: { subscriptionId: 0 } });
    expect(second.errors[0]).toBeInstanceOf(InvalidOptionError);
    push(0);
    expect(first.events).toEqual(['executionReport']);
  });
});

describe('userData({ listenToken }) on a marble timeline', () => {
  it('asks the source when subscribing and before each expiry', () => {
    const ts = testScheduler();
    ts.run(({ cold, hot, expectSubscriptions, flush }) => {
      MockWebSocket.reset(ts);
      const session = wsApiSession({
        url: 'ws://binance.test/ws-api/v3',
        WebSocket: MockWebSocket,
        scheduler: ts,
        connectTimeoutMs: false,
        heartbeatTimeoutMs: false,
        rotateAfterMs: false,
      });
      session.connect();
      // Tokens valid for 20 frames, renewed 4 frames before expiry.
      const token = cold('--(t|)', { t: { token: 'x', expirationTime: 0 } });
      const source: ListenTokenSource = {
        listenToken: () =>
          new Observable<ListenToken>((s) =>
            token.subscribe({
              next: () => s.next({ token: 'x', expirationTime: ts.now() + 20 }),
              complete: () => s.complete(),
            }),
          ),
        renewBeforeMs: 4,
      };
      const server = () => MockWebSocket.last();
      const answer = () => {
        const request = server().sentJson().at(-1) as { id: number };
        server().receive({ id: request.id, status: 200, result: { subscriptionId: 0 } });
      };
      // 0 open; the token comes at 2 (valid until 22), answered at 3; renewal asked at 18,
      // its token at 20 (valid until 40), answered at 21; the next renewal at 36, never answered:
      // at 40 the subscription expires and a new token is asked for.
      script(hot, 'o--a-----------------a', { o: () => server().open(), a: answer });
      // The subscription sent at 42 is never answered either: it fails after requestTimeoutMs.
      session.userData(source).subscribe({ error: () => {} });
      flush();
      expectSubscriptions(token.subscriptions).toBe([
        '^-!',
        '------------------^-!',
        '------------------------------------^-!',
        '----------------------------------------^-!',
      ]);
    });
  });

  it('no log line carries the token, not even the raw sent and received frames', () => {
    const lines: string[] = [];
    const logger = (namespace: string): Logger => {
      const write = (message: string, fields?: LogFields) =>
        lines.push(JSON.stringify({ namespace, message, fields }));
      return { debug: write, info: write, warn: write, error: write };
    };
    const h = harness({
      connectTimeoutMs: false,
      heartbeatTimeoutMs: false,
      rotateAfterMs: false,
      logger,
    });
    h.session.connect();
    h.server().open();
    const secret = 'LT-0123456789abcdef';
    h.session
      .userData({ listenToken: () => of({ token: secret, expirationTime: 3_600_000 }) })
      .subscribe({ error: () => {} });
    const request = h.sent(h.server()).find((r) => r.method === SUBSCRIBE)!;
    expect(request.params).toEqual({ listenToken: secret }); // it did go out
    h.server().receive({ id: request.id, status: 200, result: { subscriptionId: 0 } });
    expect(lines.some((l) => l.includes('raw'))).toBe(true);
    expect(lines.filter((l) => l.includes(secret))).toEqual([]);
  });
});
