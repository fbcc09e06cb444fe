// Generated from spec/sbe/stream_1_0.xml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { InvalidParameterError, SBE_HEADER_LENGTH, SbeDecodeError, decimalOf, readSbeTemplateId, sbeDecimal, sbeInt64, sbeNeed, sbeVarString8, sbeVarString8Bytes, writeSbeDecimal, writeSbeHeader, writeSbeInt64, type Microseconds, type SbeDecodeOptions } from '../../../src/generated-runtime';
import { SBE_SCHEMA } from './schema';

/** Template id of `DepthSnapshotStreamEvent`. */
export const DEPTH_SNAPSHOT_STREAM_EVENT_TEMPLATE_ID = 10002;

/** One entry of `DepthSnapshotStreamEvent.bids`. */
export interface SbeDepthSnapshotStreamEventBids<D = string> {
  /** `DepthSnapshotStreamEvent.bids.price`: exact decimal: mantissa × 10^priceExponent. */
  readonly price: D;
  /** `DepthSnapshotStreamEvent.bids.qty`: exact decimal: mantissa × 10^qtyExponent. */
  readonly qty: D;
}

/** One entry of `DepthSnapshotStreamEvent.asks`. */
export interface SbeDepthSnapshotStreamEventAsks<D = string> {
  /** `DepthSnapshotStreamEvent.asks.price`: exact decimal: mantissa × 10^priceExponent. */
  readonly price: D;
  /** `DepthSnapshotStreamEvent.asks.qty`: exact decimal: mantissa × 10^qtyExponent. */
  readonly qty: D;
}

/** SBE message `DepthSnapshotStreamEvent` (template id 10002); decimals are `D` (exact strings by default). */
export interface SbeDepthSnapshotStreamEvent<D = string> {
  /** The SBE message (template 10002). */
  readonly message: 'DepthSnapshotStreamEvent';
  /** `DepthSnapshotStreamEvent.eventTime`: UTC timestamp in microseconds. */
  readonly eventTimeUs: Microseconds;
  /** `DepthSnapshotStreamEvent.bookUpdateId`: int64. */
  readonly bookUpdateId: number;
  /** `DepthSnapshotStreamEvent.priceExponent`: int8. */
  readonly priceExponent: number;
  /** `DepthSnapshotStreamEvent.qtyExponent`: int8. */
  readonly qtyExponent: number;
  /** Repeating group `bids`, decoded into an array. */
  readonly bids: SbeDepthSnapshotStreamEventBids<D>[];
  /** Repeating group `asks`, decoded into an array. */
  readonly asks: SbeDepthSnapshotStreamEventAsks<D>[];
  /** `DepthSnapshotStreamEvent.symbol`: varString8. */
  readonly symbol: string;
}

/** Decodes the body of a `DepthSnapshotStreamEvent` frame whose header `readSbeTemplateId` has checked. */
export function decodeDepthSnapshotStreamEventBody<D>(view: DataView, toD: (value: string) => D): SbeDepthSnapshotStreamEvent<D> {
  const blockLength = view.getUint16(0, true);
  if (blockLength < 18) {
    throw new SbeDecodeError('invalid-value', `DepthSnapshotStreamEvent: blockLength ${blockLength} < 18`, 10002);
  }
  const root = SBE_HEADER_LENGTH;
  sbeNeed(view, root + blockLength, 'DepthSnapshotStreamEvent root block');
  const eventTimeUs = sbeInt64(view, root + 0, 'DepthSnapshotStreamEvent.eventTime') as Microseconds;
  const bookUpdateId = sbeInt64(view, root + 8, 'DepthSnapshotStreamEvent.bookUpdateId');
  const priceExponent = view.getInt8(root + 16);
  const qtyExponent = view.getInt8(root + 17);
  let pos = root + blockLength;
  sbeNeed(view, pos + 4, 'DepthSnapshotStreamEvent.bids dimensions');
  const bidsBlock = view.getUint16(pos, true);
  const bidsCount = view.getUint16(pos + 2, true);
  if (bidsBlock < 16) {
    throw new SbeDecodeError('invalid-value', `DepthSnapshotStreamEvent.bids: blockLength ${bidsBlock} < 16`, 10002);
  }
  pos += 4;
  sbeNeed(view, pos + bidsCount * bidsBlock, 'DepthSnapshotStreamEvent.bids');
  const bids: SbeDepthSnapshotStreamEventBids<D>[] = new Array(bidsCount);
  for (let i = 0; i < bidsCount; i++, pos += bidsBlock) {
    bids[i] = { price: toD(sbeDecimal(view, pos + 0, priceExponent)), qty: toD(sbeDecimal(view, pos + 8, qtyExponent)) };
  }
  sbeNeed(view, pos + 4, 'DepthSnapshotStreamEvent.asks dimensions');
  const asksBlock = view.getUint16(pos, true);
  const asksCount = view.getUint16(pos + 2, true);
  if (asksBlock < 16) {
    throw new SbeDecodeError('invalid-value', `DepthSnapshotStreamEvent.asks: blockLength ${asksBlock} < 16`, 10002);
  }
  pos += 4;
  sbeNeed(view, pos + asksCount * asksBlock, 'DepthSnapshotStreamEvent.asks');
  const asks: SbeDepthSnapshotStreamEventAsks<D>[] = new Array(asksCount);
  for (let i = 0; i < asksCount; i++, pos += asksBlock) {
    asks[i] = { price: toD(sbeDecimal(view, pos + 0, priceExponent)), qty: toD(sbeDecimal(view, pos + 8, qtyExponent)) };
  }
  const symbol = sbeVarString8(view, pos, 'DepthSnapshotStreamEvent.symbol');
  return { message: 'DepthSnapshotStreamEvent', eventTimeUs, bookUpdateId, priceExponent, qtyExponent, bids, asks, symbol };
}

