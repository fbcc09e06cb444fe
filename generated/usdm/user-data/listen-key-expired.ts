// Generated from spec/usdm/user-data/listen-key-expired.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, type UserDataMessage, type UserDataOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/user-data/listen-key-expired';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateListenKeyExpiredEvent: Validator = validate;

/** Event User Data Stream Expired (`e` = `listenKeyExpired`), with Binance's wire names. The listen key expired: the stream sends nothing more; create a listen key again and reconnect. */
export interface ListenKeyExpiredEvent {
  /** Event type. */
  e: "listenKeyExpired";
  /** Event time; the docs' example sends it as a string of digits. */
  E: (number) | (string);
  /** The listen key that expired. */
  listenKey: string;
}

/** Event User Data Stream Expired, parsed: readable names; decimals are exact strings unless `parseListenKeyExpiredEvent` is given a `decimal` converter. */
export interface ParsedListenKeyExpiredEvent {
  /** Event type. Wire field `e`. */
  eventType: "listenKeyExpired";
  /** Event time; the docs' example sends it as a string of digits. Wire field `E`. */
  eventTime: (number) | (string);
  /** The listen key that expired. */
  listenKey: string;
}

/** Picks the `listenKeyExpired` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onListenKeyExpired(options?: UserDataOptions): OperatorFunction<UserDataMessage, ListenKeyExpiredEvent> {
  return userDataOperator<ListenKeyExpiredEvent>("listenKeyExpired", "https://binance-rx.dev/schemas/usdm/user-data/listen-key-expired.json", validateListenKeyExpiredEvent, options);
}

/** Maps a raw `ListenKeyExpiredEvent` to the readable `ParsedListenKeyExpiredEvent`. */
export function parseListenKeyExpiredEvent(raw: ListenKeyExpiredEvent): ParsedListenKeyExpiredEvent {
  return { eventType: raw.e, eventTime: raw.E, listenKey: raw.listenKey };
}
