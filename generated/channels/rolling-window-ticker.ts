// Generated from spec/channels/rolling-window-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { symbolStreamParam, windowStreamParam, type WindowParam } from '../params';
import { validate } from '../validators/rolling-window-ticker';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateRollingWindowTickerEvent: Validator = validate;

/** Parameters of the Individual Symbol Rolling Window Statistics Streams stream `<symbol>@ticker_<window>`. */
export interface RollingWindowTickerParams {
  /** Trading pair such as BTCUSDT, uppercase as on every surface (REST and the WebSocket API refuse lowercase by the same rule); since 2025-12 a symbol may also hold non-ASCII letters and digits (the testnet's 这是测试币456). Written lowercase into the stream name. */
  symbol: string;
  /** Rolling window size of the statistics. */
  window: WindowParam;
}

/** Individual Symbol Rolling Window Statistics Streams: raw payload of `<symbol>@ticker_<window>`, with Binance's wire names. Ticker statistics of a single symbol over a 1h, 4h or 1d rolling window; not the same payload as the 24hr ticker stream. The open time `O` always falls on a minute and the close time `C` is the time of the update, so the effective window can be up to 59999 ms wider than the window size. Update speed: 1000ms. */
export interface RollingWindowTickerEvent {
  /** Event type: 1hTicker, 4hTicker or 1dTicker, after the window size. */
  e: "1hTicker" | "4hTicker" | "1dTicker";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** Price change. Exact decimal. */
  p: string;
  /** Price change percent. Exact decimal. */
  P: string;
  /** Open price. Exact decimal. */
  o: string;
  /** High price. Exact decimal. */
  h: string;
  /** Low price. Exact decimal. */
  l: string;
  /** Last price. Exact decimal. */
  c: string;
  /** Weighted average price. Exact decimal. */
  w: string;
  /** Total traded base asset volume. Exact decimal. */
  v: string;
  /** Total traded quote asset volume. Exact decimal. */
  q: string;
  /** Statistics open time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  O: number;
  /** Statistics close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  C: number;
  /** First trade ID. */
  F: number;
  /** Last trade ID. */
  L: number;
  /** Total number of trades. */
  n: number;
}

/** Individual Symbol Rolling Window Statistics Streams, parsed: readable names; decimals are exact strings unless `parseRollingWindowTicker` is given a `decimal` converter. */
export interface ParsedRollingWindowTicker<D = string> {
  /** Event type: 1hTicker, 4hTicker or 1dTicker, after the window size. Wire field `e`. */
  eventType: "1hTicker" | "4hTicker" | "1dTicker";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Price change. Exact decimal. Wire field `p`. */
  priceChange: D;
  /** Price change percent. Exact decimal. Wire field `P`. */
  priceChangePercent: D;
  /** Open price. Exact decimal. Wire field `o`. */
  openPrice: D;
  /** High price. Exact decimal. Wire field `h`. */
  highPrice: D;
  /** Low price. Exact decimal. Wire field `l`. */
  lowPrice: D;
  /** Last price. Exact decimal. Wire field `c`. */
  lastPrice: D;
  /** Weighted average price. Exact decimal. Wire field `w`. */
  weightedAveragePrice: D;
  /** Total traded base asset volume. Exact decimal. Wire field `v`. */
  baseVolume: D;
  /** Total traded quote asset volume. Exact decimal. Wire field `q`. */
  quoteVolume: D;
  /** Statistics open time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `O`. */
  openTime: number;
  /** Statistics close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `C`. */
  closeTime: number;
  /** First trade ID. Wire field `F`. */
  firstTradeId: number;
  /** Last trade ID. Wire field `L`. */
  lastTradeId: number;
  /** Total number of trades. Wire field `n`. */
  tradeCount: number;
}

/** Descriptor of `<symbol>@ticker_<window>`: data the runtime interprets. */
export const rollingWindowTickerChannel: ChannelDescriptor<RollingWindowTickerParams, RollingWindowTickerEvent> = { channel: "rollingWindowTicker", stream: "<symbol>@ticker_<window>", schemaId: "https://binance-rx.dev/schemas/channels/rolling-window-ticker.json", params: { symbol: symbolStreamParam, window: windowStreamParam }, validate: validateRollingWindowTickerEvent };

/** Subscribes to `<symbol>@ticker_<window>` on every new socket and emits its payloads. Ticker statistics of a single symbol over a 1h, 4h or 1d rolling window; not the same payload as the 24hr ticker stream. The open time `O` always falls on a minute and the close time `C` is the time of the update, so the effective window can be up to 59999 ms wider than the window size. */
export function subscribeRollingWindowTicker(params: RollingWindowTickerParams, messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, RollingWindowTickerEvent> {
  return subscribeChannel(rollingWindowTickerChannel, params, messages, options);
}

/** Maps a raw `RollingWindowTickerEvent` to the readable `ParsedRollingWindowTicker`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseRollingWindowTicker<D = string>(raw: RollingWindowTickerEvent, options?: ParseOptions<D>): ParsedRollingWindowTicker<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, priceChange: decimal(raw.p), priceChangePercent: decimal(raw.P), openPrice: decimal(raw.o), highPrice: decimal(raw.h), lowPrice: decimal(raw.l), lastPrice: decimal(raw.c), weightedAveragePrice: decimal(raw.w), baseVolume: decimal(raw.v), quoteVolume: decimal(raw.q), openTime: raw.O, closeTime: raw.C, firstTradeId: raw.F, lastTradeId: raw.L, tradeCount: raw.n };
}
