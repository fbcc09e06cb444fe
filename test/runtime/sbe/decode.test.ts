import { describe, expect, it } from 'vitest';
import {
  SBE_SCHEMA,
  decodeBestBidAskStreamEvent,
  decodeSbeEvent,
  encodeBestBidAskStreamEvent,
  encodeDepthDiffStreamEvent,
  encodeDepthSnapshotStreamEvent,
  encodeTradesStreamEvent,
  type SbeBestBidAskStreamEvent,
  type SbeDepthDiffStreamEvent,
  type SbeDepthSnapshotStreamEvent,
  type SbeTradesStreamEvent,
} from '../../../generated/sbe/stream';
import { InvalidParameterError, SbeDecodeError } from '../../../src/errors';
import type { Microseconds } from '../../../src/sbe/types';

const us = (value: number) => value as Microseconds;
const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const trade: SbeTradesStreamEvent = {
  message: 'TradesStreamEvent',
  eventTimeUs: us(1_770_123_456_789_123),
  transactTimeUs: us(1_770_123_456_789_001),
  priceExponent: -8,
  qtyExponent: -8,
  trades: [
    {
      id: 5_000_000_001,
      price: '97000.12000000',
      qty: '0.00100000',
      isBuyerMaker: true,
      isBestMatch: true,
    },
    {
      id: 5_000_000_002,
      price: '97000.13000000',
      qty: '1.50000000',
      isBuyerMaker: false,
      isBestMatch: true,
    },
  ],
  symbol: 'BTCUSDT',
};
const bestBidAsk: SbeBestBidAskStreamEvent = {
  message: 'BestBidAskStreamEvent',
  eventTimeUs: us(1_770_123_456_789_123),
  bookUpdateId: 400_900_217,
  priceExponent: -2,
  qtyExponent: -5,
  bidPrice: '25.35',
  bidQty: '31.21000',
  askPrice: '25.36',
  askQty: '40.66000',
  symbol: 'BNBUSDT',
};
const depth20: SbeDepthSnapshotStreamEvent = {
  message: 'DepthSnapshotStreamEvent',
  eventTimeUs: us(1_770_123_456_789_123),
  bookUpdateId: 160,
  priceExponent: -2,
  qtyExponent: 0,
  bids: [{ price: '0.01', qty: '10' }],
  asks: [
    { price: '100.00', qty: '1' },
    { price: '100.50', qty: '0' },
  ],
  symbol: 'BNBBTC',
};
const diff: SbeDepthDiffStreamEvent = {
  message: 'DepthDiffStreamEvent',
  eventTimeUs: us(1_770_123_456_789_123),
  firstBookUpdateId: 157,
  lastBookUpdateId: 160,
  priceExponent: 2,
  qtyExponent: -3,
  bids: [],
  asks: [{ price: '1200', qty: '-0.005' }],
  symbol: 'ÄBC',
};

describe('generated SBE decoders (stream_1_0.xml)', () => {
  it('reads a best bid/ask frame written byte by byte from the schema layout', () => {
    const bytes = new Uint8Array(8 + 50 + 1 + 7);
    const v = view(bytes);
    v.setUint16(0, 50, true); // blockLength: 8 + 8 + 1 + 1 + 4 × 8
    v.setUint16(2, 10001, true);
    v.setUint16(4, 1, true);
    v.setUint16(6, 0, true);
    v.setBigInt64(8, 1_770_123_456_789_123n, true);
    v.setBigInt64(16, 400_900_217n, true);
    v.setInt8(24, -2);
    v.setInt8(25, -5);
    v.setBigInt64(26, 2535n, true);
    v.setBigInt64(34, 3_121_000n, true);
    v.setBigInt64(42, 2536n, true);
    v.setBigInt64(50, 4_066_000n, true);
    v.setUint8(58, 7);
    bytes.set(new TextEncoder().encode('BNBUSDT'), 59);
    expect(decodeBestBidAskStreamEvent(v)).toEqual(bestBidAsk);
    expect(encodeBestBidAskStreamEvent(bestBidAsk)).toEqual(bytes);
  });

  it.each([trade, bestBidAsk, depth20, diff])(
    'round-trips $message through its encoder',
    (event) => {
      const frames = {
        TradesStreamEvent: () => encodeTradesStreamEvent(event as SbeTradesStreamEvent),
        BestBidAskStreamEvent: () => encodeBestBidAskStreamEvent(event as SbeBestBidAskStreamEvent),
        DepthSnapshotStreamEvent: () =>
          encodeDepthSnapshotStreamEvent(event as SbeDepthSnapshotStreamEvent),
        DepthDiffStreamEvent: () => encodeDepthDiffStreamEvent(event as SbeDepthDiffStreamEvent),
      };
      const bytes = frames[event.message]();
      expect(decodeSbeEvent(view(bytes))).toEqual(event);
    },
  );

  it('reads frames at a byte offset inside a larger buffer (as ws hands them)', () => {
    const frame = encodeTradesStreamEvent(trade);
    const pool = new Uint8Array(frame.length + 13);
    pool.set(frame, 13);
    expect(decodeSbeEvent(new DataView(pool.buffer, 13, frame.length))).toEqual(trade);
  });

  it('reads each of many symbols in turn as itself (recent strings are reused, never mixed up)', () => {
    // 2,000 symbols over a table of 256: every slot is shared, and each symbol is read twice.
    const symbols = Array.from({ length: 2000 }, (_, i) => `S${i.toString(36).toUpperCase()}USDT`);
    const read = (symbol: string) => {
      const event = decodeSbeEvent(view(encodeTradesStreamEvent({ ...trade, symbol })));
      return event.symbol;
    };
    const twice = [...symbols, ...[...symbols].reverse()];
    expect(twice.map(read)).toEqual(twice);
    expect(read('BTCÜSDT')).toBe('BTCÜSDT');
    expect(read('BTCUSDT')).toBe('BTCUSDT');
  });

  it('converts decimals with the decimal option', () => {
    const event = decodeSbeEvent(view(encodeTradesStreamEvent(trade)), { decimal: Number });
    expect(event.message === 'TradesStreamEvent' && event.trades[0]!.price).toBe(97000.12);
  });

  it('skips root and group bytes beyond the schema block length (a compatible extension)', () => {
    const frame = encodeBestBidAskStreamEvent(bestBidAsk);
    const longer = new Uint8Array(frame.length + 4);
    longer.set(frame.subarray(0, 58));
    longer.set(frame.subarray(58), 62);
    new DataView(longer.buffer).setUint16(0, 54, true);
    expect(decodeSbeEvent(view(longer))).toEqual(bestBidAsk);
  });
});

