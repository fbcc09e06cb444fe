// Generated from spec/user-data/balance-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, decimalOf, type UserDataMessage, type UserDataOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { validate } from '../validators/user-data/balance-update';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateBalanceUpdateEvent: Validator = validate;

/** Balance Update (`e` = `balanceUpdate`), with Binance's wire names. A deposit, withdrawal or transfer changed a balance by the given amount. */
export interface BalanceUpdateEvent {
  /** Event type. */
  e: "balanceUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Asset. */
  a: string;
  /** Change of the balance (negative when it went down). Exact decimal. */
  d: string;
  /** When the change was cleared. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
}

/** Balance Update, parsed: readable names; decimals are exact strings unless `parseBalanceUpdateEvent` is given a `decimal` converter. */
export interface ParsedBalanceUpdateEvent<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "balanceUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Asset. Wire field `a`. */
  asset: string;
  /** Change of the balance (negative when it went down). Exact decimal. Wire field `d`. */
  balanceDelta: D;
  /** When the change was cleared. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  clearTime: number;
}

/** Picks the `balanceUpdate` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onBalanceUpdate(options?: UserDataOptions): OperatorFunction<UserDataMessage, BalanceUpdateEvent> {
  return userDataOperator<BalanceUpdateEvent>("balanceUpdate", "https://binance-rx.dev/schemas/user-data/balance-update.json", validateBalanceUpdateEvent, options);
}

/** Maps a raw `BalanceUpdateEvent` to the readable `ParsedBalanceUpdateEvent`. */
export function parseBalanceUpdateEvent<D = string>(raw: BalanceUpdateEvent, options?: ParseOptions<D>): ParsedBalanceUpdateEvent<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, asset: raw.a, balanceDelta: decimal(raw.d), clearTime: raw.T };
}
