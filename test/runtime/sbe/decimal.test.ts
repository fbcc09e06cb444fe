import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sbeDecimal, writeSbeDecimal } from '../../../src/sbe/decimal';

const decimal = (mantissa: bigint, exponent: number): string => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigInt64(0, mantissa, true);
  return sbeDecimal(view, 0, exponent);
};

describe('sbeDecimal: mantissa × 10^exponent as an exact string', () => {
  it.each([
    [100000n, -8, '0.00100000'],
    [9700012000000n, -8, '97000.12000000'],
    [0n, -8, '0.00000000'],
    [-5n, -3, '-0.005'],
    [-12345n, -2, '-123.45'],
    [12n, 2, '1200'],
    [0n, 3, '0'],
    [7n, 0, '7'],
    [9_223_372_036_854_775_807n, -8, '92233720368.54775807'],
    [-9_223_372_036_854_775_808n, -18, '-9.223372036854775808'],
    [2n ** 53n + 1n, -1, '900719925474099.3'],
    [2n ** 53n - 1n, -15, '9.007199254740991'],
    [-(2n ** 53n - 1n), -8, '-90071992.54740991'],
    [2n ** 53n - 1n, -1, '900719925474099.1'],
    [123n, -16, '0.0000000000000123'],
  ])('%s × 10^%s = %s', (mantissa, exponent, want) => {
    expect(decimal(mantissa, exponent)).toBe(want);
  });

  it.each([
    ['0.001', -8, 100000n],
    ['1200', 2, 12n],
    ['-0.005', -3, -5n],
    ['92233720368.54775807', -8, 9_223_372_036_854_775_807n],
    ['5.10', -1, 51n],
  ])('writeSbeDecimal(%s, 10^%s) writes %s', (value, exponent, mantissa) => {
    const view = new DataView(new ArrayBuffer(8));
    writeSbeDecimal(view, 0, value, exponent, 'f');
    expect(view.getBigInt64(0, true)).toBe(mantissa);
  });

  it.each([
    ['1.5', 0],
    ['1250', 2],
    ['abc', -2],
    ['1e5', -2],
    ['92233720368.54775808', -8],
  ])('writeSbeDecimal refuses %s at 10^%s', (value, exponent) => {
    expect(() =>
      writeSbeDecimal(new DataView(new ArrayBuffer(8)), 0, value, exponent, 'f'),
    ).toThrow(/sbe: parameter f/);
  });
});

/** An independent formatter: mantissa × 10^exponent with BigInt arithmetic. */
function reference(mantissa: bigint, exponent: number): string {
  if (exponent >= 0) return mantissa === 0n ? '0' : `${mantissa}${'0'.repeat(exponent)}`;
  const scale = 10n ** BigInt(-exponent);
  const abs = mantissa < 0n ? -mantissa : mantissa;
  const fraction = (abs % scale).toString().padStart(-exponent, '0');
  return `${mantissa < 0n ? '-' : ''}${abs / scale}.${fraction}`;
}

describe('sbeDecimal agrees with BigInt arithmetic', () => {
  it('around the double fast path (|mantissa| < 2^53) and beyond it', () => {
    const near53 = fc.bigInt({ min: 2n ** 53n - 10n ** 6n, max: 2n ** 53n + 10n ** 6n });
    const mantissa = fc.oneof(
      fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }),
      near53,
      near53.map((m) => -m),
    );
    fc.assert(
      fc.property(mantissa, fc.integer({ min: -18, max: 4 }), (m, e) => {
        expect(decimal(m, e)).toBe(reference(m, e));
      }),
      { numRuns: 3000 },
    );
  });
});
