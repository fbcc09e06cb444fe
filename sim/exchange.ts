/** Assembles the local exchange: market, stream hub, publisher, faults, router, HTTP server. */
import { createCatalog } from './api/catalog';
import { controlRoute } from './control/route';
import type { ApiDeps } from './api/deps';
import { KeyRing, type TestKeys } from './api/keys';
import { RateLimits, usdmRateLimits } from './api/rate-limits';
import { parseE8 } from './engine/amounts';
import { Engine } from './engine/engine';
import { OrderLists } from './engine/order-lists';
import { UserEvents, type UserDataEvent } from './engine/user-events';
import { createFaults } from './faults';
import type { FaultContext } from './faults/context';
import { depthSkipper } from './faults/skip-depth';
import { createFaultState } from './faults/state';
import { Market } from './market/market';
import { resolveOptions, type LocalExchangeOptions } from './options';
import { restRoute } from './rest/route';
import { ExchangeServer } from './server/http-server';
import { createRouter } from './server/router';
import { jsonWire, type MarketConnection } from './streams/connection';
import { flood } from './streams/flood';
import { StreamHub } from './streams/hub';
import { CADENCE_MS, Publisher, type Cadences } from './streams/publisher';
import { streamNameParser } from './streams/names';
import { marketStreamRoute } from './streams/route';
import { sbeStreamRoute } from './sbe/route';
import { usdmStreamRoutes } from './usdm/route';
import { Futures } from './usdm/trading/futures';
import { usdmPrivateRoute } from './usdm/private-route';
import { TimerBag } from './timers';
import type { LocalExchange, MarketControl, UsdmControl } from './types';

/** The account of `exchange.keys`. */
const DEFAULT_ACCOUNT = 'default';
/** What an account id may be (`accountKeys`, `deposit`). */
const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;
import type { WsApiConnection } from './ws-api/connection';
import { wsApiRoute } from './ws-api/route';

