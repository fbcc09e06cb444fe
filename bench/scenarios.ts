/**
 * What the feed sends: a message kind, over one or several sockets, at a fixed rate or as fast as
 * each socket drains (saturation). With several sockets each carries its own symbol's stream and
 * the total rate is split evenly, as a sharded client would see it. Two scenarios at scale: 8
 * sockets through one sharded binance-rx connection, and 1,000 streams of mixed kinds over 4
 * sockets (one sharded connection, `maxStreamsPerSocket: 250`). The USDⓈ-M futures kinds read
 * the local exchange's futures streams on their routes (`/market`, `/public`).
 */
export type Kind = 'trade' | 'bookTicker' | 'depth' | 'mixed' | UsdmKind;

/**
 * USDⓈ-M futures: `<symbol>@markPrice@1s` and `!markPrice@arr@1s` (every symbol's in one message)
 * on route `/market`, `<symbol>@depth@100ms` on `/public`.
 */
export type UsdmKind = 'usdmMarkPrice' | 'usdmAllMarkPrices' | 'usdmDepth';

/** The Spot kinds. */
export type SpotKind = Exclude<Kind, UsdmKind>;

/** The futures kinds, in the order of the tables. */
export const USDM_KINDS: readonly UsdmKind[] = ['usdmMarkPrice', 'usdmAllMarkPrices', 'usdmDepth'];

/** The kind of one stream. */
export type StreamKind = 'trade' | 'aggTrade' | 'bookTicker' | 'miniTicker' | 'depth' | UsdmKind;

/** The USDⓈ-M route a futures stream is served on. */
export type UsdmRoute = 'public' | 'market';

/**
 * The streams a client reads: JSON market streams, or SBE market data, whose streams of the same
 * data are `@trade`, `@bestBidAsk` (for bookTicker) and `@depth` (for diff depth).
 */
export type Wire = 'json' | 'sbe';

export interface Scenario {
  readonly kind: Kind;
  readonly sockets: number;
  /** Messages per second over all sockets; `undefined`: saturation. */
  readonly rate: number | undefined;
  /**
   * binance-rx reads every socket through one connection (sharded, `maxStreamsPerSocket` = the
   * streams of a socket) instead of one connection per socket. Other clients are unchanged.
   */
  readonly sharded?: boolean;
  /** Messages of a saturation run, when not the run's default (bench/measure.ts, Settings). */
  readonly count?: number;
}

/** One stream. */
export interface BenchStream {
  readonly symbol: string;
  readonly stream: string;
  readonly kind: StreamKind;
  /**
   * The name the feed floods: `stream`, `sbe:<stream>` for the SBE endpoint, or
   * `usdm:<route>:<stream>` for a futures stream.
   */
  readonly flood: string;
  /** Futures only: the route of the stream (`<usdmStreamHost>/<route>/stream`). */
  readonly route?: UsdmRoute;
}

/** The feed's symbols, one per socket in the many-sockets scenarios. */
export const SYMBOLS = [
  'BTCUSDT',
  'ETHUSDT',
  'BNBUSDT',
  'SOLUSDT',
  'XRPUSDT',
  'ADAUSDT',
  'DOGEUSDT',
  'LTCUSDT',
] as const;

/** The 200 symbols of the mixed scenario: SYMBOLS, then made-up ones. */
export const MIXED_SYMBOLS: readonly string[] = [
  ...SYMBOLS,
  ...Array.from({ length: 200 - SYMBOLS.length }, (_, i) => `ALT${i + 1}USDT`),
];

/** The kinds of the mixed scenario, each on every one of its symbols. */
export const MIXED_KINDS: readonly StreamKind[] = [
  'trade',
  'aggTrade',
  'bookTicker',
  'miniTicker',
  'depth',
];

/** Streams per socket in the mixed scenario (binance-rx: `maxStreamsPerSocket`). */
export const MIXED_PER_SOCKET = 250;

/** Price levels per side in each diff-depth message (Binance's BTCUSDT@100ms sends tens). */
export const DEPTH_LEVELS = 10;

