// Generated from spec/usdm/channels/all-asset-indexes.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { validate } from '../validators/all-asset-indexes';
import { parseAssetIndex, type AssetIndexEvent, type ParsedAssetIndex } from './asset-index';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateAllAssetIndexesEvent: Validator = validate;

/** Parameters of the Multi-Assets Mode Asset Index (all assets) stream `!assetIndex@arr`. It takes none. */
export type AllAssetIndexesParams = Record<string, never>;

/** Multi-Assets Mode Asset Index (all assets): raw payload of `!assetIndex@arr`, with Binance's wire names. The assetIndex payloads of every asset of multi-assets margin mode, as an array, every second. Update speed: 1s. */
export type AllAssetIndexesEvent = AssetIndexEvent[];

/** Multi-Assets Mode Asset Index (all assets), parsed: readable names; decimals are exact strings unless `parseAllAssetIndexes` is given a `decimal` converter. */
export type ParsedAllAssetIndexes<D = string> = ParsedAssetIndex<D>[];

/** Descriptor of `!assetIndex@arr`: data the runtime interprets. */
export const allAssetIndexesChannel: ChannelDescriptor<AllAssetIndexesParams, AllAssetIndexesEvent> = { channel: "allAssetIndexes", stream: "!assetIndex@arr", schemaId: "https://binance-rx.dev/schemas/usdm/channels/all-asset-indexes.json", route: "market", params: {  }, validate: validateAllAssetIndexesEvent };

/** Subscribes to `!assetIndex@arr` on every new socket and emits its payloads. The assetIndex payloads of every asset of multi-assets margin mode, as an array, every second. */
export function subscribeAllAssetIndexes(messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, AllAssetIndexesEvent> {
  return subscribeChannel(allAssetIndexesChannel, {}, messages, options);
}

/** Maps a raw `AllAssetIndexesEvent` to the readable `ParsedAllAssetIndexes`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseAllAssetIndexes<D = string>(raw: AllAssetIndexesEvent, options?: ParseOptions<D>): ParsedAllAssetIndexes<D> {
  return raw.map((item) => parseAssetIndex(item, options));
}
