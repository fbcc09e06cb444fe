/** Reading and writing the SBE field encodings other than decimals and the header. */
import { InvalidParameterError, SbeDecodeError } from '../errors';

const TWO_32 = 4294967296;

/** Throws `truncated` unless the frame holds `end` bytes. */
export function sbeNeed(view: DataView, end: number, what: string): void {
  if (end > view.byteLength) {
    throw new SbeDecodeError(
      'truncated',
      `${what} ends at byte ${end}, the frame has ${view.byteLength}`,
    );
  }
}

/** An int64 as a number; `invalid-value` when it is outside the safe integer range. */
export function sbeInt64(view: DataView, offset: number, field: string): number {
  const hi = view.getInt32(offset + 4, true);
  const value = hi * TWO_32 + view.getUint32(offset, true);
  if (!Number.isSafeInteger(value)) {
    const exact = view.getBigInt64(offset, true).toString();
    throw new SbeDecodeError('invalid-value', `${field}: ${exact} is not a safe integer`);
  }
  return value;
}

/** A `boolEnum` (0 false, 1 true); any other byte is `invalid-value`. */
export function sbeBool(view: DataView, offset: number, field: string): boolean {
  const byte = view.getUint8(offset);
  if (byte > 1) throw new SbeDecodeError('invalid-value', `${field}: ${byte} is not a boolEnum`);
  return byte === 1;
}

// Marked pure, so that a bundle without SBE drops them (a bundler cannot tell these have no effect).
const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = /* @__PURE__ */ new TextEncoder();

/**
 * Recently read ASCII strings (symbols: every frame of a stream carries the same one), by a hash
 * of their bytes: a hit returns the same string, with no allocation and its hash already known to
 * the Maps that route it. Fixed size, so a server sending ever new strings cannot grow it.
 */
const RECENT_SIZE = 256;
// Made by a call marked pure: a bundle that reads no SBE string (a ticker-only import) drops it.
const recentText = /* @__PURE__ */ emptySlots(RECENT_SIZE);

function emptySlots(size: number): (string | undefined)[] {
  return new Array<string | undefined>(size).fill(undefined);
}

/** A `varString8` at `offset`: its value and the offset after it. ASCII without TextDecoder. */
export function sbeVarString8(view: DataView, offset: number, field: string): string {
  sbeNeed(view, offset + 1, field);
  const length = view.getUint8(offset);
  const start = offset + 1;
  sbeNeed(view, start + length, field);
  let hash = length;
  for (let i = 0; i < length; i++) {
    const byte = view.getUint8(start + i);
    if (byte > 0x7f) return utf8Decode(view, start, length, field);
    hash = (hash * 31 + byte) | 0;
  }
  const slot = hash & (RECENT_SIZE - 1);
  const recent = recentText[slot];
  if (recent !== undefined && sameAscii(recent, view, start, length)) return recent;
  let ascii = '';
  for (let i = 0; i < length; i++) ascii += String.fromCharCode(view.getUint8(start + i));
  recentText[slot] = ascii;
  return ascii;
}

function sameAscii(text: string, view: DataView, start: number, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < length; i++) {
    if (text.charCodeAt(i) !== view.getUint8(start + i)) return false;
  }
  return true;
}

function utf8Decode(view: DataView, start: number, length: number, field: string): string {
  try {
    return utf8.decode(new Uint8Array(view.buffer, view.byteOffset + start, length));
  } catch {
    throw new SbeDecodeError('invalid-value', `${field}: not UTF-8`);
  }
}

/** The UTF-8 bytes of a `varString8` value; `invalid-value` beyond 255 bytes. */
export function sbeVarString8Bytes(value: string, field: string): Uint8Array {
  const bytes = utf8Encoder.encode(value);
  if (bytes.length > 255)
    throw new InvalidParameterError('sbe', field, value, 'is longer than 255 bytes');
  return bytes;
}

/** Writes an int64 from a safe integer. */
export function writeSbeInt64(view: DataView, offset: number, value: number): void {
  view.setBigInt64(offset, BigInt(value), true);
}
