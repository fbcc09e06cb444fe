// Generated from spec/usdm/channels/ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/ticker';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateTickerEvent: Validator = validate;

/** Parameters of the Individual Symbol Ticker Streams stream `<symbol>@ticker`. */
export interface TickerParams {
  /** Contract symbol such as BTCUSDT (or a delivery contract such as BTCUSDT_260925), uppercase as on REST. Written lowercase into the stream name. */
  symbol: string;
}

/** Individual Symbol Ticker Streams: raw payload of `<symbol>@ticker`, with Binance's wire names. 24hr rolling window ticker statistics of one contract (not the UTC day's). Update speed: 2000ms. */
export interface TickerEvent {
  /** Event type. */
  e: "24hrTicker";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** Price change. Exact decimal. */
  p: string;
  /** Price change percent. Exact decimal. */
  P: string;
  /** Weighted average price. Exact decimal. */
  w: string;
  /** Last price. Exact decimal. */
  c: string;
  /** Last quantity. Exact decimal. */
  Q: string;
  /** Open price. Exact decimal. */
  o: string;
  /** High price. Exact decimal. */
  h: string;
  /** Low price. Exact decimal. */
  l: string;
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
  /** Pair. Sent only when: After the COIN-M migration */
  ps?: string;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration */
  st?: number;
}

/** Individual Symbol Ticker Streams, parsed: readable names; decimals are exact strings unless `parseTicker` is given a `decimal` converter. */
export interface ParsedTicker<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "24hrTicker";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Price change. Exact decimal. Wire field `p`. */
  priceChange: D;
  /** Price change percent. Exact decimal. Wire field `P`. */
  priceChangePercent: D;
  /** Weighted average price. Exact decimal. Wire field `w`. */
  weightedAveragePrice: D;
  /** Last price. Exact decimal. Wire field `c`. */
  lastPrice: D;
  /** Last quantity. Exact decimal. Wire field `Q`. */
  lastQuantity: D;
  /** Open price. Exact decimal. Wire field `o`. */
  openPrice: D;
  /** High price. Exact decimal. Wire field `h`. */
  highPrice: D;
  /** Low price. Exact decimal. Wire field `l`. */
  lowPrice: D;
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
  /** Pair. Sent only when: After the COIN-M migration Wire field `ps`. */
  pair?: string | undefined;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration Wire field `st`. */
  symbolType?: number | undefined;
}

/** Descriptor of `<symbol>@ticker`: data the runtime interprets. */
export const tickerChannel: ChannelDescriptor<TickerParams, TickerEvent> = { channel: "ticker", stream: "<symbol>@ticker", schemaId: "https://binance-rx.dev/schemas/usdm/channels/ticker.json", route: "market", params: { symbol: symbolStreamParam }, validate: validateTickerEvent };

/**
 * Subscribes to `<symbol>@ticker` on every new socket and emits its payloads. 24hr rolling window ticker statistics of one contract (not the UTC day's).
 *
 * @example subscribeTicker('BTCUSDT', messages)
 */
export function subscribeTicker(params: TickerParams | TickerParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, TickerEvent> {
  return subscribeChannel(tickerChannel, params, messages, options);
}

/** Maps a raw `TickerEvent` to the readable `ParsedTicker`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseTicker<D = string>(raw: TickerEvent, options?: ParseOptions<D>): ParsedTicker<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, priceChange: decimal(raw.p), priceChangePercent: decimal(raw.P), weightedAveragePrice: decimal(raw.w), lastPrice: decimal(raw.c), lastQuantity: decimal(raw.Q), openPrice: decimal(raw.o), highPrice: decimal(raw.h), lowPrice: decimal(raw.l), baseVolume: decimal(raw.v), quoteVolume: decimal(raw.q), openTime: raw.O, closeTime: raw.C, firstTradeId: raw.F, lastTradeId: raw.L, tradeCount: raw.n, pair: raw.ps, symbolType: raw.st };
}
