// Generated from spec/sbe/stream_1_0.xml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { InvalidParameterError, SBE_HEADER_LENGTH, SbeDecodeError, decimalOf, readSbeTemplateId, sbeDecimal, sbeInt64, sbeNeed, sbeVarString8, sbeVarString8Bytes, writeSbeDecimal, writeSbeHeader, writeSbeInt64, type Microseconds, type SbeDecodeOptions } from '../../../src/generated-runtime';
import { SBE_SCHEMA } from './schema';

/** Template id of `DepthDiffStreamEvent`. */
export const DEPTH_DIFF_STREAM_EVENT_TEMPLATE_ID = 10003;

/** One entry of `DepthDiffStreamEvent.bids`. */
export interface SbeDepthDiffStreamEventBids<D = string> {
  /** `DepthDiffStreamEvent.bids.price`: exact decimal: mantissa × 10^priceExponent. */
  readonly price: D;
  /** `DepthDiffStreamEvent.bids.qty`: exact decimal: mantissa × 10^qtyExponent. */
  readonly qty: D;
}

/** One entry of `DepthDiffStreamEvent.asks`. */
export interface SbeDepthDiffStreamEventAsks<D = string> {
  /** `DepthDiffStreamEvent.asks.price`: exact decimal: mantissa × 10^priceExponent. */
  readonly price: D;
  /** `DepthDiffStreamEvent.asks.qty`: exact decimal: mantissa × 10^qtyExponent. */
  readonly qty: D;
}

/** SBE message `DepthDiffStreamEvent` (template id 10003); decimals are `D` (exact strings by default). */
export interface SbeDepthDiffStreamEvent<D = string> {
  /** The SBE message (template 10003). */
  readonly message: 'DepthDiffStreamEvent';
  /** `DepthDiffStreamEvent.eventTime`: UTC timestamp in microseconds. */
  readonly eventTimeUs: Microseconds;
  /** `DepthDiffStreamEvent.firstBookUpdateId`: int64. */
  readonly firstBookUpdateId: number;
  /** `DepthDiffStreamEvent.lastBookUpdateId`: int64. */
  readonly lastBookUpdateId: number;
  /** `DepthDiffStreamEvent.priceExponent`: int8. */
  readonly priceExponent: number;
  /** `DepthDiffStreamEvent.qtyExponent`: int8. */
  readonly qtyExponent: number;
  /** Repeating group `bids`, decoded into an array. */
  readonly bids: SbeDepthDiffStreamEventBids<D>[];
  /** Repeating group `asks`, decoded into an array. */
  readonly asks: SbeDepthDiffStreamEventAsks<D>[];
  /** `DepthDiffStreamEvent.symbol`: varString8. */
  readonly symbol: string;
}

/** Decodes the body of a `DepthDiffStreamEvent` frame whose header `readSbeTemplateId` has checked. */
export function decodeDepthDiffStreamEventBody<D>(view: DataView, toD: (value: string) => D): SbeDepthDiffStreamEvent<D> {
  const blockLength = view.getUint16(0, true);
  if (blockLength < 26) {
    throw new SbeDecodeError('invalid-value', `DepthDiffStreamEvent: blockLength ${blockLength} < 26`, 10003);
  }
  const root = SBE_HEADER_LENGTH;
  sbeNeed(view, root + blockLength, 'DepthDiffStreamEvent root block');
  const eventTimeUs = sbeInt64(view, root + 0, 'DepthDiffStreamEvent.eventTime') as Microseconds;
  const firstBookUpdateId = sbeInt64(view, root + 8, 'DepthDiffStreamEvent.firstBookUpdateId');
  const lastBookUpdateId = sbeInt64(view, root + 16, 'DepthDiffStreamEvent.lastBookUpdateId');
  const priceExponent = view.getInt8(root + 24);
  const qtyExponent = view.getInt8(root + 25);
  let pos = root + blockLength;
  sbeNeed(view, pos + 4, 'DepthDiffStreamEvent.bids dimensions');
  const bidsBlock = view.getUint16(pos, true);
  const bidsCount = view.getUint16(pos + 2, true);
  if (bidsBlock < 16) {
    throw new SbeDecodeError('invalid-value', `DepthDiffStreamEvent.bids: blockLength ${bidsBlock} < 16`, 10003);
  }
  pos += 4;
  sbeNeed(view, pos + bidsCount * bidsBlock, 'DepthDiffStreamEvent.bids');
  const bids: SbeDepthDiffStreamEventBids<D>[] = new Array(bidsCount);
  for (let i = 0; i < bidsCount; i++, pos += bidsBlock) {
    bids[i] = { price: toD(sbeDecimal(view, pos + 0, priceExponent)), qty: toD(sbeDecimal(view, pos + 8, qtyExponent)) };
  }
  sbeNeed(view, pos + 4, 'DepthDiffStreamEvent.asks dimensions');
  const asksBlock = view.getUint16(pos, true);
  const asksCount = view.getUint16(pos + 2, true);
  if (asksBlock < 16) {
    throw new SbeDecodeError('invalid-value', `DepthDiffStreamEvent.asks: blockLength ${asksBlock} < 16`, 10003);
  }
  pos += 4;
  sbeNeed(view, pos + asksCount * asksBlock, 'DepthDiffStreamEvent.asks');
  const asks: SbeDepthDiffStreamEventAsks<D>[] = new Array(asksCount);
  for (let i = 0; i < asksCount; i++, pos += asksBlock) {
    asks[i] = { price: toD(sbeDecimal(view, pos + 0, priceExponent)), qty: toD(sbeDecimal(view, pos + 8, qtyExponent)) };
  }
  const symbol = sbeVarString8(view, pos, 'DepthDiffStreamEvent.symbol');
  return { message: 'DepthDiffStreamEvent', eventTimeUs, firstBookUpdateId, lastBookUpdateId, priceExponent, qtyExponent, bids, asks, symbol };
}

