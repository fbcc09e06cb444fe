/** Exact decimals of SBE frames: an int64 mantissa and an int8 exponent, read to a string. */
import { InvalidParameterError } from '../errors';

const TWO_32 = 4294967296;
/** `ZEROS[n]`: n zeros, for padding fractions without `repeat` / `padStart` on the hot path. */
const ZEROS = /* @__PURE__ */ Array.from({ length: 20 }, (_, n) => '0'.repeat(n));
const POW10 = /* @__PURE__ */ Array.from({ length: 16 }, (_, n) => 10 ** n);

/**
 * `mantissa × 10^exponent` as an exact decimal string: `(100000, -8)` → `"0.00100000"`. The
 * mantissa is the little-endian int64 at `offset`. When it fits in a double and the exponent is
 * -1…-15, the whole and fractional parts are computed as small integers (V8 turns those into
 * strings far faster than a 13-digit double); otherwise through a BigInt.
 */
export function sbeDecimal(view: DataView, offset: number, exponent: number): string {
  const hi = view.getInt32(offset + 4, true);
  if (hi >= -0x200000 && hi < 0x200000 && exponent < 0 && exponent >= -15) {
    const value = hi * TWO_32 + view.getUint32(offset, true);
    const abs = value < 0 ? -value : value;
    const places = -exponent;
    const scale = POW10[places]!;
    let whole = Math.floor(abs / scale);
    let rest = abs - whole * scale;
    // The division rounds: near 2^53 the quotient can come out one too high (rest < 0).
    if (rest < 0) {
      whole -= 1;
      rest += scale;
    }
    const fraction = String(rest);
    const text = String(whole) + '.' + ZEROS[places - fraction.length]! + fraction;
    return value < 0 ? '-' + text : text;
  }
  return scaleDigits(view.getBigInt64(offset, true).toString(), exponent);
}

/** The general case: the mantissa's digits with the point placed by `exponent`. */
function scaleDigits(digits: string, exponent: number): string {
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
