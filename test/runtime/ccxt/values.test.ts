import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iso8601, omitZero, text, toInteger, toNumber } from '../../../src/ccxt/values';
import { decimalsOf } from '../../../src/ccxt/tick';
import { currencyCode } from '../../../src/ccxt/currency';

describe('reading wire values like ccxt', () => {
  it('writes ISO 8601 with milliseconds, nothing for none or negative times', () => {
    expect(iso8601(1499405658657)).toBe('2017-07-07T05:34:18.657Z');
    expect(iso8601(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(iso8601(1.9)).toBe('1970-01-01T00:00:00.001Z');
    expect(iso8601(undefined)).toBeUndefined();
    expect(iso8601(-1)).toBeUndefined();
    expect(iso8601(8.64e15 + 1)).toBeUndefined();
  });

  it('parses numbers, keeps what is missing missing', () => {
    expect(toNumber('0.10264410')).toBe(0.1026441);
    expect(toNumber('1e-8')).toBe(1e-8);
    expect(toNumber(undefined)).toBeUndefined();
    expect(toNumber('abc')).toBeUndefined();
    expect(toInteger('1753787874013')).toBe(1753787874013);
    expect(toInteger(12.7)).toBe(12);
    expect(toInteger('')).toBeUndefined();
    expect(text(28457)).toBe('28457');
    expect(text(null)).toBeUndefined();
  });

  it('omits zeros and empties', () => {
    expect(omitZero('0.00000000')).toBeUndefined();
    expect(omitZero('')).toBeUndefined();
    expect(omitZero('0.1')).toBe('0.1');
  });

  it('reads the decimals of a tick size', () => {
    expect(decimalsOf(0.01)).toBe(2);
    expect(decimalsOf(1e-8)).toBe(8);
    expect(decimalsOf(1)).toBe(0);
    expect(decimalsOf(undefined)).toBeUndefined();
  });

  it("upper-cases currency ids and renames ccxt's common codes", () => {
    expect(currencyCode('bnb')).toBe('BNB');
    expect(currencyCode('YOYO')).toBe('YOYOW');
    expect(currencyCode('XBT')).toBe('BTC');
    expect(currencyCode(null)).toBeUndefined();
  });
});

describe('iso8601 against Date#toISOString', () => {
  it('agrees for any time, also across the cached second', () => {
    const times = fc.integer({ min: 0, max: 8.64e15 });
    fc.assert(
      fc.property(times, fc.integer({ min: -1500, max: 1500 }), (time, step) => {
        for (const t of [time, Math.min(8.64e15, Math.max(0, time + step))]) {
          expect(iso8601(t)).toBe(new Date(t).toISOString());
        }
      }),
      { seed: 20261125, numRuns: 2000 },
    );
  });
});
