// Generated from spec/usdm/user-data/conditional-order-trigger-reject.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, type UserDataMessage, type UserDataOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/user-data/conditional-order-trigger-reject';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateConditionalOrderTriggerRejectEvent: Validator = validate;

/** Event: Conditional_Order_Trigger_Reject (`e` = `CONDITIONAL_ORDER_TRIGGER_REJECT`), with Binance's wire names. A triggered TP/SL (conditional) order was rejected by the matching engine: which order, and why. The algo order's own ALGO_UPDATE says REJECTED. */
export interface ConditionalOrderTriggerRejectEvent {
  /** Event type. */
  e: "CONDITIONAL_ORDER_TRIGGER_REJECT";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Time the matching engine sent the message. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** The rejected order. */
  or: {
    /** Symbol. */
    s: string;
    /** Id of the rejected order. */
    i: number;
    /** Why it was rejected. */
    r: string;
  };
}

/** Event: Conditional_Order_Trigger_Reject, parsed: readable names; decimals are exact strings unless `parseConditionalOrderTriggerRejectEvent` is given a `decimal` converter. */
export interface ParsedConditionalOrderTriggerRejectEvent {
  /** Event type. Wire field `e`. */
  eventType: "CONDITIONAL_ORDER_TRIGGER_REJECT";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Time the matching engine sent the message. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** The rejected order. Wire field `or`. */
  rejectedOrder: {
    /** Symbol. Wire field `s`. */
    symbol: string;
    /** Id of the rejected order. Wire field `i`. */
    orderId: number;
    /** Why it was rejected. Wire field `r`. */
    reason: string;
  };
}

/** Picks the `CONDITIONAL_ORDER_TRIGGER_REJECT` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onConditionalOrderTriggerReject(options?: UserDataOptions): OperatorFunction<UserDataMessage, ConditionalOrderTriggerRejectEvent> {
  return userDataOperator<ConditionalOrderTriggerRejectEvent>("CONDITIONAL_ORDER_TRIGGER_REJECT", "https://binance-rx.dev/schemas/usdm/user-data/conditional-order-trigger-reject.json", validateConditionalOrderTriggerRejectEvent, options);
}

/** Maps a raw `ConditionalOrderTriggerRejectEvent` to the readable `ParsedConditionalOrderTriggerRejectEvent`. */
export function parseConditionalOrderTriggerRejectEvent(raw: ConditionalOrderTriggerRejectEvent): ParsedConditionalOrderTriggerRejectEvent {
  return { eventType: raw.e, eventTime: raw.E, transactionTime: raw.T, rejectedOrder: { symbol: raw.or.s, orderId: raw.or.i, reason: raw.or.r } };
}
