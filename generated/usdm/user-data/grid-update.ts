// Generated from spec/usdm/user-data/grid-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, decimalOf, type UserDataMessage, type UserDataOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { validate } from '../validators/user-data/grid-update';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateGridUpdateEvent: Validator = validate;

/** Event GRID_UPDATE (`e` = `GRID_UPDATE`), with Binance's wire names. An order of one of the account's grid strategies filled or partly filled: the grid's realized and matched PnL, and what is still unmatched. */
export interface GridUpdateEvent {
  /** Event type. */
  e: "GRID_UPDATE";
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** The grid strategy. */
  gu: {
    /** Strategy id. */
    si: number;
    /** Strategy type (GRID). */
    st: string;
    /** Strategy status: NEW, WORKING, CANCELLED or EXPIRED. */
    ss: string;
    /** Symbol. */
    s: string;
    /** Realized PnL. Exact decimal. */
    r: string;
    /** Average price of the unmatched quantity. Exact decimal. */
    up: string;
    /** Unmatched quantity (negative when short). Exact decimal. */
    uq: string;
    /** Fee of the unmatched quantity. Exact decimal. */
    uf: string;
    /** PnL of the matched quantity. Exact decimal. */
    mp: string;
    /** Update time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    ut: number;
  };
}

/** Event GRID_UPDATE, parsed: readable names; decimals are exact strings unless `parseGridUpdateEvent` is given a `decimal` converter. */
export interface ParsedGridUpdateEvent<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "GRID_UPDATE";
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** The grid strategy. Wire field `gu`. */
  grid: {
    /** Strategy id. Wire field `si`. */
    strategyId: number;
    /** Strategy type (GRID). Wire field `st`. */
    strategyType: string;
    /** Strategy status: NEW, WORKING, CANCELLED or EXPIRED. Wire field `ss`. */
    strategyStatus: string;
    /** Symbol. Wire field `s`. */
    symbol: string;
    /** Realized PnL. Exact decimal. Wire field `r`. */
    realizedPnl: D;
    /** Average price of the unmatched quantity. Exact decimal. Wire field `up`. */
    unmatchedAveragePrice: D;
    /** Unmatched quantity (negative when short). Exact decimal. Wire field `uq`. */
    unmatchedQuantity: D;
    /** Fee of the unmatched quantity. Exact decimal. Wire field `uf`. */
    unmatchedFee: D;
    /** PnL of the matched quantity. Exact decimal. Wire field `mp`. */
    matchedPnl: D;
    /** Update time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `ut`. */
    updateTime: number;
  };
}

/** Picks the `GRID_UPDATE` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onGridUpdate(options?: UserDataOptions): OperatorFunction<UserDataMessage, GridUpdateEvent> {
  return userDataOperator<GridUpdateEvent>("GRID_UPDATE", "https://binance-rx.dev/schemas/usdm/user-data/grid-update.json", validateGridUpdateEvent, options);
}

/** Maps a raw `GridUpdateEvent` to the readable `ParsedGridUpdateEvent`. */
export function parseGridUpdateEvent<D = string>(raw: GridUpdateEvent, options?: ParseOptions<D>): ParsedGridUpdateEvent<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, transactionTime: raw.T, eventTime: raw.E, grid: { strategyId: raw.gu.si, strategyType: raw.gu.st, strategyStatus: raw.gu.ss, symbol: raw.gu.s, realizedPnl: decimal(raw.gu.r), unmatchedAveragePrice: decimal(raw.gu.up), unmatchedQuantity: decimal(raw.gu.uq), unmatchedFee: decimal(raw.gu.uf), matchedPnl: decimal(raw.gu.mp), updateTime: raw.gu.ut } };
}
