/**
 * What the futures simulation keeps per symbol beside the shared market (which knows nothing of
 * futures): the shift a control put on the mark price, the funding interval, the funding rows
 * settled so far and the latest liquidation of each symbol (the `forceOrder` streams read it).
 * Keyed by the symbol's market object, so each exchange has its own.
 */
import type { SymbolMarket } from '../market/symbol-market';

/** Funding happens every 8 hours, at 00:00, 08:00 and 16:00 UTC (the default interval). */
export const FUNDING_INTERVAL_MS = 8 * 60 * 60 * 1000;

/** A funding settlement of one symbol, as `GET /fapi/v1/fundingRate` lists it. */
export interface FundingRow {
  readonly fundingTime: number;
  readonly fundingRate: string;
  readonly markPrice: string;
}

/** A liquidation order as the `forceOrder` streams describe it (strings as sent). */
export interface Liquidation {
  readonly symbol: string;
  readonly side: 'BUY' | 'SELL';
  readonly qty: string;
  readonly price: string;
  readonly time: number;
  /** Increases with each liquidation of the exchange: a feed sends one it has not sent. */
  readonly seq: number;
}

export interface UsdmSymbolState {
  /** Ticks added to the book's mid (and to the index) by `usdm.setMarkPrice`. */
  markShiftTicks: number;
  fundingIntervalMs: number;
  readonly funding: FundingRow[];
  lastLiquidation: Liquidation | undefined;
}

const states = new WeakMap<SymbolMarket, UsdmSymbolState>();

export function usdmState(m: SymbolMarket): UsdmSymbolState {
  let state = states.get(m);
  if (state === undefined) {
    state = {
      markShiftTicks: 0,
      fundingIntervalMs: FUNDING_INTERVAL_MS,
      funding: [],
      lastLiquidation: undefined,
    };
    states.set(m, state);
  }
  return state;
}
