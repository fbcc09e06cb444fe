// Generated from spec/usdm/channels/diff-depth.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { symbolStreamParam, depthSpeedStreamParam, type DepthSpeedParam } from '../params';
import { validate } from '../validators/diff-depth';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateDiffDepthEvent: Validator = validate;

/** Parameters of the Diff. Book Depth Streams stream `<symbol>@depth<depthSpeed>`. */
export interface DiffDepthParams {
  /** Contract symbol such as BTCUSDT (or a delivery contract such as BTCUSDT_260925), uppercase as on REST. Written lowercase into the stream name. */
  symbol: string;
  /** Update speed of the depth streams. Left out, Binance pushes every 250 ms. Default: `250ms`. */
  depthSpeed?: DepthSpeedParam;
}

/** Diff. Book Depth Streams: raw payload of `<symbol>@depth<depthSpeed>`, with Binance's wire names. Price and quantity changes of one contract's order book, for keeping a local order book: `pu` of each event equals `u` of the previous one, so a gap is visible. A quantity of 0 removes the level. RPI orders are not visible in it. Update speed: 250ms, 500ms or 100ms. */
export interface DiffDepthEvent {
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
  /** Bid levels to update. */
  b: Array<[price: string, quantity: string]>;
  /** Ask levels to update. */
  a: Array<[price: string, quantity: string]>;
  /** Pair. Sent only when: After the COIN-M migration */
  ps?: string;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration */
  st?: number;
}

/** Diff. Book Depth Streams, parsed: readable names; decimals are exact strings unless `parseDiffDepth` is given a `decimal` converter. */
export interface ParsedDiffDepth<D = string> {
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
  /** Bid levels to update. Wire field `b`. */
  bids: Array<{ /** Price level. Exact decimal. */ price: D; /** Quantity; 0 removes the level. Exact decimal. */ quantity: D; }>;
  /** Ask levels to update. Wire field `a`. */
  asks: Array<{ /** Price level. Exact decimal. */ price: D; /** Quantity; 0 removes the level. Exact decimal. */ quantity: D; }>;
  /** Pair. Sent only when: After the COIN-M migration Wire field `ps`. */
  pair?: string | undefined;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration Wire field `st`. */
  symbolType?: number | undefined;
}

/** Descriptor of `<symbol>@depth<depthSpeed>`: data the runtime interprets. */
export const diffDepthChannel: ChannelDescriptor<DiffDepthParams, DiffDepthEvent> = { channel: "diffDepth", stream: "<symbol>@depth<depthSpeed>", schemaId: "https://binance-rx.dev/schemas/usdm/channels/diff-depth.json", route: "public", bookSync: {"firstUpdateOffset":0,"link":"pu"}, params: { symbol: symbolStreamParam, depthSpeed: depthSpeedStreamParam }, validate: validateDiffDepthEvent };

/**
 * Subscribes to `<symbol>@depth<depthSpeed>` on every new socket and emits its payloads. Price and quantity changes of one contract's order book, for keeping a local order book: `pu` of each event equals `u` of the previous one, so a gap is visible. A quantity of 0 removes the level. RPI orders are not visible in it.
 *
 * @example subscribeDiffDepth('BTCUSDT', messages)
 */
export function subscribeDiffDepth(params: DiffDepthParams | DiffDepthParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, DiffDepthEvent> {
  return subscribeChannel(diffDepthChannel, params, messages, options);
}

/** Maps a raw `DiffDepthEvent` to the readable `ParsedDiffDepth`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseDiffDepth<D = string>(raw: DiffDepthEvent, options?: ParseOptions<D>): ParsedDiffDepth<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, transactionTime: raw.T, symbol: raw.s, firstUpdateId: raw.U, finalUpdateId: raw.u, previousFinalUpdateId: raw.pu, bids: raw.b.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })), asks: raw.a.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })), pair: raw.ps, symbolType: raw.st };
}
