/**
 * The clients measured, each reduced to: open one socket (one instance) per stream, hand every
 * message to `onMessage` with its send time (`E`; NaN for bookTicker, which has none), close.
 * Every client receives the same floods. Peers are used as their documentation shows, with the
 * URLs pointed at the local exchange and nothing else changed.
 */
import { type Observable, type OperatorFunction, type Subscription } from 'rxjs';
import type { NewSocketEvent } from '../src/connection/events';
import type { PublicWebsocketConnection } from '../src/connection/public-websocket-connection';
import {
  createHttpClient,
  filterNewSocketOnly,
  getBookHttp,
  localOrderBook,
  parseBookTicker,
  parseBookTickerCcxt,
  parseDiffDepth,
  parseTrade,
  parseTradeCcxt,
  publicWebsocketConnection,
  sbeWebsocketConnection,
  subscribeAggTrade,
  subscribeBookTicker,
  subscribeDiffDepth,
  subscribeMiniTicker,
  subscribeTrade,
} from './sdk';
import { USDM_KINDS, type BenchStream, type Kind, type StreamKind, type Wire } from './scenarios';
import { CCXT_CLIENT, SBE_JSON_CLIENT } from './client-names';
import { rawSbe, rxSbe } from './sbe-clients';
import { each, openRawSocket, readConnection, type Reader, type Stop } from './sockets';
import { watchLoop, type Watched } from './ccxt-loop';
import {
  binanceConnector,
  binancePackageUsdm,
  ccxtUsdm,
  isUsdmScenario,
  rawUsdm,
  rxUsdm,
  type UsdmSide,
} from './usdm-clients';

export interface Urls {
  readonly rest: string;
  readonly streams: string;
  readonly combined: string;
  readonly control: string;
  /** SBE market data (combined), and the Ed25519 API key its handshake needs. */
  readonly sbeCombined: string;
  readonly sbeApiKey: string;
  /** The USDⓈ-M stream host: `<host>/<route>/stream` for the `/market` and `/public` routes. */
  readonly usdmStreamHost: string;
}

/** Called per message with its send time in ms (NaN when the message carries none). */
export type OnMessage = (sendTime: number) => void;

export interface Client {
  readonly name: string;
  /** The message kinds it reads; left out: trade, bookTicker and diff depth. */
  readonly kinds?: readonly Kind[];
  /** Measured in the scenarios at scale (8 sockets through one sharded connection, 1,000 streams). */
  readonly atScale?: boolean;
  /** The streams it reads: JSON (left out) or the SBE streams of the same data. */
  readonly wire?: Wire;
  /**
   * Opens the sockets (`sockets`: the streams of each) and resolves once every SUBSCRIBE is out.
   * binance-rx reads them through one sharded connection when `sharded`; peers open one client
   * (socket) per stream either way.
   */
  start(
    urls: Urls,
    sockets: readonly (readonly BenchStream[])[],
    sharded: boolean,
    onMessage: OnMessage,
  ): Promise<Stop>;
}

const ALL_KINDS: readonly Kind[] = ['trade', 'bookTicker', 'depth'];
export const kindsOf = (client: Client): readonly Kind[] => client.kinds ?? ALL_KINDS;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sendTimeOf = (data: { E?: number }): number => data.E ?? Number.NaN;
const unified = (symbol: string) => `${symbol.replace(/USDT$/, '')}/USDT`;

/**
 * The floor: `ws` and `JSON.parse`, nothing else, on the combined endpoint binance-rx uses. The
 * frame is decoded with `Buffer#toString` (UTF-8), the cheapest correct decoding on Node (see
 * bench/README.md for the ones tried); `ws` validates UTF-8 as it does for binance-rx.
 */
const rawWs: Client = {
  name: 'raw ws + JSON.parse',
  kinds: [...ALL_KINDS, 'mixed'],
  atScale: true,
  start: (urls, sockets, _sharded, onMessage) =>
    each(sockets, (streams) =>
      openRawSocket(urls.combined, streams, (data) => {
        const message = JSON.parse(data.toString()) as { data?: { E?: number } };
        if (message.data !== undefined) onMessage(sendTimeOf(message.data));
      }),
    ),
};

/**
 * One binance-rx connection, as its README shows, for `sockets` sockets of at most `perSocket`
 * streams; resolves once every socket's SUBSCRIBE is answered.
 */
