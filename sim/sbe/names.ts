/**
 * SBE stream names (`<symbol>@trade`, `@bestBidAsk`, `@depth20`, `@depth`) as the feeds of the
 * JSON streams that carry the same data: trade, bookTicker, partial depth 20, diff depth. Depth
 * runs at SBE's own cadences (sbe-market-data-streams.md, scaled by `speed` like the JSON ones):
 * depth20 every 50 ms, diff depth every 20 ms (JSON's fastest is 100 ms).
 */
import type { StreamSpec } from '../streams/names';
import type { StreamWire } from '../streams/connection';

const SYMBOL = /^[^\s@/!"]{1,30}$/;

export function parseSbeStreamName(name: string): StreamSpec | undefined {
  const at = name.indexOf('@');
  const symbol = name.slice(0, at);
  if (at <= 0 || !SYMBOL.test(symbol)) return undefined;
  switch (name.slice(at + 1)) {
    case 'trade':
      return { kind: 'trade', symbol };
    case 'bestBidAsk':
      return { kind: 'bookTicker', symbol };
    case 'depth20':
      return { kind: 'partialDepth', symbol, levels: 20, every: '50ms' };
    case 'depth':
      return { kind: 'diffDepth', symbol, every: '20ms' };
    default:
      return undefined;
  }
}

export const SBE_WIRE: StreamWire = {
  sbe: true,
  parse: parseSbeStreamName,
  key: (name) => `sbe:${name}`,
};
