// Generated from spec/channels/all-rolling-window-tickers.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { windowStreamParam, type WindowParam } from '../params';
import { validate } from '../validators/all-rolling-window-tickers';
import { parseRollingWindowTicker, type RollingWindowTickerEvent, type ParsedRollingWindowTicker } from './rolling-window-ticker';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateAllRollingWindowTickersEvent: Validator = validate;

/** Parameters of the All Market Rolling Window Statistics Streams stream `!ticker_<window>@arr`. */
export interface AllRollingWindowTickersParams {
  /** Rolling window size of the statistics. */
  window: WindowParam;
}

/** All Market Rolling Window Statistics Streams: raw payload of `!ticker_<window>@arr`, with Binance's wire names. Rolling window ticker statistics (1h, 4h or 1d) for all symbols, as an array of rollingWindowTicker payloads. Only the symbols whose ticker changed are in the array. Update speed: 1000ms. */
export type AllRollingWindowTickersEvent = RollingWindowTickerEvent[];

/** All Market Rolling Window Statistics Streams, parsed: readable names; decimals are exact strings unless `parseAllRollingWindowTickers` is given a `decimal` converter. */
export type ParsedAllRollingWindowTickers<D = string> = ParsedRollingWindowTicker<D>[];

/** Descriptor of `!ticker_<window>@arr`: data the runtime interprets. */
export const allRollingWindowTickersChannel: ChannelDescriptor<AllRollingWindowTickersParams, AllRollingWindowTickersEvent> = { channel: "allRollingWindowTickers", stream: "!ticker_<window>@arr", schemaId: "https://binance-rx.dev/schemas/channels/all-rolling-window-tickers.json", params: { window: windowStreamParam }, validate: validateAllRollingWindowTickersEvent };

/**
 * Subscribes to `!ticker_<window>@arr` on every new socket and emits its payloads. Rolling window ticker statistics (1h, 4h or 1d) for all symbols, as an array of rollingWindowTicker payloads. Only the symbols whose ticker changed are in the array.
 *
 * @example subscribeAllRollingWindowTickers('1d', messages)
 */
export function subscribeAllRollingWindowTickers(params: AllRollingWindowTickersParams | AllRollingWindowTickersParams['window'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, AllRollingWindowTickersEvent> {
  return subscribeChannel(allRollingWindowTickersChannel, params, messages, options);
}

/** Maps a raw `AllRollingWindowTickersEvent` to the readable `ParsedAllRollingWindowTickers`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseAllRollingWindowTickers<D = string>(raw: AllRollingWindowTickersEvent, options?: ParseOptions<D>): ParsedAllRollingWindowTickers<D> {
  return raw.map((item) => parseRollingWindowTicker(item, options));
}