function openRx(
  urls: Urls,
  validate: boolean,
  read: Reader,
  sockets = 1,
  perSocket?: number,
): Promise<Stop> {
  const connection = publicWebsocketConnection({
    url: urls.combined,
    validate,
    heartbeatTimeoutMs: false,
    ...(perSocket === undefined ? {} : { maxStreamsPerSocket: perSocket }),
  });
  return readConnection(connection, read, sockets);
}

/** Opens binance-rx for `sockets`: one sharded connection, or one connection per socket. */
function openRxSockets(
  urls: Urls,
  sockets: readonly (readonly BenchStream[])[],
  sharded: boolean,
  validate: boolean,
  read: (streams: readonly BenchStream[]) => Reader,
): Promise<Stop> {
  if (!sharded) return each(sockets, (streams) => openRx(urls, validate, read(streams)));
  const perSocket = Math.max(...sockets.map((streams) => streams.length));
  return openRx(urls, validate, read(sockets.flat()), sockets.length, perSocket);
}

/** The raw channel of a stream of any kind, for the mixed scenario. */
function rawChannel(
  s: BenchStream,
  messages: Observable<unknown>,
): OperatorFunction<NewSocketEvent, object> {
  type Channels = Partial<Record<StreamKind, () => OperatorFunction<NewSocketEvent, object>>>;
  const channels: Readonly<Channels> = {
    trade: () => subscribeTrade(s.symbol, messages),
    aggTrade: () => subscribeAggTrade(s.symbol, messages),
    bookTicker: () => subscribeBookTicker(s.symbol, messages),
    miniTicker: () => subscribeMiniTicker(s.symbol, messages),
    depth: () => subscribeDiffDepth({ symbol: s.symbol, speed: '100ms' }, messages),
  };
  const channel = channels[s.kind];
  if (channel === undefined) throw new Error(`no Spot channel for ${s.kind}`);
  return channel();
}

/**
 * The one-option switch: the JSON channels of `binance-rx (validation on)`, the same code, read
 * on `sbeWebsocketConnection` with its defaults (the SBE streams of the same data, made into the
 * JSON payloads, not validated: the decoder has checked the frames).
 */
const rxSbeJson: Client = {
  name: SBE_JSON_CLIENT,
  wire: 'sbe',
  kinds: ['trade', 'bookTicker', 'depth'],
  start: (urls, sockets, _sharded, onMessage) =>
    each(sockets, (streams) =>
      readConnection(
        sbeWebsocketConnection({
          url: urls.sbeCombined,
          apiKey: urls.sbeApiKey,
          heartbeatTimeoutMs: false,
        }),
        readChannels(streams, onMessage, false),
      ),
    ),
};

/** Where parsed events go, so that the parsing cannot be optimised away. */
export let lastParsed: unknown;

/**
 * The channels of some streams, raw or through their generated parse function, each subscribed as
 * the README shows: `connection.pipe(filterNewSocketOnly(), subscribe<Channel>(…, messages))`.
 */
function readChannels(
  streams: readonly BenchStream[],
  onMessage: OnMessage,
  parse: boolean,
): Reader {
  return (connection, messages) => {
    const subscriptions = streams.map((s) =>
      parse
        ? subscribeParsed(connection, s, messages, onMessage)
        : connection
            .pipe(filterNewSocketOnly(), rawChannel(s, messages))
            .subscribe((raw) => onMessage(sendTimeOf(raw as { E?: number }))),
    );
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
  };
}

function subscribeParsed(
  connection: PublicWebsocketConnection,
  s: BenchStream,
  messages: Observable<unknown>,
  onMessage: OnMessage,
): Subscription {
  if (s.kind === 'trade') {
    return connection
      .pipe(filterNewSocketOnly(), subscribeTrade(s.symbol, messages))
      .subscribe((raw) => {
        const trade = parseTrade(raw);
        lastParsed = trade;
        onMessage(trade.eventTime);
      });
  }
  if (s.kind === 'bookTicker') {
    return connection
      .pipe(filterNewSocketOnly(), subscribeBookTicker(s.symbol, messages))
      .subscribe((raw) => {
        lastParsed = parseBookTicker(raw);
        onMessage(Number.NaN);
      });
  }
  return connection
    .pipe(filterNewSocketOnly(), subscribeDiffDepth({ symbol: s.symbol, speed: '100ms' }, messages))
    .subscribe((raw) => {
      const diff = parseDiffDepth(raw);
      lastParsed = diff;
      onMessage(diff.eventTime);
    });
}