/** Decodes one `DepthDiffStreamEvent` frame; any other template, schema or version is an `SbeDecodeError`. */
export function decodeDepthDiffStreamEvent<D = string>(view: DataView, options?: SbeDecodeOptions<D>): SbeDepthDiffStreamEvent<D> {
  const templateId = readSbeTemplateId(view, SBE_SCHEMA);
  if (templateId !== 10003) {
    throw new SbeDecodeError('unknown-template', `template ${templateId}, expected 10003 (DepthDiffStreamEvent)`, templateId);
  }
  return decodeDepthDiffStreamEventBody(view, decimalOf(options));
}

/** Encodes one `DepthDiffStreamEvent` frame (header included); the inverse of `decodeDepthDiffStreamEvent`. */
export function encodeDepthDiffStreamEvent(event: SbeDepthDiffStreamEvent<string>): Uint8Array {
  const symbolBytes = sbeVarString8Bytes(event.symbol, 'DepthDiffStreamEvent.symbol');
  const bytes = new Uint8Array(SBE_HEADER_LENGTH + 26 + 4 + event.bids.length * 16 + 4 + event.asks.length * 16 + 1 + symbolBytes.length);
  const view = new DataView(bytes.buffer);
  writeSbeHeader(view, 26, 10003, SBE_SCHEMA);
  const root = SBE_HEADER_LENGTH;
  writeSbeInt64(view, root + 0, event.eventTimeUs);
  writeSbeInt64(view, root + 8, event.firstBookUpdateId);
  writeSbeInt64(view, root + 16, event.lastBookUpdateId);
  view.setInt8(root + 24, event.priceExponent);
  view.setInt8(root + 25, event.qtyExponent);
  let pos = root + 26;
  if (event.bids.length > 65535) {
    throw new InvalidParameterError('sbe', 'DepthDiffStreamEvent.bids', event.bids.length, 'entries exceed 65535');
  }
  view.setUint16(pos, 16, true);
  view.setUint16(pos + 2, event.bids.length, true);
  pos += 4;
  for (const item of event.bids) {
    writeSbeDecimal(view, pos + 0, item.price, event.priceExponent, 'DepthDiffStreamEvent.bids.price');
    writeSbeDecimal(view, pos + 8, item.qty, event.qtyExponent, 'DepthDiffStreamEvent.bids.qty');
    pos += 16;
  }
  if (event.asks.length > 65535) {
    throw new InvalidParameterError('sbe', 'DepthDiffStreamEvent.asks', event.asks.length, 'entries exceed 65535');
  }
  view.setUint16(pos, 16, true);
  view.setUint16(pos + 2, event.asks.length, true);
  pos += 4;
  for (const item of event.asks) {
    writeSbeDecimal(view, pos + 0, item.price, event.priceExponent, 'DepthDiffStreamEvent.asks.price');
    writeSbeDecimal(view, pos + 8, item.qty, event.qtyExponent, 'DepthDiffStreamEvent.asks.qty');
    pos += 16;
  }
  view.setUint8(pos, symbolBytes.length);
  bytes.set(symbolBytes, pos + 1);
  return bytes;
}