describe('malformed SBE frames are SbeDecodeErrors', () => {
  const reasonOf = (bytes: Uint8Array): string => {
    try {
      decodeSbeEvent(view(bytes));
    } catch (error) {
      expect(error).toBeInstanceOf(SbeDecodeError);
      expect((error as SbeDecodeError).code).toBe('SBE_DECODE');
      return (error as SbeDecodeError).reason;
    }
    return 'decoded';
  };

  it('every truncation of every message', () => {
    for (const bytes of [
      encodeTradesStreamEvent(trade),
      encodeBestBidAskStreamEvent(bestBidAsk),
      encodeDepthSnapshotStreamEvent(depth20),
      encodeDepthDiffStreamEvent(diff),
    ]) {
      for (let length = 0; length < bytes.length; length++) {
        expect(reasonOf(bytes.subarray(0, length)), `length ${length}`).toBe('truncated');
      }
    }
  });

  it('an unknown version, schema or template', () => {
    const patched = (offset: number, value: number) => {
      const bytes = encodeTradesStreamEvent(trade);
      new DataView(bytes.buffer).setUint16(offset, value, true);
      return bytes;
    };
    expect(reasonOf(patched(6, SBE_SCHEMA.version + 1))).toBe('unknown-version');
    expect(reasonOf(patched(4, 2))).toBe('unknown-schema');
    expect(reasonOf(patched(2, 10009))).toBe('unknown-template');
    expect(() => decodeBestBidAskStreamEvent(view(encodeTradesStreamEvent(trade)))).toThrow(
      /template 10000, expected 10001/,
    );
  });

  it('a boolEnum other than 0/1, a short block length, an unsafe int64, a bad UTF-8 symbol', () => {
    const bytes = encodeTradesStreamEvent(trade);
    const v = new DataView(bytes.buffer);
    const firstTrade = 8 + 18 + 6;
    v.setUint8(firstTrade + 24, 2);
    expect(reasonOf(bytes)).toBe('invalid-value');
    v.setUint8(firstTrade + 24, 1);
    v.setUint16(0, 17, true);
    expect(reasonOf(bytes)).toBe('invalid-value');
    v.setUint16(0, 18, true);
    v.setBigInt64(firstTrade, 2n ** 60n, true);
    expect(reasonOf(bytes)).toBe('invalid-value');
    v.setBigInt64(firstTrade, 1n, true);
    v.setUint8(bytes.length - 1, 0xff);
    expect(reasonOf(bytes)).toBe('invalid-value');
  });

  it('a group count larger than the frame is truncated, not a huge allocation', () => {
    const bytes = encodeTradesStreamEvent(trade);
    new DataView(bytes.buffer).setUint32(8 + 18 + 2, 0x7fffffff, true);
    expect(reasonOf(bytes)).toBe('truncated');
  });

  it('the encoder refuses a decimal finer than its exponent', () => {
    const bad = { ...bestBidAsk, bidPrice: '25.351' };
    expect(() => encodeBestBidAskStreamEvent(bad)).toThrow(InvalidParameterError);
  });
});