const SUFFIX: Readonly<Record<StreamKind, string>> = {
  trade: '@trade',
  aggTrade: '@aggTrade',
  bookTicker: '@bookTicker',
  miniTicker: '@miniTicker',
  depth: '@depth@100ms',
  usdmMarkPrice: '@markPrice@1s',
  usdmAllMarkPrices: '!markPrice@arr@1s',
  usdmDepth: '@depth@100ms',
};

/** Streams of every symbol at once: their name is the suffix alone. */
const ALL_MARKET: ReadonlySet<StreamKind> = new Set<StreamKind>(['usdmAllMarkPrices']);

const USDM_ROUTE: Readonly<Record<UsdmKind, UsdmRoute>> = {
  usdmMarkPrice: 'market',
  usdmAllMarkPrices: 'market',
  usdmDepth: 'public',
};

export const isUsdmKind = (kind: Kind | StreamKind): kind is UsdmKind =>
  Object.hasOwn(USDM_ROUTE, kind);

/** The SBE streams that carry the same data (SBE has no aggTrade nor miniTicker). */
const SBE_SUFFIX: Readonly<Partial<Record<StreamKind, string>>> = {
  trade: '@trade',
  bookTicker: '@bestBidAsk',
  depth: '@depth',
};

function streamOf(symbol: string, kind: StreamKind, wire: Wire = 'json'): BenchStream {
  if (wire === 'json') {
    const stream = ALL_MARKET.has(kind) ? SUFFIX[kind] : `${symbol.toLowerCase()}${SUFFIX[kind]}`;
    if (!isUsdmKind(kind)) return { symbol, stream, kind, flood: stream };
    const route = USDM_ROUTE[kind];
    return { symbol, stream, kind, route, flood: `usdm:${route}:${stream}` };
  }
  const suffix = SBE_SUFFIX[kind];
  if (suffix === undefined) throw new Error(`no SBE stream for ${kind}`);
  const stream = `${symbol.toLowerCase()}${suffix}`;
  return { symbol, stream, kind, flood: `sbe:${stream}` };
}

/** The streams of each socket of the scenario, on the client's wire. */
export function socketsOf(scenario: Scenario, wire: Wire = 'json'): BenchStream[][] {
  if (scenario.kind !== 'mixed') {
    const kind = scenario.kind;
    return SYMBOLS.slice(0, scenario.sockets).map((symbol) => [streamOf(symbol, kind, wire)]);
  }
  const all = MIXED_SYMBOLS.flatMap((symbol) => MIXED_KINDS.map((k) => streamOf(symbol, k)));
  return Array.from({ length: Math.ceil(all.length / MIXED_PER_SOCKET) }, (_, i) =>
    all.slice(i * MIXED_PER_SOCKET, (i + 1) * MIXED_PER_SOCKET),
  );
}

/** Every stream of the scenario. */
export const streamsOf = (scenario: Scenario, wire: Wire = 'json'): BenchStream[] =>
  socketsOf(scenario, wire).flat();

export const KIND_LABEL: Readonly<Record<Kind, string>> = {
  trade: 'trade',
  bookTicker: 'bookTicker',
  depth: `diff depth (${DEPTH_LEVELS}+${DEPTH_LEVELS} levels)`,
  mixed: `1,000 streams (${MIXED_SYMBOLS.length} symbols × trade, aggTrade, bookTicker, miniTicker, diff depth)`,
  usdmMarkPrice: 'USDⓈ-M markPrice@1s',
  usdmAllMarkPrices: `USDⓈ-M !markPrice@arr@1s (${MIXED_SYMBOLS.length} symbols a message)`,
  // Not "diff depth (10+10 levels)": `--only` matches labels by substring, and that one is Spot's.
  usdmDepth: `USDⓈ-M diff depth@100ms, ${DEPTH_LEVELS}+${DEPTH_LEVELS} levels with pu`,
};

export const scenarioLabel = (s: Scenario): string =>
  `${KIND_LABEL[s.kind]}, ${s.sockets} socket${s.sockets === 1 ? '' : 's'}${s.sharded ? ' (one sharded connection)' : ''}, ${s.rate === undefined ? 'saturation' : `${s.rate / 1000}k msg/s`}`;
