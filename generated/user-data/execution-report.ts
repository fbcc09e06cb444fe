// Generated from spec/user-data/execution-report.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, decimalOf, optionalOf, type UserDataMessage, type UserDataOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { validate } from '../validators/user-data/execution-report';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateExecutionReportEvent: Validator = validate;

/** Order Update (`e` = `executionReport`), with Binance's wire names. One change of an order: placed (NEW), traded (TRADE), canceled, replaced by an amend, expired or rejected, with the order's status, what the last execution filled and what it cost. */
export interface ExecutionReportEvent {
  /** Event type. */
  e: "executionReport";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
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
  /** Order quantity. Exact decimal. */
  q: string;
  /** Order price. Exact decimal. */
  p: string;
  /** Stop price. Exact decimal. */
  P: string;
  /** Iceberg quantity. Exact decimal. */
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
  /** Quantity of the last execution. Exact decimal. */
  l: string;
  /** Quantity filled so far. Exact decimal. */
  z: string;
  /** Price of the last execution. Exact decimal. */
  L: string;
  /** Commission of the last execution. Exact decimal. */
  n: string;
  /** Asset the commission was paid in; null without a trade. */
  N: string | null;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Trade id; -1 without a trade. */
  t: number;
  /** Execution id. */
  I: number;
  /** Whether the order is on the book. */
  w: boolean;
  /** Whether this execution was on the maker side. */
  m: boolean;
  /** Ignore. */
  M: boolean;
  /** When the order was created. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  O: number;
  /** Quote amount transacted so far (Z / z is the average price). Exact decimal. */
  Z: string;
  /** Quote amount of the last execution. Exact decimal. */
  Y: string;
  /** Quote order quantity. Exact decimal. */
  Q: string;
  /** Self-trade prevention mode. */
  V: string;
  /** Trailing distance in basis points. Sent only when: Appears only for trailing stop orders. */
  d?: number;
  /** When the trailing stop started tracking the price (milliseconds). Sent only when: Appears only for trailing stop orders. */
  D?: number;
  /** Strategy id. Sent only when: Appears only if the strategyId parameter was provided upon order placement. */
  j?: number;
  /** Strategy type. Sent only when: Appears only if the strategyType parameter was provided upon order placement. */
  J?: number;
  /** Prevented match id. Sent only when: Appears only for orders that expired due to STP. */
  v?: number;
  /** Quantity that STP expired. Sent only when: Appears only for orders that expired due to STP. Exact decimal. */
  A?: string;
  /** Quantity that the last prevented match expired. Sent only when: Appears only for orders that expired due to STP. Exact decimal. */
  B?: string;
  /** Trade group id. Sent only when: Appears only for orders that expired due to STP. */
  u?: number;
  /** Id of the order on the other side of the prevented match. Sent only when: Appears only for orders that expired due to STP. */
  U?: number;
  /** Symbol of the order on the other side of the prevented match. Sent only when: Appears only for orders that expired due to STP. */
  Cs?: string;
  /** Quantity of the prevented execution. Sent only when: Appears only for orders that expired due to STP. Exact decimal. */
  pl?: string;
  /** Price of the prevented execution. Sent only when: Appears only for orders that expired due to STP. Exact decimal. */
  pL?: string;
  /** Quote quantity of the prevented execution. Sent only when: Appears only for orders that expired due to STP. Exact decimal. */
  pY?: string;
  /** When the order went on the book. Sent only when: Appears when the order is working on the book. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  W?: number;
  /** How the order was matched (ONE_PARTY_TRADE_REPORT for SOR allocations). Sent only when: Appears for orders that have allocations. */
  b?: string;
  /** Allocation id. Sent only when: Appears for orders that have allocations. */
  a?: number;
  /** Who fills the order: EXCHANGE or SOR. Sent only when: Appears for orders that potentially have allocations. */
  k?: string;
  /** Whether the order used SOR. Sent only when: Appears for orders that used SOR. */
  uS?: boolean;
  /** Peg type (PRIMARY_PEG or MARKET_PEG). Sent only when: Appears only for pegged orders. */
  gP?: string;
  /** Peg offset type (PRICE_LEVEL). Sent only when: Appears only for pegged orders. */
  gOT?: string;
  /** Peg offset, in price levels. Sent only when: Appears only for pegged orders. */
  gOV?: number;
  /** Price the order is currently pegged at. Sent only when: Appears only for pegged orders. Exact decimal. */
  gp?: string;
  /** Why the order expired (INSUFFICIENT_LIQUIDITY, EXECUTION_RULE_PRICE_RANGE_EXCEEDED, …). Sent only when: Appears when the order has expired. */
  eR?: string;
}

