// Generated from spec/usdm/user-data/account-config-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, type UserDataMessage, type UserDataOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/user-data/account-config-update';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateAccountConfigUpdateEvent: Validator = validate;

/** Event Account Configuration Update (`e` = `ACCOUNT_CONFIG_UPDATE`), with Binance's wire names. A symbol's leverage changed (`ac`), or the multi-assets mode did (`ai`). */
export interface AccountConfigUpdateEvent {
  /** Event type. */
  e: "ACCOUNT_CONFIG_UPDATE";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** The new leverage. Sent only when: Pushed when a symbol's leverage changed. */
  ac?: {
    /** Symbol. */
    s: string;
    /** Leverage. */
    l: number;
  };
  /** The new multi-assets mode. Sent only when: Pushed when the multi-assets mode changed. */
  ai?: {
    /** Whether multi-assets mode is on. */
    j: boolean;
  };
}

/** Event Account Configuration Update, parsed: readable names; decimals are exact strings unless `parseAccountConfigUpdateEvent` is given a `decimal` converter. */
export interface ParsedAccountConfigUpdateEvent {
  /** Event type. Wire field `e`. */
  eventType: "ACCOUNT_CONFIG_UPDATE";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** The new leverage. Sent only when: Pushed when a symbol's leverage changed. Wire field `ac`. */
  leverageChange?: {
    /** Symbol. Wire field `s`. */
    symbol: string;
    /** Leverage. Wire field `l`. */
    leverage: number;
  } | undefined;
  /** The new multi-assets mode. Sent only when: Pushed when the multi-assets mode changed. Wire field `ai`. */
  multiAssetsChange?: {
    /** Whether multi-assets mode is on. Wire field `j`. */
    multiAssetsMode: boolean;
  } | undefined;
}

/** Picks the `ACCOUNT_CONFIG_UPDATE` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onAccountConfigUpdate(options?: UserDataOptions): OperatorFunction<UserDataMessage, AccountConfigUpdateEvent> {
  return userDataOperator<AccountConfigUpdateEvent>("ACCOUNT_CONFIG_UPDATE", "https://binance-rx.dev/schemas/usdm/user-data/account-config-update.json", validateAccountConfigUpdateEvent, options);
}

/** Maps a raw `AccountConfigUpdateEvent` to the readable `ParsedAccountConfigUpdateEvent`. */
export function parseAccountConfigUpdateEvent(raw: AccountConfigUpdateEvent): ParsedAccountConfigUpdateEvent {
  return { eventType: raw.e, eventTime: raw.E, transactionTime: raw.T, leverageChange: raw.ac === undefined ? undefined : { symbol: raw.ac.s, leverage: raw.ac.l }, multiAssetsChange: raw.ai === undefined ? undefined : { multiAssetsMode: raw.ai.j } };
}
