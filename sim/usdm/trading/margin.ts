/**
 * The margin arithmetic of the futures ledger, as pure functions of the account and the mark
 * prices: unrealized PnL, position and open-order initial margin, and what new orders can use.
 */
import type { Order } from '../../engine/order';
import { DEFAULT_LEVERAGE, type FuturesAccount, type Position } from './ledger';

/** `a × b` of two 1e-8 amounts, in 1e-8, rounded to nearest (PnL may be negative). */
export const mulSigned = (a: number, b: number): number => Math.round((a * b) / 1e8);

/** The mark price of a symbol, in 1e-8 units. */
export type MarkOf = (symbol: string) => number;

export const unrealizedPnl = (p: Position, markE8: number): number =>
  p.amountE8 === 0 ? 0 : mulSigned(markE8 - p.entryPriceE8, p.amountE8);

export const notional = (p: Position, markE8: number): number => mulSigned(markE8, p.amountE8);

export const positionMargin = (p: Position, markE8: number, leverage: number): number =>
  Math.ceil(Math.abs(notional(p, markE8)) / leverage);

/** The margin an isolated position holds: its initial margin at the entry price. */
export const isolatedMarginE8 = (p: Position, leverage: number): number =>
  Math.ceil(Math.abs(mulSigned(p.entryPriceE8, p.amountE8)) / leverage);

export interface MarginTotals {
  readonly unrealizedE8: number;
  /** Unrealized PnL of the cross positions only. */
  readonly crossUnrealizedE8: number;
  readonly positionMarginE8: number;
  readonly openOrderMarginE8: number;
  /** Wallet + cross unrealized PnL − initial margins: what new orders can use. */
  readonly availableE8: number;
}

export function marginTotals(
  account: FuturesAccount,
  openOrders: Iterable<Order>,
  markOf: MarkOf,
): MarginTotals {
  let unrealizedE8 = 0;
  let crossUnrealizedE8 = 0;
  let positionMarginE8 = 0;
  for (const p of account.positions.values()) {
    if (p.amountE8 === 0) continue;
    const mark = markOf(p.symbol);
    const pnl = unrealizedPnl(p, mark);
    unrealizedE8 += pnl;
    if (!account.isolated.has(p.symbol)) crossUnrealizedE8 += pnl;
    positionMarginE8 += positionMargin(p, mark, account.leverage.get(p.symbol) ?? DEFAULT_LEVERAGE);
  }
  let openOrderMarginE8 = 0;
  for (const order of openOrders) openOrderMarginE8 += order.lockedE8;
  const availableE8 = account.walletE8 + crossUnrealizedE8 - positionMarginE8 - openOrderMarginE8;
  return { unrealizedE8, crossUnrealizedE8, positionMarginE8, openOrderMarginE8, availableE8 };
}

/**
 * Applies a fill of signed quantity (`+` buys, `−` sells) at `priceE8` to a position: it adds at
 * a weighted entry price, or closes (realizing PnL) and, in one-way mode, may flip to the other
 * side at the fill price. Returns the realized PnL.
 */
export function applyFill(p: Position, signedQtyE8: number, priceE8: number, now: number): number {
  p.updateTime = now;
  const amount = p.amountE8;
  if (amount === 0 || Math.sign(amount) === Math.sign(signedQtyE8)) {
    const total = Math.abs(amount) + Math.abs(signedQtyE8);
    p.entryPriceE8 = Math.round(
      (p.entryPriceE8 * Math.abs(amount) + priceE8 * Math.abs(signedQtyE8)) / total,
    );
    p.amountE8 = amount + signedQtyE8;
    return 0;
  }
  const closing = Math.min(Math.abs(signedQtyE8), Math.abs(amount));
  const realized = mulSigned(priceE8 - p.entryPriceE8, closing) * Math.sign(amount);
  const rest = Math.abs(signedQtyE8) - closing;
  p.amountE8 = amount + Math.sign(signedQtyE8) * closing;
  if (p.amountE8 === 0) p.entryPriceE8 = 0;
  if (rest > 0) {
    p.amountE8 = Math.sign(signedQtyE8) * rest;
    p.entryPriceE8 = priceE8;
  }
  return realized;
}
