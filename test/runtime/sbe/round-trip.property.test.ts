import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeSbeEvent,
  encodeDepthDiffStreamEvent,
  encodeTradesStreamEvent,
  type SbeDepthDiffStreamEvent,
  type SbeTradesStreamEvent,
} from '../../../generated/sbe/stream';
import type { Microseconds } from '../../../src/sbe/types';

/** An independent formatter: mantissa × 10^exponent with BigInt arithmetic. */
function format(mantissa: bigint, exponent: number): string {
  if (exponent >= 0) return (mantissa * 10n ** BigInt(exponent)).toString();
  const scale = 10n ** BigInt(-exponent);
  const abs = mantissa < 0n ? -mantissa : mantissa;
  const fraction = (abs % scale).toString().padStart(-exponent, '0');
  return `${mantissa < 0n ? '-' : ''}${abs / scale}.${fraction}`;
}

const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
const exponent = fc.integer({ min: -18, max: 4 });
// Positive exponents multiply: keep those mantissas small enough that the value re-encodes.
const decimalAt = (e: number) =>
  e > 0 ? fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }) : int64;
const micros = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((n) => n as Microseconds);
const symbol = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .filter((s) => Buffer.byteLength(s) <= 255);

const tradeEvent: fc.Arbitrary<SbeTradesStreamEvent> = fc
  .record({ priceExponent: exponent, qtyExponent: exponent })
  .chain(({ priceExponent, qtyExponent }) =>
    fc.record({
      message: fc.constant('TradesStreamEvent' as const),
      eventTimeUs: micros,
      transactTimeUs: micros,
      priceExponent: fc.constant(priceExponent),
      qtyExponent: fc.constant(qtyExponent),
      trades: fc.array(
        fc.record({
          id: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
          price: decimalAt(priceExponent).map((m) => format(m, priceExponent)),
          qty: decimalAt(qtyExponent).map((m) => format(m, qtyExponent)),
          isBuyerMaker: fc.boolean(),
          isBestMatch: fc.constant(true as const),
        }),
        { maxLength: 30 },
      ),
      symbol,
    }),
  );

const diffEvent: fc.Arbitrary<SbeDepthDiffStreamEvent> = fc
  .record({ priceExponent: exponent, qtyExponent: exponent })
  .chain(({ priceExponent, qtyExponent }) => {
    const level = fc.record({
      price: decimalAt(priceExponent).map((m) => format(m, priceExponent)),
      qty: decimalAt(qtyExponent).map((m) => format(m, qtyExponent)),
    });
    return fc.record({
      message: fc.constant('DepthDiffStreamEvent' as const),
      eventTimeUs: micros,
      firstBookUpdateId: fc.nat(),
      lastBookUpdateId: fc.nat(),
      priceExponent: fc.constant(priceExponent),
      qtyExponent: fc.constant(qtyExponent),
      bids: fc.array(level, { maxLength: 50 }),
      asks: fc.array(level, { maxLength: 50 }),
      symbol,
    });
  });

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

describe('SBE encode -> decode is the identity', () => {
  it('for random trade events', () => {
    fc.assert(
      fc.property(tradeEvent, (event) => {
        expect(decodeSbeEvent(view(encodeTradesStreamEvent(event)))).toEqual(event);
      }),
      { numRuns: 300 },
    );
  });

  it('for random diff depth events', () => {
    fc.assert(
      fc.property(diffEvent, (event) => {
        expect(decodeSbeEvent(view(encodeDepthDiffStreamEvent(event)))).toEqual(event);
      }),
      { numRuns: 300 },
    );
  });
});
