// Generated from spec/usdm/channels/mini-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/mini-ticker';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateMiniTickerEvent: Validator = validate;

/** Parameters of the Individual Symbol Mini Ticker Stream stream `<symbol>@miniTicker`. */
export interface MiniTickerParams {
  /** Contract symbol such as BTCUSDT (or a delivery contract such as BTCUSDT_260925), uppercase as on REST. Written lowercase into the stream name. */
  symbol: string;
}

/** Individual Symbol Mini Ticker Stream: raw payload of `<symbol>@miniTicker`, with Binance's wire names. 24hr rolling window mini-ticker statistics of one contract (not the UTC day's). Update speed: 2s. */
export interface MiniTickerEvent {
  /** Event type. */
  e: "24hrMiniTicker";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** Close price. Exact decimal. */
  c: string;
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
  /** Pair. Sent only when: After the COIN-M migration */
  ps?: string;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration */
  st?: number;
}

/** Individual Symbol Mini Ticker Stream, parsed: readable names; decimals are exact strings unless `parseMiniTicker` is given a `decimal` converter. */
export interface ParsedMiniTicker<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "24hrMiniTicker";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Close price. Exact decimal. Wire field `c`. */
  closePrice: D;
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
  /** Pair. Sent only when: After the COIN-M migration Wire field `ps`. */
  pair?: string | undefined;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration Wire field `st`. */
  symbolType?: number | undefined;
}

/** Descriptor of `<symbol>@miniTicker`: data the runtime interprets. */
export const miniTickerChannel: ChannelDescriptor<MiniTickerParams, MiniTickerEvent> = { channel: "miniTicker", stream: "<symbol>@miniTicker", schemaId: "https://binance-rx.dev/schemas/usdm/channels/mini-ticker.json", route: "market", params: { symbol: symbolStreamParam }, validate: validateMiniTickerEvent };

/**
 * Subscribes to `<symbol>@miniTicker` on every new socket and emits its payloads. 24hr rolling window mini-ticker statistics of one contract (not the UTC day's).
 *
 * @example subscribeMiniTicker('BTCUSDT', messages)
 */
export function subscribeMiniTicker(params: MiniTickerParams | MiniTickerParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, MiniTickerEvent> {
  return subscribeChannel(miniTickerChannel, params, messages, options);
}

/** Maps a raw `MiniTickerEvent` to the readable `ParsedMiniTicker`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseMiniTicker<D = string>(raw: MiniTickerEvent, options?: ParseOptions<D>): ParsedMiniTicker<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, closePrice: decimal(raw.c), openPrice: decimal(raw.o), highPrice: decimal(raw.h), lowPrice: decimal(raw.l), baseVolume: decimal(raw.v), quoteVolume: decimal(raw.q), pair: raw.ps, symbolType: raw.st };
}
