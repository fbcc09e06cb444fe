// Generated from spec/channels/partial-depth.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { symbolStreamParam, levelsStreamParam, speedStreamParam, type LevelsParam, type SpeedParam } from '../params';
import { validate } from '../validators/partial-depth';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validatePartialDepthEvent: Validator = validate;

/** Parameters of the Partial Book Depth Streams stream `<symbol>@depth<levels><speed>`. */
export interface PartialDepthParams {
  /** Trading pair such as BTCUSDT, uppercase as on every surface (REST and the WebSocket API refuse lowercase by the same rule); since 2025-12 a symbol may also hold non-ASCII letters and digits (the testnet's 这是测试币456). Written lowercase into the stream name. */
  symbol: string;
  /** Number of price levels per side in a partial book depth snapshot. */
  levels: LevelsParam;
  /** Update speed of depth streams. Default: `1000ms`. */
  speed?: SpeedParam;
}

/** Partial Book Depth Streams: raw payload of `<symbol>@depth<levels><speed>`, with Binance's wire names. Snapshot of the top 5, 10 or 20 bid and ask levels of a single symbol, pushed every second or every 100 ms. The payload has no event type, event time or symbol: route it by stream name. Update speed: 1000ms or 100ms. */
export interface PartialDepthEvent {
  /** Last update ID. */
  lastUpdateId: number;
  /** Bid levels, best first. */
  bids: Array<[price: string, quantity: string]>;
  /** Ask levels, best first. */
  asks: Array<[price: string, quantity: string]>;
}

/** Partial Book Depth Streams, parsed: readable names; decimals are exact strings unless `parsePartialDepth` is given a `decimal` converter. */
export interface ParsedPartialDepth<D = string> {
  /** Last update ID. */
  lastUpdateId: number;
  /** Bid levels, best first. */
  bids: Array<{ /** Price level. Exact decimal. */ price: D; /** Quantity. Exact decimal. */ quantity: D; }>;
  /** Ask levels, best first. */
  asks: Array<{ /** Price level. Exact decimal. */ price: D; /** Quantity. Exact decimal. */ quantity: D; }>;
}

/** Descriptor of `<symbol>@depth<levels><speed>`: data the runtime interprets. */
export const partialDepthChannel: ChannelDescriptor<PartialDepthParams, PartialDepthEvent> = { channel: "partialDepth", stream: "<symbol>@depth<levels><speed>", schemaId: "https://binance-rx.dev/schemas/channels/partial-depth.json", params: { symbol: symbolStreamParam, levels: levelsStreamParam, speed: speedStreamParam }, validate: validatePartialDepthEvent };

/** Subscribes to `<symbol>@depth<levels><speed>` on every new socket and emits its payloads. Snapshot of the top 5, 10 or 20 bid and ask levels of a single symbol, pushed every second or every 100 ms. The payload has no event type, event time or symbol: route it by stream name. */
export function subscribePartialDepth(params: PartialDepthParams, messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, PartialDepthEvent> {
  return subscribeChannel(partialDepthChannel, params, messages, options);
}

/** Maps a raw `PartialDepthEvent` to the readable `ParsedPartialDepth`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parsePartialDepth<D = string>(raw: PartialDepthEvent, options?: ParseOptions<D>): ParsedPartialDepth<D> {
  const decimal = decimalOf(options);
  return { lastUpdateId: raw.lastUpdateId, bids: raw.bids.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })), asks: raw.asks.map((item0) => ({ price: decimal(item0[0]), quantity: decimal(item0[1]) })) };
}
