// Generated from spec/usdm/channels/all-mini-tickers.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { validate } from '../validators/all-mini-tickers';
import { parseMiniTicker, type MiniTickerEvent, type ParsedMiniTicker } from './mini-ticker';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateAllMiniTickersEvent: Validator = validate;

/** Parameters of the All Market Mini Tickers Stream stream `!miniTicker@arr`. It takes none. */
export type AllMiniTickersParams = Record<string, never>;

/** All Market Mini Tickers Stream: raw payload of `!miniTicker@arr`, with Binance's wire names. 24hr rolling window mini-ticker statistics of every contract whose ticker changed, as an array of miniTicker payloads. Update speed: 1000ms. */
export type AllMiniTickersEvent = MiniTickerEvent[];

/** All Market Mini Tickers Stream, parsed: readable names; decimals are exact strings unless `parseAllMiniTickers` is given a `decimal` converter. */
export type ParsedAllMiniTickers<D = string> = ParsedMiniTicker<D>[];

/** Descriptor of `!miniTicker@arr`: data the runtime interprets. */
export const allMiniTickersChannel: ChannelDescriptor<AllMiniTickersParams, AllMiniTickersEvent> = { channel: "allMiniTickers", stream: "!miniTicker@arr", schemaId: "https://binance-rx.dev/schemas/usdm/channels/all-mini-tickers.json", route: "market", params: {  }, validate: validateAllMiniTickersEvent };

/** Subscribes to `!miniTicker@arr` on every new socket and emits its payloads. 24hr rolling window mini-ticker statistics of every contract whose ticker changed, as an array of miniTicker payloads. */
export function subscribeAllMiniTickers(messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, AllMiniTickersEvent> {
  return subscribeChannel(allMiniTickersChannel, {}, messages, options);
}

/** Maps a raw `AllMiniTickersEvent` to the readable `ParsedAllMiniTickers`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseAllMiniTickers<D = string>(raw: AllMiniTickersEvent, options?: ParseOptions<D>): ParsedAllMiniTickers<D> {
  return raw.map((item) => parseMiniTicker(item, options));
}
