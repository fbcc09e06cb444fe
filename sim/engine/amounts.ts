/**
 * Exact amounts: the engine keeps prices, quantities and balances as integers of 1e-8 (Binance's
 * 8 decimal places) and reads and writes them as decimal strings.
 */
import { ApiError, errors } from '../api/errors';
import { E8, formatE8 } from '../market/decimal';

export { formatE8 };

/** Parses `"0.00100000"` into 100000; -1111 beyond 8 decimals, -1102-style for garbage. */
export function parseE8(param: string, text: string): number {
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (match === null || (match[1] === '' && (match[2] ?? '') === '')) throw errors.mandatory(param);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 8) throw errors.badPrecision(param);
  return Number(match[1] || '0') * E8 + Number(fraction.padEnd(8, '0'));
}

/** `a × b` of two 1e-8 amounts, in 1e-8 (rounded down: what a quote amount costs). */
export const mulE8 = (a: number, b: number): number => Math.floor((a * b) / E8);

/** The floating value of a 1e-8 amount (for notional checks only). */
export const valueOf = (e8: number): number => e8 / E8;

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
