/**
 * Prices and quantities are integers (ticks and lots) inside the market; on the wire they are
 * decimal strings with 8 places, as Binance Spot writes them ("25.35190000").
 */

/** Units of 1e-8 per 1. */
export const E8 = 100_000_000;

/** Formats an integer amount of 1e-8 units as a decimal string with 8 places. */
export function formatE8(units: number): string {
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(Math.round(units));
  const whole = Math.floor(abs / E8);
  const fraction = abs - whole * E8;
  return `${sign}${whole}.${String(fraction).padStart(8, '0')}`;
}

/** Formats a floating amount (quote volumes, averages) with a fixed number of places. */
export function formatFloat(value: number, places = 8): string {
  const text = (Number.isFinite(value) ? value : 0).toFixed(places);
  return text === `-${(0).toFixed(places)}` ? text.slice(1) : text;
}
