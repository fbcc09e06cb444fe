// Generated from spec/usdm/channels/all-book-tickers.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { validate } from '../validators/all-book-tickers';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateAllBookTickersEvent: Validator = validate;

/** Parameters of the All Book Tickers Stream stream `!bookTicker`. It takes none. */
export type AllBookTickersParams = Record<string, never>;

/** All Book Tickers Stream: raw payload of `!bookTicker`, with Binance's wire names. The bookTicker payloads of every contract on one stream (each event is one contract's, not an array). Update speed: 5s. */
export interface AllBookTickersEvent {
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

/** All Book Tickers Stream, parsed: readable names; decimals are exact strings unless `parseAllBookTickers` is given a `decimal` converter. */
export interface ParsedAllBookTickers<D = string> {
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

/** Descriptor of `!bookTicker`: data the runtime interprets. */
export const allBookTickersChannel: ChannelDescriptor<AllBookTickersParams, AllBookTickersEvent> = { channel: "allBookTickers", stream: "!bookTicker", schemaId: "https://binance-rx.dev/schemas/usdm/channels/all-book-tickers.json", route: "public", params: {  }, validate: validateAllBookTickersEvent };

/** Subscribes to `!bookTicker` on every new socket and emits its payloads. The bookTicker payloads of every contract on one stream (each event is one contract's, not an array). */
export function subscribeAllBookTickers(messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, AllBookTickersEvent> {
  return subscribeChannel(allBookTickersChannel, {}, messages, options);
}

/** Maps a raw `AllBookTickersEvent` to the readable `ParsedAllBookTickers`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseAllBookTickers<D = string>(raw: AllBookTickersEvent, options?: ParseOptions<D>): ParsedAllBookTickers<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, updateId: raw.u, eventTime: raw.E, transactionTime: raw.T, symbol: raw.s, pair: raw.ps, bestBidPrice: decimal(raw.b), bestBidQuantity: decimal(raw.B), bestAskPrice: decimal(raw.a), bestAskQuantity: decimal(raw.A), symbolType: raw.st };
}
