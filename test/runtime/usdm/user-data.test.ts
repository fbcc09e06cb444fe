/**
 * `usdmUserData` on virtual time, with `MockWebSocket` playing fstream's `/private` route and
 * a fake listen-key API: the key is renewed every keepalive period, and the stream starts again
 * (a new key, a new socket) on listenKeyExpired, a failed keepalive or a dropped socket, saying so
 * in `status$` with the time the gap began; a key Binance refuses ends it with the error.
 */
import { defer, of, throwError, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { BinanceApiError } from '../../../src/errors';
import {
  USDM_HEARTBEAT_TIMEOUT_MS,
  usdmUserData,
  type ListenKeyApi,
  type UsdmUserDataStatus,
} from '../../../src/usdm/user-data/usdm-user-data';
import { onOrderTradeUpdate } from '../../../generated/usdm/user-data/order-trade-update';
import { MockWebSocket } from '../mock-web-socket';

const KEEPALIVE = 30 * 60_000;
const REQUEST = { operation: 'renewListenKey', method: 'PUT /fapi/v1/listenKey', params: {} };
const ORDER = {
  e: 'ORDER_TRADE_UPDATE',
  E: 1,
  T: 1,
  o: {
    s: 'BTCUSDT',
    c: 'c1',
    S: 'BUY',
    o: 'MARKET',
    f: 'GTC',
    q: '1',
    p: '0',
    ap: '0',
    sp: '0',
    x: 'NEW',
    X: 'NEW',
    i: 7,
    l: '0',
    z: '0',
    L: '0',
    T: 1,
    t: 0,
    b: '0',
    a: '0',
    m: false,
    R: false,
    wt: 'CONTRACT_PRICE',
    ot: 'MARKET',
    ps: 'BOTH',
    cp: false,
    pP: false,
    si: 0,
    ss: 0,
    rp: '0',
    V: 'NONE',
    pm: 'NONE',
    gtd: 0,
  },
};

let scheduler: TestScheduler;
beforeEach(() => {
  scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
});

/** A fake listen-key API recording when each call was made. */
function fakeApi(renew: (call: number) => Observable<unknown> = () => of({})) {
  const calls = { create: [] as number[], renew: [] as number[] };
  const api: ListenKeyApi = {
    create: () =>
      defer(() => {
        calls.create.push(scheduler.now());
        return of({ listenKey: `key${calls.create.length}` });
      }),
    renew: () =>
      defer(() => {
        calls.renew.push(scheduler.now());
        return renew(calls.renew.length);
      }),
  };
  return { api, calls };
}

/** How the mock fstream behaves: by default it opens each socket and answers every probe. */
interface Server {
  readonly accepts?: boolean;
  readonly answersProbes?: boolean;
}

/** Runs `usdmUserData` until `until` (virtual ms), opening each new socket at once. */
function drive(
  api: ListenKeyApi,
  until: number,
  script: (at: (ms: number, act: () => void) => void) => void,
  server: Server = {},
) {
  const statuses: [number, UsdmUserDataStatus][] = [];
  const orders: [number, number][] = [];
  let error: unknown;
  scheduler.run(() => {
    MockWebSocket.reset(scheduler);
    MockWebSocket.autoAck = server.answersProbes ?? true;
    const stream = usdmUserData({
      listenKeys: api,
      host: 'wss://fstream.test',
      scheduler,
      WebSocket: MockWebSocket,
      backoff: { initialDelayMs: 1000, jitter: 0 },
    });
    stream.status$.subscribe((s) => {
      statuses.push([scheduler.now(), s]);
    });
    const sub = stream.events$.pipe(onOrderTradeUpdate()).subscribe({
      next: (event) => orders.push([scheduler.now(), event.o.i]),
      error: (e: unknown) => (error = e),
    });
    // Every socket the stream opens is accepted by the server right away.
    let opened = 0;
    const accept = () => {
      if (server.accepts === false) return;
      for (const socket of MockWebSocket.instances.slice(opened)) socket.open();
      opened = MockWebSocket.instances.length;
      if (scheduler.now() < until) scheduler.schedule(accept, 1);
    };
    scheduler.schedule(accept, 0);
    script((ms, act) => scheduler.schedule(act, ms));
    scheduler.schedule(() => sub.unsubscribe(), until);
  });
  return { statuses, orders, error, sockets: MockWebSocket.instances };
}

describe('usdmUserData', () => {
  it('renews the listen key every 30 minutes on the scheduler and passes events through', () => {
    const { api, calls } = fakeApi();
    const run = drive(api, 3 * KEEPALIVE + 10, (at) => {
      at(5, () => MockWebSocket.last().receive(ORDER));
    });
    expect(calls.create).toEqual([0]);
    expect(calls.renew).toEqual([KEEPALIVE, 2 * KEEPALIVE, 3 * KEEPALIVE]);
    expect(run.sockets.map((s) => s.url)).toEqual(['wss://fstream.test/private/ws/key1']);
    expect(run.orders).toEqual([[5, 7]]);
    expect(run.statuses).toEqual([[0, { kind: 'open', listenKey: 'key1' }]]);
    expect(run.sockets[0]!.closedByClient).toEqual({ code: 1000, reason: 'unsubscribed' });
  });

  it('on listenKeyExpired creates a key and reconnects at once, reporting the gap', () => {
    const { api, calls } = fakeApi();
    const run = drive(api, 100, (at) => {
      at(10, () =>
        MockWebSocket.last().receive({ e: 'listenKeyExpired', E: '10', listenKey: 'key1' }),
      );
      at(20, () => MockWebSocket.last().receive(ORDER));
    });
    expect(calls.create).toEqual([0, 10]);
    expect(run.sockets.map((s) => s.url.split('/').at(-1))).toEqual(['key1', 'key2']);
    expect(run.sockets[0]!.closedByClient).toBeDefined();
    expect(run.statuses).toEqual([
      [0, { kind: 'open', listenKey: 'key1' }],
      [10, { kind: 'interrupted', reason: 'listenKeyExpired', at: 10, attempt: 1, delayMs: 0 }],
      [11, { kind: 'open', listenKey: 'key2', gapSince: 10 }], // the server accepts on its next tick
    ]);
    expect(run.orders).toEqual([[20, 7]]);
  });

  it('on a failed keepalive (-1125) starts again after the backoff delay', () => {
    const expired = new BinanceApiError(REQUEST, 400, -1125, 'This listenKey does not exist.');
    const { api, calls } = fakeApi((call) => (call === 1 ? throwError(() => expired) : of({})));
    const run = drive(api, KEEPALIVE + 2000, () => undefined);
    expect(calls.create).toEqual([0, KEEPALIVE + 1000]);
    expect(run.statuses[1]).toEqual([
      KEEPALIVE,
      {
        kind: 'interrupted',
        reason: 'keepaliveFailed',
        at: KEEPALIVE,
        attempt: 1,
        delayMs: 1000,
        error: expired,
      },
    ]);
    expect(run.statuses[2]).toEqual([
      KEEPALIVE + 1000,
      { kind: 'open', listenKey: 'key2', gapSince: KEEPALIVE },
    ]);
  });

  it('reconnects a dropped socket with growing backoff; each open says when its gap began', () => {
    const { api, calls } = fakeApi();
    const run = drive(api, 5000, (at) => {
      at(10, () => MockWebSocket.last().serverClose(1006));
      at(1011, () => MockWebSocket.last().serverClose(1006));
      at(4000, () => MockWebSocket.last().receive(ORDER));
    });
    expect(calls.create).toEqual([0, 1010, 3011]);
    const interrupted = run.statuses.filter(([, s]) => s.kind === 'interrupted');
    expect(interrupted.map(([t, s]) => [t, s.kind === 'interrupted' && s.delayMs])).toEqual([
      [10, 1000],
      [1011, 2000],
    ]);
    const opens = run.statuses.filter(([, s]) => s.kind === 'open');
    expect(opens).toEqual([
      [0, { kind: 'open', listenKey: 'key1' }],
      [1010, { kind: 'open', listenKey: 'key2', gapSince: 10 }],
      [3011, { kind: 'open', listenKey: 'key3', gapSince: 1011 }],
    ]);
    expect(run.orders).toEqual([[4000, 7]]);
  });

  it('probes a quiet socket with LIST_SUBSCRIPTIONS; an answered probe keeps it', () => {
    const { api } = fakeApi();
    const run = drive(api, 3 * USDM_HEARTBEAT_TIMEOUT_MS, () => undefined);
    expect(run.sockets).toHaveLength(1);
    const probes = run.sockets[0]!.sentAt;
    expect(probes.length).toBeGreaterThan(0);
    expect(probes[0]![1]).toEqual({ method: 'LIST_SUBSCRIPTIONS', id: 1 });
    // The first probe comes after half the heartbeat timeout of silence (2.5 × 3 min).
    expect(probes[0]![0]).toBe(USDM_HEARTBEAT_TIMEOUT_MS / 2);
    expect(run.statuses).toEqual([[0, { kind: 'open', listenKey: 'key1' }]]);
  });

  it('drops a half-open socket (probes unanswered) after the heartbeat timeout and starts again', () => {
    const { api, calls } = fakeApi();
    const run = drive(api, USDM_HEARTBEAT_TIMEOUT_MS * 1.1 + 1500, () => undefined, {
      answersProbes: false,
    });
    const [first] = run.statuses.filter(([, s]) => s.kind === 'interrupted');
    expect(first![1]).toMatchObject({ kind: 'interrupted', reason: 'closed', attempt: 1 });
    const droppedAt = first![0];
    expect(droppedAt).toBeGreaterThanOrEqual(USDM_HEARTBEAT_TIMEOUT_MS);
    expect(droppedAt).toBeLessThanOrEqual(USDM_HEARTBEAT_TIMEOUT_MS * 1.1);
    expect(calls.create).toEqual([0, droppedAt + 1000]);
    const [reopenedAt, reopened] = run.statuses.at(-1)!;
    expect(reopened).toEqual({ kind: 'open', listenKey: 'key2', gapSince: droppedAt });
    expect(reopenedAt - droppedAt).toBeGreaterThanOrEqual(1000);
  });

  it('a socket that never opens is a failed attempt after the connect timeout', () => {
    const { api, calls } = fakeApi();
    const run = drive(api, 10_000 + 1500, () => undefined, { accepts: false });
    expect(run.statuses[0]).toEqual([
      10_000,
      expect.objectContaining({ kind: 'interrupted', reason: 'closed', attempt: 1, delayMs: 1000 }),
    ]);
    expect(calls.create).toEqual([0, 11_000]);
    expect(run.sockets).toHaveLength(2);
  });

  it('ends with the error when Binance refuses to create the key (invalid API key)', () => {
    const refused = new BinanceApiError(
      REQUEST,
      401,
      -2015,
      'Invalid API-key, IP, or permissions for action.',
    );
    const api: ListenKeyApi = { create: () => throwError(() => refused), renew: () => of({}) };
    const run = drive(api, 100, () => undefined);
    expect(run.error).toBe(refused);
    expect(run.sockets).toEqual([]);
  });
});
