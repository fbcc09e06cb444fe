/**
 * Exact decimal arithmetic on strings, with the semantics ccxt's unified structures are computed
 * with: sums, differences and products are exact; a quotient is truncated toward zero at
 * `precision` decimals (18 unless told). Results are canonical (no trailing zeros, `-` only when
 * negative). Any operand `undefined` gives `undefined`, and so does a division by zero.
 */

interface Decimal {
  /** The digits as one integer. */
  readonly units: bigint;
  /** How many of them are decimals (never negative). */
  readonly scale: number;
}

const TEN = 10n;
const pow10 = (n: number): bigint => TEN ** BigInt(n);

function parse(text: string): Decimal {
  const [mantissa = '0', exponentText] = text.trim().toLowerCase().split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const point = mantissa.indexOf('.');
  const digits = point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  const scale = (point < 0 ? 0 : mantissa.length - point - 1) - exponent;
  const units = BigInt(digits === '' || digits === '-' || digits === '+' ? '0' : digits);
  return scale >= 0 ? { units, scale } : { units: units * pow10(-scale), scale: 0 };
}

function format({ units, scale }: Decimal): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    const whole = digits.slice(0, digits.length - scale);
    const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
    digits = fraction === '' ? whole : `${whole}.${fraction}`;
  }
  return digits === '0' || !negative ? digits : `-${digits}`;
}

/** Both at the larger scale. */
function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

type Operand = string | undefined;

export function stringAdd(a: Operand, b: Operand): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  const [x, y, scale] = align(parse(a), parse(b));
  return format({ units: x + y, scale });
}

export function stringSub(a: Operand, b: Operand): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  const [x, y, scale] = align(parse(a), parse(b));
  return format({ units: x - y, scale });
}

export function stringMul(a: Operand, b: Operand): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  const x = parse(a);
  const y = parse(b);
  return format({ units: x.units * y.units, scale: x.scale + y.scale });
}

/**
 * `Number(stringMul(a, b))`, without big integers when both have at most 15 significant digits
 * and the product of their digits is a safe integer (a price times a quantity, nearly always):
 * that product is exact, and dividing it by an exact power of ten rounds once, correctly, as
 * parsing the exact decimal product does.
 */
export function mulToNumber(a: Operand, b: Operand): number | undefined {
  if (a === undefined || b === undefined) return undefined;
  const x = smallDecimal(a);
  const y = x === undefined ? undefined : smallDecimal(b);
  if (x !== undefined && y !== undefined) {
    const units = x.units * y.units;
    const scale = x.scale + y.scale;
    if (Number.isSafeInteger(units) && scale <= 22) return units === 0 ? 0 : units / 10 ** scale;
  }
  const product = stringMul(a, b);
  return product === undefined ? undefined : Number(product);
}

const PLAIN_DECIMAL = /^-?\d+$/;

/** A plain decimal (`-12.3400`) as digits and scale, trailing zeros dropped; none beyond 15 digits. */
function smallDecimal(text: string): { units: number; scale: number } | undefined {
  const point = text.indexOf('.');
  let end = text.length;
  if (point >= 0) {
    while (end > point + 1 && text.charCodeAt(end - 1) === 48) end -= 1;
  }
  const whole = point < 0 ? text : text.slice(0, point);
  const fraction = point < 0 ? '' : text.slice(point + 1, end);
  const digits = whole + fraction;
  if (digits.length > 15 || !PLAIN_DECIMAL.test(digits)) return undefined;
  return { units: Number(digits), scale: fraction.length };
}

/** `a / b` truncated toward zero at `precision` decimals. */
export function stringDiv(a: Operand, b: Operand, precision = 18): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  const x = parse(a);
  const y = parse(b);
  if (y.units === 0n) return undefined;
  // x / y = (x.units / 10^x.scale) / (y.units / 10^y.scale); scaled by 10^precision.
  const numerator = x.units * pow10(precision + y.scale);
  const denominator = y.units * pow10(x.scale);
  return format({ units: numerator / denominator, scale: precision });
}

/** `a > b`; false when either is missing. */
export function stringGt(a: Operand, b: Operand): boolean {
  if (a === undefined || b === undefined) return false;
  const [x, y] = align(parse(a), parse(b));
  return x > y;
}

/** `a == b` by value (`'1.50'` equals `'1.5'`); false when either is missing. */
export function stringEquals(a: Operand, b: Operand): boolean {
  if (a === undefined || b === undefined) return false;
  const [x, y] = align(parse(a), parse(b));
  return x === y;
}
