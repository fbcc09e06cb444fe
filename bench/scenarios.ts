/**
 * What the feed sends: a message kind, over one or several sockets, at a fixed rate or as fast as
 * each socket drains (saturation). With several sockets each carries its own symbol's stream and
 * the total rate is split evenly, as a sharded client would see it. Two scenarios at scale: 8
 * sockets through one sharded binance-rx connection, and 1,000 streams of mixed kinds over 4
 * sockets (one sharded connection, `maxStreamsPerSocket: 250`).
 */
export type Kind = 'trade' | 'bookTicker' | 'depth' | 'mixed';

/** The kind of one stream. */
export type StreamKind = 'trade' | 'aggTrade' | 'bookTicker' | 'miniTicker' | 'depth';

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
}

/** One stream. */
export interface BenchStream {
  readonly symbol: string;
  readonly stream: string;
  readonly kind: StreamKind;
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
};

const streamOf = (symbol: string, kind: StreamKind): BenchStream => ({
  symbol,
  stream: `${symbol.toLowerCase()}${SUFFIX[kind]}`,
  kind,
});

/** The streams of each socket of the scenario. */
export function socketsOf(scenario: Scenario): BenchStream[][] {
  if (scenario.kind !== 'mixed') {
    const kind = scenario.kind;
    return SYMBOLS.slice(0, scenario.sockets).map((symbol) => [streamOf(symbol, kind)]);
  }
  const all = MIXED_SYMBOLS.flatMap((symbol) => MIXED_KINDS.map((k) => streamOf(symbol, k)));
  return Array.from({ length: Math.ceil(all.length / MIXED_PER_SOCKET) }, (_, i) =>
    all.slice(i * MIXED_PER_SOCKET, (i + 1) * MIXED_PER_SOCKET),
  );
}

/** Every stream of the scenario. */
export const streamsOf = (scenario: Scenario): BenchStream[] => socketsOf(scenario).flat();

export const KIND_LABEL: Readonly<Record<Kind, string>> = {
  trade: 'trade',
  bookTicker: 'bookTicker',
  depth: `diff depth (${DEPTH_LEVELS}+${DEPTH_LEVELS} levels)`,
  mixed: `1,000 streams (${MIXED_SYMBOLS.length} symbols × trade, aggTrade, bookTicker, miniTicker, diff depth)`,
};

export const scenarioLabel = (s: Scenario): string =>
  `${KIND_LABEL[s.kind]}, ${s.sockets} socket${s.sockets === 1 ? '' : 's'}${s.sharded ? ' (one sharded connection)' : ''}, ${s.rate === undefined ? 'saturation' : `${s.rate / 1000}k msg/s`}`;
