/**
 * USDⓈ-M stream names the local exchange simulates, by route (`/public` or `/market`, as
 * fstream.binance.com serves them). A stream of the other route is refused, where Binance
 * accepts it and stays silent: a test sees the mistake instead of waiting for data.
 */
import type { StreamWire } from '../streams/connection';
import type { DepthCadence, StreamSpec } from '../streams/names';

export type UsdmRoute = 'public' | 'market';

export type UsdmStream =
  | { readonly type: 'aggTrade' | 'bookTicker'; readonly symbol: string }
  | { readonly type: 'markPrice'; readonly symbol: string; readonly fast: boolean }
  | { readonly type: 'allMarkPrices'; readonly fast: boolean }
  | {
      readonly type: 'diffDepth';
      readonly symbol: string;
      readonly every: UsdmDepthCadence;
    };

/** `@depth` every 250 ms, `@depth@500ms`, `@depth@100ms`. */
type UsdmDepthCadence = Extract<DepthCadence, '100ms' | '250ms' | '500ms'>;

export interface UsdmStreamSpec {
  readonly kind: 'usdm';
  readonly stream: UsdmStream;
}

const SYMBOL = /^[^\s@/!"]{1,30}$/;

const ROUTE_OF: Readonly<Record<UsdmStream['type'], UsdmRoute>> = {
  aggTrade: 'market',
  markPrice: 'market',
  allMarkPrices: 'market',
  bookTicker: 'public',
  diffDepth: 'public',
};

function parse(name: string): UsdmStream | undefined {
  const all = /^!markPrice@arr(@1s)?$/.exec(name);
  if (all) return { type: 'allMarkPrices', fast: all[1] !== undefined };
  const at = name.indexOf('@');
  const symbol = name.slice(0, at);
  if (at <= 0 || !SYMBOL.test(symbol)) return undefined;
  const rest = name.slice(at + 1);
  if (rest === 'aggTrade' || rest === 'bookTicker') return { type: rest, symbol };
  const mark = /^markPrice(@1s)?$/.exec(rest);
  if (mark) return { type: 'markPrice', symbol, fast: mark[1] !== undefined };
  const depth = /^depth(?:@(500ms|100ms))?$/.exec(rest);
  if (depth) return { type: 'diffDepth', symbol, every: (depth[1] ?? '250ms') as UsdmDepthCadence };
  return undefined;
}

/** The stream-name parser of one route. */
export function parseUsdmStreamName(route: UsdmRoute): (name: string) => StreamSpec | undefined {
  return (name) => {
    const stream = parse(name);
    return stream !== undefined && ROUTE_OF[stream.type] === route
      ? { kind: 'usdm', stream }
      : undefined;
  };
}

/** The wire of a route: futures streams never share a hub feed with Spot's of the same name. */
export const usdmWire = (route: UsdmRoute): StreamWire => ({
  sbe: false,
  parse: parseUsdmStreamName(route),
  key: (name) => `usdm:${name}`,
});
