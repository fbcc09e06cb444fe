/**
 * The stream an SBE event belongs to, as it was subscribed: `<symbol>@trade`, `@bestBidAsk`,
 * `@depth20`, `@depth` (symbols lowercase). Names are cached per message and symbol, so routing a
 * frame allocates nothing once a symbol has been seen.
 */
import type { SbeEvent } from '../../generated/sbe/stream';

/** SBE message -> the suffix of its stream name. */
export const SBE_STREAM_SUFFIX = {
  TradesStreamEvent: 'trade',
  BestBidAskStreamEvent: 'bestBidAsk',
  DepthSnapshotStreamEvent: 'depth20',
  DepthDiffStreamEvent: 'depth',
} as const satisfies Record<SbeEvent['message'], string>;

/** Bounds the cache: a hostile server sending ever new symbols cannot grow it without limit. */
const MAX_CACHED = 4096;

export class SbeStreamNames {
  /** Per message, symbol -> stream name. */
  private readonly names = new Map<string, Map<string, string>>();

  of(event: Pick<SbeEvent, 'message' | 'symbol'>): string {
    let bySymbol = this.names.get(event.message);
    if (bySymbol === undefined) {
      bySymbol = new Map();
      this.names.set(event.message, bySymbol);
    }
    let name = bySymbol.get(event.symbol);
    if (name === undefined) {
      name = `${event.symbol.toLowerCase()}@${SBE_STREAM_SUFFIX[event.message]}`;
      if (bySymbol.size < MAX_CACHED) bySymbol.set(event.symbol, name);
    }
    return name;
  }
}
