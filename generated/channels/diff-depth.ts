// Generated from spec/channels/diff-depth.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { symbolStreamParam, speedStreamParam, type SpeedParam } from '../params';
import { validate } from '../validators/diff-depth';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateDiffDepthEvent: Validator = validate;

/** Parameters of the Diff. Depth Stream stream `<symbol>@depth<speed>`. */
export interface DiffDepthParams {
  /** Trading pair such as BTCUSDT, uppercase as on every surface (REST and the WebSocket API refuse lowercase by the same rule); since 2025-12 a symbol may also hold non-ASCII letters and digits (the testnet's 这是测试币456). Written lowercase into the stream name. */
  symbol: string;
  /** Update speed of depth streams. Default: `1000ms`. */
  speed?: SpeedParam;
}

/** Diff. Depth Stream: raw payload of `<symbol>@depth<speed>`, with Binance's wire names. Price and quantity changes of a single symbol's order book, for keeping a local order book (see "How to manage a local order book correctly"). A quantity of 0 removes the price level. Update speed: 1000ms or 100ms. */
export interface DiffDepthEvent {
  /** Event type. */
  e: "depthUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** First update ID in the event. */
  U: number;
  /** Final update ID in the event. */
  u: number;
  /** Bid levels to update. */
  b: Array<[price: string, quantity: string]>;
  /** Ask levels to update. */
  a: Array<[price: string, quantity: string]>;
}

/** Diff. Depth Stream, parsed: readable names; decimals are exact strings unless `parseDiffDepth` is given a `decimal` converter. */
export interface ParsedDiffDepth<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "depthUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** First update ID in the event. Wire field `U`. */
  firstUpdateId: number;
  /** Final update ID in the event. Wire field `u`. */
  finalUpdateId: number;
  /** Bid levels to update. Wire field `b`. */
  bids: Array<{ /** Price level to update. Exact decimal. */ price: D; /** New quantity; 0 removes the level. Exact decimal. */ quantity: D; }>;
  /** Ask levels to update. Wire field `a`. */
  asks: Array<{ /** Price level to update. Exact decimal. */ price: D; /** New quantity; 0 removes the level. Exact decimal. */ quantity: D; }>;
}

/** Descriptor of `<symbol>@depth<speed>`: data the runtime interprets. */
export const diffDepthChannel: ChannelDescriptor<DiffDepthParams, DiffDepthEvent> = { channel: "diffDepth", stream: "<symbol>@depth<speed>", schemaId: "https://binance-rx.dev/schemas/channels/diff-depth.json", bookSync: {"firstUpdateOffset":1,"link":"U"}, params: { symbol: symbolStreamParam, speed: speedStreamParam }, validate: validateDiffDepthEvent };

/**
 * Subscribes to `<symbol>@depth<speed>` on every new socket and emits its payloads. Price and quantity changes of a single symbol's order book, for keeping a local order book (see "How to manage a local order book correctly"). A quantity of 0 removes the price level.
 *
 * @example subscribeDiffDepth('BTCUSDT', messages)
 */
export function subscribeDiffDepth(params: DiffDepthParams | DiffDepthParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, DiffDepthEvent> {
  return subscribeChannel(diffDepthChannel, params, messages, options);
}

/** Maps a raw `DiffDepthEvent` to the readable `ParsedDiffDepth`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseDiffDepth<D = string>(raw: DiffDepthEvent, options?: ParseOptions<D>): ParsedDiffDepth<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, firstUpdateId: raw.U, finalUpdateId: raw.u, bids: raw.b.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })), asks: raw.a.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })) };
}
