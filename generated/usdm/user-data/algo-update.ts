// Generated from spec/usdm/user-data/algo-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, decimalOf, optionalOf, type UserDataMessage, type UserDataOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { validate } from '../validators/user-data/algo-update';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateAlgoUpdateEvent: Validator = validate;

/** Event Algo Order Update (`e` = `ALGO_UPDATE`), with Binance's wire names. An algo (conditional) order was placed or changed status. `X` is the algo status: NEW (held by the Algo Service, not triggered), CANCELED, TRIGGERING (condition met, sent to the matching engine), TRIGGERED (its order is in the matching engine), FINISHED (that order filled or was canceled), REJECTED (the matching engine refused it, e.g. margin) or EXPIRED (canceled by the system). The order it places when triggered has its own ORDER_TRADE_UPDATE events. */
export interface AlgoUpdateEvent {
  /** Event type. */
  e: "ALGO_UPDATE";
  /** Time of the change (the docs label `T` event time and `E` transaction time, the other way round from the other events; in their example `T` is the earlier). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** The algo order. */
  o: {
    /** Client algo id. */
    caid: string;
    /** Algo order id. */
    aid: number;
    /** Algo type (CONDITIONAL). */
    at: string;
    /** Conditional order type (STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET). */
    o: string;
    /** Symbol. */
    s: string;
    /** BUY or SELL. */
    S: string;
    /** BOTH, LONG or SHORT. */
    ps: string;
    /** Time in force. */
    f: string;
    /** Quantity ordered. Exact decimal. */
    q: string;
    /** Algo status: NEW, CANCELED, TRIGGERING, TRIGGERED, FINISHED, REJECTED or EXPIRED. */
    X: string;
    /** Id of the order placed in the matching engine when triggered (empty before). */
    ai: string;
    /** Average fill price in the matching engine. Sent only when: Only displayed when the order is triggered and placed in the matching engine. Exact decimal. */
    ap?: string;
    /** Quantity executed in the matching engine. Sent only when: Only displayed when the order is triggered and placed in the matching engine. Exact decimal. */
    aq?: string;
    /** Order type placed in the matching engine. Sent only when: Only displayed when the order is triggered and placed in the matching engine. */
    act?: string;
    /** Trigger price. Exact decimal. */
    tp: string;
    /** Order price. Exact decimal. */
    p: string;
    /** Self-trade prevention mode. */
    V: string;
    /** Price the trigger follows: CONTRACT_PRICE or MARK_PRICE. */
    wt: string;
    /** Price match mode. */
    pm: string;
    /** Whether the order closes the whole position when triggered (close-all). Sent only when: Only pushed for conditional orders. */
    cp?: boolean;
    /** Whether the trigger is price-protected. */
    pP: boolean;
    /** Whether the order is reduce-only. */
    R: boolean;
    /** When it was triggered (0 before). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    tt: number;
    /** Cancel time of a GTD order (0 otherwise). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    gtd: number;
    /** Why the algo order failed. Sent only when: In the docs' example; the docs do not say when it is sent (it is the reason an algo order failed). */
    rm?: string;
  };
}

