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
  const x = smallUnits(a);
  const xScale = smallScale;
  const y = Number.isNaN(x) ? NaN : smallUnits(b);
  if (!Number.isNaN(y)) {
    const units = x * y;
    const scale = xScale + smallScale;
    if (Number.isSafeInteger(units) && scale <= 22) return units === 0 ? 0 : units / 10 ** scale;
  }
  const product = stringMul(a, b);
  return product === undefined ? undefined : Number(product);
}

/** The scale of the last `smallUnits` read: no object per operand on a per-trade path. */
let smallScale = 0;

/**
 * The digits of a plain decimal (`-12.3400`: an optional `-`, digits, at most one `.`) as one
 * integer, trailing zeros of the fraction dropped, and its scale in `smallScale`; `NaN` for
 * anything else or beyond 15 significant digits (so the integer is exact). One pass over the
 * characters, nothing allocated.
 */
function smallUnits(text: string): number {
  const negative = text.charCodeAt(0) === 45;
  let units = 0;
  let significant = 0;
  let scale = 0;
  /** Zeros read in the fraction, counted only once a digit follows them. */
  let zeros = 0;
  let point = false;
  let digits = false;
  for (let i = negative ? 1 : 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 46 && !point) {
      point = true;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return NaN;
    digits = true;
    if (point && digit === 0) {
      zeros += 1;
      continue;
    }
    if (units > 0) significant += zeros;
    units = units * 10 ** (zeros + 1) + digit;
    if (point) scale += zeros + 1;
    zeros = 0;
    if (units > 0) significant += 1;
    if (significant > 15) return NaN;
  }
  if (!digits) return NaN;
  smallScale = scale;
  return negative ? -units : units;
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
