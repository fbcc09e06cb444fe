// Generated from spec/usdm/channels/book-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/book-ticker';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateBookTickerEvent: Validator = validate;

/** Parameters of the Individual Symbol Book Ticker Streams stream `<symbol>@bookTicker`. */
export interface BookTickerParams {
  /** Contract symbol such as BTCUSDT (or a delivery contract such as BTCUSDT_260925), uppercase as on REST. Written lowercase into the stream name. */
  symbol: string;
}

/** Individual Symbol Book Ticker Streams: raw payload of `<symbol>@bookTicker`, with Binance's wire names. Every change to the best bid or ask price or quantity of one contract, in real time. RPI orders are not visible in it. Update speed: Real-time. */
export interface BookTickerEvent {
  /** Event type. */
  e: "bookTicker";
  /** Order book update ID. */
  u: number;
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Symbol. */
  s: string;
  /** Pair. Sent only when: After the COIN-M migration */
  ps?: string;
  /** Best bid price. Exact decimal. */
  b: string;
  /** Best bid quantity. Exact decimal. */
  B: string;
  /** Best ask price. Exact decimal. */
  a: string;
  /** Best ask quantity. Exact decimal. */
  A: string;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration */
  st?: number;
}

/** Individual Symbol Book Ticker Streams, parsed: readable names; decimals are exact strings unless `parseBookTicker` is given a `decimal` converter. */
export interface ParsedBookTicker<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "bookTicker";
  /** Order book update ID. Wire field `u`. */
  updateId: number;
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Pair. Sent only when: After the COIN-M migration Wire field `ps`. */
  pair?: string | undefined;
  /** Best bid price. Exact decimal. Wire field `b`. */
  bestBidPrice: D;
  /** Best bid quantity. Exact decimal. Wire field `B`. */
  bestBidQuantity: D;
  /** Best ask price. Exact decimal. Wire field `a`. */
  bestAskPrice: D;
  /** Best ask quantity. Exact decimal. Wire field `A`. */
  bestAskQuantity: D;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration Wire field `st`. */
  symbolType?: number | undefined;
}

/** Descriptor of `<symbol>@bookTicker`: data the runtime interprets. */
export const bookTickerChannel: ChannelDescriptor<BookTickerParams, BookTickerEvent> = { channel: "bookTicker", stream: "<symbol>@bookTicker", schemaId: "https://binance-rx.dev/schemas/usdm/channels/book-ticker.json", route: "public", params: { symbol: symbolStreamParam }, validate: validateBookTickerEvent };

/**
 * Subscribes to `<symbol>@bookTicker` on every new socket and emits its payloads. Every change to the best bid or ask price or quantity of one contract, in real time. RPI orders are not visible in it.
 *
 * @example subscribeBookTicker('BTCUSDT', messages)
 */
export function subscribeBookTicker(params: BookTickerParams | BookTickerParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, BookTickerEvent> {
  return subscribeChannel(bookTickerChannel, params, messages, options);
}

/** Maps a raw `BookTickerEvent` to the readable `ParsedBookTicker`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseBookTicker<D = string>(raw: BookTickerEvent, options?: ParseOptions<D>): ParsedBookTicker<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, updateId: raw.u, eventTime: raw.E, transactionTime: raw.T, symbol: raw.s, pair: raw.ps, bestBidPrice: decimal(raw.b), bestBidQuantity: decimal(raw.B), bestAskPrice: decimal(raw.a), bestAskQuantity: decimal(raw.A), symbolType: raw.st };
}
