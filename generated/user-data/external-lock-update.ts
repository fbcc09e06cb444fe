// Generated from spec/user-data/external-lock-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, decimalOf, type UserDataMessage, type UserDataOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { validate } from '../validators/user-data/external-lock-update';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateExternalLockUpdateEvent: Validator = validate;

/** External Lock Update (`e` = `externalLockUpdate`), with Binance's wire names. An external system (margin collateral, for example) locked or unlocked part of a balance. */
export interface ExternalLockUpdateEvent {
  /** Event type. */
  e: "externalLockUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Asset. */
  a: string;
  /** Change of the locked amount (negative when unlocked). Exact decimal. */
  d: string;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
}

/** External Lock Update, parsed: readable names; decimals are exact strings unless `parseExternalLockUpdateEvent` is given a `decimal` converter. */
export interface ParsedExternalLockUpdateEvent<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "externalLockUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Asset. Wire field `a`. */
  asset: string;
  /** Change of the locked amount (negative when unlocked). Exact decimal. Wire field `d`. */
  delta: D;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
}

/** Picks the `externalLockUpdate` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onExternalLockUpdate(options?: UserDataOptions): OperatorFunction<UserDataMessage, ExternalLockUpdateEvent> {
  return userDataOperator<ExternalLockUpdateEvent>("externalLockUpdate", "https://binance-rx.dev/schemas/user-data/external-lock-update.json", validateExternalLockUpdateEvent, options);
}

/** Maps a raw `ExternalLockUpdateEvent` to the readable `ParsedExternalLockUpdateEvent`. */
export function parseExternalLockUpdateEvent<D = string>(raw: ExternalLockUpdateEvent, options?: ParseOptions<D>): ParsedExternalLockUpdateEvent<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, asset: raw.a, delta: decimal(raw.d), transactionTime: raw.T };
}
