// Generated from spec/usdm/channels/all-tickers.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { validate } from '../validators/all-tickers';
import { parseTicker, type TickerEvent, type ParsedTicker } from './ticker';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateAllTickersEvent: Validator = validate;

/** Parameters of the All Market Tickers Streams stream `!ticker@arr`. It takes none. */
export type AllTickersParams = Record<string, never>;

/** All Market Tickers Streams: raw payload of `!ticker@arr`, with Binance's wire names. 24hr rolling window ticker statistics of every contract whose ticker changed, as an array of ticker payloads. Update speed: 1000ms. */
export type AllTickersEvent = TickerEvent[];

/** All Market Tickers Streams, parsed: readable names; decimals are exact strings unless `parseAllTickers` is given a `decimal` converter. */
export type ParsedAllTickers<D = string> = ParsedTicker<D>[];

/** Descriptor of `!ticker@arr`: data the runtime interprets. */
export const allTickersChannel: ChannelDescriptor<AllTickersParams, AllTickersEvent> = { channel: "allTickers", stream: "!ticker@arr", schemaId: "https://binance-rx.dev/schemas/usdm/channels/all-tickers.json", route: "market", params: {  }, validate: validateAllTickersEvent };

/** Subscribes to `!ticker@arr` on every new socket and emits its payloads. 24hr rolling window ticker statistics of every contract whose ticker changed, as an array of ticker payloads. */
export function subscribeAllTickers(messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, AllTickersEvent> {
  return subscribeChannel(allTickersChannel, {}, messages, options);
}

/** Maps a raw `AllTickersEvent` to the readable `ParsedAllTickers`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseAllTickers<D = string>(raw: AllTickersEvent, options?: ParseOptions<D>): ParsedAllTickers<D> {
  return raw.map((item) => parseTicker(item, options));
}
