/** Fees as a mapping reads them (cost as Binance's text) and as CCXT gives them (a number). */
import type { CcxtFee } from './types';
import { currencyCode } from './currency';
import { stringAdd, stringGt } from './precise';
import { text, toNumber } from './values';

export interface FeeFields {
  readonly cost: string | undefined;
  readonly currency: string | undefined;
  readonly rate?: string | undefined;
}

/** The fee with numbers, like ccxt's `parseFeeNumeric` (`rate` only when the fee has one). */
export function numericFee(fee: FeeFields): CcxtFee {
  const result: CcxtFee = { cost: toNumber(fee.cost), currency: fee.currency };
  if ('rate' in fee) result.rate = toNumber(fee.rate);
  return result;
}

/** A fee of `cost` in `asset`; none when the cost is not above zero (an executionReport's `n`). */
export function positiveFee(
  cost: string | undefined,
  asset: string | null | undefined,
): FeeFields | undefined {
  const value = text(cost);
  return stringGt(value, '0') ? { cost: value, currency: currencyCode(asset) } : undefined;
}

/** A fee of `cost` in `asset` (a trade's `commission` and `commissionAsset`). */
export function fee(cost: string | undefined, asset: string | null | undefined): FeeFields {
  return { cost: text(cost), currency: currencyCode(asset) };
}

/**
 * Fees summed per currency and rate, like ccxt's `reduceFeesByCurrency`: currencies in order of
 * first appearance, each with its rates in order of first appearance; a fee without cost is left
 * out.
 */
export function reduceFees(fees: readonly FeeFields[]): FeeFields[] {
  const byCurrency = new Map<string, Map<string, FeeFields>>();
  fees.forEach((f, index) => {
    if (f.cost === undefined) return;
    const currencyKey = f.currency ?? String(index);
    const byRate = byCurrency.get(currencyKey) ?? new Map<string, FeeFields>();
    byCurrency.set(currencyKey, byRate);
    const rateKey = f.rate ?? '';
    const seen = byRate.get(rateKey);
    const cost = seen ? stringAdd(seen.cost, f.cost) : f.cost;
    byRate.set(rateKey, {
      currency: f.currency,
      cost,
      ...(f.rate === undefined ? {} : { rate: f.rate }),
    });
  });
  return [...byCurrency.values()].flatMap((byRate) => [...byRate.values()]);
}
