// Generated from spec/usdm/user-data/strategy-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, type UserDataMessage, type UserDataOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/user-data/strategy-update';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateStrategyUpdateEvent: Validator = validate;

/** Event STRATEGY_UPDATE (`e` = `STRATEGY_UPDATE`), with Binance's wire names. A trading strategy of the account (a grid, made in Binance's app: the API cannot create one) was created, updated or ended. */
export interface StrategyUpdateEvent {
  /** Event type. */
  e: "STRATEGY_UPDATE";
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** The strategy. */
  su: {
    /** Strategy id. */
    si: number;
    /** Strategy type (GRID). */
    st: string;
    /** Strategy status: NEW, WORKING, CANCELLED or EXPIRED. */
    ss: string;
    /** Symbol. */
    s: string;
    /** Update time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    ut: number;
    /** Why the strategy changed: 8001 parameters updated, 8002 canceled by the user, 8003 an order placed or canceled by hand, 8004 stop limit reached, 8005 position liquidated, 8006 open order limit reached, 8007 new grid order, 8008 insufficient margin, 8009 price out of bounds, 8010 market closed or paused, 8011 closing the position failed, 8012 maximum notional exceeded, 8013 grid expired (jurisdiction), 8014 quantitative trading rules violated, 8015 position empty or liquidated. Optional: the docs do not say every update carries one. */
    c?: number;
  };
}

/** Event STRATEGY_UPDATE, parsed: readable names; decimals are exact strings unless `parseStrategyUpdateEvent` is given a `decimal` converter. */
export interface ParsedStrategyUpdateEvent {
  /** Event type. Wire field `e`. */
  eventType: "STRATEGY_UPDATE";
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** The strategy. Wire field `su`. */
  strategy: {
    /** Strategy id. Wire field `si`. */
    strategyId: number;
    /** Strategy type (GRID). Wire field `st`. */
    strategyType: string;
    /** Strategy status: NEW, WORKING, CANCELLED or EXPIRED. Wire field `ss`. */
    strategyStatus: string;
    /** Symbol. Wire field `s`. */
    symbol: string;
    /** Update time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `ut`. */
    updateTime: number;
    /** Why the strategy changed: 8001 parameters updated, 8002 canceled by the user, 8003 an order placed or canceled by hand, 8004 stop limit reached, 8005 position liquidated, 8006 open order limit reached, 8007 new grid order, 8008 insufficient margin, 8009 price out of bounds, 8010 market closed or paused, 8011 closing the position failed, 8012 maximum notional exceeded, 8013 grid expired (jurisdiction), 8014 quantitative trading rules violated, 8015 position empty or liquidated. Optional: the docs do not say every update carries one. Wire field `c`. */
    opCode?: number | undefined;
  };
}

/** Picks the `STRATEGY_UPDATE` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onStrategyUpdate(options?: UserDataOptions): OperatorFunction<UserDataMessage, StrategyUpdateEvent> {
  return userDataOperator<StrategyUpdateEvent>("STRATEGY_UPDATE", "https://binance-rx.dev/schemas/usdm/user-data/strategy-update.json", validateStrategyUpdateEvent, options);
}

/** Maps a raw `StrategyUpdateEvent` to the readable `ParsedStrategyUpdateEvent`. */
export function parseStrategyUpdateEvent(raw: StrategyUpdateEvent): ParsedStrategyUpdateEvent {
  return { eventType: raw.e, transactionTime: raw.T, eventTime: raw.E, strategy: { strategyId: raw.su.si, strategyType: raw.su.st, strategyStatus: raw.su.ss, symbol: raw.su.s, updateTime: raw.su.ut, opCode: raw.su.c } };
}
