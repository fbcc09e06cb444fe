/**
 * SBE events as the raw payloads of the JSON streams that carry the same data, so that the
 * generated `parse<Channel>`, the CCXT mappings and `localOrderBook` take them unchanged:
 * switching a consumer from JSON to SBE is one `map` (or `mergeMap` for trades, which SBE
 * batches). Times become milliseconds (floored), as the JSON streams send them by default.
 */
import type { BookTickerEvent } from '../../generated/channels/book-ticker';
import type { DiffDepthEvent } from '../../generated/channels/diff-depth';
import type { PartialDepthEvent } from '../../generated/channels/partial-depth';
import type { TradeEvent } from '../../generated/channels/trade';
import type {
  SbeBestBidAskStreamEvent,
  SbeDepthDiffStreamEvent,
  SbeDepthSnapshotStreamEvent,
  SbeEvent,
  SbeTradesStreamEvent,
} from '../../generated/sbe/stream';
import type { Microseconds } from './types';

/** Microseconds to the millisecond they fall in. */
export const toMilliseconds = (us: Microseconds): number => Math.floor(us / 1000);

/** How times are written: `toMilliseconds`, or microseconds as they are (`timeUnit: 'MICROSECOND'`). */
export type JsonTime = (us: Microseconds) => number;
const asMicroseconds: JsonTime = (us) => us;

/** The `JsonTime` of a JSON connection's `timeUnit`. */
export const jsonTimeOf = (unit: string | undefined): JsonTime =>
  unit?.toUpperCase() === 'MICROSECOND' ? asMicroseconds : toMilliseconds;

type Level = { readonly price: string; readonly qty: string };
const pairs = (levels: readonly Level[]): [string, string][] => levels.map((l) => [l.price, l.qty]);

/** One JSON `trade` payload per trade of the SBE event, in order. */
export function sbeTradesAsJson(event: SbeTradesStreamEvent): TradeEvent[] {
  return tradesAsJson(event, toMilliseconds);
}

function tradesAsJson(event: SbeTradesStreamEvent, time: JsonTime): TradeEvent[] {
  const E = time(event.eventTimeUs);
  const T = time(event.transactTimeUs);
  return event.trades.map((t) => ({
    e: 'trade',
    E,
    s: event.symbol,
    t: t.id,
    p: t.price,
    q: t.qty,
    T,
    m: t.isBuyerMaker,
    M: t.isBestMatch,
  }));
}

/** The JSON `bookTicker` payload (it has no event time; SBE's is dropped). */
export function sbeBestBidAskAsJson(event: SbeBestBidAskStreamEvent): BookTickerEvent {
  return {
    u: event.bookUpdateId,
    s: event.symbol,
    b: event.bidPrice,
    B: event.bidQty,
    a: event.askPrice,
    A: event.askQty,
  };
}

/** The JSON `depthUpdate` payload: what `localOrderBook`'s `diffs` takes. */
export function sbeDepthDiffAsJson(event: SbeDepthDiffStreamEvent): DiffDepthEvent {
  return depthDiffAsJson(event, toMilliseconds);
}

function depthDiffAsJson(event: SbeDepthDiffStreamEvent, time: JsonTime): DiffDepthEvent {
  return {
    e: 'depthUpdate',
    E: time(event.eventTimeUs),
    s: event.symbol,
    U: event.firstBookUpdateId,
    u: event.lastBookUpdateId,
    b: pairs(event.bids),
    a: pairs(event.asks),
  };
}

/** The JSON partial depth payload (`<symbol>@depth20`). */
export function sbeDepthSnapshotAsJson(event: SbeDepthSnapshotStreamEvent): PartialDepthEvent {
  return { lastUpdateId: event.bookUpdateId, bids: pairs(event.bids), asks: pairs(event.asks) };
}

/**
 * Hands `emit` the JSON payloads of any SBE event (with string decimals), in order: one per trade
 * of a trades event, one for the others.
 */
export function forEachJsonOf(
  event: SbeEvent,
  time: JsonTime,
  emit: (payload: object) => void,
): void {
  switch (event.message) {
    case 'TradesStreamEvent':
      for (const trade of tradesAsJson(event, time)) emit(trade);
      return;
    case 'BestBidAskStreamEvent':
      emit(sbeBestBidAskAsJson(event));
      return;
    case 'DepthDiffStreamEvent':
      emit(depthDiffAsJson(event, time));
      return;
    case 'DepthSnapshotStreamEvent':
      emit(sbeDepthSnapshotAsJson(event));
      return;
  }
}

/** A partial depth payload cut to its top `levels` per side (JSON's `@depth5`, `@depth10`). */
export function topLevels(payload: PartialDepthEvent, levels: number): PartialDepthEvent {
  return {
    lastUpdateId: payload.lastUpdateId,
    bids: payload.bids.slice(0, levels),
    asks: payload.asks.slice(0, levels),
  };
}
