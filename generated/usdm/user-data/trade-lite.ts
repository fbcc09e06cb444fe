// Generated from spec/usdm/user-data/trade-lite.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, decimalOf, type UserDataMessage, type UserDataOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { validate } from '../validators/user-data/trade-lite';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateTradeLiteEvent: Validator = validate;

/** Event Trade Lite (`e` = `TRADE_LITE`), with Binance's wire names. A fill of one of the account's orders, with less than ORDER_TRADE_UPDATE and sooner. */
export interface TradeLiteEvent {
  /** Event type. */
  e: "TRADE_LITE";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Symbol. */
  s: string;
  /** Quantity ordered. Exact decimal. */
  q: string;
  /** Price ordered. Exact decimal. */
  p: string;
  /** Whether the fill was on the maker side. */
  m: boolean;
  /** Client order id. */
  c: string;
  /** BUY or SELL. */
  S: string;
  /** Price of the fill. Exact decimal. */
  L: string;
  /** Quantity of the fill. Exact decimal. */
  l: string;
  /** Trade id. */
  t: number;
  /** Order id. */
  i: number;
}

/** Event Trade Lite, parsed: readable names; decimals are exact strings unless `parseTradeLiteEvent` is given a `decimal` converter. */
export interface ParsedTradeLiteEvent<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "TRADE_LITE";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Quantity ordered. Exact decimal. Wire field `q`. */
  quantity: D;
  /** Price ordered. Exact decimal. Wire field `p`. */
  price: D;
  /** Whether the fill was on the maker side. Wire field `m`. */
  isMaker: boolean;
  /** Client order id. Wire field `c`. */
  clientOrderId: string;
  /** BUY or SELL. Wire field `S`. */
  side: string;
  /** Price of the fill. Exact decimal. Wire field `L`. */
  lastFilledPrice: D;
  /** Quantity of the fill. Exact decimal. Wire field `l`. */
  lastFilledQuantity: D;
  /** Trade id. Wire field `t`. */
  tradeId: number;
  /** Order id. Wire field `i`. */
  orderId: number;
}

/** Picks the `TRADE_LITE` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onTradeLite(options?: UserDataOptions): OperatorFunction<UserDataMessage, TradeLiteEvent> {
  return userDataOperator<TradeLiteEvent>("TRADE_LITE", "https://binance-rx.dev/schemas/usdm/user-data/trade-lite.json", validateTradeLiteEvent, options);
}

/** Maps a raw `TradeLiteEvent` to the readable `ParsedTradeLiteEvent`. */
export function parseTradeLiteEvent<D = string>(raw: TradeLiteEvent, options?: ParseOptions<D>): ParsedTradeLiteEvent<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, transactionTime: raw.T, symbol: raw.s, quantity: decimal(raw.q), price: decimal(raw.p), isMaker: raw.m, clientOrderId: raw.c, side: raw.S, lastFilledPrice: decimal(raw.L), lastFilledQuantity: decimal(raw.l), tradeId: raw.t, orderId: raw.i };
}
