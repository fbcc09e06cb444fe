/**
 * Interest on the local exchange's margin loans (Binance's margin_trading docs, "Get Interest
 * History"): charged on each borrow for its first hour (ON_BORROW) and then every interest hour on
 * the principal owed (PERIODIC), at one rate for every asset, 0.02 % a day (an hourly rate of
 * 0.02 % / 24). Interest owed is a liability beside the principal: repayments pay it first. The
 * hour is `interestHourMs` of the exchange's options, so tests can compress time.
 */
import { formatE8 } from './amounts';

/** The daily interest rate of every asset here. */
export const DAILY_INTEREST_RATE = 0.0002;
/** What one interest hour charges, as a fraction of the principal. */
export const HOURLY_INTEREST_RATE = DAILY_INTEREST_RATE / 24;

export type InterestType = 'ON_BORROW' | 'PERIODIC';

export interface InterestRecord {
  readonly accountId: string;
  readonly isolatedSymbol: string | undefined;
  readonly asset: string;
  readonly principalE8: number;
  readonly interestE8: number;
  readonly time: number;
  readonly txId: number;
  readonly type: InterestType;
}

export class MarginInterest {
  private readonly owed = new Map<string, number>();
  private readonly history: InterestRecord[] = [];
  private nextTxId = 1_352_286_576;

  /** Interest `accountId` owes of `asset`, 1e-8 units. */
  owedOf(accountId: string, asset: string): number {
    return this.owed.get(`${accountId} ${asset}`) ?? 0;
  }

  /** Charges one hour's interest on `principalE8` (at least 1e-8 on any principal). */
  charge(
    loan: { accountId: string; isolatedSymbol: string | undefined; asset: string },
    principalE8: number,
    type: InterestType,
    time: number,
  ): void {
    if (principalE8 <= 0) return;
    const interestE8 = Math.ceil(principalE8 * HOURLY_INTEREST_RATE);
    const key = `${loan.accountId} ${loan.asset}`;
    this.owed.set(key, this.owedOf(loan.accountId, loan.asset) + interestE8);
    this.history.push({ ...loan, principalE8, interestE8, time, txId: this.nextTxId++, type });
  }

  /** Pays up to `amountE8` of the interest owed; returns what it paid. */
  pay(accountId: string, asset: string, amountE8: number): number {
    const owed = this.owedOf(accountId, asset);
    const paid = Math.min(owed, amountE8);
    this.owed.set(`${accountId} ${asset}`, owed - paid);
    return paid;
  }

  /** The account's interest charges, newest first. */
  records(accountId: string): InterestRecord[] {
    return this.history.filter((r) => r.accountId === accountId).reverse();
  }
}

/** A charge as `GET /sapi/v1/margin/interestHistory` lists it. */
export const interestAnswer = (r: InterestRecord) => ({
  txId: r.txId,
  interestAccuredTime: r.time,
  asset: r.asset,
  ...(r.isolatedSymbol === undefined ? { rawAsset: r.asset } : {}),
  principal: formatE8(r.principalE8),
  interest: formatE8(r.interestE8),
  interestRate: HOURLY_INTEREST_RATE.toFixed(8),
  type: r.type,
  ...(r.isolatedSymbol !== undefined ? { isolatedSymbol: r.isolatedSymbol } : {}),
});
