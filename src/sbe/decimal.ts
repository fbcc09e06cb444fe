/** Exact decimals of SBE frames: an int64 mantissa and an int8 exponent, read to a string. */
import { InvalidParameterError } from '../errors';

const TWO_32 = 4294967296;

/** The decimal digits of the little-endian int64 at `offset`, without allocating a BigInt when it fits in a double. */
function mantissaDigits(view: DataView, offset: number): string {
  const hi = view.getInt32(offset + 4, true);
  if (hi >= -0x200000 && hi < 0x200000) {
    return String(hi * TWO_32 + view.getUint32(offset, true));
  }
  return view.getBigInt64(offset, true).toString();
}

/** `mantissa × 10^exponent` as an exact decimal string: `(100000, -8)` → `"0.00100000"`. */
export function sbeDecimal(view: DataView, offset: number, exponent: number): string {
  const digits = mantissaDigits(view, offset);
  if (exponent === 0) return digits;
  if (exponent > 0) return digits === '0' ? digits : digits + '0'.repeat(exponent);
  const negative = digits.charCodeAt(0) === 45;
  const abs = negative ? digits.slice(1) : digits;
  const places = -exponent;
  const padded = abs.length <= places ? '0'.repeat(places - abs.length + 1) + abs : abs;
  const point = padded.length - places;
  return (negative ? '-' : '') + padded.slice(0, point) + '.' + padded.slice(point);
}

/**
 * Writes `value` (a decimal string) as the mantissa of `exponent` at `offset`. Refuses, with an
 * `InvalidParameterError`, a value that is no decimal or has more places than the exponent allows.
 */
export function writeSbeDecimal(
  view: DataView,
  offset: number,
  value: string,
  exponent: number,
  field: string,
): void {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(value);
  if (!match) throw new InvalidParameterError('sbe', field, value, 'is not a decimal');
  const [, sign, whole, fraction = ''] = match;
  const places = -exponent;
  let digits: string;
  if (places >= 0) {
    if (fraction.length > places && !/^0*$/.test(fraction.slice(places))) {
      throw new InvalidParameterError('sbe', field, value, `has more than ${places} places`);
    }
    digits = whole! + fraction.slice(0, places).padEnd(places, '0');
  } else {
    const scaled = whole! + fraction;
    const zero = /^0+$/.test(whole!) && /^0*$/.test(fraction);
    if (zero) {
      view.setBigInt64(offset, 0n, true);
      return;
    }
    if (!/^0*$/.test(fraction) || !whole!.endsWith('0'.repeat(-places))) {
      throw new InvalidParameterError('sbe', field, value, `is not a multiple of 1e${-places}`);
    }
    digits = scaled.slice(0, scaled.length - fraction.length + places);
  }
  const mantissa = BigInt(sign + digits);
  if (BigInt.asIntN(64, mantissa) !== mantissa) {
    throw new InvalidParameterError(
      'sbe',
      field,
      value,
      `does not fit an int64 mantissa at 1e${exponent}`,
    );
  }
  view.setBigInt64(offset, mantissa, true);
}
