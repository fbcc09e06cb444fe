/**
 * Request parameters: only own properties count (no rule inherited from Object.prototype), and
 * decimals are written in plain notation, exactly, never rounded, never with a minus sign where
 * the spec sets `minimum: 0`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeOrderOperation } from '../../generated/operations/place-order';
import { InvalidParameterError } from '../../src/errors';
import { checkParams } from '../../src/operations/check-params';
import type { OperationDescriptor } from '../../src/operations/descriptor';
import { plainDecimal } from '../../src/operations/plain-decimal';
import { queryString, sortedPayload } from '../../src/signing/payload';

const order = placeOrderOperation as OperationDescriptor<object, unknown>;
const base = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC' };
const check = (params: object) => checkParams(order, { ...base, ...params });
const failure = (params: object) => {
  try {
    check(params);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('checkParams: own properties only', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])(
    '%s is an unknown parameter',
    (key) => {
      // JSON.parse makes `__proto__` an own property, as a payload read from a file would be.
      const params = JSON.parse(`{"${key}": "1", "quantity": "1", "price": "1"}`) as object;
      const error = failure(params);
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect(error).toMatchObject({ parameter: key });
      expect((error as InvalidParameterError).rule).toMatch(/^is not a parameter/);
    },
  );
});

describe('checkParams: any value', () => {
  it('a value nested 100,000 deep is an InvalidParameterError with a bounded message', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    const error = failure({ quantity: deep, price: '1' }) as InvalidParameterError;
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error.message).toContain('quantity: [[[[…]]]] must be a decimal number');
  });
});

describe('checkParams: decimals', () => {
  it.each([
    [1e21, '1000000000000000000000'],
    [1e-21, '0.000000000000000000001'],
    [1.5e-7, '0.00000015'],
    [0.1, '0.1'],
    [123.456, '123.456'],
    [0, '0'],
    ['0.00100', '0.00100'],
  ])('%s is sent as %s, on REST and in the signed payload', (quantity, sent) => {
    const checked = check({ quantity, price: '1' });
    expect(checked['quantity']).toBe(sent);
    expect(queryString(checked)).toContain(`&quantity=${sent}&`);
    expect(sortedPayload(checked)).toContain(`&quantity=${sent}&`);
  });

  it.each([NaN, Infinity, -Infinity, '1e5', '', ' 1', '0x10', '1.', true, null, {}])(
    '%s is not a decimal',
    (quantity) => {
      expect(failure({ quantity })).toMatchObject({
        code: 'INVALID_PARAMETER',
        parameter: 'quantity',
        rule: 'must be a decimal number (a finite number or a string such as "0.001")',
      });
    },
  );

  it.each([-1, -1e-21, '-0.5', '-0', '-0.000'])('%s is refused where minimum is 0', (price) => {
    expect(failure({ quantity: '1', price })).toMatchObject({
      parameter: 'price',
      rule: 'must be ≥ 0',
    });
  });
});

describe('plainDecimal', () => {
  it('is the exact decimal of the number, in plain notation', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainDecimal(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
      { seed: 1414, numRuns: 500 },
    );
  });
});