/** Order Update, parsed: readable names; decimals are exact strings unless `parseExecutionReportEvent` is given a `decimal` converter. */
export interface ParsedExecutionReportEvent<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "executionReport";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
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
  /** Order quantity. Exact decimal. Wire field `q`. */
  quantity: D;
  /** Order price. Exact decimal. Wire field `p`. */
  price: D;
  /** Stop price. Exact decimal. Wire field `P`. */
  stopPrice: D;
  /** Iceberg quantity. Exact decimal. Wire field `F`. */
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
  /** Quantity of the last execution. Exact decimal. Wire field `l`. */
  lastExecutedQuantity: D;
  /** Quantity filled so far. Exact decimal. Wire field `z`. */
  cumulativeFilledQuantity: D;
  /** Price of the last execution. Exact decimal. Wire field `L`. */
  lastExecutedPrice: D;
  /** Commission of the last execution. Exact decimal. Wire field `n`. */
  commission: D;
  /** Asset the commission was paid in; null without a trade. Wire field `N`. */
  commissionAsset: string | null;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** Trade id; -1 without a trade. Wire field `t`. */
  tradeId: number;
  /** Execution id. Wire field `I`. */
  executionId: number;
  /** Whether the order is on the book. Wire field `w`. */
  isOnBook: boolean;
  /** Whether this execution was on the maker side. Wire field `m`. */
  isMaker: boolean;
  /** Ignore. Wire field `M`. */
  ignore: boolean;
  /** When the order was created. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `O`. */
  orderCreationTime: number;
  /** Quote amount transacted so far (Z / z is the average price). Exact decimal. Wire field `Z`. */
  cumulativeQuoteQuantity: D;
  /** Quote amount of the last execution. Exact decimal. Wire field `Y`. */
  lastQuoteQuantity: D;
  /** Quote order quantity. Exact decimal. Wire field `Q`. */
  quoteOrderQuantity: D;
  /** Self-trade prevention mode. Wire field `V`. */
  selfTradePreventionMode: string;
  /** Trailing distance in basis points. Sent only when: Appears only for trailing stop orders. Wire field `d`. */
  trailingDelta?: number | undefined;
  /** When the trailing stop started tracking the price (milliseconds). Sent only when: Appears only for trailing stop orders. Wire field `D`. */
  trailingTime?: number | undefined;
  /** Strategy id. Sent only when: Appears only if the strategyId parameter was provided upon order placement. Wire field `j`. */
  strategyId?: number | undefined;
  /** Strategy type. Sent only when: Appears only if the strategyType parameter was provided upon order placement. Wire field `J`. */
  strategyType?: number | undefined;
  /** Prevented match id. Sent only when: Appears only for orders that expired due to STP. Wire field `v`. */
  preventedMatchId?: number | undefined;
  /** Quantity that STP expired. Sent only when: Appears only for orders that expired due to STP. Exact decimal. Wire field `A`. */
  preventedQuantity?: D | undefined;
  /** Quantity that the last prevented match expired. Sent only when: Appears only for orders that expired due to STP. Exact decimal. Wire field `B`. */
  lastPreventedQuantity?: D | undefined;
  /** Trade group id. Sent only when: Appears only for orders that expired due to STP. Wire field `u`. */
  tradeGroupId?: number | undefined;
  /** Id of the order on the other side of the prevented match. Sent only when: Appears only for orders that expired due to STP. Wire field `U`. */
  counterOrderId?: number | undefined;
  /** Symbol of the order on the other side of the prevented match. Sent only when: Appears only for orders that expired due to STP. Wire field `Cs`. */
  counterSymbol?: string | undefined;
  /** Quantity of the prevented execution. Sent only when: Appears only for orders that expired due to STP. Exact decimal. Wire field `pl`. */
  preventedExecutionQuantity?: D | undefined;
  /** Price of the prevented execution. Sent only when: Appears only for orders that expired due to STP. Exact decimal. Wire field `pL`. */
  preventedExecutionPrice?: D | undefined;
  /** Quote quantity of the prevented execution. Sent only when: Appears only for orders that expired due to STP. Exact decimal. Wire field `pY`. */
  preventedExecutionQuoteQuantity?: D | undefined;
  /** When the order went on the book. Sent only when: Appears when the order is working on the book. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `W`. */
  workingTime?: number | undefined;
  /** How the order was matched (ONE_PARTY_TRADE_REPORT for SOR allocations). Sent only when: Appears for orders that have allocations. Wire field `b`. */
  matchType?: string | undefined;
  /** Allocation id. Sent only when: Appears for orders that have allocations. Wire field `a`. */
  allocationId?: number | undefined;
  /** Who fills the order: EXCHANGE or SOR. Sent only when: Appears for orders that potentially have allocations. Wire field `k`. */
  workingFloor?: string | undefined;
  /** Whether the order used SOR. Sent only when: Appears for orders that used SOR. Wire field `uS`. */
  usedSor?: boolean | undefined;
  /** Peg type (PRIMARY_PEG or MARKET_PEG). Sent only when: Appears only for pegged orders. Wire field `gP`. */
  pegPriceType?: string | undefined;
  /** Peg offset type (PRICE_LEVEL). Sent only when: Appears only for pegged orders. Wire field `gOT`. */
  pegOffsetType?: string | undefined;
  /** Peg offset, in price levels. Sent only when: Appears only for pegged orders. Wire field `gOV`. */
  pegOffsetValue?: number | undefined;
  /** Price the order is currently pegged at. Sent only when: Appears only for pegged orders. Exact decimal. Wire field `gp`. */
  peggedPrice?: D | undefined;
  /** Why the order expired (INSUFFICIENT_LIQUIDITY, EXECUTION_RULE_PRICE_RANGE_EXCEEDED, …). Sent only when: Appears when the order has expired. Wire field `eR`. */
  expiryReason?: string | undefined;
}

