/**
 * The market-stream connection under the local exchange's faults: after each, every subscription
 * delivers again, nothing twice; a handover (serverShutdown, lifetime) loses nothing at all.
 * Trade ids of the simulated market are consecutive, which makes gaps and duplicates visible.
 */
import type { Subscription } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { subscribeTrade } from '../../generated/channels/trade';
import { startLocalExchange, type LocalExchange, type LocalExchangeOptions } from '../../sim';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import type { ConnectionOptions } from '../../src/connection/options';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepErrorsOnly } from '../../src/operators/keep-errors-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import { wsApiSession, type WsApiSessionEvent } from '../../src/ws-api/session';
import { webSocketUnderTest } from './web-socket-under-test';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(sim: LocalExchangeOptions = {}, client: ConnectionOptions = {}) {
  const exchange: LocalExchange = await startLocalExchange({
    symbols: ['BTCUSDT'],
    tickMs: 10,
    ...sim,
  });
  cleanups.push(() => exchange.close());
  const connection = publicWebsocketConnection({
    url: exchange.urls.combined,
    reconnect: { initialDelayMs: 50, maxDelayMs: 200, jitter: 0 },
    // Node's global WebSocket stays CONNECTING on a refused upgrade: the connect timeout ends it.
    connectTimeoutMs: 500,
    ...webSocketUnderTest(),
    ...client,
  });
  const ids: number[] = [];
  const errors: string[] = [];
  const messages = connection.pipe(keepMessagesOnly());
  const subscriptions: Subscription[] = [
    connection
      .pipe(filterNewSocketOnly(), subscribeTrade('BTCUSDT', messages))
      .subscribe((t) => ids.push(t.t)),
    connection.pipe(keepErrorsOnly()).subscribe((e) => errors.push(e.code)),
  ];
  const running = connection.connect();
  cleanups.push(async () => {
    running.unsubscribe();
    for (const s of subscriptions) s.unsubscribe();
    // Nothing is left behind: the exchange sees no connection once the client is closed.
    for (let i = 0; i < 100 && exchange.connectionCount > 0; i += 1) await sleep(10);
    expect(exchange.connectionCount).toBe(0);
  });
  const sockets = connection.pipe(filterNewSocketOnly());
  return { exchange, ids, errors, sockets };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until `ids` has grown by `count` (bounded, so a dead stream fails the test). */
async function more(ids: number[], count: number): Promise<void> {
  const target = ids.length + count;
  for (let i = 0; i < 500 && ids.length < target; i += 1) await sleep(10);
  expect(ids.length).toBeGreaterThanOrEqual(target);
}
const duplicates = (ids: number[]) => ids.length - new Set(ids).size;
const gaps = (ids: number[]) => ids.slice(1).filter((id, i) => id !== ids[i]! + 1).length;

describe('resilience against the local exchange', () => {
  it('serverShutdown: hands over to a new socket with no trade lost or repeated', async () => {
    const { exchange, ids, errors } = await setup();
    await more(ids, 20);
    exchange.faults.serverShutdown({ closeAfterMs: 1500 });
    await more(ids, 100);
    expect(duplicates(ids)).toBe(0);
    expect(gaps(ids)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lifetime cap: rotates before the server closes the socket, with no gap', async () => {
    const { ids, errors } = await setup({ maxLifetimeMs: 1500 }, { rotateAfterMs: 700 });
    await more(ids, 300);
    expect(duplicates(ids)).toBe(0);
    expect(gaps(ids)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('dropAll: reconnects and delivers again, nothing twice', async () => {
    const { exchange, ids } = await setup();
    await more(ids, 20);
    exchange.faults.dropAll();
    await more(ids, 50);
    expect(duplicates(ids)).toBe(0);
  });

  it('half-open: the heartbeat finds the silent socket and replaces it', async () => {
    const { exchange, ids, errors } = await setup(
      { pingIntervalMs: 100 },
      { heartbeatTimeoutMs: 500 },
    );
    await more(ids, 20);
    void exchange.faults.halfOpen(5_000);
    await more(ids, 50);
    expect(errors).toContain('CONNECTION_CLOSED');
    expect(duplicates(ids)).toBe(0);
  });

  it('refused for a while: keeps retrying with backoff and delivers once allowed again', async () => {
    const { exchange, ids } = await setup();
    await more(ids, 20);
    void exchange.faults.refuseConnections(500);
    exchange.faults.dropAll();
    await more(ids, 50);
    expect(duplicates(ids)).toBe(0);
  });

  it('malformed frame and schema-breaking payload: reported, the stream goes on', async () => {
    const { exchange, ids, errors } = await setup();
    await more(ids, 20);
    exchange.faults.sendMalformed();
    exchange.faults.sendSchemaBreaking('btcusdt@trade');
    await more(ids, 20);
    expect(errors).toEqual(expect.arrayContaining(['MALFORMED_MESSAGE', 'SCHEMA_VALIDATION']));
    expect(duplicates(ids)).toBe(0);
  });
});

describe('WebSocket API resilience against the local exchange', () => {
  it('half-open: the heartbeat finds the silent socket and a new one takes over', async () => {
    const exchange = await startLocalExchange({ symbols: ['BTCUSDT'], pingIntervalMs: 100 });
    cleanups.push(() => exchange.close());
    const session = wsApiSession({
      url: exchange.urls.wsApi,
      heartbeatTimeoutMs: 500,
      reconnect: { initialDelayMs: 50, maxDelayMs: 200, jitter: 0 },
      ...webSocketUnderTest(),
    });
    const events: WsApiSessionEvent[] = [];
    session.subscribe((event) => events.push(event));
    const running = session.connect();
    cleanups.push(() => running.unsubscribe());
    const sockets = () => events.filter((e) => e.type === 'socket').length;
    for (let i = 0; i < 300 && sockets() < 1; i += 1) await sleep(10);
    void exchange.faults.halfOpen(5_000);
    for (let i = 0; i < 300 && sockets() < 2; i += 1) await sleep(10);
    expect(sockets()).toBe(2);
    const reasons = events.flatMap((e) => (e.type === 'status' && e.reason ? [e.reason] : []));
    expect(reasons[0]).toContain('dead socket');
  });
});
