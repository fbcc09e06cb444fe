// Generated from spec/user-data/execution-report.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, decimalOf, type UserDataMessage, type UserDataOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { validate } from '../validators/user-data/execution-report';

/** Checks an event against its JSON Schema (compiled ahead of time); see `.errors` when false. */
export const validateExecutionReportEvent: Validator = validate;

/** Order Update (`e` = `executionReport`), with Binance's wire names. One change of an order: placed (NEW), traded (TRADE), canceled, replaced by an amend, expired or rejected, with the order's status, what the last execution filled and what it cost. */
export interface ExecutionReportEvent {
  /** Event type. */
  e: "executionReport";
  /** Event time. Milliseconds since the Unix epoch. */
  E: number;
  /** Symbol. */
  s: string;
  /** Client order id (of the cancel, for a cancel). */
  c: string;
  /** Side. */
  S: "BUY" | "SELL";
  /** Order type. */
  o: string;
  /** Time in force. */
  f: string;
  /** Order quantity. Exact decimal, as Binance sends it. */
  q: string;
  /** Order price. Exact decimal, as Binance sends it. */
  p: string;
  /** Stop price. Exact decimal, as Binance sends it. */
  P: string;
  /** Iceberg quantity. Exact decimal, as Binance sends it. */
  F: string;
  /** Order list id; -1 unless the order is part of a list. */
  g: number;
  /** Client order id of the order being canceled; empty otherwise. */
  C: string;
  /** What happened: NEW, CANCELED, REPLACED, REJECTED, TRADE, EXPIRED or TRADE_PREVENTION. */
  x: string;
  /** Order status after it: NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH. */
  X: string;
  /** Why the order was rejected; NONE otherwise. */
  r: string;
  /** Order id. */
  i: number;
  /** Quantity of the last execution. Exact decimal, as Binance sends it. */
  l: string;
  /** Quantity filled so far. Exact decimal, as Binance sends it. */
  z: string;
  /** Price of the last execution. Exact decimal, as Binance sends it. */
  L: string;
  /** Commission of the last execution. Exact decimal, as Binance sends it. */
  n: string;
  /** Asset the commission was paid in; null without a trade. */
  N: string | null;
  /** Transaction time. Milliseconds since the Unix epoch. */
  T: number;
  /** Trade id; -1 without a trade. */
  t: number;
  /** Prevented match id (only when self-trade prevention expired the order). */
  v?: number;
  /** Execution id. */
  I: number;
  /** Whether the order is on the book. */
  w: boolean;
  /** Whether this execution was on the maker side. */
  m: boolean;
  /** Ignore. */
  M: boolean;
  /** When the order was created. Milliseconds since the Unix epoch. */
  O: number;
  /** Quote amount transacted so far (Z / z is the average price). Exact decimal, as Binance sends it. */
  Z: string;
  /** Quote amount of the last execution. Exact decimal, as Binance sends it. */
  Y: string;
  /** Quote order quantity. Exact decimal, as Binance sends it. */
  Q: string;
  /** When the order went on the book (only once it has). Milliseconds since the Unix epoch. */
  W?: number;
  /** Self-trade prevention mode. */
  V: string;
}

