/**
 * What the feed sends: a message kind, over one or several sockets, at a fixed rate or as fast as
 * each socket drains (saturation). With several sockets each carries its own symbol's stream and
 * the total rate is split evenly, as a sharded client would see it.
 */
export type Kind = 'trade' | 'bookTicker' | 'depth';

/** JSON market streams, or SBE market data (bestBidAsk for bookTicker, `@depth` for diff depth). */
export type Wire = 'json' | 'sbe';

export interface Scenario {
  readonly kind: Kind;
  readonly sockets: number;
  /** Messages per second over all sockets; `undefined`: saturation. */
  readonly rate: number | undefined;
}

/** One socket's stream. */
export interface BenchStream {
  readonly symbol: string;
  readonly stream: string;
  readonly kind: Kind;
  /** The stream the feed floods: `stream`, or `sbe:<stream>` for SBE. */
  readonly flood: string;
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

/** Price levels per side in each diff-depth message (Binance's BTCUSDT@100ms sends tens). */
export const DEPTH_LEVELS = 10;

const SUFFIX: Readonly<Record<Kind, string>> = {
  trade: '@trade',
  bookTicker: '@bookTicker',
  depth: '@depth@100ms',
};

const SBE_SUFFIX: Readonly<Record<Kind, string>> = {
  trade: '@trade',
  bookTicker: '@bestBidAsk',
  depth: '@depth',
};

export function streamsOf(scenario: Scenario, wire: Wire = 'json'): BenchStream[] {
  return SYMBOLS.slice(0, scenario.sockets).map((symbol) => {
    const stream = `${symbol.toLowerCase()}${(wire === 'sbe' ? SBE_SUFFIX : SUFFIX)[scenario.kind]}`;
    return {
      symbol,
      stream,
      kind: scenario.kind,
      flood: wire === 'sbe' ? `sbe:${stream}` : stream,
    };
  });
}

export const KIND_LABEL: Readonly<Record<Kind, string>> = {
  trade: 'trade',
  bookTicker: 'bookTicker',
  depth: `diff depth (${DEPTH_LEVELS}+${DEPTH_LEVELS} levels)`,
};

export const scenarioLabel = (s: Scenario): string =>
  `${KIND_LABEL[s.kind]}, ${s.sockets} socket${s.sockets === 1 ? '' : 's'}, ${s.rate === undefined ? 'saturation' : `${s.rate / 1000}k msg/s`}`;
