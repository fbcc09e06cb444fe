/**
 * The local order book on the local exchange's USDⓈ-M market: futures diff depth (`@depth@100ms`
 * on the `/public` route, with `pu`) and `/fapi/v1/depth`, kept by the rule the futures channel
 * declares (`diffDepthChannel.bookSync`): equal to the exchange's book, and again after a gap.
 * A snapshot taken exactly between two events (the next has U = lastUpdateId + 1) fails Binance's
 * first-event rule (U <= lastUpdateId <= u) and costs one resync; that is the documented rule.
 * The RPI book (`@rpiDepth@500ms` and `/fapi/v1/rpiDepth`, `rpiDiffDepthChannel.bookSync`) is
 * kept the same way; the local exchange has no RPI orders, so it equals the book too.
 */
import type { Subscription } from 'rxjs';
import { afterEach, describe, it } from 'vitest';
import { expectSameBook, nextBook, synced, waitFor } from './book-helpers';
import { startLocalExchange } from '../../sim';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import {
  localOrderBook,
  type CcxtOrderBook,
  type LocalOrderBookEvent,
} from '../../src/order-book/local-order-book';
import { createHttpClient } from '../../src/rest/http-client';
import type { HttpClient } from '../../src/rest/http-client';
import {
  diffDepthChannel,
  getBookHttp,
  getRpiBookHttp,
  rpiDiffDepthChannel,
  subscribeDiffDepth,
  subscribeRpiDiffDepth,
  usdmProduct,
  usdmStreamUrl,
} from '../../src/usdm';

const symbol = 'BTCUSDT';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Messages = Parameters<typeof subscribeDiffDepth>[1];
type BookOptions = Parameters<typeof localOrderBook>[0];

/** Which book: its channel (route and sync rule), its diffs and its snapshot. */
interface BookKind {
  readonly channel: typeof diffDepthChannel | typeof rpiDiffDepthChannel;
  readonly diffs: (messages: Messages) => BookOptions['diffs'];
  readonly snapshot: (client: HttpClient) => BookOptions['snapshot'];
}

const plainBook: BookKind = {
  channel: diffDepthChannel,
  diffs: (messages) => (sockets) =>
    sockets.pipe(subscribeDiffDepth({ symbol, depthSpeed: '100ms' }, messages)),
  snapshot: (client) => () => getBookHttp({ symbol, limit: 1000 }, client),
};

const rpiBook: BookKind = {
  channel: rpiDiffDepthChannel,
  diffs: (messages) => (sockets) => sockets.pipe(subscribeRpiDiffDepth(symbol, messages)),
  snapshot: (client) => () => getRpiBookHttp({ symbol }, client),
};

async function setup(kind: BookKind = plainBook) {
  const exchange = await startLocalExchange({ symbols: [symbol], tickMs: 10, speed: 20 });
  cleanups.push(() => exchange.close());
  const connection = publicWebsocketConnection({
    product: usdmProduct,
    route: kind.channel.route,
    url: usdmStreamUrl(kind.channel.route!, exchange.urls.usdmStreamHost),
    reconnect: { initialDelayMs: 30, jitter: 0 },
  });
  const messages = connection.pipe(keepMessagesOnly());
  const client = createHttpClient({ product: usdmProduct, baseUrl: exchange.urls.rest });
  const events: LocalOrderBookEvent[] = [];
  let book: CcxtOrderBook | undefined;
  const sub: Subscription = localOrderBook({
    symbol: 'BTC/USDT:USDT',
    sockets: connection.pipe(filterNewSocketOnly()),
    diffs: kind.diffs(messages),
    snapshot: kind.snapshot(client),
    sync: kind.channel.bookSync,
  }).subscribe((event) => {
    events.push(event);
    if (event.type === 'book') book = event.book;
  });
  const running = connection.connect();
  cleanups.push(() => (sub.unsubscribe(), running.unsubscribe()));
  return { exchange, events, current: () => book };
}

describe('local order book on the local exchange, USDⓈ-M diff depth', () => {
  it('syncs from /fapi/v1/depth and the pu-linked stream and equals the exchange book', async () => {
    const { exchange, events, current } = await setup();
    await waitFor(events, synced);
    await nextBook(events);
    await expectSameBook(exchange, current, symbol, 1000);
  });

  it('sees a lost update by its pu, resyncs by itself and equals the book again', async () => {
    const { exchange, events, current } = await setup();
    await waitFor(events, synced);
    // A diff applied since the snapshot: the next gap is seen by `pu`, not by the first-event rule.
    await nextBook(events);
    const mark = events.length;
    exchange.faults.skipDepthUpdates(2);
    await waitFor(
      events,
      (e) =>
        e.type === 'status' && e.status === 'syncing' && e.reason.startsWith('gap: expected pu'),
      mark,
    );
    await waitFor(events, synced, mark);
    await nextBook(events);
    await expectSameBook(exchange, current, symbol, 1000);
  });

  it('keeps the RPI book from /fapi/v1/rpiDepth and @rpiDepth@500ms by the same rule', async () => {
    const { exchange, events, current } = await setup(rpiBook);
    await waitFor(events, synced);
    // A diff applied after the sync: the pu chain of the RPI stream holds.
    await nextBook(events);
    await expectSameBook(exchange, current, symbol, 1000);
  });
});
