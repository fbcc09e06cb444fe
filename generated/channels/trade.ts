// Generated from spec/channels/trade.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/trade';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateTradeEvent: Validator = validate;

/** Parameters of the Trade Streams stream `<symbol>@trade`. */
export interface TradeParams {
  /** Trading pair such as BTCUSDT, uppercase as on every surface (REST and the WebSocket API refuse lowercase by the same rule); since 2025-12 a symbol may also hold non-ASCII letters and digits (the testnet's 这是测试币456). Written lowercase into the stream name. */
  symbol: string;
}

/** Trade Streams: raw payload of `<symbol>@trade`, with Binance's wire names. Raw trades of a single symbol, one event per trade; each trade has a unique buyer and seller. Update speed: Real-time. */
export interface TradeEvent {
  /** Event type. */
  e: "trade";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** Trade ID. */
  t: number;
  /** Price. Exact decimal. */
  p: string;
  /** Quantity. Exact decimal. */
  q: string;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Whether the buyer is the market maker. */
  m: boolean;
  /** Ignore (documented as unused). */
  M: boolean;
}

/** Trade Streams, parsed: readable names; decimals are exact strings unless `parseTrade` is given a `decimal` converter. */
export interface ParsedTrade<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "trade";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Trade ID. Wire field `t`. */
  tradeId: number;
  /** Price. Exact decimal. Wire field `p`. */
  price: D;
  /** Quantity. Exact decimal. Wire field `q`. */
  quantity: D;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  tradeTime: number;
  /** Whether the buyer is the market maker. Wire field `m`. */
  isBuyerMaker: boolean;
  /** Ignore (documented as unused). Wire field `M`. */
  ignore: boolean;
}

/** Descriptor of `<symbol>@trade`: data the runtime interprets. */
export const tradeChannel: ChannelDescriptor<TradeParams, TradeEvent> = { channel: "trade", stream: "<symbol>@trade", schemaId: "https://binance-rx.dev/schemas/channels/trade.json", params: { symbol: symbolStreamParam }, validate: validateTradeEvent };

/**
 * Subscribes to `<symbol>@trade` on every new socket and emits its payloads. Raw trades of a single symbol, one event per trade; each trade has a unique buyer and seller.
 *
 * @example subscribeTrade('BTCUSDT', messages)
 */
export function subscribeTrade(params: TradeParams | TradeParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, TradeEvent> {
  return subscribeChannel(tradeChannel, params, messages, options);
}

/** Maps a raw `TradeEvent` to the readable `ParsedTrade`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseTrade<D = string>(raw: TradeEvent, options?: ParseOptions<D>): ParsedTrade<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, tradeId: raw.t, price: decimal(raw.p), quantity: decimal(raw.q), tradeTime: raw.T, isBuyerMaker: raw.m, ignore: raw.M };
}
