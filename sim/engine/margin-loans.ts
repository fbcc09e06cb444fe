/**
 * Margin loans of the local exchange: what each margin account (`<account>:margin`,
 * `<account>:isolated:<SYMBOL>`) has borrowed of each asset, and the borrow / repay records.
 * Borrowing credits the margin account's free balance, repaying takes from it, interest owed
 * first (margin-interest.ts: charged on each borrow and every interest hour, `accrue`).
 * Simplified, and said so in sim/README.md: an account may borrow each asset up to its starting
 * balance (`startingBalanceE8`) whatever its collateral, and every request is CONFIRMED at once
 * (type MANUAL).
 */
import { errors } from '../api/errors';
import { startingBalanceE8, type Accounts } from './accounts';
import { formatE8 } from './amounts';
import { MarginInterest } from './margin-interest';

export type LoanType = 'BORROW' | 'REPAY';

/** The exchange's lendable pool of an asset, in borrow limits (one account's maximum). */
export const INVENTORY_MULTIPLE = 1000;

export interface LoanRecord {
  readonly accountId: string;
  readonly loanType: LoanType;
  readonly isolatedSymbol: string | undefined;
  readonly asset: string;
  readonly amountE8: number;
  /** Of a repayment: the interest it paid (the rest paid principal). */
  readonly interestE8: number;
  readonly timestamp: number;
  readonly txId: number;
}

export class MarginLoans {
  private readonly borrowed = new Map<string, number>();
  /** Which loan each key of `borrowed` is (for the interest records). */
  private readonly loans = new Map<
    string,
    Omit<LoanRecord, 'loanType' | 'amountE8' | 'interestE8' | 'timestamp' | 'txId'>
  >();
  private readonly history: LoanRecord[] = [];
  private nextTxId = 100_000_001;
  readonly interest = new MarginInterest();

  constructor(private readonly accounts: Accounts) {}

  /** The principal `accountId` owes of `asset`, 1e-8 units. */
  liability(accountId: string, asset: string): number {
    return this.borrowed.get(`${accountId} ${asset}`) ?? 0;
  }

  /** Principal and interest owed. */
  owed(accountId: string, asset: string): number {
    return this.liability(accountId, asset) + this.interest.owedOf(accountId, asset);
  }

  /** One interest hour: every principal owed is charged (PERIODIC). */
  accrue(now: number): void {
    for (const [key, loan] of this.loans) {
      this.interest.charge(loan, this.borrowed.get(key) ?? 0, 'PERIODIC', now);
    }
  }

  /** The borrow limit of an asset: its starting balance, 1e-8 units. */
  borrowLimit(asset: string): number {
    return startingBalanceE8(asset);
  }

  /**
   * What the exchange can still lend of `asset` to cross (`isolated` false) or isolated margin
   * accounts (`GET /sapi/v1/margin/available-inventory`): a pool of `INVENTORY_MULTIPLE` borrow
   * limits, less the principal those accounts owe.
   */
  availableInventory(asset: string, isolated: boolean): number {
    let lent = 0;
    for (const [key, loan] of this.loans) {
      if (loan.asset === asset && (loan.isolatedSymbol !== undefined) === isolated) {
        lent += this.borrowed.get(key) ?? 0;
      }
    }
    return Math.max(0, INVENTORY_MULTIPLE * this.borrowLimit(asset) - lent);
  }

  /** What can still be borrowed of `asset`. */
  maxBorrowable(accountId: string, asset: string): number {
    return Math.max(0, this.borrowLimit(asset) - this.liability(accountId, asset));
  }

  /** What can leave the account: free balance not owed back (principal and interest). */
  maxTransferable(accountId: string, asset: string): number {
    const free = this.accounts.balance(accountId, asset).free;
    return Math.max(0, free - this.owed(accountId, asset));
  }

  /** Borrows or repays; -3006 over the limit, -3015 above the debt, -2010 without the funds. */
  apply(
    accountId: string,
    isolatedSymbol: string | undefined,
    loanType: LoanType,
    asset: string,
    amountE8: number,
    now: number,
  ): LoanRecord {
    const key = `${accountId} ${asset}`;
    const principal = this.liability(accountId, asset);
    const loan = { accountId, isolatedSymbol, asset };
    let interestE8 = 0;
    if (loanType === 'BORROW') {
      if (amountE8 > this.maxBorrowable(accountId, asset)) throw errors.exceedsMaxBorrow();
      this.accounts.credit(accountId, asset, amountE8);
      this.borrowed.set(key, principal + amountE8);
      this.loans.set(key, loan);
      this.interest.charge(loan, amountE8, 'ON_BORROW', now);
    } else {
      if (amountE8 > this.owed(accountId, asset)) throw errors.exceedsLiability();
      this.accounts.lock(accountId, asset, amountE8);
      this.accounts.spendLocked(accountId, asset, amountE8);
      interestE8 = this.interest.pay(accountId, asset, amountE8);
      this.borrowed.set(key, principal - (amountE8 - interestE8));
    }
    this.accounts.announce(accountId, [asset], now);
    const record = {
      ...loan,
      loanType,
      amountE8,
      interestE8,
      timestamp: now,
      txId: this.nextTxId++,
    };
    this.history.push(record);
    return record;
  }

  /** The account's records of one type, newest first. */
  records(accountId: string, loanType: LoanType): LoanRecord[] {
    return this.history
      .filter((r) => r.accountId === accountId && r.loanType === loanType)
      .reverse();
  }
}

/** A record as `GET /sapi/v1/margin/borrow-repay` lists it. */
export const recordAnswer = (r: LoanRecord) => ({
  type: 'MANUAL',
  ...(r.isolatedSymbol !== undefined ? { isolatedSymbol: r.isolatedSymbol } : {}),
  amount: formatE8(r.amountE8),
  asset: r.asset,
  interest: formatE8(r.interestE8),
  principal: formatE8(r.amountE8 - r.interestE8),
  status: 'CONFIRMED',
  timestamp: r.timestamp,
  txId: r.txId,
});