/** Order Update, parsed: readable names; decimals are exact strings unless `parseExecutionReportEvent` is given a `decimal` converter. */
export interface ParsedExecutionReportEvent<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "executionReport";
  /** Event time. Milliseconds since the Unix epoch. Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Client order id (of the cancel, for a cancel). Wire field `c`. */
  clientOrderId: string;
  /** Side. Wire field `S`. */
  side: "BUY" | "SELL";
  /** Order type. Wire field `o`. */
  orderType: string;
  /** Time in force. Wire field `f`. */
  timeInForce: string;
  /** Order quantity. Exact decimal, as Binance sends it. Wire field `q`. */
  quantity: D;
  /** Order price. Exact decimal, as Binance sends it. Wire field `p`. */
  price: D;
  /** Stop price. Exact decimal, as Binance sends it. Wire field `P`. */
  stopPrice: D;
  /** Iceberg quantity. Exact decimal, as Binance sends it. Wire field `F`. */
  icebergQuantity: D;
  /** Order list id; -1 unless the order is part of a list. Wire field `g`. */
  orderListId: number;
  /** Client order id of the order being canceled; empty otherwise. Wire field `C`. */
  originalClientOrderId: string;
  /** What happened: NEW, CANCELED, REPLACED, REJECTED, TRADE, EXPIRED or TRADE_PREVENTION. Wire field `x`. */
  executionType: string;
  /** Order status after it: NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH. Wire field `X`. */
  orderStatus: string;
  /** Why the order was rejected; NONE otherwise. Wire field `r`. */
  rejectReason: string;
  /** Order id. Wire field `i`. */
  orderId: number;
  /** Quantity of the last execution. Exact decimal, as Binance sends it. Wire field `l`. */
  lastExecutedQuantity: D;
  /** Quantity filled so far. Exact decimal, as Binance sends it. Wire field `z`. */
  cumulativeFilledQuantity: D;
  /** Price of the last execution. Exact decimal, as Binance sends it. Wire field `L`. */
  lastExecutedPrice: D;
  /** Commission of the last execution. Exact decimal, as Binance sends it. Wire field `n`. */
  commission: D;
  /** Asset the commission was paid in; null without a trade. Wire field `N`. */
  commissionAsset: string | null;
  /** Transaction time. Milliseconds since the Unix epoch. Wire field `T`. */
  transactionTime: number;
  /** Trade id; -1 without a trade. Wire field `t`. */
  tradeId: number;
  /** Prevented match id (only when self-trade prevention expired the order). Wire field `v`. */
  preventedMatchId?: number;
  /** Execution id. Wire field `I`. */
  executionId: number;
  /** Whether the order is on the book. Wire field `w`. */
  isOnBook: boolean;
  /** Whether this execution was on the maker side. Wire field `m`. */
  isMaker: boolean;
  /** Ignore. Wire field `M`. */
  ignore: boolean;
  /** When the order was created. Milliseconds since the Unix epoch. Wire field `O`. */
  orderCreationTime: number;
  /** Quote amount transacted so far (Z / z is the average price). Exact decimal, as Binance sends it. Wire field `Z`. */
  cumulativeQuoteQuantity: D;
  /** Quote amount of the last execution. Exact decimal, as Binance sends it. Wire field `Y`. */
  lastQuoteQuantity: D;
  /** Quote order quantity. Exact decimal, as Binance sends it. Wire field `Q`. */
  quoteOrderQuantity: D;
  /** When the order went on the book (only once it has). Milliseconds since the Unix epoch. Wire field `W`. */
  workingTime?: number;
  /** Self-trade prevention mode. Wire field `V`. */
  selfTradePreventionMode: string;
}

/** Picks the `executionReport` events out of `session.userData()`, each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onExecutionReport(options?: UserDataOptions): OperatorFunction<UserDataMessage, ExecutionReportEvent> {
  return userDataOperator<ExecutionReportEvent>("executionReport", "https://binance-rx.dev/schemas/user-data/execution-report.json", validateExecutionReportEvent, options);
}

/** Maps a raw `ExecutionReportEvent` to the readable `ParsedExecutionReportEvent`. */
export function parseExecutionReportEvent<D = string>(raw: ExecutionReportEvent, options?: ParseOptions<D>): ParsedExecutionReportEvent<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, clientOrderId: raw.c, side: raw.S, orderType: raw.o, timeInForce: raw.f, quantity: decimal(raw.q), price: decimal(raw.p), stopPrice: decimal(raw.P), icebergQuantity: decimal(raw.F), orderListId: raw.g, originalClientOrderId: raw.C, executionType: raw.x, orderStatus: raw.X, rejectReason: raw.r, orderId: raw.i, lastExecutedQuantity: decimal(raw.l), cumulativeFilledQuantity: decimal(raw.z), lastExecutedPrice: decimal(raw.L), commission: decimal(raw.n), commissionAsset: raw.N, transactionTime: raw.T, tradeId: raw.t, preventedMatchId: raw.v, executionId: raw.I, isOnBook: raw.w, isMaker: raw.m, ignore: raw.M, orderCreationTime: raw.O, cumulativeQuoteQuantity: decimal(raw.Z), lastQuoteQuantity: decimal(raw.Y), quoteOrderQuantity: decimal(raw.Q), workingTime: raw.W, selfTradePreventionMode: raw.V };
}
