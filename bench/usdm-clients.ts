/**
 * The USDⓈ-M futures side of the clients: how each reads `<symbol>@markPrice@1s` and
 * `!markPrice@arr@1s` (route `/market`) and `<symbol>@depth@100ms` (route `/public`) from the local
 * exchange's futures streams (`urls.usdmStreamHost`). Clients of clients.ts that read futures too
 * take these through `withUsdm` there, so that a row keeps its name (and its process) in the Spot
 * and the futures tables; Binance's futures connector, which has no Spot side, is a client of its
 * own.
 * Peers get URL overrides only, as test/peers/usdm-* point them at the local exchange.
 */
import {
  filterNewSocketOnly,
  publicWebsocketConnection,
  subscribeUsdmAllMarkPrices as subscribeAllMarkPrices,
  subscribeUsdmDiffDepth as subscribeDiffDepth,
  subscribeUsdmMarkPrice as subscribeMarkPrice,
  usdmProduct,
} from './sdk';
import { watchLoop } from './ccxt-loop';
import { CONNECTOR_CLIENT } from './client-names';
import type { Client, OnMessage, Urls } from './clients';
import { USDM_KINDS, type BenchStream, type UsdmKind } from './scenarios';
import { each, openRawSocket, readConnection, type Stop } from './sockets';

/** Opens a client's sockets for futures streams, one per stream, and resolves once they read. */
export type UsdmStart = (
  urls: Urls,
  streams: readonly BenchStream[],
  onMessage: OnMessage,
) => Promise<Stop>;

/** The futures side of a client, and the futures kinds it reads (default all of them). */
export interface UsdmSide {
  readonly kinds?: readonly UsdmKind[];
  readonly start: UsdmStart;
}

/** Whether the scenario's streams are futures streams. */
export const isUsdmScenario = (sockets: readonly (readonly BenchStream[])[]): boolean =>
  sockets[0]?.[0]?.route !== undefined;

/** A futures payload: an event, or (`!markPrice@arr`) an array of them. */
type Payload = { E?: number } | readonly { E?: number }[];

/** The send time of a payload, the first event's for an array (the flood stamps them all alike). */
const sendTimeOf = (data: Payload): number =>
  ('length' in data ? data[0]?.E : data.E) ?? Number.NaN;

/**
 * The floor on futures: `ws` and `JSON.parse` on the combined endpoint of the stream's route
 * (`<usdmStreamHost>/<route>/stream`), as for Spot.
 */
export const rawUsdm: UsdmStart = (urls, streams, onMessage) =>
  each(streams, (s) =>
    openRawSocket(`${urls.usdmStreamHost}/${s.route}/stream`, [s], (data) => {
      const message = JSON.parse(data.toString()) as { data?: Payload };
      if (message.data !== undefined) onMessage(sendTimeOf(message.data));
    }),
  );

/** The ccxt symbol of a perpetual (`BTCUSDT` → `BTC/USDT:USDT`). */
const unified = (symbol: string) => `${symbol.replace(/USDT$/, '')}/USDT:USDT`;

/**
 * binance-rx as its README shows for futures: one connection given `product: usdmProduct` and the
 * local exchange's stream host (it places each stream on a socket of its route), the generated
 * futures `subscribeMarkPrice` / `subscribeAllMarkPrices` / `subscribeDiffDepth`; one connection
 * per stream, as for Spot.
 */
export const rxUsdm =
  (validate: boolean): UsdmStart =>
  (urls, streams, onMessage) =>
    each(streams, (s) => {
      const connection = publicWebsocketConnection({
        product: usdmProduct,
        streamHost: urls.usdmStreamHost,
        validate,
        heartbeatTimeoutMs: false,
      });
      return readConnection(connection, (_, messages) => {
        const sockets = connection.pipe(filterNewSocketOnly());
        const count = (raw: Payload) => onMessage(sendTimeOf(raw));
        const { symbol } = s;
        const subscription =
          s.kind === 'usdmMarkPrice'
            ? sockets
                .pipe(subscribeMarkPrice({ symbol, markPriceSpeed: '1s' }, messages))
                .subscribe(count)
            : s.kind === 'usdmAllMarkPrices'
              ? sockets.pipe(subscribeAllMarkPrices('1s', messages)).subscribe(count)
              : sockets
                  .pipe(subscribeDiffDepth({ symbol, depthSpeed: '100ms' }, messages))
                  .subscribe(count);
        return () => subscription.unsubscribe();
      });
    });

/** Tells each futures kind's payload apart among what the package emits. */
const IS_KIND: Readonly<Record<UsdmKind, (data: unknown) => boolean>> = {
  usdmMarkPrice: (data) => (data as { e?: string }).e === 'markPriceUpdate',
  usdmAllMarkPrices: (data) => Array.isArray(data),
  usdmDepth: (data) => (data as { e?: string }).e === 'depthUpdate',
};

/**
 * The `binance` npm package's WebsocketClient on the `usdm` market, `wsUrl` the local exchange's
 * stream host (it routes each stream to `/market` or `/public` itself); one client per stream.
 */
