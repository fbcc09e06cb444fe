/**
 * A feed payload (the JSON stream's) as the SBE frame of the same event, through the encoders
 * generated from spec/sbe/stream_1_0.xml. Exponents are the places the market formats with.
 */
import {
  encodeBestBidAskStreamEvent,
  encodeDepthDiffStreamEvent,
  encodeDepthSnapshotStreamEvent,
  encodeTradesStreamEvent,
} from '../../generated/sbe/stream';
import type { Microseconds } from '../../src/sbe/types';
import type { StreamSpec } from '../streams/names';
import type { diffDepthPayload, partialDepthPayload } from '../streams/payloads/depth';
import type { bookTickerPayload, tradePayload } from '../streams/payloads/trades';

type Level = readonly [string, string];

const micros = (ms: number) => (ms * 1000) as Microseconds;
const places = (value: string): number => {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
};
/** The exponent that writes every value exactly (the most places among them; -8 for none). */
const exponentOf = (values: readonly string[]): number =>
  values.length === 0 ? -8 : -Math.max(...values.map(places));

const levels = (list: readonly Level[]) => list.map(([price, qty]) => ({ price, qty }));

function depthExponents(bids: readonly Level[], asks: readonly Level[]) {
  const all = [...bids, ...asks];
  return {
    priceExponent: exponentOf(all.map((l) => l[0])),
    qtyExponent: exponentOf(all.map((l) => l[1])),
  };
}

/** The SBE frame of `payload`; SBE streams exist only for trade, bookTicker and depth feeds. */
export function sbeFrame(spec: StreamSpec, payload: unknown, nowMs: number): Uint8Array {
  switch (spec.kind) {
    case 'trade':
      return tradeFrame(payload as ReturnType<typeof tradePayload>);
    case 'bookTicker':
      return bestBidAskFrame(payload as ReturnType<typeof bookTickerPayload>, nowMs);
    case 'partialDepth': {
      const p = payload as ReturnType<typeof partialDepthPayload>;
      return encodeDepthSnapshotStreamEvent({
        message: 'DepthSnapshotStreamEvent',
        eventTimeUs: micros(nowMs),
        bookUpdateId: p.lastUpdateId,
        ...depthExponents(p.bids, p.asks),
        bids: levels(p.bids),
        asks: levels(p.asks),
        symbol: spec.symbol.toUpperCase(),
      });
    }
    case 'diffDepth': {
      const p = payload as ReturnType<typeof diffDepthPayload>;
      return encodeDepthDiffStreamEvent({
        message: 'DepthDiffStreamEvent',
        eventTimeUs: micros(p.E),
        firstBookUpdateId: p.U,
        lastBookUpdateId: p.u,
        ...depthExponents(p.b, p.a),
        bids: levels(p.b),
        asks: levels(p.a),
        symbol: p.s,
      });
    }
    default:
      throw new Error(`no SBE message for ${spec.kind} streams`);
  }
}

const tradeFrame = (p: ReturnType<typeof tradePayload>): Uint8Array =>
  encodeTradesStreamEvent({
    message: 'TradesStreamEvent',
    eventTimeUs: micros(p.E),
    transactTimeUs: micros(p.T),
    priceExponent: exponentOf([p.p]),
    qtyExponent: exponentOf([p.q]),
    trades: [{ id: p.t, price: p.p, qty: p.q, isBuyerMaker: p.m, isBestMatch: true }],
    symbol: p.s,
  });

const bestBidAskFrame = (p: ReturnType<typeof bookTickerPayload>, nowMs: number): Uint8Array =>
  encodeBestBidAskStreamEvent({
    message: 'BestBidAskStreamEvent',
    eventTimeUs: micros(nowMs),
    bookUpdateId: p.u,
    priceExponent: exponentOf([p.b, p.a]),
    qtyExponent: exponentOf([p.B, p.A]),
    bidPrice: p.b,
    bidQty: p.B,
    askPrice: p.a,
    askQty: p.A,
    symbol: p.s,
  });
