/**
 * Sub-accounts (Binance's sub_account docs): accounts held under a master account. Each is an
 * account of the engine like any other (its own balances, orders, keys and user data stream),
 * with the account id `<master>-<subAccountString>`, so `exchange.accountKeys(id)` issues its
 * test keys. The master creates them (`virtualSubAccount`); they start with the generous
 * balances of every account here.
 */
export interface SubAccount {
  readonly master: string;
  readonly accountId: string;
  readonly email: string;
  readonly subUserId: number;
  readonly createTime: number;
}

export class SubAccounts {
  private readonly byEmail = new Map<string, SubAccount>();
  private nextUserId = 1_000_001;

  /** A new virtual sub-account of `master`; undefined when its email is taken. */
  create(master: string, subAccountString: string, now: number): SubAccount | undefined {
    const email = `${subAccountString}_virtual@${master}.noemail.sim`;
    if (this.byEmail.has(email)) return undefined;
    const sub = {
      master,
      accountId: `${master}-${subAccountString}`,
      email,
      subUserId: this.nextUserId++,
      createTime: now,
    };
    this.byEmail.set(email, sub);
    return sub;
  }

  /** The sub-accounts of `master`, oldest first. */
  of(master: string): SubAccount[] {
    return [...this.byEmail.values()].filter((s) => s.master === master);
  }

  /** The sub-account of `master` with `email`. */
  find(master: string, email: string): SubAccount | undefined {
    const sub = this.byEmail.get(email);
    return sub?.master === master ? sub : undefined;
  }

  /** The email of an account: a sub-account's, or `<accountId>@noemail.sim` for a master. */
  emailOf(accountId: string): string {
    return this.byAccount(accountId)?.email ?? `${accountId}@noemail.sim`;
  }

  /** The sub-account whose engine account is `accountId`, if it is one. */
  byAccount(accountId: string): SubAccount | undefined {
    return [...this.byEmail.values()].find((s) => s.accountId === accountId);
  }
}
