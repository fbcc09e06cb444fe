/**
 * USDⓈ-M futures values the Spot market does not have, as simple deterministic functions of a
 * symbol's simulated market (the futures contract trades on the same book): the mark price is
 * the book's mid, the index price the last trade's price (the mid before the first trade), both
 * moved by the shift `usdm.setMarkPrice` puts on a symbol (so the index stays near the mark), the
 * funding rate the interest rate plus the premium, clamped as Binance clamps it, and the open
 * interest the volume of the recent trades.
 */
import type { SymbolMarket } from '../market/symbol-market';
import { formatFloat } from '../market/decimal';
import { baseValue, price } from '../streams/payloads/format';
import { usdmState } from './state';
/** Binance's default interest rate per funding interval (0.01 %). */
export const INTEREST_RATE = 0.0001;
/** The funding rate's cap and floor (0.75 %). */
export const FUNDING_CAP = 0.0075;

const shiftOf = (m: SymbolMarket): number => usdmState(m).markShiftTicks;

export const markTicks = (m: SymbolMarket): number => Math.max(1, Math.round(m.mid) + shiftOf(m));
export const indexTicks = (m: SymbolMarket): number =>
  m.lastTrade === undefined ? markTicks(m) : Math.max(1, m.lastTrade.price + shiftOf(m));

/**
 * Moves the mark price of `m` to `ticks` now (the index moves with it); it follows the book from
 * there. Undefined removes the shift.
 */
export function setMarkTicks(m: SymbolMarket, ticks: number | undefined): void {
  usdmState(m).markShiftTicks = ticks === undefined ? 0 : ticks - Math.round(m.mid);
}

export function fundingRate(m: SymbolMarket): number {
  const index = indexTicks(m);
  const premium = index === 0 ? 0 : (markTicks(m) - index) / index;
  return Math.min(FUNDING_CAP, Math.max(-FUNDING_CAP, INTEREST_RATE + premium));
}

/** The next funding time after `now`: the next multiple of the interval (8 h: 00/08/16 UTC). */
export const nextFundingTime = (now: number, intervalMs: number): number =>
  (Math.floor(now / intervalMs) + 1) * intervalMs;

/** The funding times of the last `count` intervals before `now`, oldest first. */
export const pastFundingTimes = (now: number, count: number, intervalMs: number): number[] => {
  const last = Math.floor(now / intervalMs) * intervalMs;
  return Array.from({ length: count }, (_, i) => last - (count - 1 - i) * intervalMs);
};

/** Open interest in contracts: the base volume of the recent trades (at least one lot). */
export function openInterest(m: SymbolMarket): string {
  const lots = m.history.recent(1000).reduce((sum, t) => sum + t.qty, 0);
  return formatFloat(baseValue(m, Math.max(1, lots)), 8);
}

/** The fields the mark price stream and REST `premiumIndex` share. */
export const markValues = (m: SymbolMarket, now: number) => ({
  markPrice: price(m, markTicks(m)),
  indexPrice: price(m, indexTicks(m)),
  estimatedSettlePrice: price(m, indexTicks(m)),
  fundingRate: formatFloat(fundingRate(m), 8),
  nextFundingTime: nextFundingTime(now, usdmState(m).fundingIntervalMs),
});
