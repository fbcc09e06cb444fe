// Generated from spec/usdm/user-data/order-trade-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, decimalOf, optionalOf, type UserDataMessage, type UserDataOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { validate } from '../validators/user-data/order-trade-update';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateOrderTradeUpdateEvent: Validator = validate;

/** Event Order Update (`e` = `ORDER_TRADE_UPDATE`), with Binance's wire names. An order was placed, traded, canceled, amended or expired: its state after the change, and the fill when it traded (`x` TRADE). Client order ids starting with `autoclose-` are liquidations, `adl_autoclose` auto-deleveraging. */
export interface OrderTradeUpdateEvent {
  /** Event type. */
  e: "ORDER_TRADE_UPDATE";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** The order. */
  o: {
    /** Symbol. */
    s: string;
    /** Client order id. */
    c: string;
    /** BUY or SELL. */
    S: string;
    /** Order type (MARKET, LIMIT, STOP, …, LIQUIDATION). */
    o: string;
    /** Time in force. */
    f: string;
    /** Quantity ordered. Exact decimal. */
    q: string;
    /** Price ordered. Exact decimal. */
    p: string;
    /** Average fill price. Exact decimal. */
    ap: string;
    /** Stop price (ignore). Exact decimal. */
    sp: string;
    /** What happened: NEW, CANCELED, CALCULATED (liquidation), EXPIRED, TRADE, AMENDMENT. */
    x: string;
    /** Order status: NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH. */
    X: string;
    /** Order id. */
    i: number;
    /** Quantity of this fill. Exact decimal. */
    l: string;
    /** Quantity filled so far. Exact decimal. */
    z: string;
    /** Price of this fill. Exact decimal. */
    L: string;
    /** Asset the commission was charged in. Sent only when: Not pushed when there is no commission. */
    N?: string;
    /** Commission of this fill. Sent only when: Not pushed when there is no commission. Exact decimal. */
    n?: string;
    /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    T: number;
    /** Trade id (0 when the event is not a fill). */
    t: number;
    /** Notional of the account's open buy orders of the symbol. Exact decimal. */
    b: string;
    /** Notional of the account's open sell orders of the symbol. Exact decimal. */
    a: string;
    /** Whether this fill was on the maker side. */
    m: boolean;
    /** Whether the order is reduce-only. */
    R: boolean;
    /** Stop price working type. */
    wt: string;
    /** Order type as placed. */
    ot: string;
    /** BOTH, LONG or SHORT. */
    ps: string;
    /** Whether the order closes the position (close-all). */
    cp: boolean;
    /** Activation price of a trailing stop. Sent only when: Only pushed with TRAILING_STOP_MARKET orders. Exact decimal. */
    AP?: string;
    /** Callback rate of a trailing stop. Sent only when: Only pushed with TRAILING_STOP_MARKET orders. Exact decimal. */
    cr?: string;
    /** Whether the trigger is price-protected. */
    pP: boolean;
    /** Ignore. */
    si: number;
    /** Ignore. */
    ss: number;
    /** Profit this fill realized. Exact decimal. */
    rp: string;
    /** Self-trade prevention mode. Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); events recorded before lack it. */
    V?: string;
    /** Price match mode. Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); events recorded before lack it. */
    pm?: string;
    /** Cancel time of a GTD order (0 otherwise). Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); events recorded before lack it. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    gtd?: number;
    /** Why the order expired (0 when it has not). Sent only when: In the docs' example since 2025; events recorded before lack it. */
    er?: string;
  };
}

