// Generated from spec/usdm/channels/rpi-diff-depth.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/rpi-diff-depth';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateRpiDiffDepthEvent: Validator = validate;

/** Parameters of the RPI Diff. Book Depth Streams stream `<symbol>@rpiDepth@500ms`. */
export interface RpiDiffDepthParams {
  /** Contract symbol such as BTCUSDT (or a delivery contract such as BTCUSDT_260925), uppercase as on REST. Written lowercase into the stream name. */
  symbol: string;
}

/** RPI Diff. Book Depth Streams: raw payload of `<symbol>@rpiDepth@500ms`, with Binance's wire names. Price and quantity changes of one contract's order book with Retail Price Improvement (RPI) orders included and aggregated into the levels, every 500 ms, for keeping a local RPI order book from `GET /fapi/v1/rpiDepth` (`getRpiBook`). A quantity of 0 removes the level: all its orders filled or canceled, or its crossed RPI orders hidden. Update speed: 500ms. */
export interface RpiDiffDepthEvent {
  /** Event type. */
  e: "depthUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Symbol. */
  s: string;
  /** First update ID in the event. */
  U: number;
  /** Final update ID in the event. */
  u: number;
  /** Final update ID of the previous event (its u). */
  pu: number;
  /** Bid levels to update, RPI orders included. */
  b: Array<[price: string, quantity: string]>;
  /** Ask levels to update, RPI orders included. */
  a: Array<[price: string, quantity: string]>;
  /** Pair. Sent only when: After the COIN-M migration */
  ps?: string;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration */
  st?: number;
}

/** RPI Diff. Book Depth Streams, parsed: readable names; decimals are exact strings unless `parseRpiDiffDepth` is given a `decimal` converter. */
export interface ParsedRpiDiffDepth<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "depthUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** First update ID in the event. Wire field `U`. */
  firstUpdateId: number;
  /** Final update ID in the event. Wire field `u`. */
  finalUpdateId: number;
  /** Final update ID of the previous event (its u). Wire field `pu`. */
  previousFinalUpdateId: number;
  /** Bid levels to update, RPI orders included. Wire field `b`. */
  bids: Array<{ /** Price level. Exact decimal. */ price: D; /** Quantity; 0 removes the level. Exact decimal. */ quantity: D; }>;
  /** Ask levels to update, RPI orders included. Wire field `a`. */
  asks: Array<{ /** Price level. Exact decimal. */ price: D; /** Quantity; 0 removes the level. Exact decimal. */ quantity: D; }>;
  /** Pair. Sent only when: After the COIN-M migration Wire field `ps`. */
  pair?: string | undefined;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration Wire field `st`. */
  symbolType?: number | undefined;
}

/** Descriptor of `<symbol>@rpiDepth@500ms`: data the runtime interprets. */
export const rpiDiffDepthChannel: ChannelDescriptor<RpiDiffDepthParams, RpiDiffDepthEvent> = { channel: "rpiDiffDepth", stream: "<symbol>@rpiDepth@500ms", schemaId: "https://binance-rx.dev/schemas/usdm/channels/rpi-diff-depth.json", route: "public", bookSync: {"firstUpdateOffset":0,"link":"pu"}, params: { symbol: symbolStreamParam }, validate: validateRpiDiffDepthEvent };

/**
 * Subscribes to `<symbol>@rpiDepth@500ms` on every new socket and emits its payloads. Price and quantity changes of one contract's order book with Retail Price Improvement (RPI) orders included and aggregated into the levels, every 500 ms, for keeping a local RPI order book from `GET /fapi/v1/rpiDepth` (`getRpiBook`). A quantity of 0 removes the level: all its orders filled or canceled, or its crossed RPI orders hidden.
 *
 * @example subscribeRpiDiffDepth('BTCUSDT', messages)
 */
export function subscribeRpiDiffDepth(params: RpiDiffDepthParams | RpiDiffDepthParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, RpiDiffDepthEvent> {
  return subscribeChannel(rpiDiffDepthChannel, params, messages, options);
}

/** Maps a raw `RpiDiffDepthEvent` to the readable `ParsedRpiDiffDepth`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseRpiDiffDepth<D = string>(raw: RpiDiffDepthEvent, options?: ParseOptions<D>): ParsedRpiDiffDepth<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, transactionTime: raw.T, symbol: raw.s, firstUpdateId: raw.U, finalUpdateId: raw.u, previousFinalUpdateId: raw.pu, bids: raw.b.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })), asks: raw.a.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })), pair: raw.ps, symbolType: raw.st };
}
