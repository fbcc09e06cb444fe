/**
 * Balances of the local exchange's accounts, free and locked per asset, in 1e-8 units. Every
 * account starts with the same generous balances so the demo and tests can trade at once.
 */
import { errors } from '../api/errors';
import { formatE8 } from './amounts';
import type { UserEvents } from './user-events';

const STARTING: Readonly<Record<string, number>> = {
  BTC: 10,
  ETH: 100,
  BNB: 1000,
  USDT: 1_000_000,
  USDC: 1_000_000,
  FDUSD: 1_000_000,
};
const DEFAULT_STARTING = 10_000;

/** What every account starts with of `asset`, in 1e-8 units. */
export const startingBalanceE8 = (asset: string): number =>
  (STARTING[asset] ?? DEFAULT_STARTING) * 1e8;

export interface Balance {
  free: number;
  locked: number;
}

export class Accounts {
  private readonly balances = new Map<string, Map<string, Balance>>();

  constructor(
    private readonly assets: readonly string[],
    private readonly events: UserEvents,
  ) {}

  /** Every account that has been used, by id. */
  ids(): string[] {
    return [...this.balances.keys()];
  }

  /** The balance of `asset`, created with the starting amount on first use. */
  balance(accountId: string, asset: string): Balance {
    const account = this.account(accountId);
    let balance = account.get(asset);
    if (balance === undefined) {
      balance = { free: startingBalanceE8(asset), locked: 0 };
      account.set(asset, balance);
    }
    return balance;
  }

  /** Moves `amount` from free to locked; -2010 when there is not enough. */
  lock(accountId: string, asset: string, amount: number): void {
    const balance = this.balance(accountId, asset);
    if (balance.free < amount) {
      throw errors.insufficientBalance();
    }
    balance.free -= amount;
    balance.locked += amount;
  }

  unlock(accountId: string, asset: string, amount: number): void {
    const balance = this.balance(accountId, asset);
    const back = Math.min(amount, balance.locked);
    balance.locked -= back;
    balance.free += back;
  }

  /** Adds (or with a negative amount takes) free balance. */
  credit(accountId: string, asset: string, amount: number): void {
    this.balance(accountId, asset).free += amount;
  }

  /** Takes from locked balance (what a fill of a resting order spends). */
  spendLocked(accountId: string, asset: string, amount: number): void {
    this.balance(accountId, asset).locked -= amount;
  }

  /** A deposit (or, negative, a withdrawal): `balanceUpdate`, then `outboundAccountPosition`. */
  deposit(accountId: string, asset: string, amountE8: number, now: number): void {
    const balance = this.balance(accountId, asset);
    if (balance.free + amountE8 < 0) throw new RangeError(`deposit: ${asset} would go negative`);
    balance.free += amountE8;
    this.events.emit(accountId, {
      e: 'balanceUpdate',
      E: now,
      a: asset,
      d: formatE8(amountE8),
      T: now,
    });
    this.announce(accountId, [asset], now);
  }

  /** Every asset with its balance, as `account.status` lists them. */
  list(accountId: string): { asset: string; free: string; locked: string }[] {
    for (const asset of this.assets) this.balance(accountId, asset);
    return [...this.account(accountId)].map(([asset, b]) => ({
      asset,
      free: formatE8(b.free),
      locked: formatE8(b.locked),
    }));
  }

  /** Sends `outboundAccountPosition` for the assets that changed. */
  announce(accountId: string, assets: readonly string[], now: number): void {
    this.events.emit(accountId, {
      e: 'outboundAccountPosition',
      E: now,
      u: now,
      B: [...new Set(assets)].map((asset) => {
        const b = this.balance(accountId, asset);
        return { a: asset, f: formatE8(b.free), l: formatE8(b.locked) };
      }),
    });
  }

  private account(accountId: string): Map<string, Balance> {
    let account = this.balances.get(accountId);
    if (account === undefined) {
      account = new Map();
      this.balances.set(accountId, account);
    }
    return account;
  }
}
