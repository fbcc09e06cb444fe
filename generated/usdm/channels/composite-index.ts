// Generated from spec/usdm/channels/composite-index.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/composite-index';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateCompositeIndexEvent: Validator = validate;

/** Parameters of the Composite Index Symbol Information Streams stream `<symbol>@compositeIndex`. */
export interface CompositeIndexParams {
  /** Contract symbol such as BTCUSDT (or a delivery contract such as BTCUSDT_260925), uppercase as on REST. Written lowercase into the stream name. */
  symbol: string;
}

/** Composite Index Symbol Information Streams: raw payload of `<symbol>@compositeIndex`, with Binance's wire names. The price of a composite index contract (such as DEFIUSDT) and the components it is made of. Update speed: 1000ms. */
export interface CompositeIndexEvent {
  /** Event type. */
  e: "compositeIndex";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** Index price. Exact decimal. */
  p: string;
  /** What the components are (baseAsset). */
  C: string;
  /** The components of the index. */
  c: Array<{
    /** Base asset. */
    b: string;
    /** Quote asset. */
    q: string;
    /** Weight in quantity. Exact decimal. */
    w: string;
    /** Weight in percentage. Exact decimal. */
    W: string;
    /** Index price of the component. Exact decimal. */
    i: string;
  }>;
}

/** Composite Index Symbol Information Streams, parsed: readable names; decimals are exact strings unless `parseCompositeIndex` is given a `decimal` converter. */
export interface ParsedCompositeIndex<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "compositeIndex";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Index price. Exact decimal. Wire field `p`. */
  price: D;
  /** What the components are (baseAsset). Wire field `C`. */
  composition: string;
  /** The components of the index. Wire field `c`. */
  components: Array<{
    /** Base asset. Wire field `b`. */
    baseAsset: string;
    /** Quote asset. Wire field `q`. */
    quoteAsset: string;
    /** Weight in quantity. Exact decimal. Wire field `w`. */
    weightInQuantity: D;
    /** Weight in percentage. Exact decimal. Wire field `W`. */
    weightInPercentage: D;
    /** Index price of the component. Exact decimal. Wire field `i`. */
    indexPrice: D;
  }>;
}

/** Descriptor of `<symbol>@compositeIndex`: data the runtime interprets. */
export const compositeIndexChannel: ChannelDescriptor<CompositeIndexParams, CompositeIndexEvent> = { channel: "compositeIndex", stream: "<symbol>@compositeIndex", schemaId: "https://binance-rx.dev/schemas/usdm/channels/composite-index.json", route: "market", params: { symbol: symbolStreamParam }, validate: validateCompositeIndexEvent };

/**
 * Subscribes to `<symbol>@compositeIndex` on every new socket and emits its payloads. The price of a composite index contract (such as DEFIUSDT) and the components it is made of.
 *
 * @example subscribeCompositeIndex('BTCUSDT', messages)
 */
export function subscribeCompositeIndex(params: CompositeIndexParams | CompositeIndexParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, CompositeIndexEvent> {
  return subscribeChannel(compositeIndexChannel, params, messages, options);
}

/** Maps a raw `CompositeIndexEvent` to the readable `ParsedCompositeIndex`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseCompositeIndex<D = string>(raw: CompositeIndexEvent, options?: ParseOptions<D>): ParsedCompositeIndex<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, price: decimal(raw.p), composition: raw.C, components: raw.c.map((item0) => ({ baseAsset: item0.b, quoteAsset: item0.q, weightInQuantity: decimal(item0.w), weightInPercentage: decimal(item0.W), indexPrice: decimal(item0.i) })) };
}
