/**
 * SBE frames for flood mode: each sample is encoded once (`frames.ts`), then every message is a
 * copy with its send time and sequence written at their offsets, so the feed outruns the client
 * as the JSON templates do. The offsets are those of spec/sbe/stream_1_0.xml (test/sim checks
 * them by decoding); the header's block length places the first group entry.
 */
import type { StreamSpec } from '../streams/names';
import { sbeFrame } from './frames';

const HEADER = 8;
const TRADES = 10000;
const DEPTH_DIFF = 10003;

/** Writes an int64 (a safe integer) little-endian. */
function setInt64(bytes: Uint8Array, offset: number, value: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  view.setUint32(offset, value % 4294967296, true);
  view.setUint32(offset + 4, Math.floor(value / 4294967296), true);
}

/** Puts `sendTimeUs` and `seq` into a copy of `frame`: event time, then the id the stream counts. */
function stamp(frame: Uint8Array, sendTimeUs: number, seq: number): Uint8Array {
  const out = frame.slice();
  const view = new DataView(out.buffer);
  const template = view.getUint16(2, true);
  setInt64(out, HEADER, sendTimeUs);
  if (template === TRADES) {
    setInt64(out, HEADER + 8, sendTimeUs); // transactTime
    setInt64(out, HEADER + view.getUint16(0, true) + 6, seq); // trades[0].id
  } else if (template === DEPTH_DIFF) {
    setInt64(out, HEADER + 8, seq); // firstBookUpdateId
    setInt64(out, HEADER + 16, seq); // lastBookUpdateId
  } else {
    setInt64(out, HEADER + 8, seq); // bookUpdateId
  }
  return out;
}

/** Renders message `seq` of a flood from `samples` (used in turn), stamped with the send time. */
export function sbeFloodRenderer(
  spec: StreamSpec,
  samples: readonly unknown[],
  nowMs: number,
): (sendTimeUs: number, seq: number) => Uint8Array {
  const frames = samples.map((sample) => sbeFrame(spec, sample, nowMs));
  return (sendTimeUs, seq) => stamp(frames[seq % frames.length]!, sendTimeUs, seq);
}

/** Unmasked binary WebSocket frames (server to client), one buffer for one socket write. */
export function binaryFrames(payloads: readonly Uint8Array[]): Buffer {
  let total = 0;
  for (const p of payloads) total += p.length + (p.length < 126 ? 2 : p.length < 65_536 ? 4 : 10);
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  for (const p of payloads) {
    out[at++] = 0x82;
    if (p.length < 126) out[at++] = p.length;
    else if (p.length < 65_536) {
      out[at++] = 126;
      at = out.writeUInt16BE(p.length, at);
    } else {
      out[at++] = 127;
      at = out.writeBigUInt64BE(BigInt(p.length), at);
    }
    out.set(p, at);
    at += p.length;
  }
  return out;
}
