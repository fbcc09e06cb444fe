import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mulToNumber,
  stringAdd,
  stringDiv,
  stringEquals,
  stringGt,
  stringMul,
  stringSub,
} from '../../../src/ccxt/precise';

describe('exact decimal strings (ccxt Precise semantics)', () => {
  it.each([
    ['0.1', '0.2', '0.3'],
    ['1.50', '1.50', '3'],
    ['-0.5', '0.25', '-0.25'],
    ['100', '0.000001', '100.000001'],
    ['1e-8', '1', '1.00000001'],
  ])('adds %s + %s = %s', (a, b, want) => expect(stringAdd(a, b)).toBe(want));

  it.each([
    ['0.3', '0.1', '0.2'],
    ['1', '1.000', '0'],
    ['0.0025', '0.0015', '0.001'],
    ['1', '2.5', '-1.5'],
  ])('subtracts %s - %s = %s', (a, b, want) => expect(stringSub(a, b)).toBe(want));

  it.each([
    ['4.00000100', '12.00000000', '48.000012'],
    ['-2', '0.5', '-1'],
    ['0.1', '0.1', '0.01'],
  ])('multiplies %s × %s = %s', (a, b, want) => expect(stringMul(a, b)).toBe(want));

  it('divides truncating toward zero at 18 decimals, or at the precision given', () => {
    expect(stringDiv('1', '3')).toBe('0.333333333333333333');
    expect(stringDiv('-1', '3')).toBe('-0.333333333333333333');
    expect(stringDiv('2', '3', 2)).toBe('0.66');
    expect(stringDiv('0.0035001', '2', 6)).toBe('0.00175');
    expect(stringDiv('10', '4')).toBe('2.5');
    expect(stringDiv('1.23456789012345678901', '1')).toBe('1.234567890123456789');
  });

  it('gives undefined for a missing operand or a division by zero', () => {
    expect(stringAdd(undefined, '1')).toBeUndefined();
    expect(stringMul('1', undefined)).toBeUndefined();
    expect(stringDiv('1', '0.000')).toBeUndefined();
  });

  it('compares by value', () => {
    expect(stringGt('0.001', '0')).toBe(true);
    expect(stringGt('0.00000000', '0')).toBe(false);
    expect(stringGt(undefined, '0')).toBe(false);
    expect(stringEquals('1.50', '1.5')).toBe(true);
    expect(stringEquals('0', '0.0')).toBe(true);
    expect(stringEquals('1', undefined)).toBe(false);
  });
});

describe('mulToNumber (the fast path of a price × quantity)', () => {
  const decimal = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
    .map(([negative, units, scale]) => {
      const digits = units.toString().padStart(scale + 1, '0');
      const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return negative ? `-${text}` : text;
    });

  it('equals Number(stringMul(a, b)) for any plain decimals', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(mulToNumber(a, b)).toBe(Number(stringMul(a, b)));
      }),
      { seed: 20261125, numRuns: 2000 },
    );
  });

  it.each([
    ['60003.52000000', '0.12304000', 7382.8331008],
    ['0.1', '0.2', 0.02],
    ['-0', '5', 0],
    ['1e-8', '3', 3e-8],
    ['123456789012345678', '2', Number('246913578024691356')],
    ['.5', '2', 1],
    ['5.', '2', 10],
    ['007.50', '2', 15],
    ['-.5', '-2', 1],
    ['1.001', '1000', 1001],
    ['0.000000000000001234', '1', 1.234e-15],
  ])('%s × %s = %s', (a, b, want) => expect(mulToNumber(a, b)).toBe(want));

  it('equals Number(stringMul(a, b)) with leading and trailing zeros, on both paths', () => {
    // Zeros around the digits: none change the value; past 15 significant digits the product
    // takes the exact (big integer) path, below it the fast one.
    const padded = fc
      .tuple(decimal, fc.nat({ max: 4 }), fc.nat({ max: 6 }))
      .map(([text, lead, trail]) => {
        const sign = text.startsWith('-') ? '-' : '';
        const body = `${'0'.repeat(lead)}${text.slice(sign.length)}`;
        return `${sign}${body}${trail > 0 ? `${body.includes('.') ? '' : '.'}${'0'.repeat(trail)}` : ''}`;
      });
    fc.assert(
      fc.property(padded, padded, (a, b) => {
        expect(mulToNumber(a, b)).toBe(Number(stringMul(a, b)));
      }),
      { seed: 20261207, numRuns: 2000 },
    );
  });

  it('gives nothing when an operand is missing', () => {
    expect(mulToNumber(undefined, '1')).toBeUndefined();
    expect(mulToNumber('1', undefined)).toBeUndefined();
  });
});
