/**
 * Decimals of a tick size (0.01 -> 2, 1e-8 -> 8), like ccxt's `precisionFromString` on a
 * market's `precision.price` under its tick-size precision mode.
 */
export function decimalsOf(tick: number | undefined): number | undefined {
  if (tick === undefined) return undefined;
  const text = String(tick);
  const exponent = /e(-?\d+)$/i.exec(text);
  if (exponent) return -Number(exponent[1]);
  const point = text.indexOf('.');
  if (point < 0) return 0;
  return text.slice(point + 1).replace(/0+$/, '').length;
}
