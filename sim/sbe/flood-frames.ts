/**
 * SBE frames for flood mode: each sample is encoded once (`frames.ts`) and wrapped once in its
 * WebSocket frame header; a batch is then those bytes copied into one buffer, each message's send
 * time and sequence written in place at their offsets, so the feed outruns the client as the JSON
 * templates do (no per-message copy, view or array). The offsets are those of
 * spec/sbe/stream_1_0.xml (test/sim checks them by decoding); the header's block length places
 * the first group entry.
 */
import type { StreamSpec } from '../streams/names';
import { sbeFrame } from './frames';

const HEADER = 8;
const TRADES = 10000;
const DEPTH_DIFF = 10003;
const TWO_32 = 4294967296;

/** One sample as a ready server-to-client binary frame, and where to stamp it. */
interface FramedSample {
  readonly bytes: Buffer;
  /** Offsets in `bytes` of the int64s that take the send time (µs). */
  readonly time: readonly number[];
  /** Offsets in `bytes` of the int64s that take the sequence number. */
  readonly seq: readonly number[];
}

/** Writes a non-negative safe integer as an int64, little-endian. */
function setInt64(out: Buffer, offset: number, value: number): void {
  out.writeUInt32LE(value % TWO_32, offset);
  out.writeUInt32LE(Math.floor(value / TWO_32), offset + 4);
}

/** An unmasked binary frame around `message`: event time first, then the id the stream counts. */
function framed(message: Uint8Array): FramedSample {
  const n = message.length;
  const head = n < 126 ? 2 : n < 65_536 ? 4 : 10;
  const bytes = Buffer.allocUnsafe(head + n);
  bytes[0] = 0x82;
  if (n < 126) bytes[1] = n;
  else if (n < 65_536) {
    bytes[1] = 126;
    bytes.writeUInt16BE(n, 2);
  } else {
    bytes[1] = 127;
    bytes.writeBigUInt64BE(BigInt(n), 2);
  }
  bytes.set(message, head);
  const root = head + HEADER;
  const blockLength = bytes.readUInt16LE(head);
  switch (bytes.readUInt16LE(head + 2)) {
    case TRADES: // eventTime, transactTime; trades[0].id after the group's 6-byte dimensions
      return { bytes, time: [root, root + 8], seq: [root + blockLength + 6] };
    case DEPTH_DIFF: // firstBookUpdateId, lastBookUpdateId
      return { bytes, time: [root], seq: [root + 8, root + 16] };
    default: // bookUpdateId
      return { bytes, time: [root], seq: [root + 8] };
  }
}

/**
 * The socket writes of a flood from `samples` (used in turn): messages `from` (inclusive) to `to`
 * as binary frames in one buffer, stamped with `sendTimeUs` and their sequence numbers.
 */
export function sbeFloodBatch(
  spec: StreamSpec,
  samples: readonly unknown[],
  nowMs: number,
): (sendTimeUs: number, from: number, to: number) => Buffer {
  const all = samples.map((sample) => framed(sbeFrame(spec, sample, nowMs)));
  return (sendTimeUs, from, to) => {
    let total = 0;
    for (let seq = from; seq < to; seq += 1) total += all[seq % all.length]!.bytes.length;
    const out = Buffer.allocUnsafe(total);
    let at = 0;
    for (let seq = from; seq < to; seq += 1) {
      const sample = all[seq % all.length]!;
      sample.bytes.copy(out, at);
      for (const offset of sample.time) setInt64(out, at + offset, sendTimeUs);
      for (const offset of sample.seq) setInt64(out, at + offset, seq);
      at += sample.bytes.length;
    }
    return out;
  };
}
