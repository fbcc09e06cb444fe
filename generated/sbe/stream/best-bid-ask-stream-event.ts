// Generated from spec/sbe/stream_1_0.xml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { SBE_HEADER_LENGTH, SbeDecodeError, decimalOf, readSbeTemplateId, sbeDecimal, sbeInt64, sbeNeed, sbeVarString8, sbeVarString8Bytes, writeSbeDecimal, writeSbeHeader, writeSbeInt64, type Microseconds, type SbeDecodeOptions } from '../../../src/generated-runtime';
import { SBE_SCHEMA } from './schema';

/** Template id of `BestBidAskStreamEvent`. */
export const BEST_BID_ASK_STREAM_EVENT_TEMPLATE_ID = 10001;

/** SBE message `BestBidAskStreamEvent` (template id 10001); decimals are `D` (exact strings by default). */
export interface SbeBestBidAskStreamEvent<D = string> {
  /** The SBE message (template 10001). */
  readonly message: 'BestBidAskStreamEvent';
  /** `BestBidAskStreamEvent.eventTime`: UTC timestamp in microseconds. */
  readonly eventTimeUs: Microseconds;
  /** `BestBidAskStreamEvent.bookUpdateId`: int64. */
  readonly bookUpdateId: number;
  /** `BestBidAskStreamEvent.priceExponent`: int8. */
  readonly priceExponent: number;
  /** `BestBidAskStreamEvent.qtyExponent`: int8. */
  readonly qtyExponent: number;
  /** `BestBidAskStreamEvent.bidPrice`: exact decimal: mantissa × 10^priceExponent. */
  readonly bidPrice: D;
  /** `BestBidAskStreamEvent.bidQty`: exact decimal: mantissa × 10^qtyExponent. */
  readonly bidQty: D;
  /** `BestBidAskStreamEvent.askPrice`: exact decimal: mantissa × 10^priceExponent. */
  readonly askPrice: D;
  /** `BestBidAskStreamEvent.askQty`: exact decimal: mantissa × 10^qtyExponent. */
  readonly askQty: D;
  /** `BestBidAskStreamEvent.symbol`: varString8. */
  readonly symbol: string;
}

/** Decodes the body of a `BestBidAskStreamEvent` frame whose header `readSbeTemplateId` has checked. */
export function decodeBestBidAskStreamEventBody<D>(view: DataView, toD: (value: string) => D): SbeBestBidAskStreamEvent<D> {
  const blockLength = view.getUint16(0, true);
  if (blockLength < 50) {
    throw new SbeDecodeError('invalid-value', `BestBidAskStreamEvent: blockLength ${blockLength} < 50`, 10001);
  }
  const root = SBE_HEADER_LENGTH;
  sbeNeed(view, root + blockLength, 'BestBidAskStreamEvent root block');
  const eventTimeUs = sbeInt64(view, root + 0, 'BestBidAskStreamEvent.eventTime') as Microseconds;
  const bookUpdateId = sbeInt64(view, root + 8, 'BestBidAskStreamEvent.bookUpdateId');
  const priceExponent = view.getInt8(root + 16);
  const qtyExponent = view.getInt8(root + 17);
  const bidPrice = toD(sbeDecimal(view, root + 18, priceExponent));
  const bidQty = toD(sbeDecimal(view, root + 26, qtyExponent));
  const askPrice = toD(sbeDecimal(view, root + 34, priceExponent));
  const askQty = toD(sbeDecimal(view, root + 42, qtyExponent));
  const pos = root + blockLength;
  const symbol = sbeVarString8(view, pos, 'BestBidAskStreamEvent.symbol');
  return { message: 'BestBidAskStreamEvent', eventTimeUs, bookUpdateId, priceExponent, qtyExponent, bidPrice, bidQty, askPrice, askQty, symbol };
}

/** Decodes one `BestBidAskStreamEvent` frame; any other template, schema or version is an `SbeDecodeError`. */
export function decodeBestBidAskStreamEvent<D = string>(view: DataView, options?: SbeDecodeOptions<D>): SbeBestBidAskStreamEvent<D> {
  const templateId = readSbeTemplateId(view, SBE_SCHEMA);
  if (templateId !== 10001) {
    throw new SbeDecodeError('unknown-template', `template ${templateId}, expected 10001 (BestBidAskStreamEvent)`, templateId);
  }
  return decodeBestBidAskStreamEventBody(view, decimalOf(options));
}

/** Encodes one `BestBidAskStreamEvent` frame (header included); the inverse of `decodeBestBidAskStreamEvent`. */
export function encodeBestBidAskStreamEvent(event: SbeBestBidAskStreamEvent<string>): Uint8Array {
  const symbolBytes = sbeVarString8Bytes(event.symbol, 'BestBidAskStreamEvent.symbol');
  const bytes = new Uint8Array(SBE_HEADER_LENGTH + 50 + 1 + symbolBytes.length);
  const view = new DataView(bytes.buffer);
  writeSbeHeader(view, 50, 10001, SBE_SCHEMA);
  const root = SBE_HEADER_LENGTH;
  writeSbeInt64(view, root + 0, event.eventTimeUs);
  writeSbeInt64(view, root + 8, event.bookUpdateId);
  view.setInt8(root + 16, event.priceExponent);
  view.setInt8(root + 17, event.qtyExponent);
  writeSbeDecimal(view, root + 18, event.bidPrice, event.priceExponent, 'BestBidAskStreamEvent.bidPrice');
  writeSbeDecimal(view, root + 26, event.bidQty, event.qtyExponent, 'BestBidAskStreamEvent.bidQty');
  writeSbeDecimal(view, root + 34, event.askPrice, event.priceExponent, 'BestBidAskStreamEvent.askPrice');
  writeSbeDecimal(view, root + 42, event.askQty, event.qtyExponent, 'BestBidAskStreamEvent.askQty');
  const pos = root + 50;
  view.setUint8(pos, symbolBytes.length);
  bytes.set(symbolBytes, pos + 1);
  return bytes;
}
