// Generated from spec/sbe/stream_1_0.xml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { InvalidParameterError, SBE_HEADER_LENGTH, SbeDecodeError, decimalOf, readSbeTemplateId, sbeBool, sbeDecimal, sbeInt64, sbeNeed, sbeVarString8, sbeVarString8Bytes, writeSbeDecimal, writeSbeHeader, writeSbeInt64, type Microseconds, type SbeDecodeOptions } from '../../../src/generated-runtime';
import { SBE_SCHEMA } from './schema';

/** Template id of `TradesStreamEvent`. */
export const TRADES_STREAM_EVENT_TEMPLATE_ID = 10000;

/** One entry of `TradesStreamEvent.trades`. */
export interface SbeTradesStreamEventTrades<D = string> {
  /** `TradesStreamEvent.trades.id`: int64. */
  readonly id: number;
  /** `TradesStreamEvent.trades.price`: exact decimal: mantissa × 10^priceExponent. */
  readonly price: D;
  /** `TradesStreamEvent.trades.qty`: exact decimal: mantissa × 10^qtyExponent. */
  readonly qty: D;
  /** `TradesStreamEvent.trades.isBuyerMaker`: boolEnum. */
  readonly isBuyerMaker: boolean;
  /** `TradesStreamEvent.trades.isBestMatch`: constant true (not on the wire). */
  readonly isBestMatch: true;
}

/** SBE message `TradesStreamEvent` (template id 10000); decimals are `D` (exact strings by default). */
export interface SbeTradesStreamEvent<D = string> {
  /** The SBE message (template 10000). */
  readonly message: 'TradesStreamEvent';
  /** `TradesStreamEvent.eventTime`: UTC timestamp in microseconds. */
  readonly eventTimeUs: Microseconds;
  /** `TradesStreamEvent.transactTime`: UTC timestamp in microseconds. */
  readonly transactTimeUs: Microseconds;
  /** `TradesStreamEvent.priceExponent`: int8. */
  readonly priceExponent: number;
  /** `TradesStreamEvent.qtyExponent`: int8. */
  readonly qtyExponent: number;
  /** Repeating group `trades`, decoded into an array. */
  readonly trades: SbeTradesStreamEventTrades<D>[];
  /** `TradesStreamEvent.symbol`: varString8. */
  readonly symbol: string;
}

/** Decodes the body of a `TradesStreamEvent` frame whose header `readSbeTemplateId` has checked. */
export function decodeTradesStreamEventBody<D>(view: DataView, toD: (value: string) => D): SbeTradesStreamEvent<D> {
  const blockLength = view.getUint16(0, true);
  if (blockLength < 18) {
    throw new SbeDecodeError('invalid-value', `TradesStreamEvent: blockLength ${blockLength} < 18`, 10000);
  }
  const root = SBE_HEADER_LENGTH;
  sbeNeed(view, root + blockLength, 'TradesStreamEvent root block');
  const eventTimeUs = sbeInt64(view, root + 0, 'TradesStreamEvent.eventTime') as Microseconds;
  const transactTimeUs = sbeInt64(view, root + 8, 'TradesStreamEvent.transactTime') as Microseconds;
  const priceExponent = view.getInt8(root + 16);
  const qtyExponent = view.getInt8(root + 17);
  let pos = root + blockLength;
  sbeNeed(view, pos + 6, 'TradesStreamEvent.trades dimensions');
  const tradesBlock = view.getUint16(pos, true);
  const tradesCount = view.getUint32(pos + 2, true);
  if (tradesBlock < 25) {
    throw new SbeDecodeError('invalid-value', `TradesStreamEvent.trades: blockLength ${tradesBlock} < 25`, 10000);
  }
  pos += 6;
  sbeNeed(view, pos + tradesCount * tradesBlock, 'TradesStreamEvent.trades');
  const trades: SbeTradesStreamEventTrades<D>[] = new Array(tradesCount);
  for (let i = 0; i < tradesCount; i++, pos += tradesBlock) {
    trades[i] = { id: sbeInt64(view, pos + 0, 'TradesStreamEvent.trades.id'), price: toD(sbeDecimal(view, pos + 8, priceExponent)), qty: toD(sbeDecimal(view, pos + 16, qtyExponent)), isBuyerMaker: sbeBool(view, pos + 24, 'TradesStreamEvent.trades.isBuyerMaker'), isBestMatch: true };
  }
  const symbol = sbeVarString8(view, pos, 'TradesStreamEvent.symbol');
  return { message: 'TradesStreamEvent', eventTimeUs, transactTimeUs, priceExponent, qtyExponent, trades, symbol };
}

/** Decodes one `TradesStreamEvent` frame; any other template, schema or version is an `SbeDecodeError`. */
export function decodeTradesStreamEvent<D = string>(view: DataView, options?: SbeDecodeOptions<D>): SbeTradesStreamEvent<D> {
  const templateId = readSbeTemplateId(view, SBE_SCHEMA);
  if (templateId !== 10000) {
    throw new SbeDecodeError('unknown-template', `template ${templateId}, expected 10000 (TradesStreamEvent)`, templateId);
  }
  return decodeTradesStreamEventBody(view, decimalOf(options));
}

/** Encodes one `TradesStreamEvent` frame (header included); the inverse of `decodeTradesStreamEvent`. */
export function encodeTradesStreamEvent(event: SbeTradesStreamEvent<string>): Uint8Array {
  const symbolBytes = sbeVarString8Bytes(event.symbol, 'TradesStreamEvent.symbol');
  const bytes = new Uint8Array(SBE_HEADER_LENGTH + 18 + 6 + event.trades.length * 25 + 1 + symbolBytes.length);
  const view = new DataView(bytes.buffer);
  writeSbeHeader(view, 18, 10000, SBE_SCHEMA);
  const root = SBE_HEADER_LENGTH;
  writeSbeInt64(view, root + 0, event.eventTimeUs);
  writeSbeInt64(view, root + 8, event.transactTimeUs);
  view.setInt8(root + 16, event.priceExponent);
  view.setInt8(root + 17, event.qtyExponent);
  let pos = root + 18;
  if (event.trades.length > 2147483647) {
    throw new InvalidParameterError('sbe', 'TradesStreamEvent.trades', event.trades.length, 'entries exceed 2147483647');
  }
  view.setUint16(pos, 25, true);
  view.setUint32(pos + 2, event.trades.length, true);
  pos += 6;
  for (const item of event.trades) {
    writeSbeInt64(view, pos + 0, item.id);
    writeSbeDecimal(view, pos + 8, item.price, event.priceExponent, 'TradesStreamEvent.trades.price');
    writeSbeDecimal(view, pos + 16, item.qty, event.qtyExponent, 'TradesStreamEvent.trades.qty');
    view.setUint8(pos + 24, item.isBuyerMaker ? 1 : 0);
    pos += 25;
  }
  view.setUint8(pos, symbolBytes.length);
  bytes.set(symbolBytes, pos + 1);
  return bytes;
}