/** Event Algo Order Update, parsed: readable names; decimals are exact strings unless `parseAlgoUpdateEvent` is given a `decimal` converter. */
export interface ParsedAlgoUpdateEvent<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "ALGO_UPDATE";
  /** Time of the change (the docs label `T` event time and `E` transaction time, the other way round from the other events; in their example `T` is the earlier). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** The algo order. Wire field `o`. */
  algoOrder: {
    /** Client algo id. Wire field `caid`. */
    clientAlgoId: string;
    /** Algo order id. Wire field `aid`. */
    algoId: number;
    /** Algo type (CONDITIONAL). Wire field `at`. */
    algoType: string;
    /** Conditional order type (STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET). Wire field `o`. */
    orderType: string;
    /** Symbol. Wire field `s`. */
    symbol: string;
    /** BUY or SELL. Wire field `S`. */
    side: string;
    /** BOTH, LONG or SHORT. Wire field `ps`. */
    positionSide: string;
    /** Time in force. Wire field `f`. */
    timeInForce: string;
    /** Quantity ordered. Exact decimal. Wire field `q`. */
    quantity: D;
    /** Algo status: NEW, CANCELED, TRIGGERING, TRIGGERED, FINISHED, REJECTED or EXPIRED. Wire field `X`. */
    algoStatus: string;
    /** Id of the order placed in the matching engine when triggered (empty before). Wire field `ai`. */
    orderId: string;
    /** Average fill price in the matching engine. Sent only when: Only displayed when the order is triggered and placed in the matching engine. Exact decimal. Wire field `ap`. */
    averagePrice?: D | undefined;
    /** Quantity executed in the matching engine. Sent only when: Only displayed when the order is triggered and placed in the matching engine. Exact decimal. Wire field `aq`. */
    filledQuantity?: D | undefined;
    /** Order type placed in the matching engine. Sent only when: Only displayed when the order is triggered and placed in the matching engine. Wire field `act`. */
    actualOrderType?: string | undefined;
    /** Trigger price. Exact decimal. Wire field `tp`. */
    triggerPrice: D;
    /** Order price. Exact decimal. Wire field `p`. */
    price: D;
    /** Self-trade prevention mode. Wire field `V`. */
    selfTradePreventionMode: string;
    /** Price the trigger follows: CONTRACT_PRICE or MARK_PRICE. Wire field `wt`. */
    workingType: string;
    /** Price match mode. Wire field `pm`. */
    priceMatch: string;
    /** Whether the order closes the whole position when triggered (close-all). Sent only when: Only pushed for conditional orders. Wire field `cp`. */
    closePosition?: boolean | undefined;
    /** Whether the trigger is price-protected. Wire field `pP`. */
    priceProtect: boolean;
    /** Whether the order is reduce-only. Wire field `R`. */
    reduceOnly: boolean;
    /** When it was triggered (0 before). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `tt`. */
    triggerTime: number;
    /** Cancel time of a GTD order (0 otherwise). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `gtd`. */
    goodTillDate: number;
    /** Why the algo order failed. Sent only when: In the docs' example; the docs do not say when it is sent (it is the reason an algo order failed). Wire field `rm`. */
    failedReason?: string | undefined;
  };
}

/** Picks the `ALGO_UPDATE` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onAlgoUpdate(options?: UserDataOptions): OperatorFunction<UserDataMessage, AlgoUpdateEvent> {
  return userDataOperator<AlgoUpdateEvent>("ALGO_UPDATE", "https://binance-rx.dev/schemas/usdm/user-data/algo-update.json", validateAlgoUpdateEvent, options);
}

/** Maps a raw `AlgoUpdateEvent` to the readable `ParsedAlgoUpdateEvent`. */
export function parseAlgoUpdateEvent<D = string>(raw: AlgoUpdateEvent, options?: ParseOptions<D>): ParsedAlgoUpdateEvent<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { eventType: raw.e, transactionTime: raw.T, eventTime: raw.E, algoOrder: { clientAlgoId: raw.o.caid, algoId: raw.o.aid, algoType: raw.o.at, orderType: raw.o.o, symbol: raw.o.s, side: raw.o.S, positionSide: raw.o.ps, timeInForce: raw.o.f, quantity: decimal(raw.o.q), algoStatus: raw.o.X, orderId: raw.o.ai, averagePrice: optionalDecimal(raw.o.ap), filledQuantity: optionalDecimal(raw.o.aq), actualOrderType: raw.o.act, triggerPrice: decimal(raw.o.tp), price: decimal(raw.o.p), selfTradePreventionMode: raw.o.V, workingType: raw.o.wt, priceMatch: raw.o.pm, closePosition: raw.o.cp, priceProtect: raw.o.pP, reduceOnly: raw.o.R, triggerTime: raw.o.tt, goodTillDate: raw.o.gtd, failedReason: raw.o.rm } };
}
