// Generated from spec/user-data/list-status.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, type UserDataMessage, type UserDataOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/user-data/list-status';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateListStatusEvent: Validator = validate;

/** List Status (`e` = `listStatus`), with Binance's wire names. A change of an order list (OCO, OTO …), sent next to the executionReport events of its orders. */
export interface ListStatusEvent {
  /** Event type. */
  e: "listStatus";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** Order list id. */
  g: number;
  /** Contingency type: OCO or OTO. */
  c: string;
  /** List status type: RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE. */
  l: string;
  /** List order status: EXECUTING, ALL_DONE or REJECT. */
  L: string;
  /** Why the list was rejected; NONE otherwise. */
  r: string;
  /** Client id of the list. */
  C: string;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** The orders of the list. */
  O: Array<{
    /** Symbol. */
    s: string;
    /** Order id. */
    i: number;
    /** Client order id. */
    c: string;
  }>;
}

/** List Status, parsed: readable names; decimals are exact strings unless `parseListStatusEvent` is given a `decimal` converter. */
export interface ParsedListStatusEvent {
  /** Event type. Wire field `e`. */
  eventType: "listStatus";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Order list id. Wire field `g`. */
  orderListId: number;
  /** Contingency type: OCO or OTO. Wire field `c`. */
  contingencyType: string;
  /** List status type: RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE. Wire field `l`. */
  listStatusType: string;
  /** List order status: EXECUTING, ALL_DONE or REJECT. Wire field `L`. */
  listOrderStatus: string;
  /** Why the list was rejected; NONE otherwise. Wire field `r`. */
  rejectReason: string;
  /** Client id of the list. Wire field `C`. */
  listClientOrderId: string;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** The orders of the list. Wire field `O`. */
  orders: Array<{
    /** Symbol. Wire field `s`. */
    symbol: string;
    /** Order id. Wire field `i`. */
    orderId: number;
    /** Client order id. Wire field `c`. */
    clientOrderId: string;
  }>;
}

/** Picks the `listStatus` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onListStatus(options?: UserDataOptions): OperatorFunction<UserDataMessage, ListStatusEvent> {
  return userDataOperator<ListStatusEvent>("listStatus", "https://binance-rx.dev/schemas/user-data/list-status.json", validateListStatusEvent, options);
}

/** Maps a raw `ListStatusEvent` to the readable `ParsedListStatusEvent`. */
export function parseListStatusEvent(raw: ListStatusEvent): ParsedListStatusEvent {
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, orderListId: raw.g, contingencyType: raw.c, listStatusType: raw.l, listOrderStatus: raw.L, rejectReason: raw.r, listClientOrderId: raw.C, transactionTime: raw.T, orders: raw.O.map((item0) => ({ symbol: item0.s, orderId: item0.i, clientOrderId: item0.c })) };
}
