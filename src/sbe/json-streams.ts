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
};

const CARRIED =
  'SBE carries <symbol>@trade, @bookTicker (SBE bestBidAsk), @depth and @depth@100ms ' +
  '(SBE depth, every 20 ms), @depth20 and @depth20@100ms (SBE depth20, every 50 ms)';

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
  if (at > 0 && !symbol.startsWith('!') && Object.hasOwn(SBE_OF_JSON, suffix)) {
    return { wire: `${symbol}@${SBE_OF_JSON[suffix]!}`, view: 'json' };
  }
  if (at > 0 && /^depth(5|10)(@100ms)?$/.test(suffix)) {
    throw new SbeStreamUnavailableError(stream, 'SBE has partial depth at 20 levels only');
  }
  throw new SbeStreamUnavailableError(stream, CARRIED);
}
