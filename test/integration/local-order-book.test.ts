/**
 * The local order book on the local exchange: it matches the exchange's own book, and after a
 * gap in the diff-depth stream, reordered updates or a reconnect it resynchronises by itself and
 * matches again. Fed by JSON diff depth (`@depth@100ms`) and by SBE diff depth (`@depth` on the
 * SBE endpoint, every 20 ms) alike: through the same `subscribeDiffDepth` on an SBE connection
 * (the one-option switch), and decoded by `subscribeSbeDiffDepth` and mapped by
 * `sbeDepthDiffAsJson`.
 */
import { map, type Observable, type OperatorFunction, type Subscription } from 'rxjs';
import { afterEach, describe, it } from 'vitest';
import { expectSameBook, nextBook, synced, waitFor } from './book-helpers';
import { subscribeDiffDepth } from '../../generated/channels/diff-depth';
import { getBookHttp } from '../../generated/operations/get-book';
import { startLocalExchange, type LocalExchange } from '../../sim';
import type { DiffDepthEvent } from '../../generated/channels/diff-depth';
import type { ConnectionEvent, NewSocketEvent } from '../../src/connection/events';
import type { ConnectionOptions } from '../../src/connection/options';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import {
  localOrderBook,
  type CcxtOrderBook,
  type LocalOrderBookEvent,
} from '../../src/order-book/local-order-book';
import { createHttpClient } from '../../src/rest/http-client';
import { sbeWebsocketConnection } from '../../src/sbe/sbe-connection';
import { subscribeSbeDiffDepth } from '../../src/sbe/subscribe-sbe';
import { sbeDepthDiffAsJson } from '../../src/sbe/to-json';

const symbol = 'BTCUSDT';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A diff-depth source: its connection on the exchange, and the diffs as JSON's raw payloads. */
interface Wire {
  connect(
    exchange: LocalExchange,
    options: ConnectionOptions,
  ): Observable<ConnectionEvent> & { connect(): Subscription };
  diffs(messages: Observable<unknown>): OperatorFunction<NewSocketEvent, DiffDepthEvent>;
}

/** The diffs of JSON code, on either connection. */
const jsonDiffs: Wire['diffs'] = (messages) => subscribeDiffDepth(symbol, messages);

const WIRES: readonly (readonly [string, Wire])[] = [
  [
    'JSON diff depth',
    {
      connect: (exchange, options) =>
        publicWebsocketConnection({ ...options, url: exchange.urls.combined }),
      diffs: jsonDiffs,
    },
  ],
  [
    'SBE diff depth, the same subscribeDiffDepth on sbeWebsocketConnection',
    {
      connect: (exchange, options) =>
        sbeWebsocketConnection({
          ...options,
          url: exchange.urls.sbeCombined,
          apiKey: exchange.keys.ed25519.apiKey,
        }),
      diffs: jsonDiffs,
    },
  ],
  [
    'SBE diff depth, decoded and mapped by sbeDepthDiffAsJson',
    {
      connect: (exchange, options) =>
        sbeWebsocketConnection({
          ...options,
          url: exchange.urls.sbeCombined,
          apiKey: exchange.keys.ed25519.apiKey,
        }),
      diffs: (messages) => (sockets) =>
        sockets.pipe(subscribeSbeDiffDepth(symbol, messages), map(sbeDepthDiffAsJson)),
    },
  ],
];

async function setup(wire: Wire) {
  const exchange: LocalExchange = await startLocalExchange({
    symbols: [symbol],
    tickMs: 10,
    speed: 20,
  });
  cleanups.push(() => exchange.close());
  const connection = wire.connect(exchange, { reconnect: { initialDelayMs: 30, jitter: 0 } });
  const messages = connection.pipe(keepMessagesOnly());
  const client = createHttpClient({ baseUrl: exchange.urls.rest });
  const events: LocalOrderBookEvent[] = [];
  let book: CcxtOrderBook | undefined;
  const sub: Subscription = localOrderBook({
    symbol: 'BTC/USDT',
    sockets: connection.pipe(filterNewSocketOnly()),
    diffs: (sockets) => sockets.pipe(wire.diffs(messages)),
    snapshot: () => getBookHttp({ symbol, limit: 5000 }, client),
  }).subscribe((event) => {
    events.push(event);
    if (event.type === 'book') book = event.book;
  });
  const running = connection.connect();
  cleanups.push(() => (sub.unsubscribe(), running.unsubscribe()));
  return { exchange, events, current: () => book };
}

describe.each(WIRES)('local order book on the local exchange, %s', (_, wire) => {
  it('syncs from the snapshot and the stream and equals the exchange book', async () => {
    const { exchange, events, current } = await setup(wire);
    await waitFor(events, synced);
    await nextBook(events);
    await expectSameBook(exchange, current, symbol, 5000);
  });

  // A diff arriving before the one it follows (reorder swaps the next frames with their
  // successors) breaks the U = previous u + 1 chain just as a skipped one does.
  it.each([
    ['a gap in the diff-depth stream', (e: LocalExchange) => e.faults.skipDepthUpdates(2)],
    ['updates arriving out of order', (e: LocalExchange) => e.faults.reorder(3)],
  ])('resyncs by itself after %s', async (_, inject) => {
    const { exchange, events, current } = await setup(wire);
    await waitFor(events, synced);
    const mark = events.length;
    inject(exchange);
    await waitFor(
      events,
      (e) => e.type === 'status' && e.status === 'syncing' && e.reason.startsWith('gap'),
      mark,
    );
    await waitFor(events, synced, mark);
    await nextBook(events);
    await expectSameBook(exchange, current, symbol, 5000);
  });

  it('resyncs by itself after a reconnect', async () => {
    const { exchange, events, current } = await setup(wire);
    await waitFor(events, synced);
    const mark = events.length;
    exchange.faults.dropAll();
    await waitFor(
      events,
      (e) => e.type === 'status' && e.status === 'syncing' && e.reason === 'new socket',
      mark,
    );
    await waitFor(events, synced, mark);
    await nextBook(events);
    await expectSameBook(exchange, current, symbol, 5000);
  });
});
