// Generated from spec/channels/book-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/book-ticker';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateBookTickerEvent: Validator = validate;

/** Parameters of the Individual Symbol Book Ticker Streams stream `<symbol>@bookTicker`. */
export interface BookTickerParams {
  /** Trading pair such as BTCUSDT, uppercase as on every surface (REST and the WebSocket API refuse lowercase by the same rule); since 2025-12 a symbol may also hold non-ASCII letters and digits (the testnet's 这是测试币456). Written lowercase into the stream name. */
  symbol: string;
}

/** Individual Symbol Book Ticker Streams: raw payload of `<symbol>@bookTicker`, with Binance's wire names. Every change to the best bid or best ask price or quantity of a single symbol, in real time. The payload has no event type or event time: route it by stream name. Update speed: Real-time. */
export interface BookTickerEvent {
  /** Order book update ID. */
  u: number;
  /** Symbol. */
  s: string;
  /** Best bid price. Exact decimal. */
  b: string;
  /** Best bid quantity. Exact decimal. */
  B: string;
  /** Best ask price. Exact decimal. */
  a: string;
  /** Best ask quantity. Exact decimal. */
  A: string;
}

/** Individual Symbol Book Ticker Streams, parsed: readable names; decimals are exact strings unless `parseBookTicker` is given a `decimal` converter. */
export interface ParsedBookTicker<D = string> {
  /** Order book update ID. Wire field `u`. */
  updateId: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Best bid price. Exact decimal. Wire field `b`. */
  bestBidPrice: D;
  /** Best bid quantity. Exact decimal. Wire field `B`. */
  bestBidQuantity: D;
  /** Best ask price. Exact decimal. Wire field `a`. */
  bestAskPrice: D;
  /** Best ask quantity. Exact decimal. Wire field `A`. */
  bestAskQuantity: D;
}

/** Descriptor of `<symbol>@bookTicker`: data the runtime interprets. */
export const bookTickerChannel: ChannelDescriptor<BookTickerParams, BookTickerEvent> = { channel: "bookTicker", stream: "<symbol>@bookTicker", schemaId: "https://binance-rx.dev/schemas/channels/book-ticker.json", params: { symbol: symbolStreamParam }, validate: validateBookTickerEvent };

/**
 * Subscribes to `<symbol>@bookTicker` on every new socket and emits its payloads. Every change to the best bid or best ask price or quantity of a single symbol, in real time. The payload has no event type or event time: route it by stream name.
 *
 * @example subscribeBookTicker('BTCUSDT', messages)
 */
export function subscribeBookTicker(params: BookTickerParams | BookTickerParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, BookTickerEvent> {
  return subscribeChannel(bookTickerChannel, params, messages, options);
}

/** Maps a raw `BookTickerEvent` to the readable `ParsedBookTicker`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseBookTicker<D = string>(raw: BookTickerEvent, options?: ParseOptions<D>): ParsedBookTicker<D> {
  const decimal = decimalOf(options);
  return { updateId: raw.u, symbol: raw.s, bestBidPrice: decimal(raw.b), bestBidQuantity: decimal(raw.B), bestAskPrice: decimal(raw.a), bestAskQuantity: decimal(raw.A) };
}