/** Picks the `executionReport` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onExecutionReport(options?: UserDataOptions): OperatorFunction<UserDataMessage, ExecutionReportEvent> {
  return userDataOperator<ExecutionReportEvent>("executionReport", "https://binance-rx.dev/schemas/user-data/execution-report.json", validateExecutionReportEvent, options);
}

/** Maps a raw `ExecutionReportEvent` to the readable `ParsedExecutionReportEvent`. */
export function parseExecutionReportEvent<D = string>(raw: ExecutionReportEvent, options?: ParseOptions<D>): ParsedExecutionReportEvent<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, clientOrderId: raw.c, side: raw.S, orderType: raw.o, timeInForce: raw.f, quantity: decimal(raw.q), price: decimal(raw.p), stopPrice: decimal(raw.P), icebergQuantity: decimal(raw.F), orderListId: raw.g, originalClientOrderId: raw.C, executionType: raw.x, orderStatus: raw.X, rejectReason: raw.r, orderId: raw.i, lastExecutedQuantity: decimal(raw.l), cumulativeFilledQuantity: decimal(raw.z), lastExecutedPrice: decimal(raw.L), commission: decimal(raw.n), commissionAsset: raw.N, transactionTime: raw.T, tradeId: raw.t, executionId: raw.I, isOnBook: raw.w, isMaker: raw.m, ignore: raw.M, orderCreationTime: raw.O, cumulativeQuoteQuantity: decimal(raw.Z), lastQuoteQuantity: decimal(raw.Y), quoteOrderQuantity: decimal(raw.Q), selfTradePreventionMode: raw.V, trailingDelta: raw.d, trailingTime: raw.D, strategyId: raw.j, strategyType: raw.J, preventedMatchId: raw.v, preventedQuantity: optionalDecimal(raw.A), lastPreventedQuantity: optionalDecimal(raw.B), tradeGroupId: raw.u, counterOrderId: raw.U, counterSymbol: raw.Cs, preventedExecutionQuantity: optionalDecimal(raw.pl), preventedExecutionPrice: optionalDecimal(raw.pL), preventedExecutionQuoteQuantity: optionalDecimal(raw.pY), workingTime: raw.W, matchType: raw.b, allocationId: raw.a, workingFloor: raw.k, usedSor: raw.uS, pegPriceType: raw.gP, pegOffsetType: raw.gOT, pegOffsetValue: raw.gOV, peggedPrice: optionalDecimal(raw.gp), expiryReason: raw.eR };
}
