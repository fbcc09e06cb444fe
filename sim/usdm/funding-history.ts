/**
 * A symbol's funding rate history as `GET /fapi/v1/fundingRate` lists it, oldest first: the
 * rows funding settled (trading/funding.ts), after rows for the funding times before the first
 * settlement, which carry today's rate (the simulation has no earlier history).
 */
import type { SymbolMarket } from '../market/symbol-market';
import { markValues, pastFundingTimes } from './model';
import { usdmState, type FundingRow } from './state';

export function fundingHistory(m: SymbolMarket, now: number, limit: number): FundingRow[] {
  const state = usdmState(m);
  const settled = state.funding;
  const before = settled[0]?.fundingTime ?? now + 1;
  const v = markValues(m, now);
  const synthetic = pastFundingTimes(now, limit, state.fundingIntervalMs)
    .filter((fundingTime) => fundingTime < before)
    .map((fundingTime) => ({ fundingRate: v.fundingRate, fundingTime, markPrice: v.markPrice }));
  return [...synthetic, ...settled].slice(-limit);
}