/** Decodes one `DepthSnapshotStreamEvent` frame; any other template, schema or version is an `SbeDecodeError`. */
export function decodeDepthSnapshotStreamEvent<D = string>(view: DataView, options?: SbeDecodeOptions<D>): SbeDepthSnapshotStreamEvent<D> {
  const templateId = readSbeTemplateId(view, SBE_SCHEMA);
  if (templateId !== 10002) {
    throw new SbeDecodeError('unknown-template', `template ${templateId}, expected 10002 (DepthSnapshotStreamEvent)`, templateId);
  }
  return decodeDepthSnapshotStreamEventBody(view, decimalOf(options));
}

/** Encodes one `DepthSnapshotStreamEvent` frame (header included); the inverse of `decodeDepthSnapshotStreamEvent`. */
export function encodeDepthSnapshotStreamEvent(event: SbeDepthSnapshotStreamEvent<string>): Uint8Array {
  const symbolBytes = sbeVarString8Bytes(event.symbol, 'DepthSnapshotStreamEvent.symbol');
  const bytes = new Uint8Array(SBE_HEADER_LENGTH + 18 + 4 + event.bids.length * 16 + 4 + event.asks.length * 16 + 1 + symbolBytes.length);
  const view = new DataView(bytes.buffer);
  writeSbeHeader(view, 18, 10002, SBE_SCHEMA);
  const root = SBE_HEADER_LENGTH;
  writeSbeInt64(view, root + 0, event.eventTimeUs);
  writeSbeInt64(view, root + 8, event.bookUpdateId);
  view.setInt8(root + 16, event.priceExponent);
  view.setInt8(root + 17, event.qtyExponent);
  let pos = root + 18;
  if (event.bids.length > 65535) {
    throw new InvalidParameterError('sbe', 'DepthSnapshotStreamEvent.bids', event.bids.length, 'entries exceed 65535');
  }
  view.setUint16(pos, 16, true);
  view.setUint16(pos + 2, event.bids.length, true);
  pos += 4;
  for (const item of event.bids) {
    writeSbeDecimal(view, pos + 0, item.price, event.priceExponent, 'DepthSnapshotStreamEvent.bids.price');
    writeSbeDecimal(view, pos + 8, item.qty, event.qtyExponent, 'DepthSnapshotStreamEvent.bids.qty');
    pos += 16;
  }
  if (event.asks.length > 65535) {
    throw new InvalidParameterError('sbe', 'DepthSnapshotStreamEvent.asks', event.asks.length, 'entries exceed 65535');
  }
  view.setUint16(pos, 16, true);
  view.setUint16(pos + 2, event.asks.length, true);
  pos += 4;
  for (const item of event.asks) {
    writeSbeDecimal(view, pos + 0, item.price, event.priceExponent, 'DepthSnapshotStreamEvent.asks.price');
    writeSbeDecimal(view, pos + 8, item.qty, event.qtyExponent, 'DepthSnapshotStreamEvent.asks.qty');
    pos += 16;
  }
  view.setUint8(pos, symbolBytes.length);
  bytes.set(symbolBytes, pos + 1);
  return bytes;
}
