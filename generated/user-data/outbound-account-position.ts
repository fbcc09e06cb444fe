// Generated from spec/user-data/outbound-account-position.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, decimalOf, type UserDataMessage, type UserDataOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { validate } from '../validators/user-data/outbound-account-position';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateOutboundAccountPositionEvent: Validator = validate;

/** Account Update (`e` = `outboundAccountPosition`), with Binance's wire names. The balances that changed, free and locked, sent after every change of the account. */
export interface OutboundAccountPositionEvent {
  /** Event type. */
  e: "outboundAccountPosition";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Time of the last account update. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  u: number;
  /** The balances that changed. */
  B: Array<{
    /** Asset. */
    a: string;
    /** Free amount. Exact decimal. */
    f: string;
    /** Locked amount. Exact decimal. */
    l: string;
  }>;
}

/** Account Update, parsed: readable names; decimals are exact strings unless `parseOutboundAccountPositionEvent` is given a `decimal` converter. */
export interface ParsedOutboundAccountPositionEvent<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "outboundAccountPosition";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Time of the last account update. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `u`. */
  lastUpdateTime: number;
  /** The balances that changed. Wire field `B`. */
  balances: Array<{
    /** Asset. Wire field `a`. */
    asset: string;
    /** Free amount. Exact decimal. Wire field `f`. */
    free: D;
    /** Locked amount. Exact decimal. Wire field `l`. */
    locked: D;
  }>;
}

/** Picks the `outboundAccountPosition` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onOutboundAccountPosition(options?: UserDataOptions): OperatorFunction<UserDataMessage, OutboundAccountPositionEvent> {
  return userDataOperator<OutboundAccountPositionEvent>("outboundAccountPosition", "https://binance-rx.dev/schemas/user-data/outbound-account-position.json", validateOutboundAccountPositionEvent, options);
}

/** Maps a raw `OutboundAccountPositionEvent` to the readable `ParsedOutboundAccountPositionEvent`. */
export function parseOutboundAccountPositionEvent<D = string>(raw: OutboundAccountPositionEvent, options?: ParseOptions<D>): ParsedOutboundAccountPositionEvent<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, lastUpdateTime: raw.u, balances: raw.B.map((item0) => ({ asset: item0.a, free: decimal(item0.f), locked: decimal(item0.l) })) };
}
