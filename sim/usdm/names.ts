/**
 * USDⓈ-M stream names the local exchange knows, and the route each is served on (`/public` or
 * `/market`, as fstream.binance.com serves them). As on Binance, a stream subscribed on the other
 * route is accepted and stays silent (sim/usdm/feeds.ts opens no feed for it).
 */
import { isKlineInterval, type KlineInterval } from '../market/kline-intervals';
import type { StreamWire } from '../streams/connection';
import type { DepthCadence, StreamSpec } from '../streams/names';
import type { ReplaySpec } from '../streams/replay';

export type UsdmRoute = 'public' | 'market';

/** Streams of one symbol with nothing more to their name. */
type SymbolStreamType =
  'aggTrade' | 'bookTicker' | 'miniTicker' | 'ticker' | 'forceOrder' | 'compositeIndex';

/** Streams of every symbol with nothing more to their name. */
type AllStreamType =
  | 'allBookTickers'
  | 'allMiniTickers'
  | 'allTickers'
  | 'allForceOrders'
  | 'contractInfo'
  | 'allAssetIndexes'
  | 'tradingSession';

export type UsdmStream =
  | { readonly type: SymbolStreamType; readonly symbol: string }
  | { readonly type: AllStreamType }
  | { readonly type: 'assetIndex'; readonly asset: string }
  | { readonly type: 'markPrice'; readonly symbol: string; readonly fast: boolean }
  | { readonly type: 'allMarkPrices'; readonly fast: boolean }
  | { readonly type: 'kline'; readonly symbol: string; readonly interval: KlineInterval }
  | {
      readonly type: 'continuousKline';
      readonly symbol: string;
      readonly contractType: string;
      readonly interval: KlineInterval;
    }
  | { readonly type: 'diffDepth'; readonly symbol: string; readonly every: UsdmDepthCadence }
  | { readonly type: 'rpiDiffDepth'; readonly symbol: string }
  | {
      readonly type: 'partialDepth';
      readonly symbol: string;
      readonly levels: 5 | 10 | 20;
      readonly every: UsdmDepthCadence;
    };

/** `@depth…` every 250 ms, `@500ms`, `@100ms`. */
export type UsdmDepthCadence = Extract<DepthCadence, '100ms' | '250ms' | '500ms'>;

export interface UsdmStreamSpec {
  readonly kind: 'usdm';
  readonly stream: UsdmStream;
  /** The route the stream was subscribed on; another than its own: it stays silent. */
  readonly route: UsdmRoute;
}

