// Generated from spec/usdm/channels/asset-index.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { assetSymbolStreamParam } from '../params';
import { validate } from '../validators/asset-index';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateAssetIndexEvent: Validator = validate;

/** Parameters of the Multi-Assets Mode Asset Index stream `<assetSymbol>@assetIndex`. */
export interface AssetIndexParams {
  /** Multi-assets mode index symbol such as ADAUSD. Written lowercase into the stream name. */
  assetSymbol: string;
}

/** Multi-Assets Mode Asset Index: raw payload of `<assetSymbol>@assetIndex`, with Binance's wire names. The index of one asset used in multi-assets margin mode, with the bid and ask buffers and rates applied to it, every second. Update speed: 1s. */
export interface AssetIndexEvent {
  /** Event type. */
  e: "assetIndexUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Asset index symbol. */
  s: string;
  /** Index price. Exact decimal. */
  i: string;
  /** Bid buffer. Exact decimal. */
  b: string;
  /** Ask buffer. Exact decimal. */
  a: string;
  /** Bid rate. Exact decimal. */
  B: string;
  /** Ask rate. Exact decimal. */
  A: string;
  /** Auto exchange bid buffer. Exact decimal. */
  q: string;
  /** Auto exchange ask buffer. Exact decimal. */
  g: string;
  /** Auto exchange bid rate. Exact decimal. */
  Q: string;
  /** Auto exchange ask rate. Exact decimal. */
  G: string;
}

/** Multi-Assets Mode Asset Index, parsed: readable names; decimals are exact strings unless `parseAssetIndex` is given a `decimal` converter. */
export interface ParsedAssetIndex<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "assetIndexUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Asset index symbol. Wire field `s`. */
  symbol: string;
  /** Index price. Exact decimal. Wire field `i`. */
  indexPrice: D;
  /** Bid buffer. Exact decimal. Wire field `b`. */
  bidBuffer: D;
  /** Ask buffer. Exact decimal. Wire field `a`. */
  askBuffer: D;
  /** Bid rate. Exact decimal. Wire field `B`. */
  bidRate: D;
  /** Ask rate. Exact decimal. Wire field `A`. */
  askRate: D;
  /** Auto exchange bid buffer. Exact decimal. Wire field `q`. */
  autoExchangeBidBuffer: D;
  /** Auto exchange ask buffer. Exact decimal. Wire field `g`. */
  autoExchangeAskBuffer: D;
  /** Auto exchange bid rate. Exact decimal. Wire field `Q`. */
  autoExchangeBidRate: D;
  /** Auto exchange ask rate. Exact decimal. Wire field `G`. */
  autoExchangeAskRate: D;
}

/** Descriptor of `<assetSymbol>@assetIndex`: data the runtime interprets. */
export const assetIndexChannel: ChannelDescriptor<AssetIndexParams, AssetIndexEvent> = { channel: "assetIndex", stream: "<assetSymbol>@assetIndex", schemaId: "https://binance-rx.dev/schemas/usdm/channels/asset-index.json", route: "market", params: { assetSymbol: assetSymbolStreamParam }, validate: validateAssetIndexEvent };

/**
 * Subscribes to `<assetSymbol>@assetIndex` on every new socket and emits its payloads. The index of one asset used in multi-assets margin mode, with the bid and ask buffers and rates applied to it, every second.
 *
 * @example subscribeAssetIndex('BTCUSDT', messages)
 */
export function subscribeAssetIndex(params: AssetIndexParams | AssetIndexParams['assetSymbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, AssetIndexEvent> {
  return subscribeChannel(assetIndexChannel, params, messages, options);
}

/** Maps a raw `AssetIndexEvent` to the readable `ParsedAssetIndex`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseAssetIndex<D = string>(raw: AssetIndexEvent, options?: ParseOptions<D>): ParsedAssetIndex<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, indexPrice: decimal(raw.i), bidBuffer: decimal(raw.b), askBuffer: decimal(raw.a), bidRate: decimal(raw.B), askRate: decimal(raw.A), autoExchangeBidBuffer: decimal(raw.q), autoExchangeAskBuffer: decimal(raw.g), autoExchangeBidRate: decimal(raw.Q), autoExchangeAskRate: decimal(raw.G) };
}
