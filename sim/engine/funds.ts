/**
 * What an order does to its account's money, the part of the engine that differs by product:
 * Spot locks the asset an order spends and swaps assets on each fill (`SpotFunds`); futures check
 * margin and move positions (sim/usdm/trading/futures-funds.ts). The matching itself, order
 * books, time in force, self-trade prevention and triggers, is the engine's, shared.
 */
import type { SymbolMarket } from '../market/symbol-market';
import type { Accounts } from './accounts';
import { mulE8 } from './amounts';
import { baseToSell, costToBuy } from './book-walk';
import { isStop, type Order } from './order';
import type { SymbolRules } from './symbol-rules';

/** Commission rate, maker and taker alike (0.1%), taken from the asset received. */
export const COMMISSION_RATE = 0.001;

export interface Funds {
  /** Reserves what a new (or newly working) order may need; throws Binance's error when it cannot. */
  reserve(order: Order, rules: SymbolRules, m: SymbolMarket): void;
  /** Gives back what an order that ended (or filled) still reserves. */
  release(order: Order, rules: SymbolRules): void;
  /** Books one fill of `qtyE8` at `priceE8`; returns the commission charged. */
  settle(
    order: Order,
    rules: SymbolRules,
    fill: {
      readonly priceE8: number;
      readonly qtyE8: number;
      readonly maker: boolean;
      readonly time: number;
    },
  ): { readonly commissionE8: number; readonly commissionAsset: string };
  /** The order's quantity is being lowered to `newQtyE8` (an amendment): reserve less. */
  shrink(order: Order, rules: SymbolRules, newQtyE8: number): void;
  /** Tells the account's user data stream what changed on `rules`' assets or positions. */
  announce(accountId: string, rules: SymbolRules, now: number): void;
}

/** Spot: free and locked balances per asset (`Accounts`). */
export class SpotFunds implements Funds {
  constructor(private readonly accounts: Accounts) {}

  /**
   * Locks what the order may spend: a SELL its quantity (or, selling for a quote amount, the base
   * the book needs for it), a BUY its quote amount, price × quantity, or the market's cost now
   * (a market stop: at its stop price).
   */
  reserve(order: Order, rules: SymbolRules, m: SymbolMarket): void {
    let amount: number;
    if (order.side === 'SELL') {
      amount =
        order.origQtyE8 > 0
          ? order.origQtyE8
          : baseToSell(m.book, rules, order.origQuoteOrderQtyE8);
    } else if (order.origQuoteOrderQtyE8 > 0) amount = order.origQuoteOrderQtyE8;
    else if (order.priceE8 > 0) amount = mulE8(order.priceE8, order.origQtyE8);
    else if (isStop(order.type)) amount = mulE8(order.stopPriceE8, order.origQtyE8);
    else amount = costToBuy(m.book, rules, order.origQtyE8);
    const asset = order.side === 'BUY' ? rules.quoteAsset : rules.baseAsset;
    this.accounts.lock(order.accountId, asset, amount);
    order.lockedE8 = amount;
  }

  release(order: Order, rules: SymbolRules): void {
    if (order.lockedE8 <= 0) return;
    this.accounts.unlock(
      order.accountId,
      order.side === 'BUY' ? rules.quoteAsset : rules.baseAsset,
      order.lockedE8,
    );
    order.lockedE8 = 0;
  }

  settle(
    order: Order,
    rules: SymbolRules,
    { priceE8, qtyE8 }: { readonly priceE8: number; readonly qtyE8: number },
  ) {
    const quoteE8 = mulE8(priceE8, qtyE8);
    const { accountId } = order;
    const buy = order.side === 'BUY';
    const paidAsset = buy ? rules.quoteAsset : rules.baseAsset;
    const paid = buy ? quoteE8 : qtyE8;
    const fromLock = Math.min(paid, order.lockedE8);
    order.lockedE8 -= fromLock;
    this.accounts.spendLocked(accountId, paidAsset, fromLock);
    this.accounts.credit(accountId, paidAsset, -(paid - fromLock));
    const commissionAsset = buy ? rules.baseAsset : rules.quoteAsset;
    const received = buy ? qtyE8 : quoteE8;
    const commissionE8 = Math.floor(received * COMMISSION_RATE);
    this.accounts.credit(accountId, commissionAsset, received - commissionE8);
    return { commissionE8, commissionAsset };
  }

  shrink(order: Order, rules: SymbolRules, newQtyE8: number): void {
    if (order.side === 'SELL') {
      const freed = order.origQtyE8 - newQtyE8;
      this.accounts.unlock(order.accountId, rules.baseAsset, freed);
      order.lockedE8 -= freed;
    } else if (order.priceE8 > 0) {
      const freed = mulE8(order.priceE8, order.origQtyE8 - newQtyE8);
      this.accounts.unlock(order.accountId, rules.quoteAsset, freed);
      order.lockedE8 -= freed;
    }
  }

  announce(accountId: string, rules: SymbolRules, now: number): void {
    this.accounts.announce(accountId, [rules.baseAsset, rules.quoteAsset], now);
  }
}