const SYMBOL = /^[^\s@/!"]{1,30}$/;

/** The route each stream is served on: the book streams on `/public`, the rest on `/market`. */
export const ROUTE_OF: Readonly<Record<UsdmStream['type'], UsdmRoute>> = {
  bookTicker: 'public',
  allBookTickers: 'public',
  diffDepth: 'public',
  partialDepth: 'public',
  rpiDiffDepth: 'public',
  aggTrade: 'market',
  markPrice: 'market',
  allMarkPrices: 'market',
  kline: 'market',
  continuousKline: 'market',
  miniTicker: 'market',
  allMiniTickers: 'market',
  ticker: 'market',
  allTickers: 'market',
  forceOrder: 'market',
  allForceOrders: 'market',
  compositeIndex: 'market',
  contractInfo: 'market',
  assetIndex: 'market',
  allAssetIndexes: 'market',
  tradingSession: 'market',
};

const ALL: Readonly<Record<string, AllStreamType>> = {
  '!bookTicker': 'allBookTickers',
  '!miniTicker@arr': 'allMiniTickers',
  '!ticker@arr': 'allTickers',
  '!forceOrder@arr': 'allForceOrders',
  '!contractInfo': 'contractInfo',
  '!assetIndex@arr': 'allAssetIndexes',
};

const SIMPLE: ReadonlySet<string> = new Set<SymbolStreamType>([
  'aggTrade',
  'bookTicker',
  'miniTicker',
  'ticker',
  'forceOrder',
  'compositeIndex',
]);

const CONTRACT_TYPES: ReadonlySet<string> = new Set([
  'perpetual',
  'current_quarter',
  'next_quarter',
]);

const cadence = (speed: string | undefined): UsdmDepthCadence =>
  (speed ?? '250ms') as UsdmDepthCadence;

function parseAll(name: string): UsdmStream | undefined {
  if (Object.hasOwn(ALL, name)) return { type: ALL[name]! };
  const mark = /^!markPrice@arr(@1s)?$/.exec(name);
  return mark ? { type: 'allMarkPrices', fast: mark[1] !== undefined } : undefined;
}

/** The part after `<symbol>@`. */
function parseRest(symbol: string, rest: string): UsdmStream | undefined {
  if (SIMPLE.has(rest)) return { type: rest as SymbolStreamType, symbol };
  if (rest === 'assetIndex') return { type: 'assetIndex', asset: symbol };
  const mark = /^markPrice(@1s)?$/.exec(rest);
  if (mark) return { type: 'markPrice', symbol, fast: mark[1] !== undefined };
  const kline = /^kline_(\w+)$/.exec(rest);
  if (kline && isKlineInterval(kline[1]!) && kline[1] !== '1s') {
    return { type: 'kline', symbol, interval: kline[1] };
  }
  const depth = /^depth(5|10|20)?(?:@(500ms|100ms))?$/.exec(rest);
  if (depth?.[1] !== undefined) {
    const levels = Number(depth[1]) as 5 | 10 | 20;
    return { type: 'partialDepth', symbol, levels, every: cadence(depth[2]) };
  }
  if (depth) return { type: 'diffDepth', symbol, every: cadence(depth[2]) };
  if (rest === 'rpiDepth@500ms') return { type: 'rpiDiffDepth', symbol };
  return undefined;
}

/** `<pair>_<contracttype>@continuousKline_<interval>`: the pair is the symbol it tracks. */
function parseContinuous(head: string, rest: string): UsdmStream | undefined {
  const k = /^continuousKline_(\w+)$/.exec(rest);
  const at = head.indexOf('_');
  if (!k || at <= 0 || !isKlineInterval(k[1]!) || k[1] === '1s') return undefined;
  const contractType = head.slice(at + 1);
  if (!CONTRACT_TYPES.has(contractType)) return undefined;
  return { type: 'continuousKline', symbol: head.slice(0, at), contractType, interval: k[1] };
}

function parse(name: string): UsdmStream | undefined {
  if (name.startsWith('!')) return parseAll(name);
  if (name === 'tradingSession') return { type: 'tradingSession' };
  const at = name.indexOf('@');
  const head = name.slice(0, at);
  if (at <= 0 || !SYMBOL.test(head)) return undefined;
  const rest = name.slice(at + 1);
  return rest.startsWith('continuousKline_') ? parseContinuous(head, rest) : parseRest(head, rest);
}

/** The stream-name parser of one route: every futures stream, tagged with the route it is on. */
export function parseUsdmStreamName(route: UsdmRoute): (name: string) => StreamSpec | undefined {
  return (name) => {
    const stream = parse(name);
    return stream === undefined ? undefined : { kind: 'usdm', stream, route };
  };
}

/**
 * The wire of a route: futures streams never share a hub feed with Spot's of the same name.
 * `replay`: a spec channel's replay of a name the exchange does not simulate (sim/streams/replay.ts).
 */
export function usdmWire(
  route: UsdmRoute,
  replay: (name: string) => ReplaySpec | undefined,
): StreamWire {
  const simulated = parseUsdmStreamName(route);
  return {
    sbe: false,
    parse: (name) => simulated(name) ?? replay(name),
    key: (name) => `usdm:${route}:${name}`,
  };
}
