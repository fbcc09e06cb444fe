// Generated from spec/usdm/channels/partial-depth.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { symbolStreamParam, levelsStreamParam, depthSpeedStreamParam, type LevelsParam, type DepthSpeedParam } from '../params';
import { validate } from '../validators/partial-depth';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validatePartialDepthEvent: Validator = validate;

/** Parameters of the Partial Book Depth Streams stream `<symbol>@depth<levels><depthSpeed>`. */
export interface PartialDepthParams {
  /** Contract symbol such as BTCUSDT (or a delivery contract such as BTCUSDT_260925), uppercase as on REST. Written lowercase into the stream name. */
  symbol: string;
  /** Number of price levels per side in a partial book depth snapshot. */
  levels: LevelsParam;
  /** Update speed of the depth streams. Left out, Binance pushes every 250 ms. Default: `250ms`. */
  depthSpeed?: DepthSpeedParam;
}

/** Partial Book Depth Streams: raw payload of `<symbol>@depth<levels><depthSpeed>`, with Binance's wire names. The top 5, 10 or 20 bid and ask levels of one contract, every 250 ms (or 500 ms, 100 ms), with the update ids of a diff-depth event. RPI orders are not visible in it. Update speed: 250ms, 500ms or 100ms. */
export interface PartialDepthEvent {
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

/** Partial Book Depth Streams, parsed: readable names; decimals are exact strings unless `parsePartialDepth` is given a `decimal` converter. */
export interface ParsedPartialDepth<D = string> {
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

/** Descriptor of `<symbol>@depth<levels><depthSpeed>`: data the runtime interprets. */
export const partialDepthChannel: ChannelDescriptor<PartialDepthParams, PartialDepthEvent> = { channel: "partialDepth", stream: "<symbol>@depth<levels><depthSpeed>", schemaId: "https://binance-rx.dev/schemas/usdm/channels/partial-depth.json", route: "public", params: { symbol: symbolStreamParam, levels: levelsStreamParam, depthSpeed: depthSpeedStreamParam }, validate: validatePartialDepthEvent };

/** Subscribes to `<symbol>@depth<levels><depthSpeed>` on every new socket and emits its payloads. The top 5, 10 or 20 bid and ask levels of one contract, every 250 ms (or 500 ms, 100 ms), with the update ids of a diff-depth event. RPI orders are not visible in it. */
export function subscribePartialDepth(params: PartialDepthParams, messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, PartialDepthEvent> {
  return subscribeChannel(partialDepthChannel, params, messages, options);
}

/** Maps a raw `PartialDepthEvent` to the readable `ParsedPartialDepth`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parsePartialDepth<D = string>(raw: PartialDepthEvent, options?: ParseOptions<D>): ParsedPartialDepth<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, transactionTime: raw.T, symbol: raw.s, firstUpdateId: raw.U, finalUpdateId: raw.u, previousFinalUpdateId: raw.pu, bids: raw.b.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })), asks: raw.a.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })), pair: raw.ps, symbolType: raw.st };
}