/** Event Order Update, parsed: readable names; decimals are exact strings unless `parseOrderTradeUpdateEvent` is given a `decimal` converter. */
export interface ParsedOrderTradeUpdateEvent<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "ORDER_TRADE_UPDATE";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** The order. Wire field `o`. */
  order: {
    /** Symbol. Wire field `s`. */
    symbol: string;
    /** Client order id. Wire field `c`. */
    clientOrderId: string;
    /** BUY or SELL. Wire field `S`. */
    side: string;
    /** Order type (MARKET, LIMIT, STOP, …, LIQUIDATION). Wire field `o`. */
    orderType: string;
    /** Time in force. Wire field `f`. */
    timeInForce: string;
    /** Quantity ordered. Exact decimal. Wire field `q`. */
    quantity: D;
    /** Price ordered. Exact decimal. Wire field `p`. */
    price: D;
    /** Average fill price. Exact decimal. Wire field `ap`. */
    averagePrice: D;
    /** Stop price (ignore). Exact decimal. Wire field `sp`. */
    stopPrice: D;
    /** What happened: NEW, CANCELED, CALCULATED (liquidation), EXPIRED, TRADE, AMENDMENT. Wire field `x`. */
    executionType: string;
    /** Order status: NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH. Wire field `X`. */
    orderStatus: string;
    /** Order id. Wire field `i`. */
    orderId: number;
    /** Quantity of this fill. Exact decimal. Wire field `l`. */
    lastFilledQuantity: D;
    /** Quantity filled so far. Exact decimal. Wire field `z`. */
    filledQuantity: D;
    /** Price of this fill. Exact decimal. Wire field `L`. */
    lastFilledPrice: D;
    /** Asset the commission was charged in. Sent only when: Not pushed when there is no commission. Wire field `N`. */
    commissionAsset?: string | undefined;
    /** Commission of this fill. Sent only when: Not pushed when there is no commission. Exact decimal. Wire field `n`. */
    commission?: D | undefined;
    /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
    tradeTime: number;
    /** Trade id (0 when the event is not a fill). Wire field `t`. */
    tradeId: number;
    /** Notional of the account's open buy orders of the symbol. Exact decimal. Wire field `b`. */
    bidsNotional: D;
    /** Notional of the account's open sell orders of the symbol. Exact decimal. Wire field `a`. */
    asksNotional: D;
    /** Whether this fill was on the maker side. Wire field `m`. */
    isMaker: boolean;
    /** Whether the order is reduce-only. Wire field `R`. */
    reduceOnly: boolean;
    /** Stop price working type. Wire field `wt`. */
    workingType: string;
    /** Order type as placed. Wire field `ot`. */
    originalOrderType: string;
    /** BOTH, LONG or SHORT. Wire field `ps`. */
    positionSide: string;
    /** Whether the order closes the position (close-all). Wire field `cp`. */
    closePosition: boolean;
    /** Activation price of a trailing stop. Sent only when: Only pushed with TRAILING_STOP_MARKET orders. Exact decimal. Wire field `AP`. */
    activationPrice?: D | undefined;
    /** Callback rate of a trailing stop. Sent only when: Only pushed with TRAILING_STOP_MARKET orders. Exact decimal. Wire field `cr`. */
    callbackRate?: D | undefined;
    /** Whether the trigger is price-protected. Wire field `pP`. */
    priceProtect: boolean;
    /** Ignore. Wire field `si`. */
    ignoreSi: number;
    /** Ignore. Wire field `ss`. */
    ignoreSs: number;
    /** Profit this fill realized. Exact decimal. Wire field `rp`. */
    realizedProfit: D;
    /** Self-trade prevention mode. Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); events recorded before lack it. Wire field `V`. */
    selfTradePreventionMode?: string | undefined;
    /** Price match mode. Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); events recorded before lack it. Wire field `pm`. */
    priceMatch?: string | undefined;
    /** Cancel time of a GTD order (0 otherwise). Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); events recorded before lack it. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `gtd`. */
    goodTillDate?: number | undefined;
    /** Why the order expired (0 when it has not). Sent only when: In the docs' example since 2025; events recorded before lack it. Wire field `er`. */
    expiryReason?: string | undefined;
  };
}

/** Picks the `ORDER_TRADE_UPDATE` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onOrderTradeUpdate(options?: UserDataOptions): OperatorFunction<UserDataMessage, OrderTradeUpdateEvent> {
  return userDataOperator<OrderTradeUpdateEvent>("ORDER_TRADE_UPDATE", "https://binance-rx.dev/schemas/usdm/user-data/order-trade-update.json", validateOrderTradeUpdateEvent, options);
}

/** Maps a raw `OrderTradeUpdateEvent` to the readable `ParsedOrderTradeUpdateEvent`. */
export function parseOrderTradeUpdateEvent<D = string>(raw: OrderTradeUpdateEvent, options?: ParseOptions<D>): ParsedOrderTradeUpdateEvent<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { eventType: raw.e, eventTime: raw.E, transactionTime: raw.T, order: { symbol: raw.o.s, clientOrderId: raw.o.c, side: raw.o.S, orderType: raw.o.o, timeInForce: raw.o.f, quantity: decimal(raw.o.q), price: decimal(raw.o.p), averagePrice: decimal(raw.o.ap), stopPrice: decimal(raw.o.sp), executionType: raw.o.x, orderStatus: raw.o.X, orderId: raw.o.i, lastFilledQuantity: decimal(raw.o.l), filledQuantity: decimal(raw.o.z), lastFilledPrice: decimal(raw.o.L), commissionAsset: raw.o.N, commission: optionalDecimal(raw.o.n), tradeTime: raw.o.T, tradeId: raw.o.t, bidsNotional: decimal(raw.o.b), asksNotional: decimal(raw.o.a), isMaker: raw.o.m, reduceOnly: raw.o.R, workingType: raw.o.wt, originalOrderType: raw.o.ot, positionSide: raw.o.ps, closePosition: raw.o.cp, activationPrice: optionalDecimal(raw.o.AP), callbackRate: optionalDecimal(raw.o.cr), priceProtect: raw.o.pP, ignoreSi: raw.o.si, ignoreSs: raw.o.ss, realizedProfit: decimal(raw.o.rp), selfTradePreventionMode: raw.o.V, priceMatch: raw.o.pm, goodTillDate: raw.o.gtd, expiryReason: raw.o.er } };
}
