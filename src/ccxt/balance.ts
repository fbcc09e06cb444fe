/**
 * CCXT's balances from the accounts a mapping read off a payload, completed like ccxt's
 * `safeBalance`: `total` = free + used (or the one missing of the three from the other two),
 * every currency also listed under `free`, `used` and `total` by code.
 */
import { stringAdd, stringSub } from './precise';
import type { CcxtBalance, CcxtBalances } from './types';
import { iso8601, present, toNumber } from './values';

export interface BalanceAccountFields {
  /** Unified currency code (`currencyCode(asset)`). */
  readonly currency: string | undefined;
  readonly free?: string | undefined;
  readonly used?: string | undefined;
  readonly total?: string | undefined;
}

export interface BalanceFields {
  readonly timestamp?: number | undefined;
  readonly accounts: readonly BalanceAccountFields[];
}

export function ccxtBalances(info: unknown, f: BalanceFields): CcxtBalances {
  const byCode = new Map<string, BalanceAccountFields>();
  for (const entry of f.accounts) {
    const account = present(entry);
    if (account.currency !== undefined) byCode.set(account.currency, account);
  }
  const free: Record<string, number | undefined> = {};
  const used: Record<string, number | undefined> = {};
  const total: Record<string, number | undefined> = {};
  const balances: Record<string, CcxtBalance> = {};
  for (const [code, account] of byCode) {
    let { free: f0, used: u0, total: t0 } = account;
    if (t0 === undefined && f0 !== undefined && u0 !== undefined) t0 = stringAdd(f0, u0);
    if (f0 === undefined && t0 !== undefined && u0 !== undefined) f0 = stringSub(t0, u0);
    if (u0 === undefined && t0 !== undefined && f0 !== undefined) u0 = stringSub(t0, f0);
    const balance = { free: toNumber(f0), used: toNumber(u0), total: toNumber(t0) };
    balances[code] = balance;
    free[code] = balance.free;
    used[code] = balance.used;
    total[code] = balance.total;
  }
  // ccxt's type files info, free, used and total under the per-currency index signature; it
  // declares them loosely (any), so the pieces are assembled rather than written as one literal.
  return Object.assign({} as Record<string, CcxtBalance>, balances, {
    info,
    timestamp: f.timestamp,
    datetime: iso8601(f.timestamp),
    free,
    used,
    total,
  });
}
