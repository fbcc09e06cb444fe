/**
 * A number written as a plain decimal, never in exponent form: the digits of its shortest
 * round-trip text (`String(n)`, the decimal a caller typed) with the point moved, so nothing is
 * rounded. `1e21` is `1000000000000000000000`, `1e-21` is `0.000000000000000000001`,
 * `1.5e-7` is `0.00000015`. Throws a `RangeError` for NaN and ±Infinity (checked before).
 */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} has no decimal form`);
  const text = String(value);
  const e = text.indexOf('e');
  if (e < 0) return text === '-0' ? '0' : text;
  const sign = text.startsWith('-') ? '-' : '';
  const mantissa = text.slice(sign.length, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  // Where the point falls in `digits` once the exponent is applied.
  const position = (point < 0 ? mantissa.length : point) + exponent;
  if (position <= 0) return `${sign}0.${'0'.repeat(-position)}${digits}`;
  if (position >= digits.length) return sign + digits + '0'.repeat(position - digits.length);
  return `${sign}${digits.slice(0, position)}.${digits.slice(position)}`;
}
