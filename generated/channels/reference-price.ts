// Generated from spec/channels/reference-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/reference-price';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateReferencePriceEvent: Validator = validate;

/** Parameters of the Reference Price Streams stream `<symbol>@referencePrice`. */
export interface ReferencePriceParams {
  /** Trading pair such as BTCUSDT, uppercase as on every surface (REST and the WebSocket API refuse lowercase by the same rule); since 2025-12 a symbol may also hold non-ASCII letters and digits (the testnet's 这是测试币456). Written lowercase into the stream name. */
  symbol: string;
}

/** Reference Price Streams: raw payload of `<symbol>@referencePrice`, with Binance's wire names. The reference price of a single symbol. The price is null when the symbol has no reference price; unlike most streams the payload carries no event time (`E`), only the engine time at which the reference price was valid. Update speed: 1000ms. */
export interface ReferencePriceEvent {
  /** Event type. */
  e: "referencePrice";
  /** Symbol. */
  s: string;
  /** Reference price; null when there is no reference price. Exact decimal. */
  r: string | null;
  /** Engine time at which the reference price was valid. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  t: number;
}

/** Reference Price Streams, parsed: readable names; decimals are exact strings unless `parseReferencePrice` is given a `decimal` converter. */
export interface ParsedReferencePrice<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "referencePrice";
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Reference price; null when there is no reference price. Exact decimal. Wire field `r`. */
  referencePrice: D | null;
  /** Engine time at which the reference price was valid. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `t`. */
  engineTime: number;
}

/** Descriptor of `<symbol>@referencePrice`: data the runtime interprets. */
export const referencePriceChannel: ChannelDescriptor<ReferencePriceParams, ReferencePriceEvent> = { channel: "referencePrice", stream: "<symbol>@referencePrice", schemaId: "https://binance-rx.dev/schemas/channels/reference-price.json", params: { symbol: symbolStreamParam }, validate: validateReferencePriceEvent };

/**
 * Subscribes to `<symbol>@referencePrice` on every new socket and emits its payloads. The reference price of a single symbol. The price is null when the symbol has no reference price; unlike most streams the payload carries no event time (`E`), only the engine time at which the reference price was valid.
 *
 * @example subscribeReferencePrice('BTCUSDT', messages)
 */
export function subscribeReferencePrice(params: ReferencePriceParams | ReferencePriceParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, ReferencePriceEvent> {
  return subscribeChannel(referencePriceChannel, params, messages, options);
}

/** Maps a raw `ReferencePriceEvent` to the readable `ParsedReferencePrice`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseReferencePrice<D = string>(raw: ReferencePriceEvent, options?: ParseOptions<D>): ParsedReferencePrice<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, symbol: raw.s, referencePrice: raw.r === null ? null : decimal(raw.r), engineTime: raw.t };
}