export async function startLocalExchange(options?: LocalExchangeOptions): Promise<LocalExchange> {
  const o = resolveOptions(options);
  const market = new Market(o);
  const hub = new StreamHub(market, o.log);
  const state = createFaultState();
  const connections = new Set<MarketConnection>();
  const timers = new TimerBag();
  const cadences = Object.fromEntries(
    Object.entries(CADENCE_MS).map(([cadence, ms]) => [cadence, ms / o.speed]),
  ) as Cadences;
  const publisher = new Publisher(hub, market, cadences, depthSkipper(state));
  const streams = marketStreamRoute({
    hub,
    options: o,
    faults: state,
    connections,
    wire: jsonWire(streamNameParser(o.examples.spot.channels)),
  });
  const keys = new KeyRing();
  const testKeys = keys.issue(DEFAULT_ACCOUNT);
  const sbeStreams = sbeStreamRoute({ hub, options: o, faults: state, connections }, keys);
  const usdmStreams = usdmStreamRoutes({ hub, options: o, faults: state, connections });
  const userEvents = new UserEvents();
  const engine = new Engine({ market, userEvents });
  const deps: ApiDeps = {
    options: o,
    market,
    engine,
    orderLists: new OrderLists(engine, userEvents),
    keys,
    limits: new RateLimits(o.rateLimits),
    usdmLimits: new RateLimits(usdmRateLimits(o.rateLimits)),
    userEvents,
    futures: new Futures(market, o.fundingIntervalMs),
  };
  const catalog = createCatalog(deps);
  const accrueInterest = () => catalog.marginLoans.accrue(Date.now());
  const interestHours = setInterval(accrueInterest, o.interestHourMs);
  interestHours.unref();
  // Spot's and the futures' WebSocket API: one set of connections, so that faults reach both.
  const wsApiConnections = new Set<WsApiConnection>();
  const wsApi = wsApiRoute(
    deps,
    { path: '/ws-api/v3', catalog, connections: wsApiConnections },
    state,
  );
  const usdmWsApi = wsApiRoute(
    { ...deps, limits: deps.usdmLimits },
    { path: '/ws-fapi/v1', catalog: catalog.usdmWsApi, connections: wsApiConnections },
    state,
  );
  const usdmPrivate = usdmPrivateRoute(deps.futures, o, state);
  const routes = {
    upgrade: [streams, sbeStreams, ...usdmStreams, usdmPrivate, wsApi, usdmWsApi],
    http: [restRoute(deps, catalog)],
  };
  const deposit = (asset: string, amount: string, accountId = DEFAULT_ACCOUNT): void => {
    const negative = amount.startsWith('-');
    const e8 = parseE8('amount', negative ? amount.slice(1) : amount);
    engine.accounts.deposit(accountId, asset, negative ? -e8 : e8, Date.now());
  };
  const issued = new Map<string, TestKeys>([[DEFAULT_ACCOUNT, testKeys]]);
  const accountKeys = (accountId: string): TestKeys => {
    if (typeof accountId !== 'string' || !ACCOUNT_ID.test(accountId)) {
      throw new RangeError(`accountKeys: account id must match ${String(ACCOUNT_ID)}`);
    }
    let accountKeys = issued.get(accountId);
    if (accountKeys === undefined) {
      accountKeys = keys.issue(accountId);
      issued.set(accountId, accountKeys);
    }
    return accountKeys;
  };
  /** `emitUserData`: `event`, checked, to `accountId`'s subscribers of `events`. */
  const emitUserData =
    (events: UserEvents) =>
    (event: object, accountId = DEFAULT_ACCOUNT): void => {
      const e: unknown = (event as { e?: unknown } | null)?.e;
      if (typeof event !== 'object' || Array.isArray(event) || typeof e !== 'string' || e === '') {
        throw new TypeError(
          'emitUserData: the event must be an object with a non-empty string `e`',
        );
      }
      if (typeof accountId !== 'string' || !ACCOUNT_ID.test(accountId)) {
        throw new RangeError(`emitUserData: account id must match ${String(ACCOUNT_ID)}`);
      }
      events.emit(accountId, event as UserDataEvent);
    };
  const usdmControl: UsdmControl = {
    emitUserData: emitUserData(deps.futures.userEvents),
    expireListenKeys: () => usdmPrivate.expireListenKeys(),
    setMarkPrice: (symbol, price) => deps.futures.setMarkPrice(symbol, price, Date.now()),
    settleFunding: () => deps.futures.settleFunding(Date.now()),
  };
  const spotEmitUserData = emitUserData(userEvents);
  const control = controlRoute(() => ({
    faults,
    market: marketControl,
    usdm: usdmControl,
    keys: testKeys,
    deposit,
    accountKeys,
    emitUserData: spotEmitUserData,
  }));
  const server = new ExchangeServer(createRouter(routes, () => state.refusing, control));
  await server.listen(o.port, o.host);
  const port = server.port;
  let closed = false;

  const dropConnections = () => {
    for (const connection of [...connections]) connection.terminate();
    for (const connection of [...wsApi.connections]) connection.terminate();
    for (const connection of [...usdmPrivate.connections]) connection.terminate();
  };
  const faultContext: FaultContext = {
    state,
    connections,
    wsApiConnections: wsApi.connections,
    userDataConnections: usdmPrivate.connections,
    hub,
    timers,
    healers: new Set(),
    async restartServer(downtimeMs) {
      dropConnections();
      await server.close();
      if (downtimeMs > 0) await timers.wait(downtimeMs);
      if (!closed) await server.listen(port, o.host);
    },
  };
  const faults = createFaults(faultContext);

  const marketControl: MarketControl = {
    get symbols() {
      return market.symbols;
    },
    get paused() {
      return market.paused;
    },
    pause: () => market.pause(),
    resume: () => market.resume(),
    step: (count) => market.step(count),
    depthSnapshot: (symbol, limit) => market.depthSnapshot(symbol, limit),
    flood: (floodOptions) => flood(hub, connections, floodOptions),
  };

  publisher.start();
  market.start();
  const base = `${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;
  return {
    port,
    urls: {
      streams: `ws://${base}/ws`,
      combined: `ws://${base}/stream`,
      sbeStreams: `ws://${base}/sbe/ws`,
      sbeCombined: `ws://${base}/sbe/stream`,
      usdmStreamHost: `ws://${base}`,
      wsApi: `ws://${base}/ws-api/v3`,
      usdmWsApi: `ws://${base}/ws-fapi/v1`,
      rest: `http://${base}`,
      control: `http://${base}/control`,
    },
    keys: testKeys,
    accountKeys,
    market: marketControl,
    faults,
    deposit,
    emitUserData: spotEmitUserData,
    usdm: usdmControl,
    accrueInterest,
    get connectionCount() {
      return connections.size;
    },
    async close() {
      if (closed) return;
      closed = true;
      faults.clear();
      market.pause();
      publisher.stop();
      clearInterval(interestHours);
      timers.clear();
      dropConnections();
      streams.close();
      sbeStreams.close();
      for (const route of usdmStreams) route.close();
      usdmPrivate.close();
      wsApi.close();
      usdmWsApi.close();
      engine.close();
      deps.futures.close();
      userEvents.clear();
      hub.close();
      await server.close();
    },
  };
}