const rx = (name: string, validate: boolean, parse: boolean): Client => ({
  name,
  kinds: parse ? ALL_KINDS : [...ALL_KINDS, 'mixed'],
  atScale: !parse,
  start: (urls, sockets, sharded, onMessage) =>
    openRxSockets(urls, sockets, sharded, validate, (streams) =>
      readChannels(streams, onMessage, parse),
    ),
});

/**
 * binance-rx's local order book (validation on) over the diff-depth stream and a REST snapshot:
 * one book of the top 20 levels a side per diff. Resolves once every book is synced.
 */
const rxOrderBook: Client = {
  name: 'binance-rx + local order book',
  kinds: ['depth'],
  async start(urls, sockets, _sharded, onMessage) {
    const streams = sockets.flat();
    const http = createHttpClient({ baseUrl: urls.rest });
    let synced = 0;
    const stop = await each(streams, (s) =>
      openRx(urls, true, (connection, messages) => {
        const subscription = localOrderBook({
          symbol: unified(s.symbol),
          sockets: connection.pipe(filterNewSocketOnly()),
          diffs: (fresh) =>
            fresh.pipe(subscribeDiffDepth({ symbol: s.symbol, speed: '100ms' }, messages)),
          snapshot: () => getBookHttp({ symbol: s.symbol, limit: 1000 }, http),
          depth: 20,
        }).subscribe((event) => {
          if (event.type === 'book') onMessage(event.book.timestamp ?? Number.NaN);
          else if (event.status === 'synced') synced += 1;
        });
        return () => subscription.unsubscribe();
      }),
    );
    for (let i = 0; i < 500 && synced < streams.length; i += 1) await sleep(10);
    return stop;
  },
};

/** Tells a kind's payload apart on a raw (not combined) stream. */
const isKind: Readonly<Partial<Record<StreamKind, (m: { e?: string; u?: number }) => boolean>>> = {
  trade: (m) => m.e === 'trade',
  bookTicker: (m) => m.e === undefined && typeof m.u === 'number',
  depth: (m) => m.e === 'depthUpdate',
};

/** The `binance` npm package's WebsocketClient, URL override only; one client per socket. */
const binancePackage: Client = {
  name: 'binance (npm)',
  atScale: true,
  async start(urls, sockets, _sharded, onMessage) {
    const { WebsocketClient } = await import('binance');
    const silent = { trace: () => {}, info: () => {}, error: () => {} };
    return each(sockets.flat(), async (s) => {
      const ws = new WebsocketClient({ wsUrl: urls.streams }, silent);
      const test = isKind[s.kind]!;
      ws.on('message', (data: unknown) => {
        const message = data as { e?: string; E?: number; u?: number };
        if (test(message)) onMessage(sendTimeOf(message));
      });
      if (s.kind === 'trade') await ws.subscribeSpotTrades(s.symbol);
      else if (s.kind === 'bookTicker') await ws.subscribeSpotSymbolBookTicker(s.symbol);
      else await ws.subscribeSpotDiffBookDepth(s.symbol, 100);
      return () => ws.closeAll(true);
    });
  },
};

/** The part of `@binance/spot` used here (typed locally: the root typecheck runs without bench/node_modules). */
interface SpotModule {
  Spot: new (configuration: { configurationWebsocketStreams: { wsURL: string } }) => {
    websocketStreams: { connect(): Promise<SpotConnection> };
  };
}
type SpotStream = { on(event: 'message', listener: (data: unknown) => void): void };
interface SpotConnection {
  trade(request: { symbol: string }): SpotStream;
  bookTicker(request: { symbol: string }): SpotStream;
  diffBookDepth(request: { symbol: string; updateSpeed: '100ms' }): SpotStream;
  disconnect(): Promise<void>;
}
const SPOT_MODULE = '@binance/spot';

/** `@binance/spot` (Binance's own connector): WebsocketStreams with `wsURL` overridden. */
const binanceSpot: Client = {
  name: '@binance/spot',
  async start(urls, sockets, _sharded, onMessage) {
    const { Spot } = (await import(SPOT_MODULE)) as SpotModule;
    const wsURL = urls.combined.replace(/\/stream$/, '');
    return each(sockets.flat(), async (s) => {
      const client = new Spot({ configurationWebsocketStreams: { wsURL } });
      const connection = await client.websocketStreams.connect();
      const symbol = s.symbol.toLowerCase();
      const stream =
        s.kind === 'trade'
          ? connection.trade({ symbol })
          : s.kind === 'bookTicker'
            ? connection.bookTicker({ symbol })
            : connection.diffBookDepth({ symbol, updateSpeed: '100ms' });
      stream.on('message', (data) => onMessage(sendTimeOf(data as { E?: number })));
      return () => connection.disconnect();
    });
  },
};