export const binancePackageUsdm: UsdmStart = async (urls, streams, onMessage) => {
  const { WebsocketClient } = await import('binance');
  const silent = { trace: () => {}, info: () => {}, error: () => {} };
  return each(streams, async (s) => {
    const ws = new WebsocketClient({ wsUrl: urls.usdmStreamHost }, silent);
    const isKind = IS_KIND[s.kind as UsdmKind];
    ws.on('message', (data: unknown) => {
      if (isKind(data)) onMessage(sendTimeOf(data as Payload));
    });
    if (s.kind === 'usdmMarkPrice') await ws.subscribeMarkPrice(s.symbol, 'usdm', 1000);
    else if (s.kind === 'usdmAllMarkPrices') await ws.subscribeAllMarketMarkPrice('usdm', 1000);
    else await ws.subscribeDiffBookDepth(s.symbol, 100, 'usdm');
    return () => ws.closeAll(true);
  });
};

/** The part of Binance's futures connector used here. */
interface ConnectorModule {
  DerivativesTradingUsdsFutures: new (configuration: {
    configurationWebsocketStreams: { wsURL: string };
  }) => { websocketStreams: { connect(): Promise<ConnectorConnection> } };
}
type ConnectorStream = { on(event: 'message', listener: (data: unknown) => void): void };
interface ConnectorConnection {
  markPriceStream(request: { symbol: string; updateSpeed: '1s' }): ConnectorStream;
  markPriceStreamForAllMarket(request: { updateSpeed: '1s' }): ConnectorStream;
  diffBookDepthStreams(request: { symbol: string; updateSpeed: '100ms' }): ConnectorStream;
  disconnect(): Promise<void>;
}

/**
 * Binance's own futures connector: its stream connection, `wsURL` the local exchange's stream
 * host (it opens `/market`, `/public` and `/private` at once and subscribes each stream on its
 * route), `markPriceStream` / `markPriceStreamForAllMarket` / `diffBookDepthStreams`; one
 * connection per stream.
 */
export const binanceConnector: Client = {
  name: CONNECTOR_CLIENT,
  kinds: USDM_KINDS,
  async start(urls, sockets, _sharded, onMessage) {
    const { DerivativesTradingUsdsFutures } = (await import(CONNECTOR_CLIENT)) as ConnectorModule;
    return each(sockets.flat(), async (s) => {
      const client = new DerivativesTradingUsdsFutures({
        configurationWebsocketStreams: { wsURL: urls.usdmStreamHost },
      });
      const connection = await client.websocketStreams.connect();
      const symbol = s.symbol.toLowerCase();
      const stream =
        s.kind === 'usdmMarkPrice'
          ? connection.markPriceStream({ symbol, updateSpeed: '1s' })
          : s.kind === 'usdmAllMarkPrices'
            ? connection.markPriceStreamForAllMarket({ updateSpeed: '1s' })
            : connection.diffBookDepthStreams({ symbol, updateSpeed: '100ms' });
      stream.on('message', (data) => onMessage(sendTimeOf(data as Payload)));
      return () => connection.disconnect();
    });
  },
};

/**
 * ccxt pro's `binanceusdm`, URLs overridden as test/peers/usdm-ccxt.test.ts does: an order book
 * kept from futures diff depth (`watchOrderBook`, REST snapshot, `pu` continuity), counted by the
 * book's update id as for Spot. Diff depth only: its `watchMarkPrice` / `watchMarkPrices` hand back
 * the latest mark price of each symbol, not each message, and a mark-price message carries no id
 * to count the ones it folded together (its `E` is in ms, shared by hundreds of flooded messages).
 */
export const ccxtUsdm: UsdmSide = {
  kinds: ['usdmDepth'],
  start: async (urls, streams, onMessage) => {
    const ccxt = (await import('ccxt')).default;
    return each(streams, async (s) => {
      const exchange = new ccxt.pro.binanceusdm({
        options: {
          fetchMarkets: { types: ['linear'] },
          fetchCurrencies: false,
          fetchMargins: false,
        },
      });
      await exchange.loadHttpProxyAgent();
      const fapi = `${urls.rest}/fapi`;
      const api = exchange.urls['api'] as Record<string, unknown> & { ws: object };
      exchange.urls['api'] = {
        ...api,
        fapiPublic: `${fapi}/v1`,
        fapiPublicV2: `${fapi}/v2`,
        fapiPublicV3: `${fapi}/v3`,
        // ccxt rewrites a futures URL ending in /ws to /public/ws or /market/ws by stream.
        ws: { ...api.ws, future: `${urls.usdmStreamHost}/ws` },
      };
      await exchange.loadMarkets();
      const symbol = unified(s.symbol);
      const watch = async () => {
        const book = await exchange.watchOrderBook(symbol);
        return { id: Number(book.nonce ?? 0), sendTime: book.timestamp ?? Number.NaN };
      };
      return watchLoop(watch, exchange, onMessage);
    });
  },
};
