// Generated from spec/channels/kline.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { symbolStreamParam, intervalStreamParam, timezoneStreamParam, type IntervalParam, type TimezoneParam } from '../params';
import { validate } from '../validators/kline';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateKlineEvent: Validator = validate;

/** Parameters of the Kline/Candlestick Streams for UTC stream `<symbol>@kline_<interval><timezone>`. */
export interface KlineParams {
  /** Trading pair such as BTCUSDT, uppercase as on every surface (REST and the WebSocket API refuse lowercase by the same rule); since 2025-12 a symbol may also hold non-ASCII letters and digits (the testnet's 这是测试币456). Written lowercase into the stream name. */
  symbol: string;
  /** Kline interval. */
  interval: IntervalParam;
  /** Kline timezone. Left out, klines are in UTC; '+08:00' opens and closes them in UTC+8. */
  timezone?: TimezoneParam;
}

/** Kline/Candlestick Streams for UTC: raw payload of `<symbol>@kline_<interval><timezone>`, with Binance's wire names. Updates to the current kline (candlestick) of a single symbol and interval. Klines open and close in UTC; with timezone '+08:00' they open and close in UTC+8 instead (doc heading "Kline/Candlestick Streams with timezone offset"), while every timestamp stays a UTC epoch time. Update speed: 1000ms for 1s, 2000ms for the other intervals. */
export interface KlineEvent {
  /** Event type. */
  e: "kline";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** The kline. */
  k: {
    /** Kline start time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    t: number;
    /** Kline close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    T: number;
    /** Symbol. */
    s: string;
    /** Kline interval. */
    i: string;
    /** First trade ID. */
    f: number;
    /** Last trade ID. */
    L: number;
    /** Open price. Exact decimal. */
    o: string;
    /** Close price. Exact decimal. */
    c: string;
    /** High price. Exact decimal. */
    h: string;
    /** Low price. Exact decimal. */
    l: string;
    /** Base asset volume. Exact decimal. */
    v: string;
    /** Number of trades. */
    n: number;
    /** Whether this kline is closed. */
    x: boolean;
    /** Quote asset volume. Exact decimal. */
    q: string;
    /** Taker buy base asset volume. Exact decimal. */
    V: string;
    /** Taker buy quote asset volume. Exact decimal. */
    Q: string;
    /** Ignore (documented as unused). */
    B: string;
  };
}

/** Kline/Candlestick Streams for UTC, parsed: readable names; decimals are exact strings unless `parseKline` is given a `decimal` converter. */
export interface ParsedKline<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "kline";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** The kline. Wire field `k`. */
  kline: {
    /** Kline start time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `t`. */
    startTime: number;
    /** Kline close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
    closeTime: number;
    /** Symbol. Wire field `s`. */
    symbol: string;
    /** Kline interval. Wire field `i`. */
    interval: string;
    /** First trade ID. Wire field `f`. */
    firstTradeId: number;
    /** Last trade ID. Wire field `L`. */
    lastTradeId: number;
    /** Open price. Exact decimal. Wire field `o`. */
    openPrice: D;
    /** Close price. Exact decimal. Wire field `c`. */
    closePrice: D;
    /** High price. Exact decimal. Wire field `h`. */
    highPrice: D;
    /** Low price. Exact decimal. Wire field `l`. */
    lowPrice: D;
    /** Base asset volume. Exact decimal. Wire field `v`. */
    baseVolume: D;
    /** Number of trades. Wire field `n`. */
    tradeCount: number;
    /** Whether this kline is closed. Wire field `x`. */
    isClosed: boolean;
    /** Quote asset volume. Exact decimal. Wire field `q`. */
    quoteVolume: D;
    /** Taker buy base asset volume. Exact decimal. Wire field `V`. */
    takerBuyBaseVolume: D;
    /** Taker buy quote asset volume. Exact decimal. Wire field `Q`. */
    takerBuyQuoteVolume: D;
    /** Ignore (documented as unused). Wire field `B`. */
    ignore: string;
  };
}

/** Descriptor of `<symbol>@kline_<interval><timezone>`: data the runtime interprets. */
export const klineChannel: ChannelDescriptor<KlineParams, KlineEvent> = { channel: "kline", stream: "<symbol>@kline_<interval><timezone>", schemaId: "https://binance-rx.dev/schemas/channels/kline.json", params: { symbol: symbolStreamParam, interval: intervalStreamParam, timezone: timezoneStreamParam }, validate: validateKlineEvent };

/** Subscribes to `<symbol>@kline_<interval><timezone>` on every new socket and emits its payloads. Updates to the current kline (candlestick) of a single symbol and interval. Klines open and close in UTC; with timezone '+08:00' they open and close in UTC+8 instead (doc heading "Kline/Candlestick Streams with timezone offset"), while every timestamp stays a UTC epoch time. */
export function subscribeKline(params: KlineParams, messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, KlineEvent> {
  return subscribeChannel(klineChannel, params, messages, options);
}

/** Maps a raw `KlineEvent` to the readable `ParsedKline`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseKline<D = string>(raw: KlineEvent, options?: ParseOptions<D>): ParsedKline<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, kline: { startTime: raw.k.t, closeTime: raw.k.T, symbol: raw.k.s, interval: raw.k.i, firstTradeId: raw.k.f, lastTradeId: raw.k.L, openPrice: decimal(raw.k.o), closePrice: decimal(raw.k.c), highPrice: decimal(raw.k.h), lowPrice: decimal(raw.k.l), baseVolume: decimal(raw.k.v), tradeCount: raw.k.n, isClosed: raw.k.x, quoteVolume: decimal(raw.k.q), takerBuyBaseVolume: decimal(raw.k.V), takerBuyQuoteVolume: decimal(raw.k.Q), ignore: raw.k.B } };
}
