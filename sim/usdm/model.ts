/**
 * USDⓈ-M futures values the Spot market does not have, as simple deterministic functions of a
 * symbol's simulated market (the futures contract trades on the same book): the mark price is
 * the book's mid, the index price the last trade's price (the mid before the first trade), the
 * funding rate the interest rate plus the premium, clamped as Binance clamps it, and the open
 * interest the volume of the recent trades.
 */
import type { SymbolMarket } from '../market/symbol-market';
import { formatFloat } from '../market/decimal';
import { baseValue, price } from '../streams/payloads/format';

/** Funding happens every 8 hours, at 00:00, 08:00 and 16:00 UTC. */
const FUNDING_INTERVAL_MS = 8 * 60 * 60 * 1000;
/** Binance's default interest rate per funding interval (0.01 %). */
export const INTEREST_RATE = 0.0001;
/** The funding rate's cap and floor (0.75 %). */
export const FUNDING_CAP = 0.0075;

export const markTicks = (m: SymbolMarket): number => Math.round(m.mid);
export const indexTicks = (m: SymbolMarket): number => m.lastTrade?.price ?? markTicks(m);

export function fundingRate(m: SymbolMarket): number {
  const index = indexTicks(m);
  const premium = index === 0 ? 0 : (markTicks(m) - index) / index;
  return Math.min(FUNDING_CAP, Math.max(-FUNDING_CAP, INTEREST_RATE + premium));
}

/** The next funding time after `now`. */
export const nextFundingTime = (now: number): number =>
  (Math.floor(now / FUNDING_INTERVAL_MS) + 1) * FUNDING_INTERVAL_MS;

/** The funding times of the last `count` intervals before `now`, oldest first. */
export const pastFundingTimes = (now: number, count: number): number[] => {
  const last = Math.floor(now / FUNDING_INTERVAL_MS) * FUNDING_INTERVAL_MS;
  return Array.from({ length: count }, (_, i) => last - (count - 1 - i) * FUNDING_INTERVAL_MS);
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
  nextFundingTime: nextFundingTime(now),
});
