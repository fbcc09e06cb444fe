/**
 * The SBE streams of a connection and who reads each: `subscribeSbe…` (decoded events, routed as
 * `sbe:<symbol>@<stream>`) and the JSON `subscribe<Channel>` served from it (routed by their JSON
 * stream names). A frame finds its stream's view by message and symbol, cached, so routing it
 * allocates nothing once a symbol has been seen.
 */
import type { SbeEvent } from '../../generated/sbe/stream';
import { SBE_RAW_PREFIX } from './json-streams';

/** SBE message -> the suffix of its stream name. */
export const SBE_STREAM_SUFFIX = {
  TradesStreamEvent: 'trade',
  BestBidAskStreamEvent: 'bestBidAsk',
  DepthSnapshotStreamEvent: 'depth20',
  DepthDiffStreamEvent: 'depth',
} as const satisfies Record<SbeEvent['message'], string>;

/** Who reads one SBE stream. */
export interface SbeStreamView {
  /** The SBE stream name, e.g. `btcusdt@trade`. */
  readonly wire: string;
  /** The name `subscribeSbe…` route by: `sbe:btcusdt@trade`. */
  readonly raw: string;
  /** Holds of `subscribeSbe…` subscriptions. */
  rawHolds: number;
  /** The JSON stream names held, each once; replaced, never changed, so a frame reads a fixed list. */
  json: readonly string[];
  /** Per JSON stream name (same order), the levels it keeps of a depth snapshot, or `undefined`: all. */
  jsonLevels: readonly (number | undefined)[];
}

/** Bounds what frames alone can add: a hostile server sending ever new symbols cannot grow it. */
const MAX_UNHELD = 4096;

interface Entry extends SbeStreamView {
  /** JSON stream name -> holds and levels kept. */
  readonly jsonHolds: Map<string, { holds: number; readonly levels: number | undefined }>;
}

export class SbeStreamViews {
  private readonly byWire = new Map<string, Entry>();
  /** Per message, symbol -> view. */
  private readonly byEvent = new Map<string, Map<string, Entry>>();

  /** The view of the stream `event` belongs to. */
  of(event: Pick<SbeEvent, 'message' | 'symbol'>): SbeStreamView {
    let bySymbol = this.byEvent.get(event.message);
    if (bySymbol === undefined) {
      bySymbol = new Map();
      this.byEvent.set(event.message, bySymbol);
    }
    let entry = bySymbol.get(event.symbol);
    if (entry === undefined) {
      const wire = `${event.symbol.toLowerCase()}@${SBE_STREAM_SUFFIX[event.message]}`;
      entry = this.byWire.get(wire);
      if (entry === undefined) {
        entry = newEntry(wire);
        if (this.byWire.size >= MAX_UNHELD) return entry;
        this.byWire.set(wire, entry);
      }
      bySymbol.set(event.symbol, entry);
    }
    return entry;
  }

  /**
   * Holds `wire` for `stream` (its raw name, or a JSON stream name keeping `levels` of a depth
   * snapshot); returns the release.
   */
  hold(wire: string, stream: string, levels?: number): () => void {
    let entry = this.byWire.get(wire);
    if (entry === undefined) {
      entry = newEntry(wire);
      this.byWire.set(wire, entry);
    }
    const held = entry;
    const raw = stream === held.raw;
    const add = (n: number): void => {
      if (raw) {
        held.rawHolds += n;
        return;
      }
      const reader = held.jsonHolds.get(stream) ?? { holds: 0, levels };
      reader.holds += n;
      if (reader.holds > 0) held.jsonHolds.set(stream, reader);
      else held.jsonHolds.delete(stream);
      held.json = [...held.jsonHolds.keys()];
      held.jsonLevels = [...held.jsonHolds.values()].map((e) => e.levels);
    };
    add(1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      add(-1);
    };
  }
}

function newEntry(wire: string): Entry {
  return {
    wire,
    raw: SBE_RAW_PREFIX + wire,
    rawHolds: 0,
    json: [],
    jsonLevels: [],
    jsonHolds: new Map(),
  };
}
