// Generated from spec/user-data/event-stream-terminated.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, type UserDataMessage, type UserDataOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/user-data/event-stream-terminated';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateEventStreamTerminatedEvent: Validator = validate;

/** Event Stream Terminated (`e` = `eventStreamTerminated`), with Binance's wire names. The subscription ended (logout, unsubscribe, expiry); the session subscribes again by itself while someone listens. */
export interface EventStreamTerminatedEvent {
  /** Event type. */
  e: "eventStreamTerminated";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
}

/** Event Stream Terminated, parsed: readable names; decimals are exact strings unless `parseEventStreamTerminatedEvent` is given a `decimal` converter. */
export interface ParsedEventStreamTerminatedEvent {
  /** Event type. Wire field `e`. */
  eventType: "eventStreamTerminated";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
}

/** Picks the `eventStreamTerminated` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onEventStreamTerminated(options?: UserDataOptions): OperatorFunction<UserDataMessage, EventStreamTerminatedEvent> {
  return userDataOperator<EventStreamTerminatedEvent>("eventStreamTerminated", "https://binance-rx.dev/schemas/user-data/event-stream-terminated.json", validateEventStreamTerminatedEvent, options);
}

/** Maps a raw `EventStreamTerminatedEvent` to the readable `ParsedEventStreamTerminatedEvent`. */
export function parseEventStreamTerminatedEvent(raw: EventStreamTerminatedEvent): ParsedEventStreamTerminatedEvent {
  return { eventType: raw.e, eventTime: raw.E };
}
