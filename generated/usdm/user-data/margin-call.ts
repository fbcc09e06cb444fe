// Generated from spec/usdm/user-data/margin-call.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, decimalOf, optionalOf, type UserDataMessage, type UserDataOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { validate } from '../validators/user-data/margin-call';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateMarginCallEvent: Validator = validate;

/** Event Margin Call (`e` = `MARGIN_CALL`), with Binance's wire names. The account's margin ratio is high; the positions at risk, with their maintenance margin. */
export interface MarginCallEvent {
  /** Event type. */
  e: "MARGIN_CALL";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Cross wallet balance. Sent only when: Only pushed with crossed positions margin call. Exact decimal. */
  cw?: string;
  /** Positions at risk. */
  p: Array<{
    /** Symbol. */
    s: string;
    /** BOTH, LONG or SHORT. */
    ps: string;
    /** Position size. Exact decimal. */
    pa: string;
    /** CROSSED or ISOLATED. */
    mt: string;
    /** Isolated wallet (isolated positions). Exact decimal. */
    iw: string;
    /** Mark price. Exact decimal. */
    mp: string;
    /** Unrealized PnL. Exact decimal. */
    up: string;
    /** Maintenance margin required. Exact decimal. */
    mm: string;
  }>;
}

/** Event Margin Call, parsed: readable names; decimals are exact strings unless `parseMarginCallEvent` is given a `decimal` converter. */
export interface ParsedMarginCallEvent<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "MARGIN_CALL";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Cross wallet balance. Sent only when: Only pushed with crossed positions margin call. Exact decimal. Wire field `cw`. */
  crossWalletBalance?: D | undefined;
  /** Positions at risk. Wire field `p`. */
  positions: Array<{
    /** Symbol. Wire field `s`. */
    symbol: string;
    /** BOTH, LONG or SHORT. Wire field `ps`. */
    positionSide: string;
    /** Position size. Exact decimal. Wire field `pa`. */
    positionAmount: D;
    /** CROSSED or ISOLATED. Wire field `mt`. */
    marginType: string;
    /** Isolated wallet (isolated positions). Exact decimal. Wire field `iw`. */
    isolatedWallet: D;
    /** Mark price. Exact decimal. Wire field `mp`. */
    markPrice: D;
    /** Unrealized PnL. Exact decimal. Wire field `up`. */
    unrealizedPnl: D;
    /** Maintenance margin required. Exact decimal. Wire field `mm`. */
    maintenanceMargin: D;
  }>;
}

/** Picks the `MARGIN_CALL` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onMarginCall(options?: UserDataOptions): OperatorFunction<UserDataMessage, MarginCallEvent> {
  return userDataOperator<MarginCallEvent>("MARGIN_CALL", "https://binance-rx.dev/schemas/usdm/user-data/margin-call.json", validateMarginCallEvent, options);
}

/** Maps a raw `MarginCallEvent` to the readable `ParsedMarginCallEvent`. */
export function parseMarginCallEvent<D = string>(raw: MarginCallEvent, options?: ParseOptions<D>): ParsedMarginCallEvent<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { eventType: raw.e, eventTime: raw.E, crossWalletBalance: optionalDecimal(raw.cw), positions: raw.p.map((item0) => ({ symbol: item0.s, positionSide: item0.ps, positionAmount: decimal(item0.pa), marginType: item0.mt, isolatedWallet: decimal(item0.iw), markPrice: decimal(item0.mp), unrealizedPnl: decimal(item0.up), maintenanceMargin: decimal(item0.mm) })) };
}
