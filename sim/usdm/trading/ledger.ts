/**
 * The futures side of every account of the local exchange: a USDT wallet, the settings
 * (position mode, leverage and margin type per symbol), the positions, the trades and the income
 * they booked. Amounts in 1e-8 units. Simplified but consistent: one margin asset (USDT), margin
 * = notional / leverage, unrealized PnL at the mark price; maintenance and liquidation in
 * risk.ts and liquidations.ts, funding in funding.ts.
 */

/** What each account's futures wallet starts with, in USDT. */
export const FUTURES_START_USDT = 100_000;
export const DEFAULT_LEVERAGE = 20;
export const MARGIN_ASSET = 'USDT';

export type PositionSide = 'BOTH' | 'LONG' | 'SHORT';

export interface Position {
  readonly symbol: string;
  readonly side: PositionSide;
  /** Signed size: negative for a short (BOTH, and SHORT in hedge mode). */
  amountE8: number;
  entryPriceE8: number;
  updateTime: number;
}

export interface FuturesTrade {
  readonly id: number;
  readonly symbol: string;
  readonly orderId: number;
  readonly side: 'BUY' | 'SELL';
  readonly positionSide: PositionSide;
  readonly priceE8: number;
  readonly qtyE8: number;
  readonly realizedPnlE8: number;
  readonly commissionE8: number;
  readonly maker: boolean;
  readonly time: number;
}

export interface Income {
  readonly symbol: string;
  readonly incomeType: 'REALIZED_PNL' | 'COMMISSION' | 'FUNDING_FEE';
  readonly incomeE8: number;
  readonly time: number;
  readonly tranId: number;
  /** The trade of a realized PnL or commission; none for funding. */
  readonly tradeId?: number;
}

export interface FuturesAccount {
  walletE8: number;
  dualSidePosition: boolean;
  readonly leverage: Map<string, number>;
  readonly isolated: Set<string>;
  readonly positions: Map<string, Position>;
  readonly trades: FuturesTrade[];
  readonly income: Income[];
  updateTime: number;
}

export class FuturesLedger {
  private readonly accounts = new Map<string, FuturesAccount>();
  private nextTranId = 1;

  account(accountId: string): FuturesAccount {
    let account = this.accounts.get(accountId);
    if (account === undefined) {
      account = {
        walletE8: FUTURES_START_USDT * 1e8,
        dualSidePosition: false,
        leverage: new Map(),
        isolated: new Set(),
        positions: new Map(),
        trades: [],
        income: [],
        updateTime: 0,
      };
      this.accounts.set(accountId, account);
    }
    return account;
  }

  /** The ids of every account that has used futures. */
  accountIds(): string[] {
    return [...this.accounts.keys()];
  }

  leverageOf(accountId: string, symbol: string): number {
    return this.account(accountId).leverage.get(symbol) ?? DEFAULT_LEVERAGE;
  }

  /** The position of `symbol` on `side`, created empty on first use. */
  position(accountId: string, symbol: string, side: PositionSide): Position {
    const positions = this.account(accountId).positions;
    const key = `${symbol}:${side}`;
    let position = positions.get(key);
    if (position === undefined) {
      position = { symbol, side, amountE8: 0, entryPriceE8: 0, updateTime: 0 };
      positions.set(key, position);
    }
    return position;
  }

  /** The account's positions that are open (non-zero), of one symbol or all. */
  openPositions(accountId: string, symbol?: string): Position[] {
    return [...this.account(accountId).positions.values()].filter(
      (p) => p.amountE8 !== 0 && (symbol === undefined || p.symbol === symbol),
    );
  }

  /** Books income (realized PnL, commission) into the wallet and the income history. */
  book(accountId: string, entry: Omit<Income, 'tranId'>): void {
    if (entry.incomeE8 === 0) return;
    const account = this.account(accountId);
    account.walletE8 += entry.incomeE8;
    account.updateTime = entry.time;
    account.income.push({ ...entry, tranId: this.nextTranId++ });
  }
}
