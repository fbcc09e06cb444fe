/**
 * Which SBE stream serves a stream subscribed on an SBE connection. `subscribeSbe…` subscribe
 * `sbe:<symbol>@<sbe stream>` (their decoded events); the JSON `subscribe<Channel>` of a stream SBE
 * also carries subscribe its JSON name, and get the JSON payloads made from the SBE events:
 *
 * | JSON stream                              | SBE stream            |
 * | ---------------------------------------- | --------------------- |
 * | `<symbol>@trade`                         | `<symbol>@trade`      |
 * | `<symbol>@bookTicker`                    | `<symbol>@bestBidAsk` |
 * | `<symbol>@depth`, `<symbol>@depth@100ms` | `<symbol>@depth`      |
 * | `<symbol>@depth20`, `…@depth20@100ms`    | `<symbol>@depth20`    |
 * | `<symbol>@depth5`, `@depth10` (`@100ms`) | `<symbol>@depth20`, its top 5 or 10 levels |
 *
 * Anything else is an `SbeStreamUnavailableError`.
 */
import { SbeStreamUnavailableError } from '../errors';

/** Where the events of a subscribed stream come from on an SBE connection. */
export interface SbeRoute {
  /** The SBE stream subscribed on the wire, e.g. `btcusdt@bestBidAsk`. */
  readonly wire: string;
  /** `raw`: decoded SBE events (`subscribeSbe…`); `json`: the JSON stream's payloads. */
  readonly view: 'raw' | 'json';
  /** Levels per side the JSON stream keeps of SBE's 20 (partial depth 5 and 10). */
  readonly levels?: number;
}

/** Prefix of the stream names `subscribeSbe…` subscribe and route by. */
export const SBE_RAW_PREFIX = 'sbe:';

/** JSON stream suffix (after `<symbol>@`) → the SBE stream suffix carrying the same data. */
const SBE_OF_JSON: Readonly<Record<string, string>> = {
  trade: 'trade',
  bookTicker: 'bestBidAsk',
  depth: 'depth',
  'depth@100ms': 'depth',
  depth20: 'depth20',
  'depth20@100ms': 'depth20',
  depth10: 'depth20',
  'depth10@100ms': 'depth20',
  depth5: 'depth20',
  'depth5@100ms': 'depth20',
};

/** Partial depth served from SBE's depth20 with fewer levels: `depth5` → 5. */
const LEVELS = /^depth(5|10)(@100ms)?$/;

const CARRIED =
  'SBE carries <symbol>@trade, @bookTicker (SBE bestBidAsk), @depth and @depth@100ms ' +
  '(SBE depth, every 20 ms), @depth5, @depth10 and @depth20 with or without @100ms ' +
  '(SBE depth20, every 50 ms)';

/**
 * The SBE route of `stream` (a raw `sbe:` name or a JSON stream name).
 *
 * @throws SbeStreamUnavailableError when SBE market data does not carry the stream.
 */
export function sbeRouteOf(stream: string): SbeRoute {
  if (stream.startsWith(SBE_RAW_PREFIX)) {
    return { wire: stream.slice(SBE_RAW_PREFIX.length), view: 'raw' };
  }
  const at = stream.indexOf('@');
  const symbol = stream.slice(0, at);
  const suffix = stream.slice(at + 1);
  if (at <= 0 || symbol.startsWith('!') || !Object.hasOwn(SBE_OF_JSON, suffix)) {
    throw new SbeStreamUnavailableError(stream, CARRIED);
  }
  const wire = `${symbol}@${SBE_OF_JSON[suffix]!}`;
  const levels = LEVELS.exec(suffix)?.[1];
  return levels === undefined ? { wire, view: 'json' } : { wire, view: 'json', levels: +levels };
}