/**
 * ccxt pro's binance class, URL override only, read the way its users read: `watchTrades`,
 * `watchBidsAsks` and `watchOrderBook` in a loop (bench/ccxt-loop.ts: counted by the ids the
 * messages carry, trade id and book update id, as ccxt hands back its cache).
 */
const ccxtPro: Client = {
  name: 'ccxt pro',
  async start(urls, sockets, _sharded, onMessage) {
    const ccxt = (await import('ccxt')).default;
    return each(sockets.flat(), async (s) => {
      const exchange = new ccxt.pro.binance({
        options: { fetchMarkets: { types: ['spot'] }, fetchCurrencies: false },
      });
      await exchange.loadHttpProxyAgent();
      const rest = urls.rest + '/api/v3';
      exchange.urls['api'] = {
        ...(exchange.urls['api'] as object),
        public: rest,
        private: rest,
        ws: { spot: urls.streams, margin: urls.streams },
      };
      await exchange.loadMarkets();
      const symbol = unified(s.symbol);
      const watch = async (): Promise<Watched> => {
        if (s.kind === 'trade') {
          const last = (await exchange.watchTrades(symbol)).at(-1);
          return { id: Number(last?.id ?? 0), sendTime: last?.timestamp ?? Number.NaN };
        }
        if (s.kind === 'bookTicker') {
          const tickers = await exchange.watchBidsAsks([symbol]);
          const info = tickers[symbol]?.info as { u?: number } | undefined;
          return { id: info?.u ?? 0, sendTime: Number.NaN };
        }
        const book = await exchange.watchOrderBook(symbol);
        return { id: Number(book.nonce ?? 0), sendTime: book.timestamp ?? Number.NaN };
      };
      return watchLoop(watch, exchange, onMessage);
    });
  },
};

/** binance-rx with its generated CCXT parsers (`parseTradeCcxt`, `parseBookTickerCcxt`). */
function rxCcxt(): Client {
  const read =
    (s: BenchStream, onMessage: OnMessage): Reader =>
    (connection, messages) => {
      const subscription =
        s.kind === 'trade'
          ? connection
              .pipe(filterNewSocketOnly(), subscribeTrade(s.symbol, messages))
              .subscribe((raw) => {
                const trade = parseTradeCcxt(raw);
                lastParsed = trade;
                onMessage(raw.E);
              })
          : connection
              .pipe(filterNewSocketOnly(), subscribeBookTicker(s.symbol, messages))
              .subscribe((raw) => {
                lastParsed = parseBookTickerCcxt(raw);
                onMessage(Number.NaN);
              });
      return () => subscription.unsubscribe();
    };
  return {
    name: CCXT_CLIENT,
    kinds: ['trade', 'bookTicker'],
    start: (urls, sockets, _sharded, onMessage) =>
      each(sockets.flat(), (s) => openRx(urls, true, read(s, onMessage))),
  };
}

/**
 * `client`, reading the futures kinds of `usdm` too (bench/usdm-clients.ts): one row, one process,
 * in the Spot and the futures tables.
 */
function withUsdm(client: Client, usdm: UsdmSide): Client {
  return {
    ...client,
    kinds: [...kindsOf(client), ...(usdm.kinds ?? USDM_KINDS)],
    start: (urls, sockets, sharded, onMessage) =>
      isUsdmScenario(sockets)
        ? usdm.start(urls, sockets.flat(), onMessage)
        : client.start(urls, sockets, sharded, onMessage),
  };
}

/** Every client, in the order of the tables. */
export async function loadClients(): Promise<Client[]> {
  return [
    withUsdm(rawWs, { start: rawUsdm }),
    withUsdm(rx('binance-rx (validation off)', false, false), { start: rxUsdm(false) }),
    withUsdm(rx('binance-rx (validation on)', true, false), { start: rxUsdm(true) }),
    rx('binance-rx (validation on, parsed)', true, true),
    rxCcxt(),
    rxOrderBook,
    rawSbe,
    rxSbe,
    rxSbeJson,
    withUsdm(binancePackage, { start: binancePackageUsdm }),
    binanceSpot,
    binanceConnector,
    withUsdm(ccxtPro, ccxtUsdm),
  ];
}
